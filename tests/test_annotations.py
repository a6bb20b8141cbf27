"""Annotation files: each decision kind changes the package; each error kind names file and line."""

from __future__ import annotations

import shutil
import textwrap

import pytest
from typer.testing import CliRunner

from pipeline.cli import app
from pipeline.errors import GrassrootsError
from pipeline.package import build, build_tables
from tests.conftest import SEED

runner = CliRunner()
NAME = SEED.name


@pytest.fixture
def seeds(tmp_path):
    d = tmp_path / "seeds"
    d.mkdir()
    shutil.copy(SEED, d / NAME)
    return d


def _write(seeds, body: str):
    path = seeds / SEED.with_suffix(".yaml").name
    path.write_text(f"source: {NAME}\n" + textwrap.dedent(body), encoding="utf-8")
    return path


def _metric(tables, quote):
    hits = [m for m in tables.rows["metrics"] if m["quote"] == quote]
    return hits


def test_without_annotation_everything_is_auto(seeds):
    t = build_tables(seeds)
    assert {m["review_status"] for m in t.rows["metrics"]} == {"auto"}
    assert {i["review_status"] for i in t.rows["initiatives"]} == {"auto"}


def test_confirm_correct_reject_add(seeds):
    _write(seeds, """
    metrics:
      - quote: 192个
        action: confirm
        subject_en: residential-compound Party branches
      - quote: 3名以上
        action: reject
        reason: a rule (units with 3 or more members), not a claim
      - quote: 300—500户
        occurrence: 1
        action: correct
        subject_zh: 城市综合网格
        subject_en: households per urban comprehensive grid
      - quote: 1000余万元
        action: correct
        locality: "520600"
      - quote: 双报到
        occurrence: 1
        context: 深化“双报到”机制
        action: add
        subject_zh: 双报到
        value: 2
        unit: 项
    initiatives:
      - name: 全面推进小区党组织建设
        action: confirm
        name_en: Set up Party organisations in every residential compound
      - name: 健全组织体系
        occurrence: 1
        action: correct
        level: theme
    """)
    t = build_tables(seeds)
    (m192,) = _metric(t, "192个")
    assert (m192["review_status"], m192["subject_en"]) == ("reviewed", "residential-compound Party branches")
    assert _metric(t, "3名以上") == []
    (grid,) = _metric(t, "300—500户")
    assert (grid["review_status"], grid["subject_zh"], grid["value"], grid["value_max"]) == \
        ("corrected", "城市综合网格", 300, 500)
    (money,) = _metric(t, "1000余万元")
    assert money["locality_code"] == "520600"
    assert any(x["code"] == "520600" for x in t.rows["localities"])
    (added,) = _metric(t, "双报到")
    assert (added["review_status"], added["value"], added["unit"]) == ("added", 2, "项")
    inits = {i["name_zh"]: i for i in t.rows["initiatives"]}
    assert inits["全面推进小区党组织建设"]["review_status"] == "reviewed"
    assert inits["健全组织体系"]["level"] == "theme"
    assert t.summaries[0].rejected == 1


def test_document_split_and_fields(seeds):
    _write(seeds, """
    documents:
      - at: 健全民意议事平台。
        id: jiangkou-fragment
        locality: "520621"
        completeness: fragment
      - at: 碧江区：“五个强化”
        id: bijiang
        publisher: 铜仁市委组织部
        url: https://example.org/bijiang
    """)
    t = build_tables(seeds)
    docs = {d["document_id"]: d for d in t.rows["documents"]}
    assert docs["jiangkou-fragment"]["locality_code"] == "520621"
    assert docs["bijiang"]["publisher"] == "铜仁市委组织部"
    frag = [m for m in t.rows["metrics"] if m["document_id"] == "jiangkou-fragment"]
    assert frag and {m["locality_code"] for m in frag} == {"520621"}


ERRORS = {
    "yaml-syntax": "metrics:\n  - quote: [192个\n",
    "not-mapping": "- just\n- a list\n",
    "unknown-key": "metrics:\n  - quote: 192个\n    action: confirm\n    subjet_en: typo\n",
    "wrong-type": "metrics:\n  - quote: 192个\n    action: correct\n    value: many\n",
    "bad-action": "metrics:\n  - quote: 192个\n    action: approve\n",
    "unresolved": "metrics:\n  - quote: 193个\n    action: confirm\n",
    "ambiguous": "metrics:\n  - quote: 53个\n    action: confirm\n",
    "two-decisions": "metrics:\n  - quote: 192个\n    action: confirm\n  - quote: 192个\n    action: reject\n    reason: twice\n",
    "duplicate-key": "metrics:\n  - quote: 192个\n    action: confirm\n    action: reject\n",
    "unknown-locality": "metrics:\n  - quote: 192个\n    action: correct\n    locality: \"999999\"\n",
    "reject-without-reason": "metrics:\n  - quote: 192个\n    action: reject\n",
    "several-at-once": "metrics:\n  - quote: 193个\n    action: confirm\n    valeu: 3\n  - quote: 192个\n    action: maybe\n"
                       "initiatives:\n  - name: 拓宽晋升渠道\n    action: correct\n",
}


@pytest.mark.parametrize("case", sorted(ERRORS))
def test_annotation_errors_exit_2_with_file_and_line(seeds, tmp_path, golden, case):
    path = seeds / SEED.with_suffix(".yaml").name
    body = ERRORS[case] if case in ("yaml-syntax", "not-mapping") else f"source: {NAME}\n" + ERRORS[case]
    path.write_text(body, encoding="utf-8")
    result = runner.invoke(app, ["build", "--seeds", str(seeds), "--out", str(tmp_path / "out")])
    assert result.exit_code == 2, result.output
    out = result.output.replace(str(seeds), "seeds")
    assert "seeds/tongren-2025-grassroots-governance.yaml:" in out
    golden(f"{case}.txt", out)
    assert not (tmp_path / "out").exists()


def test_require_reviewed_fails_on_auto_rows(seeds, tmp_path):
    result = runner.invoke(app, ["build", "--seeds", str(seeds), "--out", str(tmp_path / "out"),
                                 "--require-reviewed"])
    assert result.exit_code == 1
    assert "unreviewed-row" in result.output and "'192个'" in result.output
    assert not (tmp_path / "out").exists()


def test_decision_without_candidate_is_reported(seeds, tmp_path):
    _write(seeds, """
    metrics:
      - quote: 全区实现社区工作者平均报酬
        action: confirm
    """)
    result = runner.invoke(app, ["build", "--seeds", str(seeds), "--out", str(tmp_path / "out")])
    assert result.exit_code == 0
    assert "annotation-no-candidate" in result.output and "yaml:4" in result.output
    with pytest.raises(GrassrootsError):
        build(seeds, tmp_path / "out2", require_reviewed=True)


def test_confirm_pins_its_fields_and_says_when_extraction_no_longer_agrees(seeds, tmp_path):
    # 组建小区党支部192个: extraction proposes 小区党支部, 192, 个. A confirmation written against an
    # older extractor (here: another subject, level) keeps what the reviewer checked and says so.
    _write(seeds, """
    initiatives:
      - name: 全面推进小区党组织建设
        action: confirm
        level: theme
    metrics:
      - quote: 192个
        action: confirm
        subject_zh: 党支部
        value: 192
        unit: 个
        approximate: false
      - quote: 521人
        action: confirm
        subject_zh: 小区党支部班子成员
        value: 521
    """)
    t = build_tables(seeds)
    (m192,), (m521,) = _metric(t, "192个"), _metric(t, "521人")
    assert (m192["subject_zh"], m192["review_status"]) == ("党支部", "reviewed")
    assert (m521["subject_zh"], m521["review_status"]) == ("小区党支部班子成员", "reviewed")
    (init,) = [i for i in t.rows["initiatives"] if i["name_zh"] == "全面推进小区党组织建设"]
    assert init["level"] == "theme"
    drifted = [p for s in t.summaries for p in s.drifted]
    assert [(p.code, p.line, p.path) for p in drifted] == [
        ("annotation-confirm-differs", 6, "initiatives[0].level"),
        ("annotation-confirm-differs", 10, "metrics[0].subject_zh")]
    assert "'小区党支部'" in drifted[1].message and "correct" in drifted[1].hint
    result = runner.invoke(app, ["build", "--seeds", str(seeds), "--out", str(tmp_path / "out")])
    assert result.exit_code == 0
    assert "yaml:10: warning [annotation-confirm-differs]" in result.output
    assert "2 confirmation(s) extraction no longer agrees with" in result.output


def test_the_seed_confirmations_all_agree_with_extraction():
    # Every `confirm` of the seed pins what was checked; none may have drifted from extraction
    # (a drift means the extractor changed a reviewed row: look at it before re-pinning).
    from tests.conftest import SEED as seed

    t = build_tables(seed.parent)
    assert [p.render() for s in t.summaries for p in s.drifted] == []
    pinned = [m for m in t.rows["metrics"] if m["review_status"] == "reviewed"]
    assert len(pinned) >= 60 and all(m["subject_zh"] for m in pinned)
