"""`grassroots review`: stubs for undecided candidates; hand edits and comments kept byte-for-byte."""

from __future__ import annotations

import shutil

import yaml
from typer.testing import CliRunner

from pipeline.annotations import load_annotation
from pipeline.cli import app
from pipeline.package import build_tables
from tests.conftest import SEED

runner = CliRunner()


def test_review_writes_a_stub_for_every_candidate(tmp_path):
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    src = seeds / SEED.name
    shutil.copy(SEED, src)
    r = runner.invoke(app, ["review", str(src)])
    assert r.exit_code == 0, r.output
    ann = load_annotation(src.with_suffix(".yaml"))
    t = build_tables(seeds)
    assert len(ann.model.metrics) == len(t.rows["metrics"]) and {d.action for d in ann.model.metrics} == {"todo"}
    assert len(ann.model.initiatives) == len(t.rows["initiatives"])
    assert [d.locality for d in ann.model.documents] == ["520602", "520603", "520628"]
    # every stub anchor resolves to exactly its candidate: the file builds as it is
    assert {m["review_status"] for m in t.rows["metrics"]} == {"auto"}


def test_review_keeps_edits_and_comments_and_adds_only_missing_stubs(tmp_path):
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    src = seeds / SEED.name
    shutil.copy(SEED, src)
    edited = (
        "# my notes: read on 2026-11-28\n"
        f"source: {SEED.name}\n"
        "documents: []\n"
        "initiatives:\n"
        "- name: 全面推进小区党组织建设   # checked twice\n"
        "  action: confirm\n"
        "  name_en: Party organisations in every residential compound\n"
        "metrics:\n"
        "- quote: 192个\n"
        "  action: confirm  # the headline number\n"
        "  subject_en: residential-compound Party branches\n"
        "\n"
        "# trailing comment\n"
    )
    ypath = src.with_suffix(".yaml")
    ypath.write_text(edited, encoding="utf-8")
    r = runner.invoke(app, ["review", str(src)])
    assert r.exit_code == 0, r.output
    after = ypath.read_text(encoding="utf-8")
    for line in edited.splitlines():
        assert line in after.splitlines()
    assert after.startswith("# my notes: read on 2026-11-28\n")
    data = yaml.safe_load(after)
    quotes = [m["quote"] for m in data["metrics"]]
    assert quotes.count("192个") == 1 and len(quotes) == 74
    assert data["metrics"][0] == {"quote": "192个", "action": "confirm",
                                  "subject_en": "residential-compound Party branches"}
    names = [i["name"] for i in data["initiatives"]]
    assert names.count("全面推进小区党组织建设") == 1
    # a second run adds nothing and changes nothing
    r = runner.invoke(app, ["review", str(src)])
    assert r.exit_code == 0 and "0 new stub(s)" in r.output
    assert ypath.read_text(encoding="utf-8") == after


def test_stubs_write_what_is_checked_so_that_confirm_pins_it(tmp_path):
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    src = seeds / SEED.name
    shutil.copy(SEED, src)
    assert runner.invoke(app, ["review", str(src)]).exit_code == 0
    ypath = src.with_suffix(".yaml")
    body = ypath.read_text(encoding="utf-8")
    data = yaml.safe_load(body)
    (m192,) = [m for m in data["metrics"] if m["quote"] == "192个"]
    assert {k: m192[k] for k in ("subject_zh", "value", "unit", "approximate")} == {
        "subject_zh": "小区党支部", "value": 192, "unit": "个", "approximate": False}
    (grid,) = [m for m in data["metrics"] if m["quote"] == "300—500户"][:1]
    assert (grid["value"], grid["value_max"]) == (300, 500)
    assert {i["level"] for i in data["initiatives"]} <= {"programme", "theme", "measure"}
    # a reviewer who confirms every stub as written gets every row reviewed, with nothing drifted
    ypath.write_text(body.replace("action: todo", "action: confirm"), encoding="utf-8")
    t = build_tables(seeds)
    assert {m["review_status"] for m in t.rows["metrics"]} == {"reviewed"}
    assert [p for s in t.summaries for p in s.drifted] == []


def test_extract_command_prints_candidates_with_raw_offsets(seed_text):
    import json

    r = runner.invoke(app, ["extract", str(SEED), "--format", "json"])
    assert r.exit_code == 0
    rows = json.loads(r.stdout)
    assert len(rows) == 74
    assert all(seed_text[x["start"]:x["end"]] == x["quote"] for x in rows)
    r = runner.invoke(app, ["extract", str(SEED), "--format", "csv"])
    assert r.stdout.splitlines()[0].startswith("start,end,quote,value")


def test_extract_table_keeps_one_line_per_candidate_when_a_quote_spans_table_cells(tmp_path):
    src = tmp_path / "table.txt"
    src.write_text("双龙镇工作总结\n\n序号\t指标\t数值\t单位\n1\t网格党支部\t137\t个\n2\t专兼职网格员\t168\t名\n",
                   encoding="utf-8")
    r = runner.invoke(app, ["extract", str(src)])
    assert r.exit_code == 0
    lines = r.stdout.splitlines()
    assert [ln.split("\t")[2] for ln in lines] == ["137 个", "168 名"]
    assert all(len(ln.split("\t")) == 10 for ln in lines)


def test_every_command_has_help_and_is_in_the_readme():
    from tests.conftest import ROOT

    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for cmd in ("build", "validate", "extract", "review"):
        r = runner.invoke(app, [cmd, "--help"])
        assert r.exit_code == 0 and "Usage" in r.output
        assert f"grassroots {cmd}" in readme
