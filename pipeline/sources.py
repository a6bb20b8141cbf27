"""Read source texts: path -> `Source` (exact text, bytes, sha256).

Decoded as UTF-8 *without newline translation*, so offsets count code points of the
file exactly as published (`text[start:end] == quote`).
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from pathlib import Path

from .errors import fail

# Frictionless resource names: lower-case letters, digits, '-', '_' and '.'.
RESOURCE_NAME = re.compile(r"^[a-z0-9][a-z0-9._-]*$")


@dataclass(frozen=True)
class Source:
    name: str  # file name, e.g. tongren-2025-grassroots-governance.txt
    text: str
    sha256: str
    bytes: int

    @property
    def stem(self) -> str:
        return self.name.rsplit(".", 1)[0]


def decode_source(name: str, data: bytes) -> Source:
    """Bytes of a source file -> `Source`, or a problem naming the file and what to do."""
    if not RESOURCE_NAME.match(name.rsplit(".", 1)[0]):
        raise fail(
            "source-bad-name",
            f"the file name {name!r} cannot be a resource name",
            file=name,
            hint="rename it to lower-case letters, digits and '-' (e.g. tongren-2025-report.txt)",
        )
    if b"\x00" in data[:65536]:
        raise fail("source-binary", "this is a binary file, not a text", file=name,
                   hint="put only UTF-8 .txt files of report text in the seeds folder")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as e:
        hint = "convert it to UTF-8"
        try:
            data.decode("gb18030")
            hint = "it looks like GBK/GB18030: convert it, e.g. `iconv -f GB18030 -t UTF-8`"
        except UnicodeDecodeError:
            pass
        raise fail("source-not-utf8", f"not valid UTF-8 (byte {e.start})", file=name, hint=hint) from None
    if not text.strip():
        raise fail("source-empty", "the source text is empty", file=name,
                   hint="remove the file or put the report text in it")
    return Source(name=name, text=text, sha256=hashlib.sha256(data).hexdigest(), bytes=len(data))


def read_source(path: Path) -> Source:
    try:
        data = Path(path).read_bytes()
    except OSError as e:
        raise fail("source-unreadable", f"cannot read: {e.strerror}", file=str(path)) from None
    return decode_source(Path(path).name, data)


def find_sources(seeds: Path) -> list[Path]:
    """The `.txt` files of a seeds folder, sorted by name (the build order)."""
    seeds = Path(seeds)
    if not seeds.is_dir():
        raise fail("seeds-missing", "the seeds folder does not exist", file=str(seeds),
                   hint="pass --seeds DIR with the .txt source texts")
    paths = sorted(p for p in seeds.iterdir() if p.suffix == ".txt" and p.is_file())
    if not paths:
        raise fail("seeds-empty", "no .txt source texts in the seeds folder", file=str(seeds),
                   hint="copy report texts (UTF-8 .txt) into it")
    return paths
