"""The place table (pipeline/data/localities.csv) and place matching, table-driven."""

from __future__ import annotations

import csv
import doctest
import json
from collections import Counter
from importlib import resources

import pytest

from pipeline import localities as L
from tests.conftest import ROOT

MUNICIPALITIES = {"110000", "120000", "310000", "500000"}


@pytest.fixture(scope="module")
def rows() -> list[dict]:
    text = resources.files("pipeline.data").joinpath("localities.csv").read_text(encoding="utf-8")
    return list(csv.DictReader(text.splitlines()))


# ------------------------------------------------------------------ the table


def test_columns_cover_the_published_schema(rows):
    schema = json.loads((ROOT / "schema" / "localities.json").read_text(encoding="utf-8"))
    published = [f["name"] for f in schema["fields"]]
    assert set(published) <= set(rows[0]), "every column of schema/localities.json is in the table"
    assert list(rows[0])[: len(published)] == published


def test_codes_are_unique_six_digits_and_names_are_not_empty(rows):
    codes = Counter(r["code"] for r in rows)
    assert [c for c, n in codes.items() if n > 1] == []
    for r in rows:
        assert len(r["code"]) == 6 and r["code"].isdigit(), r
        assert r["name_zh"].strip() and r["name_en"].strip(), r
        assert len(r["name_zh_hant"]) == len(r["name_zh"]), r
        assert r["abolished"] == "" or r["abolished"].isdigit(), r


def test_size_is_that_of_the_statutory_list(rows):
    levels = Counter(r["level"] for r in rows)
    assert levels["province"] == 34  # 31 mainland + 台湾省, 香港, 澳门
    assert 320 <= levels["prefecture"] <= 345
    assert 2830 <= levels["county"] <= 2870


def test_level_agrees_with_code(rows):
    for r in rows:
        code = r["code"]
        want = "province" if code[2:] == "0000" else "prefecture" if code[4:] == "00" else "county"
        assert r["level"] == want, r


def test_every_parent_exists_with_the_level_above(rows):
    by = {r["code"]: r for r in rows}
    for r in rows:
        code, parent = r["code"], r["parent_code"]
        if r["level"] == "province":
            assert parent == "", r
            continue
        assert parent in by, f"{code} {r['name_zh']}: parent {parent} missing"
        assert parent[:2] == code[:2], r
        up = by[parent]["level"]
        if r["level"] == "prefecture":
            assert up == "province", r
        elif up == "province":
            # districts of a municipality; county-level units directly under a province (4290xx, 4690xx, 6590xx, 419001)
            assert parent in MUNICIPALITIES or code[2:4] == "90", r
        else:
            assert up == "prefecture" and parent[:4] == code[:4], r


def test_municipalities_have_no_prefecture_row(rows):
    codes = {r["code"] for r in rows}
    assert not codes & {"110100", "120100", "310100", "500100", "500200"}
    assert {r["parent_code"] for r in rows if r["code"].startswith("50") and r["level"] == "county"} == {"500000"}


@pytest.mark.parametrize("code,name,en,parent", [
    ("520000", "贵州省", "Guizhou Province", ""),
    ("520600", "铜仁市", "Tongren City", "520000"),
    ("520602", "碧江区", "Bijiang District", "520600"),
    ("520603", "万山区", "Wanshan District", "520600"),
    ("520621", "江口县", "Jiangkou County", "520600"),
    ("520622", "玉屏侗族自治县", "Yuping Dong Autonomous County", "520600"),
    ("520623", "石阡县", "Shiqian County", "520600"),
    ("520624", "思南县", "Sinan County", "520600"),
    ("520625", "印江土家族苗族自治县", "Yinjiang Tujia Miao Autonomous County", "520600"),
    ("520626", "德江县", "Dejiang County", "520600"),
    ("520627", "沿河土家族自治县", "Yanhe Tujia Autonomous County", "520600"),
    ("520628", "松桃苗族自治县", "Songtao Miao Autonomous County", "520600"),
    # 渝北区 and 江北区 were merged into 两江新区 in 2025; kept for the reports written before
    ("500112", "渝北区", "Yubei District", "500000"),
    ("500105", "江北区", "Jiangbei District", "500000"),
    ("500157", "两江新区", "Liangjiang New Area", "500000"),
    ("110105", "朝阳区", "Chaoyang District", "110000"),
    ("220104", "朝阳区", "Chaoyang District", "220100"),
    ("410105", "金水区", "Jinshui District", "410100"),
    ("440305", "南山区", "Nanshan District", "440300"),
    ("522600", "黔东南苗族侗族自治州", "Qiandongnan Miao Dong Autonomous Prefecture", "520000"),
    ("450000", "广西壮族自治区", "Guangxi Zhuang Autonomous Region", ""),
    ("429004", "仙桃市", "Xiantao City", "420000"),
    ("460302", "西沙区", "Xisha District", "460300"),
    ("610100", "西安市", "Xi'an City", "610000"),
    ("500230", "丰都县", "Fengdu County", "500000"),
])
def test_known_units(code, name, en, parent):
    loc = L.by_code(code)
    assert loc is not None, f"{code} {name} missing"
    assert (loc.name_zh, loc.name_en, loc.parent_code or "") == (name, en, parent)


def test_tongren_lineage():
    assert [x.code for x in L.lineage("520628")] == ["520000", "520600", "520628"]
    assert [x.name_zh for x in L.lineage("520602")] == ["贵州省", "铜仁市", "碧江区"]


def test_abolished_units_are_marked(rows):
    gone = {r["code"]: r["abolished"] for r in rows if r["abolished"]}
    assert gone == {"500105": "2025", "500112": "2025"}
    assert L.by_code("500112").abolished == "2025" and L.by_code("500157").abolished is None


def test_taiwan_hong_kong_macao_are_province_rows_only(rows):
    top = {r["code"]: r for r in rows if r["code"][:2] in ("71", "81", "82")}
    assert sorted(top) == ["710000", "810000", "820000"]
    assert [top[c]["name_zh"] for c in sorted(top)] == ["台湾省", "香港特别行政区", "澳门特别行政区"]
    assert all(r["level"] == "province" and r["parent_code"] == "" for r in top.values())


@pytest.mark.parametrize("code", ["133100", "320576", "232761", "632857", "990000", "999900", "110100", "500200"])
def test_no_non_statutory_or_placeholder_rows(code):
    assert L.by_code(code) is None


def test_no_development_zones(rows):
    words = ("开发区", "高新", "工业园", "经济技术", "管理区", "管委会", "示范区", "直辖")
    assert [r["name_zh"] for r in rows if any(w in r["name_zh"] for w in words)] == []
    assert [r["code"] for r in rows if r["level"] == "county" and r["code"][4] == "7"] == []


# ------------------------------------------------------------------ names


@pytest.mark.parametrize("name,stem,nations,kind", [
    ("碧江区", "碧江", (), "区"),
    ("松桃苗族自治县", "松桃", ("苗",), "自治县"),
    ("印江土家族苗族自治县", "印江", ("土家", "苗"), "自治县"),
    ("黔东南苗族侗族自治州", "黔东南", ("苗", "侗"), "自治州"),
    ("广西壮族自治区", "广西", ("壮",), "自治区"),
    ("新疆维吾尔自治区", "新疆", ("维吾尔",), "自治区"),
    ("内蒙古自治区", "内蒙古", (), "自治区"),
    ("西藏自治区", "西藏", (), "自治区"),
    ("伊犁哈萨克自治州", "伊犁", ("哈萨克",), "自治州"),
    ("鄂温克族自治旗", "鄂温克", (), "自治旗"),
    ("鄂伦春自治旗", "鄂伦春", (), "自治旗"),
    ("龙胜各族自治县", "龙胜", ("各",), "自治县"),
    ("管城回族区", "管城", ("回",), "区"),
    ("浦东新区", "浦东", (), "新区"),
    ("井陉矿区", "井陉", (), "矿区"),
    ("香港特别行政区", "香港", (), "特别行政区"),
    ("忠县", "忠", (), "县"),
])
def test_split_name(name, stem, nations, kind):
    assert L.split_name(name) == (stem, nations, kind)


@pytest.mark.parametrize("name,level,strong,weak", [
    ("贵州省", "province", {"贵州"}, set()),
    ("广西壮族自治区", "province", {"广西"}, set()),
    ("松桃苗族自治县", "county", {"松桃县", "松桃自治县"}, {"松桃"}),
    ("黔东南苗族侗族自治州", "prefecture", {"黔东南州", "黔东南自治州"}, {"黔东南"}),
    ("碧江区", "county", set(), {"碧江"}),
    ("铜仁市", "prefecture", set(), {"铜仁"}),
    ("忠县", "county", set(), set()),
])
def test_short_forms(name, level, strong, weak):
    assert L.short_forms(name, level) == (strong, weak)


# ------------------------------------------------------------------ matching


def _codes(text: str, within: str | None = None) -> list[str]:
    return [code for _, _, code in L.find_mentions(text, within=within)]


@pytest.mark.parametrize("text,codes", [
    # full names, chained
    ("近年来，贵州省铜仁市碧江区聚焦城市社区", ["520000", "520600", "520602"]),
    ("河南省郑州市金水区坚持党建引领", ["410000", "410100", "410105"]),
    ("金水区委社会工作部", ["410105"]),
    ("贵州省黔东南苗族侗族自治州是", ["520000", "522600"]),
    ("松桃苗族自治县", ["520628"]),
    ("广西壮族自治区", ["450000"]),
    # short forms
    ("碧江坚持党建引领", ["520602"]),
    ("在松桃开展", ["520628"]),
    ("松桃县", ["520628"]),
    ("松桃自治县", ["520628"]),
    ("黔东南州坚持", ["522600"]),
    ("近年来，黔东南坚持", ["522600"]),
    ("广西、贵州两省区", ["450000", "520000"]),
    ("铜仁碧江", ["520600", "520602"]),
    ("江口坚持", ["520621"]),
    ("大理州", ["532900"]),
    ("恩施州", ["422800"]),
    ("内蒙古", ["150000"]),
    ("沿河县", ["520627"]),
    ("台湾省", ["710000"]),
    ("香港", ["810000"]),
    # a name shared by several units resolves under the place before it, or not at all
    ("北京市朝阳区", ["110000", "110105"]),
    ("吉林省长春市朝阳区", ["220000", "220100", "220104"]),
    ("朝阳区", []),
    ("天津市和平区", ["120000", "120101"]),
    ("辽宁省沈阳市和平区", ["210000", "210100", "210102"]),
    ("和平区", []),
    ("江苏省南京市鼓楼区", ["320000", "320100", "320106"]),
    ("江苏省徐州市鼓楼区", ["320000", "320300", "320302"]),
    ("福州市鼓楼区", ["350100", "350102"]),
    ("河南省开封市鼓楼区", ["410000", "410200", "410204"]),
    ("江苏省鼓楼区", ["320000"]),  # two 鼓楼区 in 江苏: undecided
    ("吉林省长春市坚持党建引领，朝阳区率先推行", ["220000", "220100", "220104"]),
    ("重庆市渝北区", ["500000", "500112"]),
    ("重庆市江北区", ["500000", "500105"]),
    ("宁波市江北区", ["330200", "330205"]),
    ("江北区", []),
    ("两江新区", ["500157"]),
    # a full name beats a short form; among short forms a unique higher level wins
    ("吉林", ["220000"]),
    ("海南", ["460000"]),
    ("青海省海南州", ["630000", "632500"]),
    ("长沙", ["430100"]),
    ("大理", ["532900"]),
    # ordinary words are not places
    ("城关", []),
    ("新华", []),
    ("和平", []),
    ("长安街", []),
    ("平安建设", []),
    ("邻里互助", []),
    ("乡村振兴", []),
    ("组织党员上党课", []),
    ("全州16个县（市）", []),
    ("资源共享", []),
    ("新建小区党支部", []),
    ("将公安、司法、城管", []),
    ("沿河两岸", []),
    ("城区8个社区", []),
    ("老城区改造", []),
    # a short form inside a longer name (road, river, town, community) is not the unit
    ("江口县", ["520621"]),
    ("江口镇", []),
    ("长江口", []),
    ("金水路", []),
    ("黄金水道", []),
    ("碧江社区", []),
    ("北京路", []),
    ("广西路", []),
    ("长白山", []),
    ("金沙江", []),
    ("松桃县社会工作部", ["520628"]),
    ("铜仁乡村振兴", ["520600"]),
    ("碧江乡村振兴", ["520602"]),
    ("贵州山区", ["520000"]),
    ("四川江油", ["510000", "510781"]),
    # a two-character name glued to the word before it is not a place
    ("提高县域经济", []),
    ("市和县两级", []),
    ("振兴县域", []),
    ("湖南省南县", ["430000", "430921"]),
    ("益阳市南县", ["430900", "430921"]),
    # a town whose name holds a county's short form (榆树台镇 in 梨树县), a name after 中共
    ("榆树台镇2025年工作总结", []),
    ("中共梨树县榆树台镇委员会", ["220322"]),
    # …but an autonomous county's short name, with its type, before its town (set 95's digest)
    ("案例九　新平县戛洒镇：“花腰傣议事庭”化解民族地区矛盾", ["530427"]),
    # a name whose stem is a verb (会同), after a word that goes before verbs
    ("县减负办将会同县委督查室开展督导", []),
    # …but after 了 or 的 a full name whose stem is a word (永安) is the place (set 104's commentary)
    ("本报今日刊发的报道，介绍了永安市推行“村务阳光工程”的做法", ["350481"]),
    # a full name glued into a word (建立山区村: 立山区), a town named after a county (古县镇 in 祁县)
    ("关于建立山区村物业化管理机制", []),
    ("古县镇代表委员联名协调", []),
    ("临汾市古县县镇村两级", ["141000", "141025"]),
    # a shared name that nothing before it decides: the places named after it decide
    ("通州区接诉即办工作月度分析报告，“北京12345”微信公众号", ["110112", "110000"]),
    # nothing decides: skipped; unless the town after it does (only 长春's 朝阳区 has a 红旗街道)
    ("朝阳区百合社区", []),
    ("朝阳区红旗街道百合社区", ["220104"]),
    ("朝阳区劲松街道", ["110105"]),
    # …or a town named anywhere in the text that only one of them has (南浦街道: 南昌's 西湖区)
    ("关于西湖区推进物业管理融入基层治理工作情况的报告。南浦街道整合42个零散小区。", ["360103"]),
    # a university named after its city is not the city (a thesis's running header); a compound
    # named after a county's stem (开鲁五村 in 上海 杨浦区) is not the county, even as it 建成
    ("兰州大学硕士学位论文　——以甘肃省民乐县为例", ["620000", "620722"]),
    ("开鲁五村建成于上世纪90年代", []),
    # a news site named after a place is not the place (华龙网: 重庆; 华龙区 is in 濮阳); a grid is
    ("华龙网 > 评论 > 华龙网评\n华龙网评｜彭水“民情夜话”的治理启示", ["500243"]),
    ("在碧江网格化管理中", ["520602"]),
    ("开鲁县新建村级党群服务中心", ["150523"]),
    # traditional characters
    ("深圳市南山區堅持黨建引領", ["440300", "440305"]),
    ("松桃苗族自治縣", ["520628"]),
    ("貴州省銅仁市碧江區", ["520000", "520600", "520602"]),
])
def test_find_mentions(text, codes):
    assert _codes(text) == codes


@pytest.mark.parametrize("text,within,codes", [
    ("和平区", "210100", ["210102"]),
    ("和平区", "120000", ["120101"]),
    ("朝阳区", "220000", ["220104"]),
    ("鼓楼区", "350000", ["350102"]),
    ("南山區", "440300", ["440305"]),
    ("江北区", "500000", ["500105"]),
    ("北京市朝阳区", "220000", ["110000", "110105"]),  # the text's own context comes first
])
def test_find_mentions_within(text, within, codes):
    assert _codes(text, within) == codes


def test_offsets_are_into_the_raw_text():
    text = "近年来，深圳市南山區、贵州省铜仁市松桃苗族自治縣和碧江都"
    got = [(text[a:b], code) for a, b, code in L.find_mentions(text)]
    assert got == [("深圳市", "440300"), ("南山區", "440305"), ("贵州省", "520000"), ("铜仁市", "520600"),
                   ("松桃苗族自治縣", "520628"), ("碧江", "520602")]


@pytest.mark.parametrize("name,within,code", [
    ("碧江区", None, "520602"),
    ("碧江", None, "520602"),
    ("铜仁", None, "520600"),
    ("铜仁市", None, "520600"),
    ("松桃", None, "520628"),
    ("黔东南州", None, "522600"),
    ("黔东南", None, "522600"),
    ("广西", None, "450000"),
    ("金水区", None, "410105"),
    ("渝北区", None, "500112"),
    ("贵州省铜仁市碧江区", None, "520602"),
    ("郑州市金水区", None, "410105"),
    ("南山區", "440300", "440305"),
    ("朝阳区", "220000", "220104"),
    ("朝阳区", "110000", "110105"),
    ("和平区", "210100", "210102"),
    ("鼓楼区", "350000", "350102"),
    ("江北区", "500000", "500105"),
    ("朝阳区", None, None),
    ("鼓楼区", None, None),
    ("和平", None, None),
    ("城关", None, None),
    ("南山區", None, None),
    ("贵州省 铜仁市", None, None),
    ("不是地名", None, None),
])
def test_resolve(name, within, code):
    assert L.resolve(name, within=within) == code


def test_stoplist_holds_no_full_name_of_a_unique_unit_that_reports_need():
    # stoplisted full names are generic words first (城区, 老城区); Tongren names are never stoplisted
    for code in ("520000", "520600", "520602", "520603", "520621", "520622", "520623", "520624",
                 "520625", "520626", "520627", "520628"):
        name = L.by_code(code).name_zh
        strong, weak = L.short_forms(name, L.by_code(code).level)
        assert not ({name} | strong) & L.STOPLIST, name


def test_seed_places(seed_text):
    """Every place the seed names is Tongren's, and its four reports' places are all found."""
    found = {code for _, _, code in L.find_mentions(seed_text)}
    assert {"520000", "520600", "520602", "520603", "520621", "520628"} <= found
    assert all(c.startswith("52") for c in found), sorted(found)


def test_doctest():
    assert doctest.testmod(L).failed == 0


def test_a_stoplisted_short_form_is_a_place_right_after_its_parent():
    from pipeline.localities import find_mentions

    # 朝阳 is an ordinary word (the morning sun) and never a place alone ...
    assert find_mentions("迎着朝阳出发") == []
    # ... but 北京朝阳 (a WeChat account's byline) names the district
    assert [c for _, _, c in find_mentions("劲松街道工委办　北京朝阳劲松")] == ["110000", "110105"]
    assert [c for _, _, c in find_mentions("北京朝阳区")] == ["110000", "110105"]
    # a stoplisted full name too: 东区 alone is a word, 攀枝花市东区 is the district
    assert [c for _, _, c in find_mentions("攀枝花市东区：“红色物业”激活老旧小区治理")] == ["510400", "510402"]
    assert find_mentions("城市东区新建小区") == []


# ------------------------------------------------------------------ towns and 街道


@pytest.fixture(scope="module")
def towns() -> list[dict]:
    text = resources.files("pipeline.data").joinpath("towns.csv").read_text(encoding="utf-8")
    return list(csv.DictReader(text.splitlines()))


def test_every_town_lies_in_a_unit_of_the_table_and_its_code_says_so(towns):
    table = L.table()
    assert len(towns) > 38000
    for r in towns:
        assert r["parent_code"] in table, r
        assert len(r["code"]) == 9 and r["code"][:6] == r["parent_code"], r
        assert r["name_zh"].endswith(("镇", "乡", "街道", "苏木")), r
    assert Counter(r["code"] for r in towns).most_common(1)[0][1] == 1


@pytest.mark.parametrize("text,found", [
    ("少先路街道党工委", [("少先路街道", ("150203",))]),
    ("工人村街道乐业社区", [("工人村街道", ("210106", "420107"))]),  # 沈阳市铁西区, 武汉市青山区
    ("深入碧阳镇、宏村镇", [("碧阳镇", ("341023",)), ("宏村镇", ("341023", "361022"))]),
    # words, not towns: 部分乡镇 (分乡镇 is a town in 宜昌), 当地城镇 (地城镇), 乡村, 镇村
    ("深入部分乡镇调研", []),
    ("高于当地城镇非私营单位平均工资", []),
    ("全面推进乡村振兴", []),
    ("各镇村干部", []),
    ("共划分网格1,836个（其中城镇网格286个）", []),  # 其中 城镇, not 中城镇 (绥江县)
])
def test_town_mentions(text, found):
    assert [(text[a:b], codes) for a, b, codes in L.town_mentions(text)] == found


@pytest.mark.parametrize("text,within,code", [
    ("２０２４年度丰产路街道党工委书记抓基层党建工作述职报告", None, "410105"),
    ("红旗街道", None, None),  # 20 units have one
    ("红旗街道", "220100", "220104"),  # inside 长春市
    ("城关镇、辛庄镇", None, "410926"),  # 88 and 4 units; only 范县 has both
    ("部分乡镇", None, None),
])
def test_town_place(text, within, code):
    assert L.town_place(text, within) == code


def test_a_district_whose_name_is_a_generic_word_is_a_place_beside_its_sibling():
    # 老城区 is a word (the old town) and a district of 洛阳; named beside 西工区 it is the district
    assert L.find_mentions("关于老城区、西工区老旧街区党建引领基层治理情况的调研报告") == [
        (2, 5, "410302"), (6, 9, "410303")]
    assert L.find_mentions("西工区和老城区的老旧小区") == [(0, 3, "410303"), (4, 7, "410302")]
    assert L.find_mentions("城区、郊区的老旧小区") == []  # no sibling named: words
    assert L.stopped_child("老城区推行“街巷长制”", "410300") == "410302"
    assert L.stopped_child("老城区域，两区常住人口", "410300") is None
