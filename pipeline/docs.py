"""The package's own README.md: descriptor and rows -> Markdown.

A data dictionary written by hand drifts from the schemas; this one is generated from
the descriptor (whose table schemas are `schema/*.json`) and from the rows, by every
build, and `grassroots build --check` fails when the committed copy is stale. It is a
pure function: no clock, no environment, no files, so the same package always gets the
same bytes (the release zip is byte-reproducible only if this is).

    >>> render_readme(descriptor, tables.rows).startswith("# ")
    True
"""

from __future__ import annotations

from collections import Counter
from typing import Any

# Constraints with a fixed wording; any other constraint key is still shown, as `key: value`,
# so a constraint added to a schema never silently goes missing from the dictionary.
_KNOWN = ("required", "unique", "enum", "pattern", "minimum", "maximum", "exclusiveMinimum",
          "exclusiveMaximum", "minLength", "maxLength")


def render_readme(descriptor: dict, rows: dict[str, list[dict]]) -> str:
    """README.md of the package: resources, data dictionary, counts, how to validate and cite."""
    resources = [r for r in descriptor.get("resources", []) if isinstance(r, dict)]
    tables = [r for r in resources if isinstance(r.get("schema"), dict)]
    others = [r for r in resources if not isinstance(r.get("schema"), dict)]
    out: list[str] = []
    out += _header(descriptor)
    out += _contents(tables, others, rows)
    out += _counts(rows)
    out += ["## Data dictionary", "",
            "Types and constraints are those of the Table Schemas in `datapackage.json` "
            "(from `schema/` in the repository); frictionless checks every one of them. "
            "An empty cell is a missing value.", ""]
    for res in tables:
        out += _dictionary(res)
    out += _sources(others)
    out += _validate(descriptor)
    out += _cite(descriptor)
    return "\n".join(out).rstrip("\n") + "\n"


# ---------------------------------------------------------------- sections


def _header(d: dict) -> list[str]:
    lic = ", ".join(_license(x) for x in d.get("licenses", [])) or "no licence stated"
    lines = [f"# {d.get('title') or d.get('name', 'Data package')}", ""]
    facts = [f"`{d['name']}`" if d.get("name") else None,
             f"version {d['version']}" if d.get("version") else None,
             f"licence {lic}", d.get("homepage")]
    lines += [" · ".join(f for f in facts if f), ""]
    if d.get("description"):
        lines += [d["description"], ""]
    lines += ["This file is generated from the package's schemas and data by `grassroots build`; "
              "do not edit it by hand.", ""]
    lines += ["Offsets (`start`, `end`) are 0-based, end-exclusive indexes of Unicode code points "
              "into the source text decoded from UTF-8 without newline translation, so "
              "`text[start:end]` equals the row's `quote` (metrics) or `name_zh` (initiatives). "
              "The source texts are resources of this package, byte-identical, with their sha256.", ""]
    return lines


def _contents(tables: list[dict], others: list[dict], rows: dict[str, list[dict]]) -> list[str]:
    lines = ["## Resources", "", "| resource | file | rows | what it is |", "|---|---|---:|---|"]
    for r in tables:
        n = len(rows.get(r.get("name", ""), []))
        lines.append(_row(f"`{r.get('name')}`", f"`{r.get('path')}`", str(n), _desc(r)))
    for r in others:
        lines.append(_row(f"`{r.get('name')}`", f"`{r.get('path')}`", "", _desc(r)))
    return lines + [""]


def _counts(rows: dict[str, list[dict]]) -> list[str]:
    """Rows per locality and per review status: what a reader checks first."""
    locs = {r["code"]: r for r in rows.get("localities", [])}
    per = {t: Counter(r.get("locality_code") for r in rows.get(t, []))
           for t in ("documents", "initiatives", "metrics")}
    codes = sorted(set().union(*per.values()) - {None})
    lines = ["## Counts", "", "### By locality", "",
             "| code | locality | documents | initiatives | metrics |", "|---|---|---:|---:|---:|"]
    for c in codes:
        loc = locs.get(c, {})
        name = " ".join(x for x in (loc.get("name_zh"), loc.get("name_en") and f"({loc['name_en']})") if x)
        lines.append(_row(c, name or "(not in localities)", *(str(per[t][c]) for t in per)))
    lines.append(_row("", "**total**", *(f"**{sum(per[t].values())}**" for t in per)))
    lines += ["", "### By review status", "",
              "`auto`: extracted, not checked; `reviewed`: checked and kept as extracted; "
              "`corrected`: checked, some fields set by hand; `added`: written by hand where "
              "extraction missed it.", "",
              "| review_status | initiatives | metrics |", "|---|---:|---:|"]
    per_status = {t: Counter(r.get("review_status") for r in rows.get(t, [])) for t in ("initiatives", "metrics")}
    statuses = ["auto", "reviewed", "corrected", "added"]
    statuses += sorted(set().union(*per_status.values()) - set(statuses) - {None})
    for s in statuses:
        lines.append(_row(f"`{s}`", *(str(per_status[t][s]) for t in per_status)))
    return lines + [""]


def _dictionary(res: dict) -> list[str]:
    schema = res["schema"]
    name = res.get("name")
    pk = _as_list(schema.get("primaryKey"))
    fks = {}
    for fk in schema.get("foreignKeys", []):
        ref = fk.get("reference", {})
        target = ref.get("resource") or name  # "" is a reference to the same table
        for here, there in zip(_as_list(fk.get("fields")), _as_list(ref.get("fields"))):
            fks[here] = f"{target}.{there}"
    lines = [f"### `{name}`", "", f"File `{res.get('path')}`. {_desc(res)}".rstrip(), ""]
    keys = []
    if pk:
        keys.append("Primary key: " + ", ".join(f"`{k}`" for k in pk) + ".")
    if fks:
        keys.append("Foreign keys: " + ", ".join(f"`{a}` → `{b}`" for a, b in fks.items()) + ".")
    if keys:
        lines += [" ".join(keys), ""]
    lines += ["| field | type | constraints | description |", "|---|---|---|---|"]
    for f in schema.get("fields", []):
        cons = _constraints(f.get("constraints", {}))
        if f.get("format") and f["format"] != "default":
            cons.insert(0, f"format `{f['format']}`")
        if f["name"] in pk:
            cons.append("primary key")
        if f["name"] in fks:
            cons.append(f"→ `{fks[f['name']]}`")
        lines.append(_row(f"`{f['name']}`", f.get("type", "any"), "; ".join(cons), f.get("description", "")))
    return lines + [""]


def _sources(others: list[dict]) -> list[str]:
    if not others:
        return []
    lines = ["## Source texts", "",
             "Each is byte-identical to the text the rows were extracted from; `documents.source` "
             "names it.", "", "| resource | file | bytes | hash |", "|---|---|---:|---|"]
    for r in others:
        lines.append(_row(f"`{r.get('name')}`", f"`{r.get('path')}`", str(r.get("bytes", "")),
                          f"`{r.get('hash', '')}`"))
    return lines + [""]


def _validate(d: dict) -> list[str]:
    home, version = d.get("homepage"), d.get("version")
    # The validator of the exact release that built this package, from its repository tag.
    if home and version and "github.com" in home:
        install = f'pip install "git+{home}@v{version}"'
    else:
        install = "pip install grassroots"
    return ["## How to validate", "",
            "The full check (frictionless, plus what it passes silently: skipped resources, the "
            "inside of a remote zip, and every quote against the source text):", "",
            "```sh", install,
            "grassroots validate datapackage.json   # or this folder, its zip, or an http(s) URL of either",
            "```", "",
            "Exit codes: 0 valid, 1 invalid, 2 cannot run (bad path, unreachable URL); "
            "`--json` writes the report to stdout. Stock frictionless checks the schemas, keys, "
            "constraints and hashes:", "",
            "```sh", 'pip install "frictionless==5.*"', "frictionless validate datapackage.json", "```", "",
            "It validates a local zip (with `datapackage.json` at its root) properly but a zip "
            "URL as one opaque file: download the zip first, or use `grassroots validate`.", ""]


def _cite(d: dict) -> list[str]:
    who = "; ".join(c.get("title", "") for c in d.get("contributors", []) if c.get("title")) or d.get("name", "")
    year = str(d.get("created", ""))[:4]
    parts = [f"{who}{f' ({year})' if year else ''}.", f"*{d.get('title', d.get('name', ''))}*"]
    if d.get("version"):
        parts.append(f"(version {d['version']})")
    parts.append("[Data set].")
    if d.get("homepage"):
        parts.append(f"{d['homepage']}.")
    lic = ", ".join(_license(x) for x in d.get("licenses", []))
    if lic:
        parts.append(f"Licence: {lic}.")
    return ["## How to cite", "", " ".join(parts), "",
            "The repository's `CITATION.cff` holds the same in Citation File Format. Cite the "
            "version you used and, for any number, its `metric_id` and the source it points to.", ""]


# ---------------------------------------------------------------- helpers


def _constraints(c: dict) -> list[str]:
    out = []
    if c.get("required"):
        out.append("required")
    if c.get("unique"):
        out.append("unique")
    if "enum" in c:
        out.append("one of " + ", ".join(f"`{_fmt(v)}`" for v in c["enum"]))
    if "pattern" in c:
        out.append(f"pattern `{c['pattern']}`")
    for k, word in (("minimum", "≥"), ("maximum", "≤"), ("exclusiveMinimum", ">"), ("exclusiveMaximum", "<")):
        if k in c:
            out.append(f"{word} {_fmt(c[k])}")
    for k, word in (("minLength", "length ≥"), ("maxLength", "length ≤")):
        if k in c:
            out.append(f"{word} {c[k]}")
    out += [f"{k}: `{_fmt(v)}`" for k, v in sorted(c.items()) if k not in _KNOWN]
    return out


def _license(x: dict) -> str:
    name, title = x.get("name"), x.get("title")
    return f"{name} ({title})" if name and title else (name or title or x.get("path", ""))


def _desc(r: dict) -> str:
    return r.get("description") or (r.get("schema") or {}).get("description", "")


def _fmt(v: Any) -> str:
    if isinstance(v, bool):
        return "true" if v else "false"
    return str(v)


def _as_list(v: Any) -> list:
    if v is None:
        return []
    return [v] if isinstance(v, str) else list(v)


def _row(*cells: str) -> str:
    # A pipe inside a cell ends the cell, even inside a code span (GitHub Markdown).
    return "| " + " | ".join(str(c).replace("|", "\\|").replace("\n", " ") for c in cells) + " |"
