"""`grassroots validate`: exit 0 on the real package, 1 on each kind of damage, 2 when it cannot run."""

from __future__ import annotations

import json

from typer.testing import CliRunner

from pipeline.cli import app
from pipeline.validate import validate

runner = CliRunner()


def _run(*args):
    return runner.invoke(app, ["validate", *map(str, args)])


def _edit(path, old: bytes, new: bytes) -> None:
    data = path.read_bytes()
    assert old in data, old
    path.write_bytes(data.replace(old, new, 1))


def _rehash(folder, resource_path: str) -> None:
    """Fix bytes and hash after an edit, so only the semantic damage remains."""
    import hashlib

    desc_path = folder / "datapackage.json"
    desc = json.loads(desc_path.read_text(encoding="utf-8"))
    for r in desc["resources"]:
        if r["path"] == resource_path:
            data = (folder / resource_path).read_bytes()
            r["bytes"], r["hash"] = len(data), "sha256:" + hashlib.sha256(data).hexdigest()
    desc_path.write_text(json.dumps(desc, ensure_ascii=False, indent=2), encoding="utf-8")


def _codes(folder):
    return {p.code for p in validate(str(folder)).problems}


def test_the_built_package_is_valid(built):
    r = _run(built)
    assert r.exit_code == 0, r.output
    assert "valid" in r.output
    report = validate(str(built / "datapackage.json"))
    assert report.valid and report.tasks == report.resources == 6


def test_tampered_quote_fails(package_copy):
    _edit(package_copy / "data" / "metrics.csv", b",192\xe4\xb8\xaa,", ",193\u4e2a,".encode())
    _rehash(package_copy, "data/metrics.csv")
    r = _run(package_copy)
    assert r.exit_code == 1, r.output
    assert "check-quote-mismatch" in r.output and "data/metrics.csv" in r.output
    assert _codes(package_copy) == {"check-quote-mismatch"}


def test_wrong_source_hash_fails(package_copy):
    desc = package_copy / "datapackage.json"
    text = desc.read_text(encoding="utf-8")
    desc.write_text(text.replace("sha256:7f6a8da2", "sha256:0f6a8da2"), encoding="utf-8")
    r = _run(package_copy)
    assert r.exit_code == 1
    assert "frictionless-hash-count" in r.output


def test_dangling_foreign_key_fails(package_copy):
    _edit(package_copy / "data" / "metrics.csv", b",520602,", b",520699,")
    _rehash(package_copy, "data/metrics.csv")
    r = _run(package_copy)
    assert r.exit_code == 1
    assert "frictionless-foreign-key" in r.output


def test_duplicate_primary_key_fails(package_copy):
    path = package_copy / "data" / "localities.csv"
    lines = path.read_bytes().split(b"\n")
    lines.insert(2, lines[1])
    path.write_bytes(b"\n".join(lines))
    _rehash(package_copy, "data/localities.csv")
    r = _run(package_copy)
    assert r.exit_code == 1
    assert "frictionless-primary-key" in r.output


def test_package_without_resources_is_not_valid(tmp_path):
    (tmp_path / "datapackage.json").write_text('{"name": "x", "resources": []}', encoding="utf-8")
    r = _run(tmp_path)
    assert r.exit_code == 1 and "package-not-a-package" in r.output


def test_missing_target_exits_2(tmp_path):
    r = _run(tmp_path / "nowhere")
    assert r.exit_code == 2 and "input-not-found" in r.output


def test_json_report(built):
    r = runner.invoke(app, ["validate", str(built), "--json"])
    data = json.loads(r.stdout)
    assert data["valid"] is True and data["resources"] == 6 and data["problems"] == []
