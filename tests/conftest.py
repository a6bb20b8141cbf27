"""Shared fixtures: the real seed, a fresh build of it, and golden files."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
SEED = SEEDS / "tongren-2025-grassroots-governance.txt"
GOLDEN = Path(__file__).resolve().parent / "golden"


def pytest_addoption(parser):
    parser.addoption("--update-golden", action="store_true", help="Rewrite golden files from the current output.")


@pytest.fixture
def golden(request):
    """golden(name, text): compare with tests/golden/<module>/<name>, or rewrite it with --update-golden."""
    folder = GOLDEN / Path(request.node.fspath).stem

    def check(name: str, text: str) -> None:
        path = folder / name
        if request.config.getoption("--update-golden"):
            folder.mkdir(parents=True, exist_ok=True)
            path.write_text(text, encoding="utf-8")
        if not path.exists():
            pytest.fail(f"no golden file {path}: run `python -m pytest --update-golden` and review it")
        assert text == path.read_text(encoding="utf-8"), f"differs from golden file {path}"

    return check


@pytest.fixture(scope="session")
def seed_text() -> str:
    with open(SEED, encoding="utf-8", newline="") as fh:
        return fh.read()


@pytest.fixture(scope="session")
def built(tmp_path_factory) -> Path:
    """A fresh build of seeds/ (the same call as `grassroots build`)."""
    from pipeline.package import build

    out = tmp_path_factory.mktemp("build") / "datapackage"
    build(SEEDS, out)
    return out


@pytest.fixture
def package_copy(built, tmp_path) -> Path:
    """A private copy of the built package that a test may tamper with."""
    dest = tmp_path / "datapackage"
    shutil.copytree(built, dest)
    return dest


@pytest.fixture(scope="session")
def tables():
    from pipeline.package import build_tables

    return build_tables(SEEDS)
