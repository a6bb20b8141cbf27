"""Places: GB/T 2260 codes, names and parents; place names in text -> codes.

The table is data (`pipeline/data/localities.csv`, its source in `pipeline/data/README.md`),
loaded once, lazily. This module is the one place for the rules that turn it into names to
look for in text:

- **Full names** match as they are (松桃苗族自治县, 铜仁市, 贵州省, 郑州市金水区 as two).
- **Short forms** are derived from the full name (`short_forms`): a province without its
  type (贵州, 广西, 内蒙古); an autonomous unit without its nationalities, with or without
  its type (松桃县, 松桃自治县, 松桃; 黔东南州, 黔东南); any other unit without its type
  (碧江 for 碧江区, 铜仁 for 铜仁市, 浦东 for 浦东新区).
- Short forms that are ordinary words (城关, 新华, 和平, 平安, 互助 …: `STOPLIST`) match only
  right after their parent's name (北京朝阳);
  neither does a short form followed by a road word (北京路, 长安街), a bare stem followed
  by a river, town, community or school word (金沙江, 江口镇, 碧江社区), nor a
  two-character name glued to the word before it (提高县, 长江口, 黄金水道).
- A name shared by several units (朝阳区 in 北京 and 长春; 鼓楼区 in four cities) resolves
  under the place mentioned before it, or under `within`; a full name wins over a short form
  (吉林 is the province, not 吉林市's short form), and among short forms a unique higher
  level wins (长沙 is 长沙市, not 长沙县). Otherwise it is left unresolved.
- Text in traditional characters (深圳市南山區) matches too: the table carries each name in
  traditional characters and the matcher reads the text through a one-character-to-one
  map, so offsets are unchanged.

    >>> [code for _, _, code in find_mentions("近年来，贵州省铜仁市碧江区聚焦…")]
    ['520000', '520600', '520602']
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources


@dataclass(frozen=True)
class Locality:
    code: str
    name_zh: str
    name_en: str
    level: str  # province | prefecture | county
    parent_code: str | None
    abolished: str | None = None  # year a unit kept for older reports was abolished (渝北区: 2025)


LEVELS = ("province", "prefecture", "county")
MUNICIPALITIES = frozenset({"110000", "120000", "310000", "500000"})

# The 56 nationalities as they are written in names of autonomous units (松桃苗族自治县).
NATIONS = ("蒙古", "回", "藏", "维吾尔", "苗", "彝", "壮", "布依", "朝鲜", "满", "侗", "瑶", "白", "土家",
           "哈尼", "哈萨克", "傣", "黎", "傈僳", "佤", "畲", "高山", "拉祜", "水", "东乡", "纳西", "景颇",
           "柯尔克孜", "土", "达斡尔", "仫佬", "羌", "布朗", "撒拉", "毛南", "仡佬", "锡伯", "阿昌", "普米",
           "塔吉克", "怒", "乌孜别克", "俄罗斯", "鄂温克", "德昂", "保安", "裕固", "京", "塔塔尔", "独龙",
           "鄂伦春", "赫哲", "门巴", "珞巴", "基诺")
# 各族 (龙胜各族自治县: "of all nationalities") strips like a nationality.
_NATIONS_LONGEST = tuple(sorted(NATIONS, key=len, reverse=True)) + ("各",)

# Types of unit a name ends with, longest first.
KINDS = ("特别行政区", "自治区", "自治州", "自治县", "自治旗", "新区", "矿区", "林区", "特区", "地区",
         "省", "市", "区", "县", "旗", "盟")
AUTONOMOUS = ("自治区", "自治州", "自治县", "自治旗")

# Short forms that are ordinary words in reports, or stand for something else more often than
# for the place: their units match only by full name (城关区, 和平区, 互助土族自治县). The few
# full names here (城区, 郊区, 矿区, 东区, 西区, 老城区, 新城区) are generic words first and
# are never matched in text; those units are reached by code.
STOPLIST = frozenset({
    # generic place words (城区, 郊区, 矿区 are also full names of districts; 老城区, 新城区 too)
    "城关", "城区", "郊区", "矿区", "东区", "西区", "城中", "城东", "城西", "城南", "城北", "市中",
    "新城", "新城区", "老城", "老城区", "新市", "新区", "城厢", "古城", "山城", "河东", "河西", "江北",
    "江南", "南岸", "路南", "路北", "上街", "站前", "中原", "河口", "港口", "海港", "运河", "平原",
    "清水", "温泉", "平房", "小店", "宝塔", "灯塔", "三江",
    # 全州 is 全州县 but in running text "the whole prefecture" (全州16个县), like 全县, 全区
    "全州",
    # words of governance reports
    "新华", "和平", "长安", "平安", "安定", "永安", "太平", "东方", "光明", "红旗", "胜利", "前进",
    "向阳", "东风", "新兴", "振兴", "复兴", "解放", "富裕", "安宁", "兴隆", "安居", "乐业", "互助",
    "共和", "同心", "同德", "和顺", "康乐", "大兴", "大方", "通道", "商城", "天台", "路桥", "江山",
    "长寿", "长乐", "大观", "大同", "长治", "安康", "天心", "二七", "资源", "新建", "公安", "合作",
    "南部", "中方", "惠民", "富民", "新民", "爱民", "回民", "民乐", "民权", "兴业", "兴国", "万全",
    "万年", "上党", "会同", "友好", "友谊", "同仁", "博爱", "宏伟", "前锋", "延长", "方正", "无为",
    "平和", "平定", "武功", "丰满", "光泽", "大丰", "天涯", "阳春", "比如", "东至",
    # words and names that mean something else first
    "朝阳", "中山", "北海", "黄山", "日照", "大庆", "来宾", "白银", "普洱", "三明", "阿里", "芙蓉",
    "白云", "桃源", "洞口", "梨树", "太湖", "沿河", "石门", "金山", "宝山", "青山", "东山", "西山",
    "千山", "南海", "东海", "红河", "龙井", "临江", "盐田", "凤凰", "牡丹", "莲花", "白玉",
})

# A short form directly followed by one of these is part of a longer name, not the unit:
# a street or road after any short form (北京路, 广西路, 长安街); after a bare stem also a
# river, town, village, community, mountain, school … (金水路, 金沙江, 江口镇, 碧江社区, 长白山,
# 松桃中学), unless the two characters are a word of their own (铜仁山区, 碧江乡村振兴).
_ROAD_WORDS = ("大街", "大道", "胡同", "公路")
_ROAD_CHARS = "路街巷弄"
_TOWN_AFTER = re.compile(r"(?!乡村|鄉村|乡镇|鄉鎮|村镇|村級|村级|村民|城乡|城鄉)[\u4e00-\u9fff]{1,2}(?:镇|鎮|乡|鄉|街道|村|屯)"
                         r"(?!级|級|民|振|治|建设|建設|集)")  # (开鲁五村建成于: a compound; 乡村建设: no town)
_FOLLOW_WORDS = _ROAD_WORDS + ("大桥", "社区", "中学", "小学", "医院", "公园", "广场", "花园", "小区", "大学", "大學", "学院", "學院")
_FOLLOW_CHARS = _ROAD_CHARS + "道桥镇乡村寨坊苑园站港湾寺庙山江河湖溪"
_FOLLOW_OK = ("山区", "乡村", "乡镇", "镇村", "镇街", "村级", "村民", "江河")
# A two-character name must start at a boundary: the start, a non-Chinese character, the end
# of the previous place name (益阳市南县), or one of these words (在南县, 赴高县).
_BEFORE_OK = "在于对向从到赴至与及和同驻为是将把由经了的"  # (介绍了永安市推行…: 了 and 的 end a word)
_BEFORE_VERB = "将并还要已拟由经"


def split_name(name: str) -> tuple[str, tuple[str, ...], str]:
    """(stem, nationalities, kind) of a full name.

    松桃苗族自治县 -> ('松桃', ('苗',), '自治县'); 新疆维吾尔自治区 -> ('新疆', ('维吾尔',), '自治区');
    管城回族区 -> ('管城', ('回',), '区'); 浦东新区 -> ('浦东', (), '新区'); 碧江区 -> ('碧江', (), '区').
    """
    kind = next((k for k in KINDS if name.endswith(k) and len(name) > len(k)), "")
    stem = name[: len(name) - len(kind)]
    nations: list[str] = []
    while kind:
        hit = None
        for n in _NATIONS_LONGEST:
            if stem.endswith(n + "族") and len(stem) > len(n) + 1:
                hit = (n, len(n) + 1)
            elif kind in AUTONOMOUS and len(n) >= 2 and stem.endswith(n) and len(stem) - len(n) >= 2:
                hit = (n, len(n))  # 新疆维吾尔, 伊犁哈萨克, 博尔塔拉蒙古: no 族
            if hit:
                break
        if not hit:
            break
        nations.insert(0, hit[0])
        stem = stem[: -hit[1]]
    if kind in AUTONOMOUS and stem.endswith("族") and stem[:-1] in NATIONS:
        stem = stem[:-1]  # 鄂温克族自治旗, 东乡族自治县: the unit is named after its people
    return stem, tuple(nations), kind


def short_forms(name: str, level: str) -> tuple[set[str], set[str]]:
    """(strong, weak) short forms of a unit's full name.

    Strong forms read as a place wherever they stand (贵州, 松桃县, 黔东南州); weak ones are
    bare stems (碧江, 松桃, 黔东南, 铜仁) that pass the stoplist and the guards first.
    """
    stem, nations, kind = split_name(name)
    strong: set[str] = set()
    weak: set[str] = set()
    if not kind:
        return strong, weak
    if level == "province":
        strong.add(stem)  # 贵州, 广西, 内蒙古, 北京, 香港
    elif nations:
        strong.add(stem + kind[-1])  # 松桃县, 黔东南州, 管城区
        if kind in AUTONOMOUS:
            strong.add(stem + kind)  # 松桃自治县, 黔东南自治州
        weak.add(stem)
    else:
        weak.add(stem)  # 碧江, 铜仁, 浦东, 阿克苏, 神农架
    strong = {f for f in strong if len(f) >= 2 and f != name}
    weak = {f for f in weak if len(f) >= 2 and f != name} - strong
    return strong, weak


@lru_cache(maxsize=1)
def _rows() -> list[dict]:
    text = resources.files("pipeline.data").joinpath("localities.csv").read_text(encoding="utf-8")
    return list(csv.DictReader(text.splitlines()))


@lru_cache(maxsize=1)
def table() -> dict[str, Locality]:
    return {r["code"]: Locality(r["code"], r["name_zh"], r["name_en"], r["level"], r["parent_code"] or None,
                                r.get("abolished") or None)
            for r in _rows()}


def by_code(code: str) -> Locality | None:
    return table().get(code)


def lineage(code: str) -> list[Locality]:
    """The unit and its parents, root first: 520602 -> [贵州省, 铜仁市, 碧江区]."""
    out = []
    loc = by_code(code)
    while loc is not None:
        out.append(loc)
        loc = by_code(loc.parent_code) if loc.parent_code else None
    return out[::-1]


# Rank of a match: a full name beats a strong short form beats a weak one.
_FULL, _STRONG, _WEAK = 0, 1, 2


@lru_cache(maxsize=1)
def _index() -> dict[str, dict[str, int]]:
    """Every name and short form -> {code: rank}; stoplisted forms left out."""
    out: dict[str, dict[str, int]] = {}

    def add(form: str, code: str, rank: int) -> None:
        if form in STOPLIST:
            return
        codes = out.setdefault(form, {})
        codes[code] = min(rank, codes.get(code, rank))

    for loc in table().values():
        add(loc.name_zh, loc.code, _FULL)
        strong, weak = short_forms(loc.name_zh, loc.level)
        for f in strong:
            add(f, loc.code, _STRONG)
        for f in weak:
            add(f, loc.code, _WEAK)
    return out


@lru_cache(maxsize=1)
def _to_simplified() -> dict[int, str]:
    """Traditional -> simplified, one character for one, for the characters of place names.

    A traditional character that is also written in some simplified name (乾 of 乾安县) is
    left alone.
    """
    simplified = {ch for r in _rows() for ch in r["name_zh"]}
    out: dict[int, str] = {}
    for r in _rows():
        s, t = r["name_zh"], r.get("name_zh_hant") or ""
        if len(s) != len(t):
            continue
        for a, b in zip(s, t):
            if a != b and b not in simplified:
                out[ord(b)] = a
    return out


def _simplify(text: str) -> str:
    return text.translate(_to_simplified())


def _trie_regex(words: list[str]) -> str:
    """One alternation shaped as a trie, so the regex engine branches on each character."""
    trie: dict = {}
    for w in words:
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = True

    def build(node: dict) -> str:
        end = "" in node
        branches = [re.escape(ch) + build(child) for ch, child in sorted(node.items()) if ch != ""]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if end else body

    return build(trie)


@lru_cache(maxsize=1)
def _matcher() -> re.Pattern:
    """The trie regex of every name, cut by first character into blocks of about 128 first
    characters, each behind a lookahead for its characters: a position whose character opens
    no name fails a few character-set tests instead of ~900 branches (4x faster)."""
    by_first: dict[str, list[str]] = {}
    for w in _index():
        by_first.setdefault(w[0], []).append(w)
    firsts = sorted(by_first)
    blocks = []
    for i in range(0, len(firsts), 128):
        chars = firsts[i:i + 128]
        words = [w for c in chars for w in by_first[c]]
        blocks.append("(?=[" + "".join(re.escape(c) for c in chars) + "])" + _trie_regex(words))
    return re.compile("(?:" + "|".join(blocks) + ")")


def _within(code: str, anc: str) -> bool:
    return any(x.code == anc for x in lineage(code))


def _pick(cands: dict[str, int]) -> str | None:
    """The one best candidate: lowest rank (full name first), then a unique highest level."""
    if not cands:
        return None
    best = min(cands.values())
    codes = [c for c, r in cands.items() if r == best]
    if len(codes) == 1:
        return codes[0]
    top = min(LEVELS.index(table()[c].level) for c in codes)
    codes = [c for c in codes if LEVELS.index(table()[c].level) == top]
    return codes[0] if len(codes) == 1 else None


def _decide(cands: dict[str, int], contexts) -> str | None:
    """Among units sharing a name, the one under (or above) the nearest context that decides."""
    if len(cands) == 1:
        return next(iter(cands))
    for ctx in contexts:
        if ctx not in table():
            continue
        inside = {c: r for c, r in cands.items() if _within(c, ctx) or _within(ctx, c)}
        code = _pick(inside)
        if code:
            return code
    return _pick(cands)


def _recent(mentioned: list[str], within: str | None, keep: int = 8):
    """The last `keep` distinct places mentioned, nearest first, then `within`."""
    seen: set[str] = set()
    for code in reversed(mentioned):
        if code not in seen:
            seen.add(code)
            yield code
            if len(seen) == keep:
                break
    if within:
        yield within


def resolve(name: str, within: str | None = None) -> str | None:
    """The code for a full or short name; among units sharing it, the one under `within`.

    A chain of names (贵州省铜仁市碧江区) resolves to its last unit.
    """
    name = _simplify(name.strip())
    cands = _index().get(name)
    if cands:
        return _decide(cands, [within] if within else [])
    chain = find_mentions(name, within=within)
    if chain and chain[0][0] == 0 and chain[-1][1] == len(name) and \
            all(a == b for (_, b, _), (a, _, _) in zip(chain, chain[1:])):
        return chain[-1][2]
    return None


def codes_for(name: str) -> tuple[str, ...]:
    """Every unit a name or short form may stand for: 朝阳区 -> ('110105', '220104')."""
    return tuple(sorted(_index().get(_simplify(name.strip()), {})))


@lru_cache(maxsize=1)
def _towns() -> dict[str, tuple[str, ...]]:
    """Town or 街道 name -> the units of the table it lies in (`pipeline/data/towns.csv`).

    Names are only matched in full (丰产路街道, 宏村镇): short forms of towns (宏村) are
    ordinary words or villages too often. 88 units are named 城关镇, 21 红旗街道.
    """
    text = resources.files("pipeline.data").joinpath("towns.csv").read_text(encoding="utf-8")
    out: dict[str, set[str]] = {}
    for r in csv.DictReader(text.splitlines()):
        if len(r["name_zh"]) >= 3:  # 张镇, 新镇: too short to tell from a word
            out.setdefault(r["name_zh"], set()).add(r["parent_code"])
    return {k: tuple(sorted(v)) for k, v in out.items()}


_TOWN_END = re.compile(r"街道|苏木|镇|乡")
# 乡村, 乡镇, 乡贤, 镇村, 镇街 …: the character begins a word, it does not end a town's name
_TOWN_NOT_FOLLOWED = {"乡": "村镇级贤亲土风情音邻间里", "镇": "村街级区域"}
# 部分乡镇, 当地城镇, 特色小城镇, 三乡镇: the words 乡镇, 城镇, 村镇 after the end of a word or
# a numeral read as a town of three characters (分乡镇 in 宜昌, 地城镇, 小城镇): not matched
_TOWN_WORD_ENDS = ("乡镇", "城镇", "村镇")
_TOWN_WORD_HEADS = "分地小大和两三五九"
# 其中城镇网格286个: the first character ends a word (其中), 中城镇 (in 绥江县) is not named
_TOWN_WORD_PAIRS = ("其中", "之中", "当中", "集中", "其余", "全部")
_TOWN_LONGEST = 9


def town_mentions(text: str) -> list[tuple[int, int, tuple[str, ...]]]:
    """Every town or 街道 named in full in `text`, as (start, end, codes of the units that
    have a town of that name), longest name first.

    >>> town_mentions("工人村街道乐业社区")  # in 沈阳市铁西区 and 武汉市青山区
    [(0, 5, ('210106', '420107'))]
    """
    simple = _simplify(text)
    names = _towns()
    out = []
    for m in _TOWN_END.finditer(simple):
        e = m.end()
        if simple[e:e + 1] and simple[e] in _TOWN_NOT_FOLLOWED.get(m.group(), ""):
            continue
        for n in range(min(_TOWN_LONGEST, e), 2, -1):
            codes = names.get(simple[e - n:e])
            if n == 3 and simple.endswith(_TOWN_WORD_ENDS, 0, e) and \
                    (simple[e - 3] in _TOWN_WORD_HEADS or simple[e - 4:e - 2] in _TOWN_WORD_PAIRS):
                break
            if codes and (not out or e - n >= out[-1][1]):
                out.append((e - n, e, codes))
                break
    return out


def town_place(text: str, within: str | None = None) -> str | None:
    """The unit of the towns named in `text`: the first whose name only one unit (inside
    `within`) has, else the one unit that has all of them.

    少先路街道“街道吹哨、部门报到”工作台账 -> 150203 (昆都仑区); 碧阳镇、宏村镇、西递镇 -> 341023 (黟县)
    """
    common: set[str] | None = None
    for _, _, codes in town_mentions(text):
        inside = {c for c in codes if not within or _within(c, within)}
        if len(inside) == 1:
            return inside.pop()
        if inside:
            common = inside if common is None else common & inside
    return common.pop() if common and len(common) == 1 else None


def _town_decides(cands: dict[str, int], text: str, b: int) -> str | None:
    """Among units sharing a name, the one that has the town named right after it:
    朝阳区红旗街道 -> 220104 (长春; 北京's 朝阳区 has no 红旗街道)."""
    towns = town_mentions(text[b:b + _TOWN_LONGEST + 1])
    if not towns or towns[0][0] != 0:
        return None
    return _pick({c: r for c, r in cands.items() if any(t == c or _within(t, c) for t in towns[0][2])})


def decided_by_towns(codes: tuple[str, ...], text: str) -> str | None:
    """The one of `codes` (units sharing a name) that the towns named in `text` lie in, or None."""
    return _towns_decide(dict.fromkeys(codes, 0), _simplify(text)) if len(codes) > 1 else None


def _towns_decide(cands: dict[str, int], text: str) -> str | None:
    """Among units sharing a name, the one that the towns named anywhere in the text lie in, when
    only one of them has any: 关于西湖区推进物业管理… 南浦街道… -> 360103 (南昌; 杭州's 西湖区 has no
    南浦街道)."""
    hit = {c for _, _, codes in town_mentions(text) for c in cands if any(t == c or _within(t, c) for t in codes)}
    return hit.pop() if len(hit) == 1 else None


# words whose second character opens a county's full name: 建立山区村 (立山区)
_GLUED = {"建立", "成立", "设立", "設立", "树立", "樹立", "确立", "確立", "创立", "創立", "订立", "訂立", "独立", "獨立"}


def _guarded(text: str, a: int, b: int, rank: int, prev_end: int | None) -> bool:
    """True when the match text[a:b] is not a place here (see the module docstring)."""
    after = text[b:b + 2]
    if rank == _STRONG and (after[:1] in _ROAD_CHARS or after in _ROAD_WORDS) and after[:1]:
        return True
    if rank == _WEAK and after[:1] and after not in _FOLLOW_OK and \
            (after[:1] in _FOLLOW_CHARS or after in _FOLLOW_WORDS):
        return True
    if rank == _WEAK and text[b:b + 1] in ("网", "網") and text[b + 1:b + 2] not in ("格", "络", "絡"):
        return True  # 华龙网评, 东方网: a news site named after a place, not the place (网格 is a grid)
    if rank != _FULL and _TOWN_AFTER.match(text, b) and text[b - 1] not in "县縣旗":
        # 榆树台镇 (in 梨树县) is a town whose name holds 榆树, not 榆树市 (but 新平县戛洒镇 is the
        # county's short name, with its type, then its town)
        return True
    # 县委政研室会同县委组织部: a full name whose stem is an ordinary word (会同) glued to the
    # word before it is that word, like a two-character name
    if rank == _FULL and text[b - 1:b + 1] in ("区域", "市场"):
        return True  # 古城区域, 金华市场: the type character begins another word
    if rank == _FULL and a > 0 and text[a - 1:a + 1] in _GLUED:
        return True  # 关于建立山区村…: 立山区 is not named, 建立 is a word
    if rank == _FULL and text[b - 1:b] == "县" and text[b:b + 1] in ("镇", "乡") \
            and text[b + 1:b + 2] not in ("村", "街", "两", "级", "镇", "乡"):
        return True  # 古县镇 (in 祁县) is a town, not 古县 (县镇村两级 is the county's towns)
    word_stem = rank == _FULL and text[a:b - 1] in STOPLIST
    if (b - a == 2 or word_stem) and a > 0 and prev_end != a:
        before = text[a - 1]
        if "\u4e00" <= before <= "\u9fff" and before not in _BEFORE_OK and text[a - 2:a] != "中共":
            return True  # (中共梨树县榆树台镇委员会: after 中共 a name is a place)
        if word_stem and before in _BEFORE_VERB:
            return True  # 县减负办将会同县委督查室: 将 and 并 go before a verb (会同) as well
    return False


def opens_with_name(text: str) -> bool:
    """Whether a place name (or short form) starts `text`: a cheap test before `find_mentions`."""
    return bool(opening_name(text))


def opening_name(text: str) -> str:
    """The place name (or short form) that starts `text`, decided or not: 通州区接诉即办… -> 通州区."""
    m = _matcher().match(_simplify(text[:12]))
    return m.group() if m else ""


@lru_cache(maxsize=1)
def _stopped_children() -> dict[str, dict[str, str]]:
    """Parent code -> {stoplisted name or short form of a child: child code}: 北京 -> {朝阳:
    110105}, 攀枝花市 -> {东区: 510402}."""
    out: dict[str, dict[str, str]] = {}
    for loc in table().values():
        if not loc.parent_code:
            continue
        strong, weak = short_forms(loc.name_zh, loc.level)
        for f in strong | weak | {loc.name_zh}:
            if f in STOPLIST and len(f) >= 2:
                out.setdefault(loc.parent_code, {})[f] = loc.code
    return out


def _stopped_sibling(simple: str, a: int, b: int, code: str) -> tuple[int, int, str] | None:
    """A stoplisted name of a sibling of `code` joined to its mention by 、/和/与: 老城区、西工区 (洛阳)."""
    loc = table().get(code)
    siblings = _stopped_children().get(loc.parent_code, {}) if loc and loc.parent_code else {}
    for form, child in sorted(siblings.items(), key=lambda kv: -len(kv[0])):
        if child == code:
            continue
        if a > len(form) and simple[a - 1] in "、和与及" and simple.endswith(form, 0, a - 1):
            return (a - 1 - len(form), a - 1, child)
        if simple[b:b + 1] in ("、", "和", "与", "及") and simple.startswith(form, b + 1) \
                and not _matcher().match(simple, b + 1 + len(form)):
            return (b + 1, b + 1 + len(form), child)
    return None


def child_by_initial(parent: str, initial: str) -> str | None:
    """The one county-level unit under `parent` whose name begins with `initial`, else None:
    140800 (运城市), 万 -> 140822 (万荣县)."""
    found = [c for c, loc in table().items() if loc.parent_code == parent and loc.level == "county"
             and loc.name_zh.startswith(initial) and not loc.abolished]
    return found[0] if len(found) == 1 else None


def stopped_form_within(form: str, place: str) -> str | None:
    """The unit inside `place` whose stoplisted name or short form is `form`: 东方 in 海南 -> 469007."""
    for parent, forms in _stopped_children().items():
        if form in forms and (parent == place or _within(parent, place)):
            return forms[form]
    return None


def stopped_child(text: str, parent: str) -> str | None:
    """The child of `parent` whose full name is a generic word and opens `text`: 老城区推行… in a
    report on 洛阳市 -> 410302 (not 老城区域, and not the short form 老城)."""
    for form, child in _stopped_children().get(parent, {}).items():
        loc = table().get(child)
        if loc and form == loc.name_zh and text.startswith(form) and not text.startswith(form + "域"):
            return child
    return None


def find_mentions(text: str, within: str | None = None) -> list[tuple[int, int, str]]:
    """Every place name in `text` as (start, end, code), longest match first, in text order.

    An ambiguous name (朝阳区) resolves under the nearest place mentioned before it that
    decides (吉林省长春市朝阳区 -> 220104; the last eight places named count), else under
    `within`, else under the nearest place named after it, and is skipped when nothing
    decides it.
    """
    simple = _simplify(text)
    out: list[tuple[int, int, str]] = []
    deferred: list[tuple[int, int, dict[str, int], int | None]] = []
    mentioned: list[str] = []
    prev_end: int | None = None
    unsorted = False  # a sibling found before its mention (老城区、西工区) goes back in order
    for m in _matcher().finditer(simple):
        a, b = m.span()
        if a == b:
            continue
        cands = _index()[m.group()]
        code = _decide(cands, _recent(mentioned, within))
        if code is None:
            deferred.append((a, b, cands, prev_end))
            continue
        if _guarded(simple, a, b, cands[code], prev_end):
            continue
        out.append((a, b, code))
        mentioned.append(code)
        prev_end = b
        sibling = _stopped_sibling(simple, a, b, code)
        if sibling:  # 老城区、西工区: a generic word named beside its sibling is the sibling district
            out.append(sibling)
            mentioned.append(sibling[2])
            unsorted = unsorted or sibling[0] < a
        # 北京朝阳劲松: a short form that is an ordinary word (朝阳) is a place right after
        # its parent's name
        nxt = _matcher().match(simple, b)
        for form, child in _stopped_children().get(code, {}).items() if not (nxt and nxt.end() > b) else ():
            if simple.startswith(form, b):
                out.append((b, b + len(form), child))
                mentioned.append(child)
                prev_end = b + len(form)
                break
    # 通州区接诉即办…“北京12345”: an ambiguous name that nothing before it decides is decided
    # by the places named after it, nearest first
    for a, b, cands, before_end in deferred:
        later = [c for x, _, c in out if x > a]
        code = _decide(cands, list(dict.fromkeys(later))) or _town_decides(cands, simple, b) \
            or _towns_decide(cands, simple)
        if code is not None and not _guarded(simple, a, b, cands[code], before_end):
            out.append((a, b, code))
    if deferred or unsorted:
        out.sort()
    return out
