"""Validate a package: folder, descriptor, zip or URL -> `Report`.

Frictionless checks schemas, keys, constraints, bytes and hashes; it passes some broken
packages silently (a package with no resources, a remote zip as one opaque file), so
this module also checks what it does not: every validated resource has a task, the
tables this dataset promises exist, and every quote and name sits at its span of the
source text shipped in the package.

A URL is downloaded first (a zip, or a descriptor and every file it lists, relative to
where the descriptor was finally served from) under a time limit and a size limit, and
validated locally; problems name the URL, never the temporary copy. A file that a
package lists but does not have is invalid data (exit 1); a download that cannot be
made is a problem of the call (exit 2).

    >>> validate("datapackage").valid
    True
"""

from __future__ import annotations

import csv
import json
import tempfile
import time
import zipfile
from dataclasses import dataclass, field, replace
from pathlib import Path, PurePosixPath
from urllib.parse import urljoin, urlparse

from .errors import Problem
from .schema import TABLES

MAX_DOWNLOAD = 200 * 1024 * 1024  # bytes, per file and for a zip's expanded contents
TIMEOUT = 30.0  # seconds per download, whole (connect, headers and body)


@dataclass
class Report:
    target: str
    problems: list[Problem] = field(default_factory=list)
    tasks: int = 0
    resources: int = 0

    @property
    def valid(self) -> bool:
        return not self.problems

    @property
    def exit_code(self) -> int:
        return max((p.exit_code for p in self.problems), default=0)

    def as_dict(self) -> dict:
        return {"target": self.target, "valid": self.valid, "tasks": self.tasks,
                "resources": self.resources, "problems": [p.as_dict() for p in self.problems]}


def _unsafe(path: str) -> bool:
    p = PurePosixPath(path.replace("\\", "/"))
    return p.is_absolute() or ".." in p.parts or ":" in path.split("/")[0]


def validate(target: str, *, timeout: float = TIMEOUT, max_bytes: int = MAX_DOWNLOAD) -> Report:
    """Validate a package folder, a datapackage.json, a local .zip or an http(s) URL of either."""
    parsed = urlparse(target)
    with tempfile.TemporaryDirectory(prefix="grassroots-validate-") as tmp:
        shown = target  # what the user calls the place the package files are read from
        if parsed.scheme in ("http", "https"):
            try:
                local, shown = _download(target, Path(tmp), timeout, max_bytes)
            except _Refused as e:
                return Report(target, e.problems)
        elif parsed.scheme not in ("", "file") and len(parsed.scheme) > 1:
            return Report(target, [Problem("input-bad-target", f"cannot validate a {parsed.scheme}: URL",
                                           file=target, hint="give a folder, a datapackage.json, a .zip or an http(s) URL")])
        else:
            local = Path(parsed.path if parsed.scheme == "file" else target)
        if not local.exists():
            return Report(target, [Problem("input-not-found", "no such file or folder", file=target,
                                           hint="give the package folder, its datapackage.json or a .zip")])
        if local.is_file() and zipfile.is_zipfile(local):
            try:
                local = _unzip(local, Path(tmp) / "unzipped", max_bytes)
            except _Refused as e:
                return Report(target, [_relocate(p, str(local), shown) for p in e.problems])
            # Entries of a zip are shown as grassroots-0.1.0.zip!/data/metrics.csv.
            inner = local.relative_to(Path(tmp) / "unzipped").as_posix()
            shown = f"{shown}!" + ("" if inner == "." else f"/{inner}")
        folder = local if local.is_dir() else local.parent
        descriptor = local / "datapackage.json" if local.is_dir() else local
        report = validate_folder(folder, descriptor)
        report.target = target
        if str(folder).startswith(tmp):
            # The temporary copy is gone when the user reads the report: name the original.
            report.problems = [_relocate(p, str(folder), shown.rstrip("/")) for p in report.problems]
        return report


def _relocate(p: Problem, base: str, shown: str) -> Problem:
    def fix(s: str | None) -> str | None:
        return s.replace(base, shown) if s else s

    return replace(p, file=fix(p.file), message=fix(p.message))


class _Refused(Exception):
    def __init__(self, *problems: Problem):
        self.problems = list(problems)


def _fetch(url: str, timeout: float, max_bytes: int) -> tuple[bytes, str]:
    """GET `url` -> (body, the URL it was finally served from), or refuse with one problem.

    `timeout` bounds the whole download, not only each read: a server that sends a byte
    now and then would otherwise hold a CI job for hours.
    """
    import http.client
    import socket
    import ssl
    import urllib.error
    import urllib.request

    class Redirects(urllib.request.HTTPRedirectHandler):
        max_redirections = 5

        def redirect_request(self, req, fp, code, msg, headers, newurl):
            if urlparse(newurl).scheme not in ("http", "https"):
                raise _Refused(Problem("download-bad-redirect", f"the server redirects to {newurl!r}, "
                                       "which is not an http(s) URL", file=url))
            return super().redirect_request(req, fp, code, msg, headers, newurl)

    def timed_out() -> _Refused:
        return _Refused(Problem("download-timeout", f"the download timed out after {timeout:g} s", file=url,
                                hint="try again, or give a longer --timeout"))

    host = urlparse(url).netloc
    deadline = time.monotonic() + timeout
    opener = urllib.request.build_opener(Redirects)
    try:
        with opener.open(urllib.request.Request(url, headers={"User-Agent": "grassroots-validate"}),
                         timeout=timeout) as resp:
            final = resp.geturl()
            length = resp.headers.get("Content-Length", "")
            if length.isdigit() and int(length) > max_bytes:
                raise _too_large(url, f"the server announces {int(length)} bytes, more than the limit "
                                      f"of {max_bytes} bytes")
            chunks, size = [], 0
            # read1 returns what one socket read gives; read(n) would wait for all n bytes.
            while chunk := resp.read1(1 << 16):
                size += len(chunk)
                if size > max_bytes:
                    raise _too_large(url, f"the download is larger than the limit of {max_bytes} bytes")
                if time.monotonic() > deadline:
                    raise timed_out()
                chunks.append(chunk)
    except urllib.error.HTTPError as e:
        if 300 <= e.code < 400 and "not allowed" in str(e.msg):  # urllib refuses file: and the like
            raise _Refused(Problem("download-bad-redirect", f"the server redirects to "
                                   f"{e.headers.get('Location')!r}, which is not an http(s) URL",
                                   file=url)) from None
        if 300 <= e.code < 400:
            raise _Refused(Problem("download-redirect-loop", f"the server redirects in a loop or too often "
                                   f"({e.code} at {e.filename})", file=url,
                                   hint="give the URL the server finally serves the file from")) from None
        code = "download-not-found" if e.code in (404, 410) else "download-failed"
        raise _Refused(Problem(code, f"the server answered {e.code} {e.reason}", file=url,
                               hint="check the URL")) from None
    except (urllib.error.URLError, OSError, ValueError, http.client.HTTPException) as e:
        reason = getattr(e, "reason", e)
        if isinstance(reason, (TimeoutError, socket.timeout)) or "timed out" in str(reason):
            raise timed_out() from None
        if isinstance(reason, ConnectionRefusedError):
            what = f"cannot connect to {host}: connection refused"
        elif isinstance(reason, socket.gaierror):
            what = f"cannot find the host {urlparse(url).hostname!r}"
        elif isinstance(reason, ssl.SSLError):
            what = f"the TLS connection to {host} failed: {reason}"
        else:
            what = f"the download failed: {reason}"
        raise _Refused(Problem("download-failed", what, file=url,
                               hint="check the URL and the network; try again")) from None
    return b"".join(chunks), final


def _too_large(url: str, message: str) -> _Refused:
    return _Refused(Problem("download-too-large", message, file=url,
                            hint="this is not the package you expect, or it needs a higher limit"))


def _download(url: str, tmp: Path, timeout: float, max_bytes: int) -> tuple[Path, str]:
    """A zip URL -> (local zip, URL); a descriptor URL -> (local folder with every resource, folder URL)."""
    data, final = _fetch(url, timeout, max_bytes)
    if data[:4] == b"PK\x03\x04":
        path = tmp / "download.zip"
        path.write_bytes(data)
        return path, url
    try:
        desc = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError):
        raise _Refused(Problem("package-not-json", "the URL gives neither a zip nor a JSON descriptor",
                               file=url)) from None
    if not isinstance(desc, dict) or not isinstance(desc.get("resources"), list):
        raise _Refused(Problem("package-not-a-package", "the JSON is not a data package (no resources)", file=url))
    folder = tmp / "remote"
    folder.mkdir()
    (folder / "datapackage.json").write_bytes(data)
    total, missing = len(data), []
    for res in desc["resources"]:
        path = res.get("path") if isinstance(res, dict) else None
        if not isinstance(path, str):
            continue  # frictionless reports it
        name = res.get("name")
        if _unsafe(path) or urlparse(path).scheme:
            raise _Refused(Problem("package-unsafe-path", f"resource path {path!r} leaves the package",
                                   file=url, path=f"resources[{name}]"))
        # Relative to where the descriptor was served from, after redirects (RFC 3986).
        try:
            body, _ = _fetch(urljoin(final, path), timeout, max_bytes - total)
        except _Refused as e:
            if e.problems[0].code == "download-too-large":
                raise _Refused(Problem("download-too-large", f"the package is larger than the limit of "
                                       f"{max_bytes} bytes", file=url)) from None
            if e.problems[0].code != "download-not-found":
                raise
            # The package lacks a file it lists: the data is invalid, not the call.
            missing.append(Problem("package-missing-file", f"resource {name!r} lists {path}, which is not on "
                                   f"the server ({e.problems[0].message.removeprefix('the server answered ')})",
                                   file=urljoin(final, path), path=f"resources[{name}]"))
            continue
        total += len(body)
        dest = folder / path
        dest.parent.mkdir(parents=True, exist_ok=True)
        dest.write_bytes(body)
    if missing:
        raise _Refused(*missing)
    return folder, urljoin(final, ".")


def _unzip(path: Path, dest: Path, max_bytes: int) -> Path:
    """Extract a zip safely: no entry outside `dest`, no more than `max_bytes` expanded."""
    dest.mkdir(parents=True)
    with zipfile.ZipFile(path) as z:
        infos = z.infolist()
        if sum(i.file_size for i in infos) > max_bytes:
            raise _Refused(Problem("package-zip-too-large", f"the zip expands past {max_bytes} bytes",
                                   file=str(path)))
        for info in infos:
            if _unsafe(info.filename):
                raise _Refused(Problem("package-unsafe-path", f"zip entry {info.filename!r} would extract "
                                       "outside the package", file=str(path)))
        written = 0
        for info in infos:
            if info.is_dir():
                continue
            target = dest / info.filename
            target.parent.mkdir(parents=True, exist_ok=True)
            with z.open(info) as src, open(target, "wb") as out:
                while chunk := src.read(1 << 20):
                    written += len(chunk)
                    if written > max_bytes:  # sizes in the header can lie
                        raise _Refused(Problem("package-zip-too-large",
                                               f"the zip expands past {max_bytes} bytes", file=str(path)))
                    out.write(chunk)
    nested = list(dest.glob("*/datapackage.json"))
    if not (dest / "datapackage.json").exists() and len(nested) == 1:
        return nested[0].parent  # a zip with one top-level folder
    return dest


def validate_folder(folder: Path, descriptor: Path | None = None) -> Report:
    """Frictionless validation of a local package plus the checks of the data contract."""
    descriptor = descriptor or folder / "datapackage.json"
    report = Report(str(descriptor))
    if not descriptor.exists():
        report.problems.append(Problem("package-no-descriptor", "no datapackage.json", file=str(folder)))
        return report
    try:
        desc = json.loads(descriptor.read_text(encoding="utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as e:
        report.problems.append(Problem("package-not-json", f"datapackage.json is not JSON: {e}", file=str(descriptor)))
        return report
    if not isinstance(desc, dict) or not isinstance(desc.get("resources"), list) or not desc["resources"]:
        report.problems.append(Problem("package-not-a-package", "the descriptor has no resources",
                                       file=str(descriptor)))
        return report
    resources = [r for r in desc["resources"] if isinstance(r, dict)]
    report.resources = len(desc["resources"])
    for r in resources:
        if isinstance(r.get("path"), str) and _unsafe(r["path"]):
            report.problems.append(Problem("package-unsafe-path", f"resource path {r['path']!r} leaves the package",
                                           file=str(descriptor), path=f"resources[{r.get('name')}]"))
    if report.problems:
        return report
    # Said once, plainly, instead of frictionless's "could not be loaded: [Errno 2] ...".
    missing = set()
    for r in resources:
        if isinstance(r.get("path"), str) and not (descriptor.parent / r["path"]).is_file():
            missing.add(r.get("name"))
            report.problems.append(Problem("package-missing-file", f"resource {r.get('name')!r} lists "
                                           f"{r['path']}, which is not in the package",
                                           file=str(descriptor.parent / r["path"]), path=f"resources[{r.get('name')}]"))

    import frictionless

    try:
        fr = frictionless.validate(str(descriptor))
    except Exception as e:  # frictionless raises on descriptors it cannot even load
        report.problems.append(Problem("package-unreadable", f"frictionless cannot load it: {e}",
                                       file=str(descriptor)))
        return report
    report.tasks = len(fr.tasks)
    for err in fr.errors:
        report.problems.append(Problem(f"frictionless-{err.type}", err.message, file=str(descriptor)))
    paths = {r.get("name"): r.get("path") for r in resources if isinstance(r.get("path"), str)}
    for task in fr.tasks:
        for err in task.errors:
            if task.name in missing and err.type == "scheme-error":
                continue  # reported above as package-missing-file
            # file:line is the CSV file and line (frictionless counts the header as row 1);
            # path is resource.field, so the message names all three.
            fname = getattr(err, "field_name", None) or ",".join(getattr(err, "field_names", None) or [])
            report.problems.append(Problem(
                f"frictionless-{err.type}", err.message, file=paths.get(task.name) or task.name or task.place,
                line=getattr(err, "row_number", None),
                path=f"{task.name}.{fname}" if fname and task.name else (fname or task.name)))
    if report.tasks != report.resources and not fr.errors:
        report.problems.append(Problem(
            "check-task-count", f"frictionless validated {report.tasks} of {report.resources} resources",
            file=str(descriptor), hint="a resource was skipped: do not trust this package"))
    names = {r.get("name") for r in resources}
    for t in TABLES:
        if t not in names:
            report.problems.append(Problem("check-missing-resource", f"the package has no {t!r} resource",
                                           file=str(descriptor)))
    if not report.problems:
        report.problems += _provenance(folder, resources)
    return report


def _read_rows(folder: Path, res: dict) -> list[dict]:
    with open(folder / res["path"], encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def _provenance(folder: Path, resources: list[dict]) -> list[Problem]:
    """Every quote and name equals the source text between its offsets."""
    by_name = {r["name"]: r for r in resources}
    texts: dict[str, str] = {}
    for r in resources:
        p = r.get("path", "")
        if isinstance(p, str) and p.startswith("sources/"):
            with open(folder / p, encoding="utf-8", newline="") as fh:
                texts[PurePosixPath(p).name] = fh.read()
    problems: list[Problem] = []
    docs = {d["document_id"]: d for d in _read_rows(folder, by_name["documents"])}
    for i, d in enumerate(docs.values()):
        if d["source"] not in texts:
            problems.append(Problem("check-missing-source", f"document {d['document_id']} names source "
                                    f"{d['source']!r}, which the package does not carry",
                                    file="data/documents.csv", line=i + 2, path="source"))
    for table, col in (("metrics", "quote"), ("initiatives", "name_zh")):
        for i, r in enumerate(_read_rows(folder, by_name[table])):
            d = docs.get(r["document_id"])
            text = texts.get(d["source"]) if d else None
            if text is None:
                continue
            s, e = int(r["start"]), int(r["end"])
            if text[s:e] != r[col]:
                problems.append(Problem(
                    "check-quote-mismatch", f"{col} {r[col]!r} is not the source text at {s}:{e} "
                    f"({text[s:e]!r})", file=f"data/{table}.csv", line=i + 2, path=col))
            if not (int(d["start"]) <= s and e <= int(d["end"])):
                problems.append(Problem(
                    "check-outside-document", f"{col} at {s}:{e} lies outside document {d['document_id']}",
                    file=f"data/{table}.csv", line=i + 2, path="start"))
    return problems

