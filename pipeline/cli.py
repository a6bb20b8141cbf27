"""The `grassroots` command: a thin shell over the library.

Each command gathers options, calls one library function, renders the result and
picks the exit code (0 ok, 1 the data is invalid, 2 the input or the call is wrong).
Diagnostics go to stderr, data to stdout.
"""

from __future__ import annotations

import json
import re
import sys
import traceback
from enum import Enum
from pathlib import Path
from typing import Callable

import typer

from .errors import EXIT_USAGE, GrassrootsError, Problem

app = typer.Typer(
    add_completion=False,
    no_args_is_help=True,
    help="Build and validate the grassroots data package of initiatives and metrics.",
)
_state = {"debug": False}


@app.callback()
def main(debug: bool = typer.Option(False, "--debug", help="Show tracebacks of internal errors.")) -> None:
    _state["debug"] = debug


def _say(line: str) -> None:
    print(line, file=sys.stderr)


def _problems(problems: list[Problem]) -> None:
    for p in problems:
        _say(p.render())
    n = len(problems)
    _say(f"{n} problem{'s' if n != 1 else ''}.")


def _run(fn: Callable[[], int]) -> None:
    """Call the library; turn its problems into messages and one exit code."""
    try:
        code = fn()
    except GrassrootsError as e:
        _problems(e.problems)
        raise typer.Exit(e.exit_code)
    except KeyboardInterrupt:
        _say("interrupted; the previous package is untouched")
        raise typer.Exit(EXIT_USAGE)
    except typer.Exit:
        raise
    except Exception as e:  # a bug, not the user's mistake
        if _state["debug"]:
            traceback.print_exc()
        _say(f"internal error: {type(e).__name__}: {e} (run with --debug for the traceback, and report it)")
        raise typer.Exit(EXIT_USAGE)
    raise typer.Exit(code)


@app.command()
def build(
    seeds: Path = typer.Option(Path("seeds"), help="Folder of source texts (.txt) and annotations (.yaml)."),
    out: Path = typer.Option(Path("datapackage"), help="Folder to write the package to."),
    check: bool = typer.Option(False, "--check", help="Do not write; exit 1 if OUT is not what SEEDS build."),
    require_reviewed: bool = typer.Option(False, "--require-reviewed",
                                          help="Fail while any row is auto (not hand-checked)."),
    zip_: bool = typer.Option(False, "--zip", help="Also write grassroots-<version>.zip beside OUT."),
) -> None:
    """Build the data package from the seeds folder (validated before it is written)."""
    from .package import build as build_package

    def go() -> int:
        result = build_package(seeds, out, check=check, require_reviewed=require_reviewed, make_zip=zip_,
                               progress=_say)
        for s in result.summaries:
            for line in s.lines():
                _say(line)
        for p in result.unresolved + result.drifted:
            _say(p.render("warning"))
        if check:
            if result.stale:
                _say(f"{out} is stale: " + ", ".join(result.stale))
                _say("run `grassroots build` and commit the result")
                return 1
            _say(f"{out} is up to date")
            return 0
        _say(f"wrote {out}" + (f" and {result.zip_path}" if result.zip_path else ""))
        return 0

    _run(go)


@app.command()
def validate(
    target: str = typer.Argument("datapackage", help="Package folder, datapackage.json, .zip, or an http(s) URL of either."),
    json_: bool = typer.Option(False, "--json", help="Write the report as JSON to stdout."),
    timeout: float = typer.Option(30.0, help="Seconds each download may take in all."),
    max_bytes: int = typer.Option(200 * 1024 * 1024, "--max-bytes",
                                  help="Refuse a download, or a zip's expanded contents, larger than this many bytes."),
) -> None:
    """Validate a package: frictionless, plus quotes against sources and the task count."""
    from .validate import validate as run_validation

    def go() -> int:
        report = run_validation(target, timeout=timeout, max_bytes=max_bytes)
        if json_:
            print(json.dumps(report.as_dict(), ensure_ascii=False, indent=2))
        if report.valid:
            _say(f"valid: {target} ({report.resources} resources, {report.tasks} validated)")
            return 0
        _problems(report.problems)
        _say(f"invalid: {target}")
        return report.exit_code

    _run(go)


class Format(str, Enum):
    table = "table"
    json = "json"
    csv = "csv"


@app.command()
def extract(
    file: Path = typer.Argument(..., help="A source text (.txt, UTF-8)."),
    format: Format = typer.Option(Format.table, "--format", help="table, json or csv."),
) -> None:
    """Print the metric candidates of any text file, with offsets into the raw text."""
    from .extract import candidates_of_file

    def go() -> int:
        rows = candidates_of_file(file)
        cols = ["start", "end", "quote", "value", "value_max", "unit", "approximate", "change",
                "subject_zh", "locality_code"]
        if format is Format.json:
            print(json.dumps(rows, ensure_ascii=False, indent=2))
        elif format is Format.csv:
            import csv

            w = csv.DictWriter(sys.stdout, fieldnames=cols + ["initiative", "context"], lineterminator="\n")
            w.writeheader()
            w.writerows(rows)
        else:
            for r in rows:
                # a quote spanning table cells holds a tab (137<tab>个): shown as a blank, so
                # that one candidate stays one line of tab-separated columns
                print("\t".join("" if r[c] is None else re.sub(r"[\t\r\n]", " ", str(r[c])) for c in cols))
        _say(f"{len(rows)} candidate(s)")
        return 0

    _run(go)


@app.command()
def review(
    source: Path = typer.Argument(..., help="seeds/<name>.txt: writes or updates seeds/<name>.yaml."),
) -> None:
    """Write a stub decision for every candidate that has none yet (keeps every edit)."""
    from .review import write_stubs

    def go() -> int:
        path, added = write_stubs(source)
        _say(f"{path}: {added} new stub(s); edit `action:` of each (confirm, correct, reject)")
        return 0

    _run(go)


if __name__ == "__main__":  # pragma: no cover
    app()
