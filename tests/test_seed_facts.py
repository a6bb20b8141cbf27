"""Facts of the seed that any build must get right (read by hand from the source)."""

from __future__ import annotations

import pytest


def _metrics(tables, **kw):
    return [m for m in tables.rows["metrics"] if all(m[k] == v for k, v in kw.items())]


def _doc(tables, code):
    return next(d for d in tables.rows["documents"] if d["locality_code"] == code)


def test_four_reports_with_their_places_and_completeness(tables):
    docs = tables.rows["documents"]
    assert [(d["locality_code"], d["completeness"]) for d in docs] == [
        ("520602", "complete"), ("520603", "truncated"), ("520621", "fragment"), ("520628", "complete")]
    assert docs[0]["title"] == "碧江区：“五个强化”提升城市基层治理效能"
    assert docs[2]["title"] is None  # the 江口县 fragment has no title of its own


@pytest.mark.parametrize("code,subject,value,unit,approx,quote", [
    ("520602", "小区党支部", 192, "个", False, "192个"),
    ("520602", "组织覆盖率", 49.31, "%", False, "49.31%"),
    ("520603", "帮扶资金", 10_000_000, "元", True, "1000余万元"),
    ("520628", "居民", 32_000, "名", True, "3.2万余名"),
    ("520602", "社区工作者平均报酬", 4116, "元/月", False, "4116元/月"),
])
def test_headline_metrics(tables, code, subject, value, unit, approx, quote):
    hits = _metrics(tables, subject_zh=subject, quote=quote)
    assert len(hits) == 1
    m = hits[0]
    assert (m["locality_code"], m["value"], m["unit"], m["approximate"]) == (code, value, unit, approx)


def test_range_keeps_both_bounds(tables):
    m = _metrics(tables, quote="300—500户")
    assert len(m) == 1 and (m[0]["value"], m[0]["value_max"], m[0]["unit"]) == (300, 500, "户")


def test_grid_party_groups_appear_once_and_belong_to_jiangkou(tables, seed_text):
    hits = [m for m in tables.rows["metrics"] if m["quote"] == "53个" and "网格党小组" in m["subject_zh"]]
    assert len(hits) == 1
    assert hits[0]["locality_code"] == "520621"
    assert seed_text.count("全县共建立网格党小组53个") == 4  # the repeated block: one claim


def test_no_year_is_a_metric(tables):
    for m in tables.rows["metrics"]:
        assert "年" not in m["quote"] and not (1990 <= m["value"] <= 2100 and m["unit"] in ("", "年"))


def test_slogans_are_not_metrics(tables, seed_text):
    quotes = {seed_text[m["start"] - 2:m["end"] + 2] for m in tables.rows["metrics"]}
    for slogan in ("五个强化", "1+1+N+X", "四牌两标识", "五岗二十级二档", "六个一", "两个覆盖", "四个一批"):
        assert not any(slogan in q for q in quotes), slogan


def test_repeated_red_property_paragraph_is_one_claim(tables):
    assert len(_metrics(tables, quote="127个")) == 1


def test_every_quote_sits_at_its_span(tables, seed_text):
    for m in tables.rows["metrics"]:
        assert seed_text[m["start"]:m["end"]] == m["quote"]
    for i in tables.rows["initiatives"]:
        assert seed_text[i["start"]:i["end"]] == i["name_zh"]


def test_defects_of_the_seed(tables, seed_text):
    kinds = {}
    for d in tables.rows["defects"]:
        kinds.setdefault(d["kind"], []).append(d)
    assert {"page_break", "duplicate", "truncated", "misplaced", "foreign_fragment", "caption"} <= set(kinds)
    breaks = {seed_text[d["start"] - 1] + seed_text[d["end"]] for d in kinds["page_break"]}
    assert {"推动", "党组", "依托", "吹哨"} <= breaks
    truncated = [seed_text[d["start"]:d["end"]] for d in kinds["truncated"]]
    assert any(t.endswith("按照“六") for t in truncated) and any(t.endswith("摸底排") for t in truncated)
    misplaced = seed_text[kinds["misplaced"][0]["start"]:kinds["misplaced"][0]["end"]]
    assert misplaced.startswith("兼任社区委员，搭建") and "红色议事厅" in misplaced
    caption = seed_text[kinds["caption"][0]["start"]:kinds["caption"][0]["end"]]
    assert caption.startswith("江口县老年大学")
    foreign = seed_text[kinds["foreign_fragment"][0]["start"]:kinds["foreign_fragment"][0]["end"]]
    assert "江口县着力构建" in foreign and "服务联盟" not in foreign


def test_hierarchy_programme_theme_measure(tables):
    inits = {i["initiative_id"]: i for i in tables.rows["initiatives"]}
    measure = next(i for i in inits.values() if i["name_zh"] == "全面推进小区党组织建设")
    theme = inits[measure["parent_id"]]
    programme = inits[theme["parent_id"]]
    assert (measure["level"], theme["level"], programme["level"]) == ("measure", "theme", "programme")
    assert theme["name_zh"] == "强化组织建设 筑牢基层治理根基"
    assert programme["name_zh"] == "“五个强化”提升城市基层治理效能" and programme["parent_id"] is None
