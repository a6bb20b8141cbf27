"""Numbers with units: text -> `Quantity` (value, range, unit, approximate).

One compiled pattern finds every number followed by a unit; `to_quantity` normalises
it (multipliers applied, Chinese numerals converted with cn2an, full-width digits and
thousands separators removed). Whether a match is a *claim* (not a year, an ordinal or
a slogan) is decided in `extract.py`, which sees the context.

    >>> q = next(iter_quantities("带动3.2万余名居民加入治理队伍"))
    >>> (q.quote, q.value, q.unit, q.approximate)
    ('3.2万余名', 32000, '名', True)
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache
from typing import Iterator

# Units after the number, longest first so that 人次 wins over 人. Traditional forms
# are listed beside simplified ones; `UNIT_CANON` maps them back.
_UNITS = (
    "个百分点 個百分點 百分点 百分點 平方公里 平方米 公里 人次 场次 場次 户次 戶次 件次 批次 "
    "元/人/月 元/人/年 元/月 元/人 元/年 元/户 元/戶 元/亩 元/畝 元/天 元/次 元/个 元/個 元/村 "
    "场次/月 场/月 次/月 次/年 场次/年 头（只） 人（户） 台（套） 个次 家次 村次 航次 千瓦 "
    # 包村干部在岗312人天, 巡逻车辆1,940余辆次, 牲畜存栏82.6万个羊单位
    "人天 辆次 輛次 个羊单位 個羊單位 "
    "立方米 公斤 千克 "
    "个工作日 個工作日 工作日 个工日 個工日 个月 個月 个小时 個小時 小时 小時 分钟 分鐘 周岁 週歲 "
    "轮次 輪次 个 個 名 人 家 项 項 次 场 場 户 戶 件 支 处 處 所 座 条 條 间 間 张 張 份 期 类 類 "
    "起 宗 套 台 臺 辆 輛 位 岁 歲 亩 畝 吨 噸 米 册 冊 本 部 篇 轮 輪 栋 棟 幢 批 倍 天 元 分 % ％ 成 "
    "块 塊 艘 番 镇 鎮 乡 鄉 桌 对 對 盏 盞 斤 学时 學時 课时 課時 ‰ 票 卷 厘米 只 头 頭 笔 筆 棒 株 种 種 年 "
    # anecdotes' and ledgers' measure words: 跑了7趟, 一袋大米, 两桶油, 30多双胶鞋, 视频监控2,380路,
    # 修改了6稿, 打井62眼, 70余万把 (乐器), 22度以上 (室温)
    "趟 袋 桶 双 雙 路 稿 眼 把 度 "
    # 周末火塘课堂560余节, 界桩23根, 垃圾360余车, 平均等待21秒, 线上课程36门, 疑似病例126例, 室温20℃以上
    # (not 组: 三组 is a village's group; not 字: 300字以内 is a form's limit)
    "节 節 根 车 車 秒 门 門 例 ℃"
).split()
UNIT_CANON = {
    "個百分點": "个百分点", "百分点": "个百分点", "百分點": "个百分点", "場次": "场次", "輛次": "辆次", "個羊單位": "个羊单位",
    "戶次": "户次", "元/戶": "元/户", "元/個": "元/个", "元/畝": "元/亩", "個月": "个月", "個工作日": "个工作日", "工作日": "个工作日", "個工日": "个工日", "小時": "小时", "個小時": "个小时",
    "分鐘": "分钟", "週歲": "岁", "周岁": "岁", "個": "个", "項": "项", "場": "场", "戶": "户",
    "處": "处", "條": "条", "間": "间", "張": "张", "類": "类", "臺": "台", "輛": "辆",
    "歲": "岁", "畝": "亩", "噸": "吨", "塊": "块", "鎮": "镇", "鄉": "乡", "冊": "册", "輪": "轮", "棟": "栋", "％": "%", "盞": "盏", "學時": "学时", "課時": "课时", "頭": "头", "筆": "笔", "種": "种", "雙": "双", "輪次": "轮次", "節": "节", "車": "车", "門": "门",
}
# 不足/不到 bound the number from above as 超过 does from below: approximate.
_PRE = "将近|接近|超过|超過|不少于|不低于|不足|不到|約為|约为|近|约|約|逾|超|上"
_AR = r"[0-9０-９]+(?:[,，][0-9０-９]{3})+(?:[.．][0-9０-９]+)?|[0-9０-９]+(?:[.．][0-9０-９]+)?"
_CN = r"[零〇一二两兩三四五六七八九十百千万萬亿億]+(?:[点點][零〇一二三四五六七八九]+)?"
_NUM = rf"(?:{_AR}|{_CN})"
_APPROX_AFTER_NUM = "余|餘|多"
_MULT = "万|萬|亿|億|千"
_POST = "以上|以内|左右|上下|之多|(?<=成)多|(?<=成)余"  # 两成多, 20桌以内

# The characters a quantity can open with: a lookahead on them lets the engine skip the
# other positions of a text at once (twice as fast a scan).
_FIRST = "".join(sorted({p[0] for p in _PRE.split("|")} | set("零〇一二两兩三四五六七八九十百千万萬亿億")))
QUANTITY = re.compile(
    rf"(?=[0-9０-９{_FIRST}])"
    rf"(?P<pre>{_PRE})?"
    # 百分之九十五, 三分之一, 千分之五: a fraction, read as a percentage
    rf"(?:(?P<den>{_CN}|{_AR})分之(?P<numr>{_NUM})(?P<fpost>{_POST})?|"
    rf"(?P<num>{_NUM})"
    # 2万至5万元: the low end may carry its own multiplier
    rf"(?:(?P<mult1>{_MULT})?(?P<sep>[—–~～至到]|-(?=[0-9]))(?P<num2>{_NUM}))?"
    rf"(?P<a1>{_APPROX_AFTER_NUM})?"
    rf"(?:[ \t\u3000]?(?P<mult>{_MULT}))?"
    rf"(?P<a2>{_APPROX_AFTER_NUM})?"
    r"(?P<sp>[ \t\u3000])?"  # 126 个, 2.35 亿元, 137<tab>个: PDF text and flattened tables put blanks in
    rf"(?P<unit>{'|'.join(re.escape(u) for u in sorted(_UNITS, key=len, reverse=True))})"
    rf"(?P<post>{_POST})?)"
)

_FULLWIDTH = str.maketrans("０１２３４５６７８９．", "0123456789.")
_MULT_VALUE = {"万": 10_000, "萬": 10_000, "亿": 100_000_000, "億": 100_000_000, "千": 1000}
_CN_DIGITS = set("零〇一二两兩三四五六七八九十百千万萬亿億点點")


@dataclass(frozen=True)
class Quantity:
    quote: str
    start: int  # offsets into the string that was scanned
    end: int
    value: float | int
    value_max: float | int | None
    unit: str
    approximate: bool
    chinese: bool  # written in Chinese numerals (一千二百, 三成)
    bare_multiplier: bool  # 千, 万 alone (近千人): a number only after a qualifier
    pre: str  # qualifier before the number (近, 约, 超过, ...), '' if none


def _tidy(v: Decimal) -> int | float:
    return int(v) if v == v.to_integral_value() else float(v)


@lru_cache(maxsize=4096)
def parse_number(s: str) -> Decimal | None:
    """'1,200' -> 1200, '１２' -> 12, '一千二百' -> 1200, '两' -> 2, '千' -> 1000."""
    if s[0] in _CN_DIGITS:
        if s in ("百", "千", "万", "萬", "亿", "億"):
            return Decimal({"百": 100, "千": 1000}.get(s, _MULT_VALUE.get(s, 0)))
        import cn2an  # slow import (150 ms): only when a Chinese numeral is met

        try:
            return Decimal(str(cn2an.cn2an(s.replace("兩", "两").replace("萬", "万")
                                             .replace("億", "亿").replace("點", "点"), "smart")))
        except (ValueError, KeyError, IndexError, TypeError):
            return None
    try:
        return Decimal(s.translate(_FULLWIDTH).replace(",", "").replace("，", ""))
    except ArithmeticError:
        return None


def _fraction(m: re.Match, offset: int) -> Quantity | None:
    """三分之一 -> 33.333… %, 百分之九十五 -> 95 %: the numerator over the denominator."""
    den, numr = parse_number(m["den"]), parse_number(m["numr"])
    if not den or numr is None or numr > den:
        return None
    value = numr * 100 / den  # 三分之二 -> 66.666…: not rounded, the text's own number
    pre = m["pre"] or ""
    return Quantity(quote=m.group(0), start=m.start() + offset, end=m.end() + offset, value=_tidy(value),
                    value_max=None, unit="%", approximate=bool(pre or m["fpost"]),
                    chinese=m["numr"][0] in _CN_DIGITS, bare_multiplier=False, pre=pre)


def to_quantity(m: re.Match, offset: int = 0) -> Quantity | None:
    """A `QUANTITY` match -> `Quantity`, or None when the numeral does not parse."""
    if m["den"]:
        return _fraction(m, offset)
    num, num2 = m["num"], m["num2"]
    if m["sp"] and m["unit"] == "成":
        return None  # 8 成立: a verb, not 八成
    if m["unit"] in ("镇", "鎮", "乡", "鄉", "对", "對", "桌") and num[0] in _CN_DIGITS:
        return None  # 辖5镇4乡 counts towns; 三镇, 九乡 are names; 一对一, 一桌 are not counts
    value = parse_number(num)
    if value is None:
        return None
    high = parse_number(num2) if num2 else None
    if num2 and high is None:
        return None
    mult = Decimal(_MULT_VALUE[m["mult"]]) if m["mult"] else Decimal(1)
    mult1 = Decimal(_MULT_VALUE[m["mult1"]]) if m["mult1"] else mult
    unit = UNIT_CANON.get(m["unit"], m["unit"])
    factor, factor1 = mult, mult1
    if unit == "成":  # 三成 = 30 %
        unit, factor, factor1 = "%", mult * 10, mult1 * 10
    value = value * factor1
    high = high * factor if high is not None else None
    if high is not None and high <= value:
        return None  # 5-3个 is not a range
    pre = m["pre"] or ""
    approximate = bool(pre or m["a1"] or m["a2"] or m["post"])
    return Quantity(
        quote=m.group(0),
        start=m.start() + offset,
        end=m.end() + offset,
        value=_tidy(value),
        value_max=_tidy(high) if high is not None else None,
        unit=unit,
        approximate=approximate,
        chinese=num[0] in _CN_DIGITS,
        bare_multiplier=num in ("百", "千", "万", "萬", "亿", "億"),
        pre=pre,
    )


def iter_quantities(text: str) -> Iterator[Quantity]:
    """Every number-with-unit in `text`, left to right (claims or not)."""
    for m in QUANTITY.finditer(text):
        q = to_quantity(m)
        if q is not None:
            yield q
