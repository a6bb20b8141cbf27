"""`grassroots validate URL`: a package served over HTTP on loopback, good and tampered.

Downstream CI validates what it downloads, so a validator that passes a broken remote
package (stock frictionless treats a zip URL as one opaque file) or hangs on a dead
server is worse than none. Everything here is served by a local ThreadingHTTPServer:
no test needs the internet.
"""

from __future__ import annotations

import json
import shutil
import socket
import tempfile
import threading
import time
import zipfile
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import frictionless
import pytest
from typer.testing import CliRunner

from pipeline.cli import app
from pipeline.package import build, zip_bytes
from pipeline.schema import package_metadata
from pipeline.validate import validate
from tests.conftest import SEEDS
from tests.test_validate import _edit, _rehash

runner = CliRunner()
SLOW = 6.0  # seconds a stalling handler waits: well past every --timeout used below


class _Handler(SimpleHTTPRequestHandler):
    """Static files, plus a few misbehaving routes."""

    moved: dict[str, str] = {}  # path -> where it redirects to

    def log_message(self, *args) -> None:  # keep pytest's output clean
        pass

    def do_GET(self) -> None:
        route = self.path.split("?")[0]
        try:
            if route.startswith("/slow/"):  # accepts the connection, never answers
                time.sleep(SLOW)
                return
            if route.startswith("/drip/"):  # answers, then sends a byte at a time, forever
                self.send_response(200)
                self.send_header("Content-Length", "100000")
                self.end_headers()
                for _ in range(int(SLOW / 0.1)):
                    self.wfile.write(b"{")
                    self.wfile.flush()
                    time.sleep(0.1)
                return
            if route.startswith("/loop/"):
                self._redirect(route)
                return
            if route in self.moved:  # like GitHub release downloads: one redirect elsewhere
                self._redirect(self.moved[route])
                return
            if route.startswith("/liar/"):  # announces a huge body, sends a trickle
                self.send_response(200)
                self.send_header("Content-Length", str(10**12))
                self.end_headers()
                self.wfile.write(b"PK\x03\x04")
                time.sleep(SLOW)
                return
            if route.startswith("/nolength/"):  # a body without Content-Length, ended by closing
                body = (Path(self.directory) / route[len("/nolength/"):]).read_bytes()
                self.send_response(200)
                self.end_headers()
                self.wfile.write(body)
                return
            super().do_GET()
        except (BrokenPipeError, ConnectionResetError):
            pass  # the client gave up, as it should

    def _redirect(self, location: str) -> None:
        self.send_response(302)
        self.send_header("Location", location)
        self.send_header("Content-Length", "0")
        self.end_headers()


class Site:
    def __init__(self, root: Path, port: int):
        self.root, self.port = root, port

    def url(self, rel: str) -> str:
        return f"http://127.0.0.1:{self.port}/{rel}"

    def publish(self, name: str, folder: Path) -> str:
        """Serve `folder` at /name/ and its zip at /name.zip; return the descriptor URL."""
        dest = self.root / name
        shutil.copytree(folder, dest)
        files = {str(p.relative_to(folder)): p.read_bytes() for p in folder.rglob("*") if p.is_file()}
        (self.root / f"{name}.zip").write_bytes(zip_bytes(files))
        return self.url(f"{name}/datapackage.json")


@pytest.fixture(scope="module")
def release(tmp_path_factory) -> tuple[Path, Path]:
    """A fresh build with its release zip, as `grassroots build --zip` writes them."""
    out = tmp_path_factory.mktemp("release") / "datapackage"
    result = build(SEEDS, out, make_zip=True)
    return out, result.zip_path


@pytest.fixture(scope="module")
def site(tmp_path_factory, release):
    root = tmp_path_factory.mktemp("www")
    server = ThreadingHTTPServer(("127.0.0.1", 0), partial(_Handler, directory=str(root)))
    server.daemon_threads = True  # a stalled handler must not hold up the end of the tests
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    s = Site(root, server.server_address[1])
    folder, zpath = release
    s.publish("good", folder)
    shutil.copy(zpath, root / zpath.name)
    yield s
    server.shutdown()
    server.server_close()


def _run(*args):
    return runner.invoke(app, ["validate", *map(str, args)])


# ---------------------------------------------------------------- good packages


def test_descriptor_url_passes(site):
    r = _run(site.url("good/datapackage.json"))
    assert r.exit_code == 0, r.output
    report = validate(site.url("good/datapackage.json"))
    assert report.valid and report.tasks == report.resources == 6


def test_release_zip_url_passes(site, release):
    url = site.url(release[1].name)
    r = _run(url)
    assert r.exit_code == 0, r.output
    assert validate(url).tasks == 6  # validated inside, not as one opaque file


def test_redirected_urls_resolve_against_where_they_land(site, release, monkeypatch):
    # GitHub release assets answer with a redirect; resource paths of a descriptor are
    # relative to the URL it was finally served from (/good/), not to the one asked for
    # (/latest/, where nothing else is).
    monkeypatch.setattr(_Handler, "moved", {"/latest.zip": f"/{release[1].name}",
                                            "/latest/datapackage.json": "/good/datapackage.json"})
    assert validate(site.url("latest.zip")).valid
    report = validate(site.url("latest/datapackage.json"))
    assert report.valid, [p.render() for p in report.problems]


# ---------------------------------------------------------------- tampered packages


def _wrong_quote(folder: Path) -> None:
    _edit(folder / "data" / "metrics.csv", b",192\xe4\xb8\xaa,", ",193\u4e2a,".encode())
    _rehash(folder, "data/metrics.csv")


def _dangling_key(folder: Path) -> None:
    _edit(folder / "data" / "metrics.csv", b",520602,", b",520699,")
    _rehash(folder, "data/metrics.csv")


def _wrong_source_hash(folder: Path) -> None:
    _edit(folder / "datapackage.json", b"sha256:7f6a8da2", b"sha256:0f6a8da2")


def _missing_file(folder: Path) -> None:
    (folder / "data" / "defects.csv").unlink()


# damage, the code it must be reported with, and words the message must contain
DAMAGE = {
    "wrong-quote": (_wrong_quote, "check-quote-mismatch", ["data/metrics.csv", "quote", "193个"]),
    "dangling-foreign-key": (_dangling_key, "frictionless-foreign-key",
                             ["data/metrics.csv:2", "metrics.locality_code", "520699"]),
    "wrong-source-hash": (_wrong_source_hash, "frictionless-hash-count",
                          ["sources/tongren-2025-grassroots-governance.txt", "hash"]),
    "missing-file": (_missing_file, "package-missing-file", ["data/defects.csv", "resources[defects]"]),
}


@pytest.fixture(scope="module")
def tampered(site, release, tmp_path_factory):
    """Each kind of damage published once: name -> descriptor URL (its zip is at /name.zip)."""
    urls = {}
    for name, (damage, _, _) in DAMAGE.items():
        copy = tmp_path_factory.mktemp(name) / "datapackage"
        shutil.copytree(release[0], copy)
        damage(copy)
        urls[name] = site.publish(name, copy)
    return urls


@pytest.mark.parametrize("name", DAMAGE)
@pytest.mark.parametrize("how", ["descriptor", "zip"])
def test_tampered_package_fails_and_says_why(site, tampered, name, how):
    _, code, words = DAMAGE[name]
    url = tampered[name] if how == "descriptor" else site.url(f"{name}.zip")
    r = _run(url)
    assert r.exit_code == 1, r.output
    for w in words:
        assert w in r.output, r.output
    assert {p.code for p in validate(url).problems} == {code}
    # Problems point at the package, not at a temporary folder that no longer exists.
    assert tempfile.gettempdir() + "/grassroots-validate-" not in r.output


def test_missing_file_over_http_names_the_resource_and_the_404(tampered):
    report = validate(tampered["missing-file"])
    assert report.exit_code == 1
    [p] = report.problems
    assert p.code == "package-missing-file"
    assert p.file.endswith("missing-file/data/defects.csv") and "defects" in (p.path or "")
    assert "404" in p.message


def test_json_report_of_a_tampered_package(tampered):
    r = runner.invoke(app, ["validate", tampered["wrong-quote"], "--json"])
    assert r.exit_code == 1
    data = json.loads(r.stdout)
    assert data["valid"] is False and data["target"] == tampered["wrong-quote"]
    [p] = data["problems"]
    assert p["code"] == "check-quote-mismatch"
    assert p["file"] == "data/metrics.csv" and p["path"] == "quote" and p["line"] > 1


# ---------------------------------------------------------------- servers that misbehave


def _closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]  # closed on exit: nothing listens there


def test_unreachable_url_exits_2(tmp_path):
    url = f"http://127.0.0.1:{_closed_port()}/datapackage.json"
    r = _run(url)
    assert r.exit_code == 2, r.output
    assert url in r.output and "refused" in r.output


def test_a_server_that_never_answers_times_out(site):
    t = time.monotonic()
    r = runner.invoke(app, ["validate", site.url("slow/datapackage.json"), "--timeout", "0.5"])
    assert r.exit_code == 2, r.output
    assert "timed out" in r.output
    assert time.monotonic() - t < SLOW - 2


def test_a_server_that_drips_times_out(site):
    # Every read gets a byte in time, so a per-read timeout alone would wait for ever.
    t = time.monotonic()
    r = runner.invoke(app, ["validate", site.url("drip/datapackage.json"), "--timeout", "1"])
    assert r.exit_code == 2, r.output
    assert "timed out" in r.output
    assert time.monotonic() - t < SLOW - 2


def test_redirect_loop_exits_with_a_clear_message(site):
    r = _run(site.url("loop/datapackage.json"))
    assert r.exit_code == 2, r.output
    assert "redirect" in r.output and "loop/datapackage.json" in r.output


@pytest.mark.parametrize("location", ["file:///etc/passwd", "ftp://127.0.0.1:1/x.zip"])
def test_a_redirect_away_from_http_is_refused(site, monkeypatch, location):
    monkeypatch.setattr(_Handler, "moved", {"/elsewhere.zip": location})
    r = _run(site.url("elsewhere.zip"))
    assert r.exit_code == 2, r.output
    assert "download-bad-redirect" in r.output and location in r.output


def test_downloads_over_the_size_limit_are_refused(site, release):
    zip_url = site.url(release[1].name)
    size = release[1].stat().st_size
    report = validate(zip_url, max_bytes=size - 1)
    assert [p.code for p in report.problems] == ["download-too-large"]
    assert f"limit of {size - 1} bytes" in report.problems[0].message
    # Without a Content-Length the limit holds while reading.
    report = validate(site.url(f"nolength/{release[1].name}"), max_bytes=size - 1)
    assert [p.code for p in report.problems] == ["download-too-large"]
    assert validate(site.url(f"nolength/{release[1].name}"), max_bytes=10 * size).valid
    # Downloaded, but it expands past the limit: refused, naming the URL.
    report = validate(zip_url, max_bytes=size)
    assert [(p.code, p.file) for p in report.problems] == [("package-zip-too-large", zip_url)]
    # A descriptor under the limit whose resources together are over it.
    report = validate(site.url("good/datapackage.json"), max_bytes=30_000)
    assert [p.code for p in report.problems] == ["download-too-large"]


def test_an_announced_size_over_the_limit_is_refused_before_downloading(site):
    t = time.monotonic()
    report = validate(site.url("liar/x.zip"), timeout=SLOW, max_bytes=1_000_000)
    assert [p.code for p in report.problems] == ["download-too-large"]
    assert time.monotonic() - t < SLOW - 2


# ---------------------------------------------------------------- the release zip


def test_release_zip_is_reproducible_and_valid_everywhere(tmp_path):
    zips = []
    for name in ("a", "b"):
        r = runner.invoke(app, ["build", "--zip", "--require-reviewed", "--seeds", str(SEEDS),
                                "--out", str(tmp_path / name / "datapackage")])
        assert r.exit_code == 0, r.output
        zips.append(tmp_path / name / f"grassroots-{package_metadata()['version']}.zip")
    assert zips[0].read_bytes() == zips[1].read_bytes()
    with zipfile.ZipFile(zips[0]) as z:
        names = z.namelist()
        assert "datapackage.json" in names and "README.md" in names  # flat: at the root
        assert z.read("README.md") == (tmp_path / "a" / "datapackage" / "README.md").read_bytes()
    # Stock frictionless opens a local zip with datapackage.json at its root as a package.
    report = frictionless.validate(str(zips[0]))
    assert report.valid and len(report.tasks) == 6, report.flatten(["type", "message"])
    assert _run(zips[0]).exit_code == 0

