"""The built package: golden, valid under stock frictionless, deterministic, atomic."""

from __future__ import annotations

import hashlib
import json
import os
import shutil
from pathlib import Path

import frictionless
import pytest

from pipeline.errors import GrassrootsError
from pipeline.package import build, build_tables, package_files, zip_bytes
from tests.conftest import ROOT, SEED, SEEDS


def _tree(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def test_committed_package_is_a_fresh_build(built):
    """Golden: datapackage/ in the repository is exactly what seeds/ build."""
    committed = _tree(ROOT / "datapackage")
    fresh = _tree(built)
    fresh.update({k: v for k, v in committed.items() if k == "README.md"})  # generated alongside
    assert sorted(committed) == sorted(fresh)
    for name in fresh:
        assert committed[name] == fresh[name], f"datapackage/{name} is stale: run `grassroots build`"


def test_stock_frictionless_validates_the_committed_package():
    report = frictionless.validate(str(ROOT / "datapackage" / "datapackage.json"))
    assert report.valid, report.flatten(["type", "message"])
    desc = json.loads((ROOT / "datapackage" / "datapackage.json").read_text(encoding="utf-8"))
    assert len(report.tasks) == len(desc["resources"]) == 6


def test_source_travels_byte_identical_with_its_hash(built):
    shipped = (built / "sources" / SEED.name).read_bytes()
    assert shipped == SEED.read_bytes()
    assert hashlib.sha256(shipped).hexdigest() == "7f6a8da26891175820179590e36202a5463a8b11e14ad121325f1aa230687ea9"
    desc = json.loads((built / "datapackage.json").read_text(encoding="utf-8"))
    res = next(r for r in desc["resources"] if r["path"] == f"sources/{SEED.name}")
    assert res["hash"] == "sha256:" + hashlib.sha256(shipped).hexdigest() and res["bytes"] == len(shipped)


def test_two_builds_give_the_same_bytes(tmp_path):
    a, b = tmp_path / "a", tmp_path / "b"
    build(SEEDS, a)
    build(SEEDS, b)
    assert _tree(a) == _tree(b)
    files = package_files(build_tables(SEEDS))
    assert zip_bytes(files) == zip_bytes(package_files(build_tables(SEEDS)))


def test_ids_are_stable_and_name_their_span(tables):
    for r in tables.rows["metrics"]:
        assert r["metric_id"] == f"{r['document_id']}-m{r['start']}"
    for r in tables.rows["initiatives"]:
        assert r["initiative_id"] == f"{r['document_id']}-i{r['start']}"


def test_a_failing_build_leaves_the_previous_package_untouched(tmp_path, built):
    out = tmp_path / "datapackage"
    shutil.copytree(built, out)
    before = _tree(out)
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    shutil.copy(SEED, seeds / SEED.name)
    (seeds / SEED.with_suffix(".yaml").name).write_text("source: [unclosed\n", encoding="utf-8")
    with pytest.raises(GrassrootsError) as e:
        build(seeds, out)
    assert e.value.problems[0].code == "annotation-yaml-syntax"
    assert _tree(out) == before
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []


def test_check_finds_a_stale_package(package_copy):
    metrics = package_copy / "data" / "metrics.csv"
    metrics.write_bytes(metrics.read_bytes().replace(b"192", b"193", 1))
    result = build(SEEDS, package_copy, check=True)
    assert result.stale == ["data/metrics.csv"]
    assert build(SEEDS, package_copy, check=True).stale == ["data/metrics.csv"]  # check never writes


def test_build_swaps_in_a_new_package(tmp_path, built):
    out = tmp_path / "datapackage"
    out.mkdir()
    (out / "old-file.txt").write_text("from an older build", encoding="utf-8")
    build(SEEDS, out)
    assert _tree(out) == _tree(built)
    assert not any(p.name.startswith(f".{out.name}.") for p in tmp_path.iterdir())
    assert os.access(out / "datapackage.json", os.R_OK)
