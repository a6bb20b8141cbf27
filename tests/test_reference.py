"""The committed package against an independent hand-made reference of the seed.

tests/fixtures/seed_reference.yaml was written by reading the source text, without running
or reading the extractor. Every metric of the package is compared with it one by one: a
wrong value, unit, place, span or initiative is a failure, however valid the package is.
"""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "datapackage"
REFERENCE = Path(__file__).resolve().parent / "fixtures" / "seed_reference.yaml"
QUOTES = "“”\"‘’"


def _rows(table: str) -> list[dict]:
    with open(PACKAGE / "data" / f"{table}.csv", encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


@pytest.fixture(scope="module")
def reference() -> dict:
    return yaml.safe_load(REFERENCE.read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def source(reference) -> str:
    with open(PACKAGE / "sources" / reference["source"], encoding="utf-8", newline="") as fh:
        return fh.read()


def _span(text: str, m: dict) -> tuple[int, int]:
    """Where the reference metric's quote is: its `at` text on its 1-based line."""
    line_start = 0
    for _ in range(m["line"] - 1):
        line_start = text.index("\n", line_start) + 1
    line_end = text.find("\n", line_start)
    at = text.find(m["at"], line_start, line_end if line_end >= 0 else len(text))
    assert at >= 0, f"reference broken: {m['at']!r} not on line {m['line']}"
    start = at + m["at"].index(m["quote"])
    return start, start + len(m["quote"])


def _same_subject(a: str, b: str) -> bool:
    """Subjects agree when one names the other: 兼职委员 / 街道社区党组织兼职委员."""
    a, b = (s.strip(QUOTES) for s in (a, b))
    a, b = "".join(c for c in a if c not in QUOTES), "".join(c for c in b if c not in QUOTES)
    return bool(a) and bool(b) and (a in b or b in a)


def test_every_reference_metric_is_in_the_package_with_the_same_facts(reference, source):
    metrics = _rows("metrics")
    initiatives = {r["initiative_id"]: r["name_zh"] for r in _rows("initiatives")}
    by_start = {int(r["start"]): r for r in metrics}
    wrong = []
    for m in reference["metrics"]:
        start, end = _span(source, m)
        row = by_start.get(start)
        if row is None or int(row["end"]) != end:
            wrong.append(f"line {m['line']} {m['quote']}: not in the package at {start}:{end}")
            continue
        expect = {
            "value": float(m["value"]),
            "value_max": None if m["value_max"] is None else float(m["value_max"]),
            "unit": m["unit"],
            "approximate": bool(m["approximate"]),
            "change": m["change"],
            "locality_code": m["locality_code"],
            "initiative": m["initiative"],
        }
        got = {
            "value": float(row["value"]),
            "value_max": float(row["value_max"]) if row["value_max"] else None,
            "unit": row["unit"],
            "approximate": row["approximate"] == "true",
            "change": row["change"] or None,
            "locality_code": row["locality_code"],
            "initiative": initiatives.get(row["initiative_id"]),
        }
        for k in expect:
            if expect[k] != got[k]:
                wrong.append(f"line {m['line']} {m['quote']}: {k} is {got[k]!r}, the reference says {expect[k]!r}")
        if not _same_subject(row["subject_zh"], m["subject_zh"]):
            wrong.append(f"line {m['line']} {m['quote']}: subject {row['subject_zh']!r}, "
                         f"the reference says {m['subject_zh']!r}")
    assert not wrong, "\n".join(wrong)


def test_the_package_has_no_metric_the_reference_lacks(reference, source):
    expected = {_span(source, m)[0] for m in reference["metrics"]}
    extra = [f"{r['metric_id']} {r['quote']} ({r['subject_zh']})" for r in _rows("metrics")
             if int(r["start"]) not in expected]
    assert not extra, "metrics the reference does not have:\n" + "\n".join(extra)


def test_rejected_numbers_are_not_metrics(reference, source):
    quotes_in_package = {(int(r["start"]), r["quote"]) for r in _rows("metrics")}
    for rej in reference["rejected"]:
        q = str(rej["quote"])
        hits = [(s, q2) for s, q2 in quotes_in_package if q2 == q or q2 in q]
        for s, _ in hits:
            line = source.count("\n", 0, s) + 1
            assert line != rej["line"], f"{q!r} on line {line} is a metric; the reference rejects it ({rej['why']})"


def test_initiatives_match_the_reference_hierarchy(reference):
    rows = _rows("initiatives")
    by_name = {(r["name_zh"], r["level"]): r for r in rows}
    names = {r["initiative_id"]: r["name_zh"] for r in rows}
    wrong = []
    for i in reference["initiatives"]:
        row = by_name.get((i["name_zh"], i["level"]))
        if row is None:
            wrong.append(f"missing {i['level']} {i['name_zh']!r}")
            continue
        if names.get(row["parent_id"]) != i["parent"]:
            wrong.append(f"{i['name_zh']!r}: parent {names.get(row['parent_id'])!r}, the reference says {i['parent']!r}")
    assert not wrong, "\n".join(wrong)
    assert len(rows) == len(reference["initiatives"])


def test_documents_match_the_reference(reference):
    docs = _rows("documents")
    assert [(d["locality_code"], d["completeness"]) for d in docs] == [
        (d["locality_code"], d["completeness"]) for d in reference["documents"]]
    assert [d["title"] or None for d in docs] == [d["title"] for d in reference["documents"]]


def test_metrics_per_place_match_the_reference(reference):
    def count(codes):
        out: dict[str, int] = {}
        for c in codes:
            out[c] = out.get(c, 0) + 1
        return out

    assert count(r["locality_code"] for r in _rows("metrics")) == count(
        m["locality_code"] for m in reference["metrics"])
