"""Write review stubs: `seeds/<name>.txt` -> `seeds/<name>.yaml` with a stub per undecided candidate.

Existing decisions and comments are kept byte-for-byte: new stubs are inserted as
text at the end of the `initiatives:` and `metrics:` blocks, never by re-dumping the
YAML. A stub has `action: todo`; a reviewer changes it to confirm, correct or reject.

    - quote: "192个"
      context: "组建小区党支部192个"
      action: todo  # confirm | correct | reject
      subject_zh: "小区党支部"
      value: 192
      unit: "个"
      approximate: false
      subject_en: ""
      # proposed: locality 520602

`confirm` keeps the fields as written and pins them: if a later extractor proposes
another subject or value there, the build says so and keeps the confirmed one.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

from .annotations import METRIC_FIELDS, load_annotation, resolve_anchor
from .errors import GrassrootsError, Problem
from .extract import extract
from .segment import segment
from .sources import read_source


def _q(s: str) -> str:
    return json.dumps(s, ensure_ascii=False)  # a JSON string is a valid YAML double-quoted scalar


def anchor_for(text: str, s: int, e: int) -> dict:
    """The shortest anchor that finds text[s:e] again: quote, context, occurrence."""
    needle = text[s:e]
    if text.count(needle) == 1:
        return {}
    for k in range(1, 25):
        a = max(0, s - k)
        ctx = text[a:e]
        if "\n" in ctx:
            break
        if text.count(ctx) == 1:
            return {"context": ctx}
    a = s
    while a > 0 and s - a < 12 and text[a - 1] != "\n":
        a -= 1
    ctx = text[a:e]
    occ, i = 0, text.find(ctx)
    while i != -1 and i <= a:
        occ += 1
        i = text.find(ctx, i + 1)
    out = {"occurrence": occ}
    if ctx != needle:
        out["context"] = ctx
    return out


def _block(lines: list[str], key: str) -> tuple[int, int, str] | None:
    """(first line after `key:`, end line, item indent) of a top-level list block."""
    for i, ln in enumerate(lines):
        if re.match(rf"^{key}:\s*(#.*)?$", ln):
            j = i + 1
            while j < len(lines) and not re.match(r"^[A-Za-z_]", lines[j]):
                j += 1
            while j > i + 1 and not lines[j - 1].strip():
                j -= 1
            indent = next((m.group(1) for ln2 in lines[i + 1:j] if (m := re.match(r"^(\s*)- ", ln2))), "  ")
            return i + 1, j, indent
    return None


def write_stubs(source_path: Path) -> tuple[Path, int]:
    source_path = Path(source_path)
    src = read_source(source_path)
    seg = segment(src)
    cands = extract(seg)
    ypath = source_path.with_suffix(".yaml")
    text = src.text

    decided_m: set[int] = set()
    decided_i: set[int] = set()
    if ypath.exists():
        ann = load_annotation(ypath)
        problems: list[Problem] = []
        for i, d in enumerate(ann.model.metrics):
            r = resolve_anchor(text, d.quote, d.context, d.occurrence, ann, ("metrics", i, "quote"), "quote")
            (problems.append(r) if isinstance(r, Problem) else decided_m.add(r[0]))
        for i, d in enumerate(ann.model.initiatives):
            r = resolve_anchor(text, d.name, d.context, d.occurrence, ann, ("initiatives", i, "name"), "name")
            (problems.append(r) if isinstance(r, Problem) else decided_i.add(r[0]))
        if problems:
            raise GrassrootsError(problems)
        body = ypath.read_text(encoding="utf-8")
    else:
        body = _new_file(src.name, seg)

    def stub_lines(indent: str, first: tuple[str, str], s: int, e: int, pinned: list[tuple[str, object]],
                   proposed: str, extra: str) -> list[str]:
        pad = indent + "  "
        out = [f"{indent}- {first[0]}: {_q(first[1])}"]
        for k, v in anchor_for(text, s, e).items():
            out.append(f"{pad}{k}: {v if isinstance(v, int) else _q(v)}")
        out.append(f"{pad}action: todo  # confirm | correct | reject")
        # What the reviewer checks is written as data, so that `confirm` pins it: a later
        # extractor that proposes something else is reported, and the checked value is kept.
        out += [f"{pad}{k}: {_scalar(v)}" for k, v in pinned if v is not None]
        out.append(f"{pad}{extra}: \"\"")
        out.append(f"{pad}# proposed: {proposed}")
        return out

    new_i = [it for it in seg.initiatives if it.start not in decided_i]
    new_m = [c for c in cands if c.start not in decided_m]
    lines = body.split("\n")
    for key, items in (("initiatives", new_i), ("metrics", new_m)):
        if not items:
            continue
        blk = _block(lines, key)
        if blk is None:
            if lines and lines[-1] == "":
                lines.pop()
            lines += [f"{key}:", ""]
            blk = _block(lines, key)
        start, end, indent = blk
        if lines[start - 1].rstrip().endswith("[]"):
            lines[start - 1] = f"{key}:"
        add: list[str] = []
        for x in items:
            if key == "initiatives":
                add += stub_lines(indent, ("name", x.name_zh), x.start, x.end, [("level", x.level)],
                                  f"locality {x.locality_code}", "name_en")
            else:
                add += stub_lines(indent, ("quote", x.quote), x.start, x.end,
                                  [(k, getattr(x, k)) for k in METRIC_FIELDS],
                                  f"locality {x.locality_code}", "subject_en")
                add.append(f"{indent}  # text: {x.context[:60]}")
        lines[end:end] = add
    out = "\n".join(lines)
    if not out.endswith("\n"):
        out += "\n"
    ypath.write_text(out, encoding="utf-8")
    return ypath, len(new_i) + len(new_m)


def _scalar(v) -> str:
    """A YAML scalar for a pinned field: 192 not 192.0, false not False, strings quoted."""
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, float) and v.is_integer():
        return str(int(v))
    if isinstance(v, (int, float)):
        return repr(v)
    return _q(str(v))


def _new_file(name: str, seg) -> str:
    out = [
        f"# Hand-checked decisions for {name}. The YAML has the final word over extraction.",
        "# Anchors are text of the source (quote/name, with `context` or `occurrence` when not unique).",
        "# Actions: confirm (the fields written are right: they are kept, even if extraction changes),",
        "# correct (set fields by hand), reject (with a reason),",
        "# add (a row extraction missed), todo (not decided yet: the row stays `auto`).",
        f"source: {name}",
        "documents:",
    ]
    for d in seg.documents:
        at = d.title or seg.source.text[d.start:d.start + 20]
        out.append(f"  - at: {_q(at)}")
        out.append(f"    locality: \"{d.locality_code or ''}\"")
        out.append(f"    completeness: {d.completeness}")
    out += ["places: []", "initiatives:", "metrics:", ""]
    return "\n".join(out)
