"""Release files: CITATION.cff, CHANGELOG.md, the workflows and the composite action.

CI files are not run by the test suite, so they rot silently: a renamed option, a
version bumped in one place only. These tests read them and check every `grassroots`
command they run against the real CLI.
"""

from __future__ import annotations

import datetime
import re
import shlex
import tomllib

import pytest
import typer.main
import yaml

from pipeline.cli import app
from pipeline.schema import package_metadata
from tests.conftest import ROOT

WORKFLOWS = ROOT / ".github" / "workflows"
ACTION = ROOT / "action.yml"

# Citation File Format 1.2.0: its top-level keys and the required ones (from its JSON schema).
CFF_KEYS = {"abstract", "authors", "cff-version", "commit", "contact", "date-released", "doi", "identifiers",
            "keywords", "license", "license-url", "message", "preferred-citation", "references", "repository",
            "repository-artifact", "repository-code", "title", "type", "url", "version"}
CFF_REQUIRED = {"authors", "cff-version", "message", "title"}


def _yaml(path):
    return yaml.safe_load(path.read_text(encoding="utf-8"))


# ---------------------------------------------------------------- citation and changelog


def test_citation_cff_is_valid_cff_1_2_0_and_matches_the_package():
    cff = _yaml(ROOT / "CITATION.cff")
    meta = package_metadata()
    assert cff["cff-version"] == "1.2.0"
    assert CFF_REQUIRED <= set(cff) <= CFF_KEYS, set(cff) - CFF_KEYS
    assert cff["authors"] and all(isinstance(a, dict) and ("name" in a or "family-names" in a)
                                  for a in cff["authors"])
    assert cff["type"] in ("dataset", "software")
    assert isinstance(cff["message"], str) and cff["message"].strip()
    datetime.date.fromisoformat(str(cff["date-released"]))
    # One version everywhere: schema/package.json is the source, the tag is v<version>.
    assert str(cff["version"]) == meta["version"]
    assert cff["title"] == meta["title"]
    assert cff["license"] == meta["licenses"][0]["name"]
    assert cff["repository-code"] == meta["homepage"]


def test_the_validator_carries_the_data_version():
    # The README pins the validator with `pip install git+…@v<version>`: the tag of a data
    # release must install a package of the same version.
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert project["version"] == package_metadata()["version"]


def test_changelog_describes_the_current_version():
    text = (ROOT / "CHANGELOG.md").read_text(encoding="utf-8")
    versions = re.findall(r"^## \[(\d+\.\d+\.\d+)\] - (\d{4}-\d{2}-\d{2})$", text, re.M)
    assert versions, "no '## [x.y.z] - YYYY-MM-DD' heading"
    assert versions[0][0] == package_metadata()["version"], "the newest entry must be the package version"
    assert len({v for v, _ in versions}) == len(versions)


# ---------------------------------------------------------------- workflows and action


def _on(doc: dict):
    return doc.get("on", doc.get(True))  # YAML 1.1 reads a bare `on` key as true


def _steps(doc: dict) -> list[dict]:
    if "runs" in doc:
        return doc["runs"]["steps"]
    return [s for job in doc["jobs"].values() for s in job["steps"]]


def _commands(doc: dict) -> list[list[str]]:
    """Every shell command of every `run:`, as words, with ${{ }} and $VARS as placeholders."""
    out = []
    for step in _steps(doc):
        script = step.get("run")
        if not script:
            continue
        script = re.sub(r"\$\{\{[^}]*\}\}", "EXPR", script).replace("\\\n", " ")
        script = re.sub(r"<<'?(\w+)'?\n.*?^\1$", "", script, flags=re.S | re.M)  # heredoc bodies
        for line in script.splitlines():
            for part in re.split(r"&&|\|\||;|\|", line):
                try:
                    words = shlex.split(part, comments=True)
                except ValueError:
                    words = part.split()
                if words:
                    out.append(words)
    return out


def _grassroots_calls(doc: dict) -> list[list[str]]:
    return [w[1:] for w in _commands(doc) if w[0] == "grassroots"]


def _check_cli(args: list[str]) -> None:
    """The subcommand exists and takes every option given, with the right number of arguments."""
    group = typer.main.get_command(app)
    assert args and args[0] in group.commands, f"grassroots has no command {args[:1]}"
    cmd = group.commands[args[0]]
    opts = {o: p for p in cmd.params for o in (*p.opts, *p.secondary_opts) if o.startswith("-")}
    positional, rest = [], list(args[1:])
    while rest:
        word = rest.pop(0)
        if word.startswith("-"):
            name = word.split("=", 1)[0]
            assert name in opts, f"grassroots {args[0]} has no option {name}"
            if not opts[name].is_flag and "=" not in word:
                assert rest, f"{name} needs a value"
                rest.pop(0)
        else:
            positional.append(word)
    arguments = [p for p in cmd.params if p.param_type_name == "argument"]
    assert len(positional) <= len(arguments), f"too many arguments to grassroots {args[0]}: {positional}"


ALL = sorted(WORKFLOWS.glob("*.yml")) + [ACTION]


@pytest.mark.parametrize("path", ALL, ids=lambda p: p.name)
def test_every_grassroots_command_they_run_exists(path):
    calls = _grassroots_calls(_yaml(path))
    assert calls, f"{path.name} runs no grassroots command"
    for args in calls:
        _check_cli(args)


def test_the_cli_check_catches_a_typo():
    with pytest.raises(AssertionError):
        _check_cli(["build", "--chek"])
    with pytest.raises(AssertionError):
        _check_cli(["valdate", "datapackage"])
    with pytest.raises(AssertionError):
        _check_cli(["validate", "a", "b"])
    _check_cli(["build", "--check", "--require-reviewed", "--out", "x"])


def test_ci_runs_the_tests_and_checks_the_committed_package():
    doc = _yaml(WORKFLOWS / "ci.yml")
    assert {"push", "pull_request"} <= set(_on(doc))
    steps = _steps(doc)
    uses = [s.get("uses", "") for s in steps]
    assert any(u.startswith("actions/checkout@") for u in uses)
    [py] = [s for s in steps if s.get("uses", "").startswith("actions/setup-python@")]
    assert str(py["with"]["python-version"]) == "3.11"
    runs = [" ".join(w) for w in _commands(doc)]
    assert 'pip install -e .[test]' in runs
    assert "python -m pytest" in runs
    assert "grassroots build --check --require-reviewed" in runs
    assert "grassroots validate datapackage" in runs


def test_release_attaches_the_zip_that_build_writes_on_v_tags():
    doc = _yaml(WORKFLOWS / "release.yml")
    assert _on(doc)["push"]["tags"] == ["v*"]
    assert doc["permissions"]["contents"] == "write"
    calls = _grassroots_calls(doc)
    [build] = [c for c in calls if c[0] == "build" and "--zip" in c]
    out = build[build.index("--out") + 1]
    # package.build writes grassroots-<version>.zip beside --out.
    zip_name = f"{out.rsplit('/', 1)[0]}/grassroots-$VERSION.zip"
    [create] = [w for w in _commands(doc) if w[:3] == ["gh", "release", "create"]]
    assert zip_name in create
    assert ["validate", zip_name] in calls
    text = (WORKFLOWS / "release.yml").read_text(encoding="utf-8")
    assert "schema/package.json" in text and '"v$version" != "$GITHUB_REF_NAME"' in text


def test_action_is_a_composite_that_installs_itself_and_validates_the_path():
    doc = _yaml(ACTION)
    assert doc["runs"]["using"] == "composite"
    assert set(doc["inputs"]) >= {"path", "version"}
    assert doc["inputs"]["version"]["required"] is False
    for step in _steps(doc):
        if "run" in step:
            assert step.get("shell"), "a composite action's run step needs a shell"
            assert "inputs." not in step["run"], "pass inputs through env, not into the script"
    envs = {k: v for s in _steps(doc) for k, v in s.get("env", {}).items()}
    assert envs["ACTION_PATH"] == "${{ github.action_path }}"
    assert envs["PACKAGE_PATH"] == "${{ inputs.path }}"
    runs = [" ".join(w) for w in _commands(doc)]
    assert "python -m pip install $ACTION_PATH" in runs
    assert f"python -m pip install git+{package_metadata()['homepage']}@$GRASSROOTS_VERSION" in runs
    assert any(r.startswith("grassroots validate $PACKAGE_PATH") for r in runs)


def test_pip_install_of_the_repository_gives_the_grassroots_command():
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert project["project"]["scripts"]["grassroots"] == "pipeline.cli:app"
