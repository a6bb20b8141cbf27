"""datapackage/README.md: generated from the schemas and the rows, shipped, and kept fresh by --check."""

from __future__ import annotations

import copy
import datetime
import io
import json
import re
import zipfile
from collections import Counter

import pytest

from pipeline.docs import render_readme
from pipeline.package import build, package_files, zip_bytes
from pipeline.schema import TABLES, package_metadata, table_schema
from tests.conftest import ROOT, SEEDS

SCHEMAS = sorted(p for p in (ROOT / "schema").glob("*.json") if p.stem != "package")


def _md(s: str) -> str:
    return s.replace("|", "\\|")  # as a Markdown table cell writes it


def _section(readme: str, heading: str) -> str:
    """The text under `heading` up to the next heading of the same or a higher level."""
    level = heading.split(" ")[0]
    start = readme.index(heading + "\n")
    nxt = re.compile(rf"^#{{1,{len(level)}}} ", re.M).search(readme, start + len(heading))
    return readme[start: nxt.start() if nxt else len(readme)]


def _field_line(section: str, name: str) -> str:
    [line] = [x for x in section.splitlines() if x.startswith(f"| `{name}` |")]
    return line


@pytest.fixture(scope="module")
def files(tables):
    return package_files(tables)


@pytest.fixture(scope="module")
def readme(files):
    return files["README.md"].decode("utf-8")


def test_schema_files_cover_every_table():
    assert sorted(p.stem for p in SCHEMAS) == sorted(TABLES)


@pytest.mark.parametrize("path", SCHEMAS, ids=lambda p: p.stem)
def test_every_field_of_every_schema_is_in_the_readme(readme, path):
    schema = json.loads(path.read_text(encoding="utf-8"))
    section = _section(readme, f"### `{path.stem}`")
    assert schema["description"] in section
    for f in schema["fields"]:
        cells = [c.strip() for c in re.split(r"(?<!\\)\|", _field_line(section, f["name"]))[1:-1]]
        assert cells[1] == f["type"], f["name"]
        cons = f.get("constraints", {})
        assert ("required" in cells[2]) == bool(cons.get("required")), f["name"]
        for value in cons.get("enum", []):
            assert f"`{value}`" in cells[2]
        if "pattern" in cons:
            assert f"`{_md(cons['pattern'])}`" in cells[2]
        if "minimum" in cons:
            assert f"≥ {cons['minimum']}" in cells[2]
        if f["name"] in schema.get("primaryKey", []):
            assert "primary key" in cells[2]
        assert _md(f.get("description", "")) == cells[3]
    for fk in schema.get("foreignKeys", []):
        target = fk["reference"]["resource"] or path.stem  # "" refers to the same table
        for here, there in zip(fk["fields"], fk["reference"]["fields"]):
            assert f"→ `{target}.{there}`" in _field_line(section, here)


def test_a_field_added_to_a_schema_appears_in_the_readme(tables, monkeypatch):
    name = "households_served"
    before = package_files(tables)["README.md"].decode("utf-8")
    assert name not in before
    schema = table_schema("metrics")  # the loaded dict every stage reads: patched, not schema/
    monkeypatch.setitem(schema, "fields", schema["fields"] + [
        {"name": name, "type": "integer", "description": "Households the measure reached.",
         "constraints": {"minimum": 0, "maximum": 1000000}}])
    files = package_files(tables)
    after = files["README.md"].decode("utf-8")
    line = _field_line(_section(after, "### `metrics`"), name)
    assert line == f"| `{name}` | integer | ≥ 0; ≤ 1000000 | Households the measure reached. |"
    assert files["data/metrics.csv"].split(b"\n", 1)[0].endswith(f",{name}".encode())


def test_render_readme_is_a_pure_function_of_descriptor_and_rows(files, tables):
    descriptor = json.loads(files["datapackage.json"])
    text = render_readme(descriptor, tables.rows)
    assert text == files["README.md"].decode("utf-8")
    assert render_readme(copy.deepcopy(descriptor), copy.deepcopy(tables.rows)) == text
    assert datetime.date.today().isoformat() not in text  # no clock
    # An unknown constraint is shown, not dropped.
    descriptor["resources"][0]["schema"]["fields"][0]["constraints"]["x-checked"] = True
    assert "x-checked: `true`" in render_readme(descriptor, tables.rows)


def test_counts_per_locality_match_the_rows(readme, tables):
    rows = tables.rows
    section = _section(readme, "### By locality")
    names = {r["code"]: r["name_zh"] for r in rows["localities"]}
    per = {t: Counter(r["locality_code"] for r in rows[t]) for t in ("documents", "initiatives", "metrics")}
    codes = set().union(*per.values())
    assert len(codes) == 4  # the seed: 碧江区, 万山区, 江口县, 松桃苗族自治县
    for code in codes:
        [line] = [x for x in section.splitlines() if x.startswith(f"| {code} |")]
        cells = [c.strip() for c in line.split("|")[1:-1]]
        assert cells[1].startswith(names[code] + " (")
        assert [int(c) for c in cells[2:]] == [per[t][code] for t in per]
    total = [x for x in section.splitlines() if "**total**" in x][0]
    assert [int(c.strip(" *")) for c in total.split("|")[3:-1]] == [len(rows[t]) for t in per]


def test_counts_per_review_status_match_the_rows(readme, tables):
    section = _section(readme, "### By review status")
    [field] = [f for f in table_schema("metrics")["fields"] if f["name"] == "review_status"]
    enum = field["constraints"]["enum"]
    for status in enum:
        [line] = [x for x in section.splitlines() if x.startswith(f"| `{status}` |")]
        got = [int(c) for c in line.split("|")[2:-1]]
        assert got == [sum(r["review_status"] == status for r in tables.rows[t]) for t in ("initiatives", "metrics")]


def test_readme_says_how_to_validate_and_cite(readme):
    meta = package_metadata()
    validate = _section(readme, "## How to validate")
    assert f'pip install "git+{meta["homepage"]}@v{meta["version"]}"' in validate
    assert "grassroots validate datapackage.json" in validate
    assert "frictionless validate datapackage.json" in validate
    cite = _section(readme, "## How to cite")
    for words in (meta["title"], f"version {meta['version']}", meta["licenses"][0]["name"],
                  meta["homepage"], "CITATION.cff"):
        assert words in cite


def test_readme_travels_in_the_folder_and_the_zip_but_is_no_resource(built, files):
    assert (built / "README.md").read_bytes() == files["README.md"]
    with zipfile.ZipFile(io.BytesIO(zip_bytes(files))) as z:
        assert z.read("README.md") == files["README.md"]
    desc = json.loads(files["datapackage.json"])
    assert all(r["path"] != "README.md" for r in desc["resources"])


def test_the_shipped_schemas_are_the_schema_files(files):
    # The dictionary is generated from the descriptor; the descriptor must be schema/.
    desc = json.loads(files["datapackage.json"])
    for path in SCHEMAS:
        schema = json.loads(path.read_text(encoding="utf-8"))
        schema.pop("$schema", None)
        [res] = [r for r in desc["resources"] if r["name"] == path.stem]
        assert res["schema"] == schema


def test_check_covers_the_readme(package_copy):
    readme = package_copy / "README.md"
    readme.write_bytes(readme.read_bytes() + b"A note written by hand.\n")
    assert build(SEEDS, package_copy, check=True).stale == ["README.md"]
    readme.unlink()
    assert build(SEEDS, package_copy, check=True).stale == ["README.md"]
