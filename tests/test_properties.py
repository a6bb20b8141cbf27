"""Property tests: extraction and the annotation loader never raise on arbitrary input."""

from __future__ import annotations

import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pipeline.annotations import load_annotation
from pipeline.errors import GrassrootsError
from pipeline.extract import extract_text

# Text in the genre's alphabet (numerals, units, qualifiers, punctuation, newlines) plus any Unicode.
GENRE = ("0123456789０１２３.,，、。；：“”（）—-~至余多近约超过逾以上左右万亿千百十一二两三五个名人家项次户元/月%％年第\n\r 　"
         "县区市省：党支部组建建立"
         # tables, markdown, bullets, posts, fractions, places of clauses (the later rules' inputs)
         "\t|｜*#【】▶📌分之全我碧江铜仁序号指标数值备注其中的有力争建议不少于")
texts = st.one_of(st.text(alphabet=GENRE, max_size=300), st.text(max_size=200))


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(texts)
def test_extraction_never_raises_and_quotes_sit_at_their_spans(text):
    for c in extract_text(text):
        assert text[c.start:c.end] == c.quote
        assert c.start < c.end
        if c.value_max is not None:
            assert c.value_max > c.value


# Whole words the extractor's rules turn on, so that random sentences reach the rules' own code
# (参训 with no training named before it once raised IndexError on a real report)
WORDS = ("参训", "培训", "轮训", "服务", "流失", "应到", "实到", "请假", "其中", "占", "分别", "由", "提高到", "增长",
         "下降", "较上年", "同比", "要由", "力争", "计划", "拟用于", "满分", "权重", "的", "中", "有", "共", "累计",
         "社区工作者", "网格员", "村（社区）", "党组织", "平均年龄", "历时", "持续了", "后", "等方式", "组建", "整顿",
         "将", "全县", "碧江区", "于都县", "我县", "现将", "如下", "一是", "（一）", "1.", "第1名", "林××", "销往",
         "兰州", "等地", "“", "”", "+", "、", "，", "。", "；", "：", "（", "）", "\n", "\u3000", " ", "\t",
         "12", "1,020", "3.5", "两", "三成", "近", "约", "余", "以上", "万", "亿", "个", "名", "人次", "户", "元",
         "万元", "%", "个百分点", "岁", "天", "年", "件", "期", "分", "次", "项")
NUMBERS = ("12", "1,020", "3.5", "两", "三成", "近百", "约300", "2至3")
UNITS = ("个", "名", "人次", "户", "元", "万元", "%", "个百分点", "岁", "天", "年", "件", "期", "分", "次", "项")
# clauses of a few words, a number and its unit: every clause reaches the rules for a count
clauses = st.tuples(st.lists(st.sampled_from(WORDS), max_size=5).map("".join), st.sampled_from(NUMBERS),
                    st.sampled_from(UNITS), st.sampled_from(WORDS)).map("".join)
sentences = st.lists(clauses, min_size=1, max_size=8).map("".join)


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(sentences)
def test_extraction_never_raises_on_sentences_of_the_genres_words(text):
    for c in extract_text(text):
        assert text[c.start:c.end] == c.quote


yaml_values = st.recursive(
    st.one_of(st.none(), st.booleans(), st.integers(), st.floats(allow_nan=False), st.text(max_size=20)),
    lambda inner: st.one_of(st.lists(inner, max_size=4),
                            st.dictionaries(st.sampled_from(
                                ["source", "metrics", "initiatives", "documents", "places", "quote", "action",
                                 "value", "unit", "name", "at", "locality", "x"]), inner, max_size=5)),
    max_leaves=20)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(yaml_values)
def test_annotation_loader_only_raises_problems(tmp_path, data):
    path = tmp_path / "a.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    try:
        load_annotation(path)
    except GrassrootsError as e:
        assert e.problems and all(p.file == str(path) for p in e.problems)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.one_of(st.text(alphabet=GENRE + "一二三四五六七八九十是、（）", max_size=300), st.text(max_size=200)))
def test_every_initiative_name_is_the_text_at_its_span(text):
    # markdown, bullets, counters and subtitles are cut from names, never from the source
    import hashlib

    from pipeline.segment import segment
    from pipeline.sources import Source

    data = text.encode("utf-8", "surrogatepass")
    for i in segment(Source("t.txt", text, hashlib.sha256(data).hexdigest(), len(data))).initiatives:
        assert i.name_zh and text[i.start:i.end] == i.name_zh
