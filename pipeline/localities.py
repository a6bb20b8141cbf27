"""Places: GB/T 2260 codes, names and parents; place names in text -> codes.

The table is data (`pipeline/data/localities.csv`, its source in `pipeline/data/README.md`),
loaded once, lazily. Names match in full (松桃苗族自治县, 铜仁市, 贵州省) and in the short
forms reports use (松桃县, 贵州, 大理州); a name shared by several units (朝阳区 in
北京 and 长春) resolves by the place mentioned before it, or not at all.

    >>> [code for _, _, code in find_mentions("近年来，贵州省铜仁市碧江区聚焦…")]
    ['520000', '520600', '520602']
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources


@dataclass(frozen=True)
class Locality:
    code: str
    name_zh: str
    name_en: str
    level: str  # province | prefecture | county
    parent_code: str | None


@lru_cache(maxsize=1)
def _rows() -> list[dict]:
    text = resources.files("pipeline.data").joinpath("localities.csv").read_text(encoding="utf-8")
    return list(csv.DictReader(text.splitlines()))


@lru_cache(maxsize=1)
def table() -> dict[str, Locality]:
    return {r["code"]: Locality(r["code"], r["name_zh"], r["name_en"], r["level"], r["parent_code"] or None)
            for r in _rows()}


def by_code(code: str) -> Locality | None:
    return table().get(code)


def lineage(code: str) -> list[Locality]:
    """The unit and its parents, root first: 520602 -> [贵州省, 铜仁市, 碧江区]."""
    out = []
    loc = by_code(code)
    while loc is not None:
        out.append(loc)
        loc = by_code(loc.parent_code) if loc.parent_code else None
    return out[::-1]


@lru_cache(maxsize=1)
def _names() -> dict[str, tuple[str, ...]]:
    names: dict[str, list[str]] = {}
    for loc in table().values():
        names.setdefault(loc.name_zh, []).append(loc.code)
    # Short forms (贵州, 松桃县, 大理州) come with the table; three characters or more, or a
    # province, so that ordinary words (三明治, 安康) are not taken for places.
    for r in _rows():
        for f in filter(None, r["aliases"].split(";")):
            if r["code"] not in names.setdefault(f, []):
                names[f].append(r["code"])
    return {k: tuple(sorted(v)) for k, v in names.items()}


def _trie_regex(words: list[str]) -> str:
    """One alternation shaped as a trie, so the regex engine branches on each character."""
    trie: dict = {}
    for w in words:
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = True

    def build(node: dict) -> str:
        end = "" in node
        branches = [re.escape(ch) + build(child) for ch, child in sorted(node.items()) if ch != ""]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if end else body

    return build(trie)


@lru_cache(maxsize=1)
def _matcher() -> re.Pattern:
    return re.compile(_trie_regex(list(_names())))


def _within(code: str, anc: str) -> bool:
    return any(x.code == anc for x in lineage(code))


def resolve(name: str, within: str | None = None) -> str | None:
    """The code for a full or short name; among units sharing it, the one under `within`."""
    codes = _names().get(name)
    if not codes and len(name) >= 2:  # 铜仁 for 铜仁市: only when asked, never in running text
        codes = tuple(c for c in _names().get(name + "市", ()) if table()[c].level == "prefecture")
    if not codes:
        return None
    if len(codes) == 1:
        return codes[0]
    if within:
        inside = [c for c in codes if _within(c, within) or _within(within, c)]
        if len(inside) == 1:
            return inside[0]
    return None


def find_mentions(text: str) -> list[tuple[int, int, str]]:
    """Every place name in `text` as (start, end, code), longest match first, in text order.

    An ambiguous name (朝阳区) resolves under the place mentioned just before it
    (吉林省长春市朝阳区 -> 220104) and is skipped when nothing decides it.
    """
    out: list[tuple[int, int, str]] = []
    context: str | None = None
    for m in _matcher().finditer(text):
        if not m.group():
            continue
        code = resolve(m.group(), within=context)
        if code is None:
            continue
        out.append((m.start(), m.end(), code))
        context = code
    return out
