"""Build and write the data package: seeds folder -> `Tables` -> `datapackage/`.

The only stage with side effects. Writing is deterministic (same inputs, same bytes:
sorted rows, fixed metadata, no clock) and atomic: the package is written and
validated in a temporary folder beside the output, then swapped in, so a failing or
killed build leaves the previous `datapackage/` as it was.
"""

from __future__ import annotations

import csv
import ctypes
import hashlib
import io
import json
import os
import shutil
import tempfile
import time
import zipfile
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

from . import localities
from .annotations import Annotation, load_annotation
from .docs import render_readme
from .errors import GrassrootsError, Problem
from .extract import extract
from .rows import Summary, assemble
from .schema import TABLES, cell, fields, package_metadata, row_model, table_schema
from .segment import segment
from .sources import Source, find_sources, read_source

ZIP_DATE = (2020, 1, 1, 0, 0, 0)  # fixed timestamp: zips are byte-reproducible


@dataclass
class Tables:
    rows: dict[str, list[dict]]
    sources: list[Source]
    summaries: list[Summary] = field(default_factory=list)

    @property
    def unresolved(self) -> list[Problem]:
        return [p for s in self.summaries for p in s.unresolved]


def annotation_path(source_path: Path) -> Path:
    return source_path.with_suffix(".yaml")


# Sources this large get a line per stage on the progress channel: a 100 MB report takes
# minutes, and silence looks like a hang. Smaller ones build in seconds, quietly.
PROGRESS_BYTES = 1_000_000
Progress = Callable[[str], None]


def _quiet(_: str) -> None:
    pass


class _Stages:
    """`with stage("segmenting"):` reports the stage and its time when the work is big."""

    def __init__(self, progress: Progress, label: str, big: bool):
        self.progress, self.label, self.big = progress, label, big

    @contextmanager
    def __call__(self, what: str):
        t0 = time.perf_counter()
        if self.big:
            self.progress(f"{self.label}: {what}…")
        yield
        if self.big:
            self.progress(f"{self.label}: {what} done in {time.perf_counter() - t0:.1f} s")


def build_tables(seeds: Path, progress: Progress = _quiet) -> Tables:
    """Read, segment, extract and decide every source of a seeds folder; all problems at once."""
    problems: list[Problem] = []
    rows: dict[str, list[dict]] = {t: [] for t in TABLES}
    codes: set[str] = set()
    sources, summaries = [], []
    for path in find_sources(seeds):
        try:
            src = read_source(path)
            stage = _Stages(progress, path.name, src.bytes >= PROGRESS_BYTES)
            if stage.big:
                progress(f"{path.name}: {src.bytes / 1e6:.1f} MB read")
            ann: Annotation | None = None
            ap = annotation_path(path)
            if ap.exists():
                ann = load_annotation(ap, display=str(ap))
            with stage("segmenting"):
                seg = segment(src)
            with stage("extracting"):
                candidates = extract(seg)
            with stage(f"deciding {len(candidates)} candidates"):
                r, summary = assemble(seg, candidates, ann)
            del seg, candidates  # the rows hold what is kept; free the rest before the next source
        except GrassrootsError as e:
            problems += e.problems
            continue
        except Exception as e:  # a bug met on this text: name the text, go on to the others, write nothing
            problems.append(Problem(
                "internal-extraction-error", f"extraction failed on this text: {type(e).__name__}: {e}",
                file=str(path), hint="this is a bug in grassroots, not in the text: please report it with this "
                                     "file (`grassroots --debug extract FILE` shows where it fails)"))
            continue
        sources.append(src)
        summaries.append(summary)
        for t in ("documents", "initiatives", "metrics", "defects"):
            rows[t] += getattr(r, t)
        codes |= r.locality_codes
    if problems:
        raise GrassrootsError(problems)
    every = set()
    for c in codes:
        every |= {x.code for x in localities.lineage(c)}
    rows["localities"] = [
        {"code": x.code, "name_zh": x.name_zh, "name_en": x.name_en, "level": x.level,
         "parent_code": x.parent_code, "abolished": int(x.abolished) if x.abolished else None}
        for x in (localities.by_code(c) for c in sorted(every))
    ]
    rows["documents"].sort(key=lambda r: (r["source"], r["start"]))
    for t in ("initiatives", "metrics"):
        order = {d["document_id"]: i for i, d in enumerate(rows["documents"])}
        rows[t].sort(key=lambda r: (order[r["document_id"]], r["start"]))
    rows["defects"].sort(key=lambda r: (r["source"], r["start"], r["kind"]))
    _check_rows(rows)
    return Tables(rows, sources, summaries)


def _check_rows(rows: dict[str, list[dict]]) -> None:
    """Every row against its pydantic model (built from the schema) and unique keys."""
    problems: list[Problem] = []
    for t in TABLES:
        model = row_model(t)
        key = table_schema(t)["primaryKey"][0]
        seen: set = set()
        for i, r in enumerate(rows[t]):
            try:
                model.model_validate(r)
            except Exception as e:  # pydantic.ValidationError: rendered as one sentence per field
                for err in getattr(e, "errors", lambda: [])():
                    problems.append(Problem("package-row-invalid", f"{err['msg']}",
                                            file=f"data/{t}.csv", line=i + 2, path=".".join(map(str, err["loc"]))))
            if r[key] in seen:
                problems.append(Problem("package-duplicate-key", f"{key} {r[key]!r} is used twice",
                                        file=f"data/{t}.csv", line=i + 2,
                                        hint="give the documents distinct `id:` values in the annotation files"))
            seen.add(r[key])
    if problems:
        raise GrassrootsError(problems)


# ---------------------------------------------------------------- writing


def _csv_bytes(table: str, rows: list[dict]) -> bytes:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    cols = fields(table)
    w.writerow(cols)
    for r in rows:
        w.writerow([cell(r.get(c)) for c in cols])
    return buf.getvalue().encode("utf-8")


def _resource_schema(table: str) -> dict:
    s = {k: v for k, v in table_schema(table).items() if k != "$schema"}
    return s


def package_files(tables: Tables) -> dict[str, bytes]:
    """Every file of the package, by relative path: the exact bytes to write."""
    files: dict[str, bytes] = {}
    resources = []
    for t in TABLES:
        data = _csv_bytes(t, tables.rows[t])
        files[f"data/{t}.csv"] = data
        resources.append({
            "name": t, "type": "table", "path": f"data/{t}.csv", "format": "csv",
            "mediatype": "text/csv", "encoding": "utf-8",
            "description": table_schema(t).get("description", ""),
            "bytes": len(data), "hash": "sha256:" + hashlib.sha256(data).hexdigest(),
            "schema": _resource_schema(t),
        })
    for src in sorted(tables.sources, key=lambda s: s.name):
        files[f"sources/{src.name}"] = src.text.encode("utf-8")
        resources.append({
            "name": src.stem, "type": "text", "path": f"sources/{src.name}", "format": "txt",
            "mediatype": "text/plain", "encoding": "utf-8",
            "description": "Source text, byte-identical to the published copy; offsets in the tables "
                           "index its code points.",
            "bytes": src.bytes, "hash": "sha256:" + src.sha256,
        })
    meta = package_metadata()
    descriptor = {"$schema": "https://datapackage.org/profiles/2.0/datapackage.json", **meta}
    descriptor["sources"] = [
        {k: v for k, v in {"title": d["title"] or f"{d['document_id']} (fragment)",
                           "path": d["url"], "publisher": d["publisher"]}.items() if v}
        for d in tables.rows["documents"]
    ]
    descriptor["resources"] = resources
    files["datapackage.json"] = (json.dumps(descriptor, ensure_ascii=False, indent=2) + "\n").encode("utf-8")
    # Not a resource: frictionless ignores it, but it travels in the folder and the zip, and
    # --check compares it like any other file, so the data dictionary cannot go stale.
    files["README.md"] = render_readme(descriptor, tables.rows).encode("utf-8")
    return dict(sorted(files.items()))


def write_files(files: dict[str, bytes], dest: Path) -> None:
    for rel, data in files.items():
        p = dest / rel
        p.parent.mkdir(parents=True, exist_ok=True)
        with open(p, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())


def zip_bytes(files: dict[str, bytes]) -> bytes:
    """A flat, byte-reproducible zip: datapackage.json at its root, sorted entries, fixed dates."""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", compression=zipfile.ZIP_DEFLATED) as z:
        for rel in sorted(files):
            info = zipfile.ZipInfo(rel, date_time=ZIP_DATE)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            info.create_system = 3
            z.writestr(info, files[rel])
    return buf.getvalue()


def _exchange(a: Path, b: Path) -> bool:
    """Atomically swap two paths (Linux renameat2 RENAME_EXCHANGE); False where unsupported."""
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        fn = libc.renameat2
    except (OSError, AttributeError):
        return False
    AT_FDCWD, RENAME_EXCHANGE = -100, 2
    return fn(AT_FDCWD, os.fsencode(str(a)), AT_FDCWD, os.fsencode(str(b)), RENAME_EXCHANGE) == 0


def _swap_in(tmp: Path, out: Path) -> None:
    if not out.exists():
        os.rename(tmp, out)
        return
    if _exchange(tmp, out):
        shutil.rmtree(tmp)  # tmp now holds the previous package
        return
    old = out.with_name(f".{out.name}.old")
    if old.exists():
        shutil.rmtree(old)
    os.rename(out, old)
    os.rename(tmp, out)
    shutil.rmtree(old)


def recover(out: Path) -> None:
    """Finish a swap that a killed build left half done (the non-atomic fallback)."""
    old = out.with_name(f".{out.name}.old")
    if not out.exists() and old.exists():
        os.rename(old, out)
    for stale in out.parent.glob(f".{out.name}.build-*"):
        shutil.rmtree(stale, ignore_errors=True)


@dataclass
class BuildResult:
    out: Path
    summaries: list[Summary]
    stale: list[str] = field(default_factory=list)  # for --check: files that differ
    zip_path: Path | None = None

    @property
    def unresolved(self) -> list[Problem]:
        return [p for s in self.summaries for p in s.unresolved]

    @property
    def drifted(self) -> list[Problem]:
        return [p for s in self.summaries for p in s.drifted]


def unreviewed(tables: Tables) -> list[Problem]:
    out = []
    for t in ("initiatives", "metrics"):
        key = f"{t[:-1]}_id" if t != "metrics" else "metric_id"
        for r in tables.rows[t]:
            if r["review_status"] == "auto":
                label = r.get("quote") or r.get("name_zh")
                out.append(Problem("unreviewed-row", f"{t[:-1]} {r[key]} ({label!r}) is not reviewed",
                                   file=r["document_id"],
                                   hint="decide it in the annotation file (grassroots review writes a stub)"))
    return out


def build(seeds: Path, out: Path, *, check: bool = False, require_reviewed: bool = False,
          make_zip: bool = False, progress: Progress = _quiet) -> BuildResult:
    """Build the package from `seeds` into `out` (or compare with it when `check`)."""
    from .validate import validate_folder  # frictionless is slow to import: only when building

    seeds, out = Path(seeds), Path(out)
    tables = build_tables(seeds, progress)
    stage = _Stages(progress, "package", sum(s.bytes for s in tables.sources) >= PROGRESS_BYTES)
    if require_reviewed:
        problems = unreviewed(tables) + [
            Problem("unreviewed-decision", p.message, file=p.file, line=p.line, hint=p.hint)
            for p in tables.unresolved]
        if problems:
            raise GrassrootsError(problems)
    with stage(f"writing {sum(len(v) for v in tables.rows.values())} rows"):
        files = package_files(tables)
    summaries = tables.summaries
    del tables  # the rows are bytes now; a large build validates with the row dicts freed
    try:
        if not check:
            out.parent.mkdir(parents=True, exist_ok=True)
            recover(out)
        parent = out.parent if out.parent.is_dir() else Path(tempfile.gettempdir())
        if not os.access(parent, os.W_OK):
            raise PermissionError(13, "permission denied", str(parent))
        tmp = Path(tempfile.mkdtemp(prefix=f".{out.name}.build-", dir=parent))
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(tmp, 0o777 & ~umask)  # mkdtemp makes it private; the package is not
    except OSError as e:
        raise GrassrootsError([Problem("output-unwritable", f"cannot write the package: {e.strerror}",
                                       file=str(out), hint="choose a writable --out folder")]) from None
    try:
        write_files(files, tmp)
        if not (check or make_zip):
            del files  # written; only --check and --zip read them again
        with stage("validating (frictionless, then quotes against sources)"):
            report = validate_folder(tmp)
        if not report.valid:
            raise GrassrootsError(report.problems)
        result = BuildResult(out, summaries)
        if check:
            result.stale = _differences(files, out)
            return result
        if make_zip:
            version = package_metadata()["version"]
            zpath = out.parent / f"grassroots-{version}.zip"
            ztmp = zpath.with_name(zpath.name + f".tmp-{os.getpid()}")
            ztmp.write_bytes(zip_bytes(files))
            os.replace(ztmp, zpath)
            result.zip_path = zpath
        _swap_in(tmp, out)
        return result
    except OSError as e:
        raise GrassrootsError([Problem("output-unwritable", f"cannot write the package: {e.strerror}",
                                       file=str(e.filename or out), hint="check the folder's permissions and free space")]) from None
    finally:
        if tmp.exists():
            shutil.rmtree(tmp, ignore_errors=True)


def _differences(files: dict[str, bytes], out: Path) -> list[str]:
    if not out.is_dir():
        return ["(no package at " + str(out) + ")"]
    have = {str(p.relative_to(out)): p for p in out.rglob("*") if p.is_file()}
    diffs = [rel for rel, data in files.items() if rel not in have or have[rel].read_bytes() != data]
    diffs += [f"{rel} (not built)" for rel in sorted(set(have) - set(files))]
    return diffs
