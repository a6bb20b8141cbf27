"""Bad input through the real CLI: a clear error, the right exit code, nothing else touched."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

from pipeline.cli import app
from tests.conftest import ROOT, SEED

runner = CliRunner()


def _tree(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


@pytest.fixture
def seeds(tmp_path):
    d = tmp_path / "seeds"
    d.mkdir()
    return d


def _build(seeds, out, *extra):
    return runner.invoke(app, ["build", "--seeds", str(seeds), "--out", str(out), *extra])


@pytest.mark.parametrize("name,data,code,words", [
    ("gbk-report.txt", "碧江区：组建小区党支部192个。".encode("gbk"), "source-not-utf8", "GB18030"),
    ("binary.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "source-binary", "binary"),
    ("empty.txt", b"", "source-empty", "empty"),
    ("blank.txt", b"\n\n  \n", "source-empty", "empty"),
    ("Bad Name.txt", "碧江区：组建小区党支部192个。".encode(), "source-bad-name", "resource name"),
])
def test_bad_sources_exit_2_naming_the_file(seeds, tmp_path, name, data, code, words):
    (seeds / name).write_bytes(data)
    r = _build(seeds, tmp_path / "out")
    assert r.exit_code == 2, r.output
    assert code in r.output and name in r.output and words in r.output
    assert "Traceback" not in r.output
    assert not (tmp_path / "out").exists()


def test_a_bug_met_on_one_text_names_that_text_and_keeps_the_last_package(seeds, tmp_path, monkeypatch):
    import pipeline.package

    (seeds / "good.txt").write_text("碧江区：组建小区党支部192个。\n", encoding="utf-8")
    (seeds / "trips.txt").write_text("万山区：组建小区党支部38个。\n", encoding="utf-8")
    out = tmp_path / "out"
    assert _build(seeds, out).exit_code == 0
    before = _tree(out)
    real = pipeline.package.extract

    def trips_on_one(seg):  # a stand-in for a bug of the extractor's met on one text only
        if seg.source.name == "trips.txt":
            raise IndexError("list index out of range")
        return real(seg)

    monkeypatch.setattr(pipeline.package, "extract", trips_on_one)
    r = _build(seeds, out)
    assert r.exit_code == 2, r.output
    assert "trips.txt" in r.output and "internal-extraction-error" in r.output and "IndexError" in r.output
    assert "good.txt" not in r.output and "Traceback" not in r.output
    assert _tree(out) == before


def test_missing_and_empty_seeds_folder(tmp_path):
    r = _build(tmp_path / "nowhere", tmp_path / "out")
    assert r.exit_code == 2 and "seeds-missing" in r.output
    (tmp_path / "empty").mkdir()
    r = _build(tmp_path / "empty", tmp_path / "out")
    assert r.exit_code == 2 and "seeds-empty" in r.output


def _report(body: str) -> str:
    return ("碧江区：“五个强化”提升城市基层治理效能\n\n近年来，贵州省铜仁市碧江区聚焦城市社区治理。\n\n"
            "强化组织建设 筑牢基层治理根基\n\n全面推进小区党组织建设。" + body)


def test_bom_and_crlf_keep_offsets_exact(seeds, tmp_path):
    text = "\ufeff" + _report("分步有序组建小区党支部192个，选优配强班子成员521人。\n").replace("\n", "\r\n")
    (seeds / "bom-crlf.txt").write_bytes(text.encode("utf-8"))
    out = tmp_path / "out"
    r = _build(seeds, out)
    assert r.exit_code == 0, r.output
    from pipeline.package import build_tables

    t = build_tables(seeds)
    raw = (seeds / "bom-crlf.txt").read_bytes().decode("utf-8")
    quotes = [(m["quote"], raw[m["start"]:m["end"]]) for m in t.rows["metrics"]]
    assert quotes == [("192个", "192个"), ("521人", "521人")]
    assert (out / "sources" / "bom-crlf.txt").read_bytes() == text.encode("utf-8")


def test_a_very_long_single_line(seeds, tmp_path):
    body = "".join(f"第{i}社区组建网格党小组{i % 90 + 2}个，" for i in range(20000)) + "完毕。"
    (seeds / "long-line.txt").write_text(_report(body), encoding="utf-8")
    r = _build(seeds, tmp_path / "out")
    assert r.exit_code == 0, r.output


def test_a_large_source_shows_progress_per_stage(seeds, tmp_path):
    # 1.1 MB of distinct paragraphs: over the progress threshold, still a few seconds to build.
    paras = [f"第{i}片区组建网格党小组{i % 90 + 2}个，配备网格员{i % 70 + 5}名。" for i in range(24000)]
    (seeds / "large.txt").write_text(_report("\n\n".join(paras)), encoding="utf-8")
    assert (seeds / "large.txt").stat().st_size > 1_000_000
    r = _build(seeds, tmp_path / "out")
    assert r.exit_code == 0, r.output
    for stage in ("MB read", "segmenting done in", "extracting done in", "candidates done in",
                  "rows done in", "validating (frictionless, then quotes against sources) done in"):
        assert stage in r.output, stage
    # thousands of documents would flood the terminal: the summary stays short
    assert len(r.output.splitlines()) < 60


def test_unwritable_output_folder(seeds, tmp_path):
    shutil.copy(SEED, seeds / SEED.name)
    locked = tmp_path / "locked"
    locked.mkdir()
    locked.chmod(0o500)
    try:
        if os.access(locked, os.W_OK):
            pytest.skip("running as a user who can write anywhere")
        r = _build(seeds, locked / "datapackage")
        assert r.exit_code == 2 and "output-unwritable" in r.output
    finally:
        locked.chmod(0o700)


def test_unwritable_output_as_root_is_still_a_clear_error(seeds, tmp_path):
    """A file where the output folder should be: no traceback, exit 2, the file untouched."""
    shutil.copy(SEED, seeds / SEED.name)
    blocker = tmp_path / "blocker"
    blocker.write_text("not a folder", encoding="utf-8")
    r = _build(seeds, blocker / "datapackage")
    assert r.exit_code == 2, r.output
    assert "output-unwritable" in r.output and "Traceback" not in r.output
    assert blocker.read_text(encoding="utf-8") == "not a folder"


def test_killed_build_leaves_old_or_new_package(tmp_path, built):
    """SIGKILL at many moments of a build: the output is always one whole package."""
    seeds = tmp_path / "seeds"
    shutil.copytree(ROOT / "seeds", seeds)
    out = tmp_path / "datapackage"
    shutil.copytree(built, out)
    (out / "data" / "metrics.csv").write_bytes(b"old package\n")  # distinguishable old state
    old = _tree(out)
    new = _tree(built)
    code = (f"import sys; sys.argv=['grassroots','build','--seeds',{str(seeds)!r},'--out',{str(out)!r}];"
            "from pipeline.cli import app; app()")
    for delay in (0.3, 0.6, 0.9, 1.2, 1.5, 2.0, 3.0):
        p = subprocess.Popen([sys.executable, "-c", code], cwd=ROOT, stdout=subprocess.DEVNULL,
                             stderr=subprocess.DEVNULL)
        time.sleep(delay)
        p.send_signal(signal.SIGKILL)
        p.wait()
        state = _tree(out)
        state.pop("README.md", None), old.pop("README.md", None), new.pop("README.md", None)
        assert state in (old, new), f"mixed package after a kill at {delay}s"
        if state == new:
            break
    leftovers = [p.name for p in tmp_path.iterdir() if p.name.startswith(".datapackage")]
    r = _build(seeds, out)  # the next build cleans up whatever a kill left behind
    assert r.exit_code == 0
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".datapackage")], leftovers
