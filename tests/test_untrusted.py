"""Untrusted packages given to `grassroots validate`: refused clearly, nothing written outside a temp folder."""

from __future__ import annotations

import json
import os
import tempfile
import zipfile
from pathlib import Path

import pytest
from typer.testing import CliRunner

from pipeline.cli import app

runner = CliRunner()


def _validate(target):
    return runner.invoke(app, ["validate", str(target)])


@pytest.fixture
def sandbox(tmp_path, monkeypatch):
    """A private temp dir: after each test it must hold nothing the validator left behind."""
    tmp = tmp_path / "tmp"
    tmp.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(tmp))
    yield tmp
    assert list(tmp.iterdir()) == [], "the validator left files behind"


def _descriptor(folder: Path, resources) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "datapackage.json").write_text(json.dumps({"name": "x", "resources": resources}), encoding="utf-8")
    return folder


@pytest.mark.parametrize("path", ["/etc/passwd", "../outside.csv", "data/../../outside.csv", "C:/x.csv"])
def test_resource_paths_that_leave_the_package(tmp_path, sandbox, path):
    pkg = _descriptor(tmp_path / "pkg", [{"name": "r", "path": path, "format": "csv"}])
    r = _validate(pkg)
    assert r.exit_code == 1, r.output
    assert "package-unsafe-path" in r.output and path in r.output


def _zip(path: Path, entries: dict[str, bytes]) -> Path:
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as z:
        for name, data in entries.items():
            z.writestr(name, data)
    return path


def test_zip_slip_is_refused_and_nothing_is_written_outside(tmp_path, sandbox):
    victim = tmp_path / "victim.txt"
    z = _zip(tmp_path / "evil.zip", {"datapackage.json": b'{"resources": []}',
                                     f"../../../../../../{victim}": b"owned"})
    r = _validate(z)
    assert r.exit_code == 1 and "package-unsafe-path" in r.output
    assert not victim.exists()


def test_zip_bomb_is_refused(tmp_path, sandbox, monkeypatch):
    import pipeline.validate as v

    monkeypatch.setattr(v, "MAX_DOWNLOAD", 1_000_000)
    z = _zip(tmp_path / "bomb.zip", {"datapackage.json": b"{}", "data/big.csv": b"0" * 5_000_000})
    assert os.path.getsize(z) < 100_000
    report = v.validate(str(z), max_bytes=1_000_000)
    assert [p.code for p in report.problems] == ["package-zip-too-large"]


@pytest.mark.parametrize("body,code", [
    (b"\xff\xfe not json", "package-not-json"),
    (b"[1, 2, 3]", "package-not-a-package"),
    (b'{"name": "x"}', "package-not-a-package"),
    (b'{"name": "x", "resources": []}', "package-not-a-package"),
])
def test_descriptors_that_are_not_packages(tmp_path, sandbox, body, code):
    (tmp_path / "datapackage.json").write_bytes(body)
    r = _validate(tmp_path)
    assert r.exit_code == 1 and code in r.output, r.output
    assert "Traceback" not in r.output


def test_a_yml_descriptor_is_not_silently_valid(tmp_path, sandbox):
    (tmp_path / "datapackage.yml").write_text("resources: []\n", encoding="utf-8")
    r = _validate(tmp_path / "datapackage.yml")
    assert r.exit_code != 0


def test_a_missing_resource_file(package_copy, sandbox):
    (package_copy / "data" / "defects.csv").unlink()
    r = _validate(package_copy)
    assert r.exit_code == 1 and "defects" in r.output
