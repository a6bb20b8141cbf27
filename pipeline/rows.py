"""Apply decisions and assemble rows: `Segments` + candidates + `Annotation` -> `Rows`.

Extraction proposes, the annotation file decides. A decision resolves to exactly one
span of the raw text; a decision that resolves but finds no candidate there (the
extractor changed) is reported in the summary, not dropped silently.

IDs are stable: `<document_id>-m<start>` for a metric, `<document_id>-i<start>` for an
initiative, so an ID survives rebuilds and any extractor change that keeps the span.
"""

from __future__ import annotations

from bisect import bisect_right

from collections import Counter
from dataclasses import dataclass, field

from . import localities
from .annotations import METRIC_FIELDS, Annotation, dotted, resolve_anchor
from .errors import GrassrootsError, Problem
from .extract import Candidate
from .segment import Region, Segments


@dataclass
class Rows:
    documents: list[dict] = field(default_factory=list)
    initiatives: list[dict] = field(default_factory=list)
    metrics: list[dict] = field(default_factory=list)
    defects: list[dict] = field(default_factory=list)
    locality_codes: set[str] = field(default_factory=set)


@dataclass
class Summary:
    source: str
    per_document: dict[str, Counter] = field(default_factory=dict)
    rejected: int = 0
    unresolved: list[Problem] = field(default_factory=list)  # decisions with no candidate
    # `confirm` decisions whose fields differ from what extraction now proposes: the confirmed
    # fields are kept (the YAML has the final word), and the reviewer is told to look again.
    drifted: list[Problem] = field(default_factory=list)

    SHOWN = 30  # documents listed one by one; a scraped dump of thousands gets one total line

    def lines(self) -> list[str]:
        out = []
        for doc, c in list(self.per_document.items())[:self.SHOWN]:
            parts = ", ".join(f"{k} {v}" for k, v in sorted(c.items()))
            out.append(f"{self.source} / {doc}: {parts or 'no rows'}")
        rest = list(self.per_document.values())[self.SHOWN:]
        if rest:
            total = sum(rest, Counter())
            parts = ", ".join(f"{k} {v}" for k, v in sorted(total.items()))
            out.append(f"{self.source} / {len(rest)} more documents: {parts or 'no rows'}")
        out.append(f"{self.source}: {self.rejected} candidate(s) rejected, "
                   f"{len(self.unresolved)} decision(s) without a candidate"
                   + (f", {len(self.drifted)} confirmation(s) extraction no longer agrees with"
                      if self.drifted else ""))
        return out


@dataclass
class _Doc:
    start: int
    end: int
    title: str
    locality_code: str | None
    completeness: str
    id: str | None = None
    publisher: str | None = None
    published: str | None = None
    url: str | None = None


def _slug(code: str | None) -> str | None:
    loc = localities.by_code(code) if code else None
    if not loc or not loc.name_en:
        return None
    word = "".join(ch for ch in loc.name_en.split()[0].lower() if ch.isalnum())
    return word or None


def assemble(seg: Segments, candidates: list[Candidate], ann: Annotation | None) -> tuple[Rows, Summary]:
    src = seg.source
    text = src.text
    problems: list[Problem] = []
    summary = Summary(src.name)
    m = ann.model if ann else None

    if m and m.source != src.name:
        problems.append(Problem("annotation-wrong-source",
                                f"this file annotates {m.source!r}, not {src.name!r}",
                                file=ann.path, line=ann.line("source"),
                                hint=f"set `source: {src.name}` or rename the file"))

    def check_code(code: str | None, path: tuple) -> None:
        if code and localities.by_code(code) is None:
            problems.append(Problem("annotation-unknown-locality",
                                    f"{code} is not a GB/T 2260 code of a province, prefecture or county",
                                    file=ann.path, line=ann.line(*path), path=dotted(path),
                                    hint="look the code up in pipeline/data/localities.csv"))

    # ---------------------------------------------------------- documents
    docs = [_Doc(d.start, d.end, d.title, d.locality_code, d.completeness) for d in seg.documents]
    for i, d in enumerate(m.documents if m else []):
        check_code(d.locality, ("documents", i, "locality"))
        span = resolve_anchor(text, d.at, d.context, d.occurrence, ann, ("documents", i, "at"), "anchor")
        if isinstance(span, Problem):
            problems.append(span)
            continue
        s = span[0]
        target = next((x for x in docs if x.start == s), None)
        if target is None:
            inside = next((x for x in docs if x.start < s < x.end), None)
            if inside is None:
                problems.append(Problem("annotation-document-outside", f"{d.at!r} is not inside any report",
                                        file=ann.path, line=ann.line("documents", i, "at")))
                continue
            cut = s
            while cut > inside.start and text[cut - 1].isspace():
                cut -= 1
            target = _Doc(s, inside.end, "", inside.locality_code, "fragment")
            inside.end = cut
            docs.append(target)
            docs.sort(key=lambda x: x.start)
        for k in ("title", "completeness", "publisher", "published", "url"):
            if getattr(d, k) is not None:
                setattr(target, k, getattr(d, k))
        if d.locality:
            target.locality_code = d.locality
        if d.id:
            target.id = d.id
    for x in docs:
        if x.locality_code is None:
            problems.append(Problem("source-no-locality",
                                    f"cannot tell which place the report at offset {x.start} is about",
                                    file=src.name, hint=f"add a document decision with `locality:` in "
                                                        f"{src.stem}.yaml"))
    used: Counter = Counter()
    for x in docs:
        if x.id is None:
            base = f"{src.stem}-{_slug(x.locality_code) or f'd{x.start}'}"
            used[base] += 1
            x.id = base if used[base] == 1 else f"{base}-{used[base]}"

    doc_starts = [x.start for x in docs]  # documents are sorted and do not overlap

    def doc_at(pos: int) -> _Doc | None:
        k = bisect_right(doc_starts, pos) - 1
        return docs[k] if k >= 0 and pos < docs[k].end else None

    # ---------------------------------------------------------- places
    hand_regions: list[Region] = []  # a few, and they win over the detected ones
    for i, p in enumerate(m.places if m else []):
        check_code(p.locality, ("places", i, "locality"))
        a = resolve_anchor(text, p.at, p.context, p.occurrence, ann, ("places", i, "at"), "anchor")
        if isinstance(a, Problem):
            problems.append(a)
            continue
        hits = [k for k in _find_from(text, p.until, a[0])]
        if not hits:
            problems.append(Problem("annotation-unresolved-anchor",
                                    f"no text matches {p.until!r} after {p.at!r}",
                                    file=ann.path, line=ann.line("places", i, "until")))
            continue
        hand_regions.append(Region(a[0], hits[0] + len(p.until), p.locality))
    # Documents or places drawn by hand change what holds what: look again, not up.
    hand_split = bool(hand_regions) or len(docs) != len(seg.documents)

    def region_at(pos: int) -> Region | None:
        r = next((r for r in hand_regions if r.start <= pos < r.end), None)
        return r or seg.region_at(pos)

    def locality_at(pos: int) -> str | None:
        r = region_at(pos)
        if r:
            return r.locality_code
        d = doc_at(pos)
        return d.locality_code if d else None

    # ---------------------------------------------------------- initiatives
    inits: dict[int, dict] = {}
    for it in seg.initiatives:
        d = doc_at(it.start)
        if d is None:
            continue
        inits[it.start] = {
            "start": it.start, "end": it.end, "level": it.level, "name_zh": text[it.start:it.end],
            "parent_start": it.parent_start, "name_en": None, "review_status": "auto",
            "locality_code": locality_at(it.start), "holds": it.holds, "_by": None,
        }
    decided_i: dict[int, int] = {}
    parents_by_name: list[tuple[int, str, tuple]] = []
    for i, d in enumerate(m.initiatives if m else []):
        path = ("initiatives", i)
        check_code(d.locality, path + ("locality",))
        if d.action == "todo":
            continue
        span = resolve_anchor(text, d.name, d.context, d.occurrence, ann, path + ("name",), "name")
        if isinstance(span, Problem):
            problems.append(span)
            continue
        s, e = span
        if s in decided_i:
            problems.append(Problem("annotation-two-decisions",
                                    f"a second decision for the initiative {d.name!r} "
                                    f"(the first is on line {ann.line('initiatives', decided_i[s])})",
                                    file=ann.path, line=ann.line(*path), hint="keep one decision per initiative"))
            continue
        decided_i[s] = i
        row = inits.get(s)
        if d.action == "add":
            if row is not None and row["end"] == e:
                problems.append(Problem("annotation-add-existing",
                                        f"extraction already proposes {d.name!r}: use confirm or correct",
                                        file=ann.path, line=ann.line(*path)))
                continue
            row = inits[s] = {"start": s, "end": e, "level": d.level, "name_zh": text[s:e],
                              "parent_start": None, "name_en": None, "review_status": "added",
                              "locality_code": locality_at(s), "holds": (s, e), "_by": i}
        elif row is None or row["end"] != e:
            summary.unresolved.append(Problem(
                "annotation-no-candidate", f"extraction no longer proposes the initiative {d.name!r}",
                file=ann.path, line=ann.line(*path), hint="re-check it: change the action to add, or remove it"))
            continue
        if d.action == "reject":
            del inits[s]
            summary.rejected += 1
            continue
        if d.action == "confirm":
            row["review_status"] = "reviewed"
            summary.drifted += _drift(d, row, ("level", "locality"), ann, path, f"initiative {d.name!r}",
                                      {"locality": "locality_code"})
        elif d.action == "correct":
            row["review_status"] = "corrected"
        row["name_en"] = d.name_en or None
        if d.level:
            row["level"] = d.level
        if d.locality:
            row["locality_code"] = d.locality
        if d.parent is not None:
            parents_by_name.append((s, d.parent, path + ("parent",)))

    def init_by_name(name: str, path: tuple) -> int | None:
        hits = [k for k, r in inits.items() if r["name_zh"] == name]
        if len(hits) == 1:
            return hits[0]
        problems.append(Problem(
            "annotation-unresolved-anchor" if not hits else "annotation-ambiguous-anchor",
            f"no initiative is named {name!r}" if not hits else f"{len(hits)} initiatives are named {name!r}",
            file=ann.path, line=ann.line(*path), hint="use the exact name_zh of one initiative"))
        return None

    for s, name, path in parents_by_name:
        if name == "":
            inits[s]["parent_start"] = None
            continue
        p = init_by_name(name, path)
        if p is not None:
            inits[s]["parent_start"] = p

    # ---------------------------------------------------------- metrics
    mets: dict[int, dict] = {}
    for c in candidates:
        mets[c.start] = _metric(c, text)
    decided_m: dict[int, int] = {}
    for i, d in enumerate(m.metrics if m else []):
        path = ("metrics", i)
        check_code(d.locality, path + ("locality",))
        if d.action == "todo":
            continue
        span = resolve_anchor(text, d.quote, d.context, d.occurrence, ann, path + ("quote",), "quote")
        if isinstance(span, Problem):
            problems.append(span)
            continue
        s, e = span
        if s in decided_m:
            problems.append(Problem("annotation-two-decisions",
                                    f"a second decision for the metric {d.quote!r} "
                                    f"(the first is on line {ann.line('metrics', decided_m[s])})",
                                    file=ann.path, line=ann.line(*path), hint="keep one decision per metric"))
            continue
        decided_m[s] = i
        row = mets.get(s)
        if d.action == "add":
            if row is not None and row["end"] == e:
                problems.append(Problem("annotation-add-existing",
                                        f"extraction already proposes {d.quote!r}: use confirm or correct",
                                        file=ann.path, line=ann.line(*path)))
                continue
            row = mets[s] = {"start": s, "end": e, "quote": text[s:e], "subject_zh": d.subject_zh,
                             "subject_en": None, "value": d.value, "value_max": None, "unit": d.unit,
                             "approximate": False, "change": None, "review_status": "added",
                             "_initiative": None, "_locality": None}
        elif row is None or row["end"] != e:
            near = next((c for c in candidates if c.start < e and s < c.end), None)
            hint = f"extraction now proposes {near.quote!r} here" if near else "no candidate overlaps it"
            summary.unresolved.append(Problem(
                "annotation-no-candidate", f"extraction no longer proposes the metric {d.quote!r}",
                file=ann.path, line=ann.line(*path), hint=f"{hint}: re-check the decision (add, or fix the quote)"))
            continue
        if d.action == "reject":
            del mets[s]
            summary.rejected += 1
            continue
        if d.action == "confirm":
            row["review_status"] = "reviewed"
            summary.drifted += _drift(d, row, METRIC_FIELDS, ann, path, f"metric {d.quote!r}")
        elif d.action == "correct":
            row["review_status"] = "corrected"
        for k in METRIC_FIELDS:
            v = getattr(d, k)
            if v is not None:
                row[k] = v
        row["subject_en"] = d.subject_en or None
        if d.locality:
            row["_locality"] = d.locality
        if d.initiative is not None:
            row["_initiative"] = init_by_name(d.initiative, path + ("initiative",)) if d.initiative else ""

    if problems:
        raise GrassrootsError(problems)

    # ---------------------------------------------------------- rows
    rows = Rows()
    for x in docs:
        rows.documents.append({
            "document_id": x.id, "source": src.name, "title": x.title or None,
            "locality_code": x.locality_code, "start": x.start, "end": x.end,
            "completeness": x.completeness, "publisher": x.publisher, "published": x.published,
            "url": x.url,
        })
        summary.per_document[x.id] = Counter()
    ids: dict[int, str] = {}
    for s, r in sorted(inits.items()):
        d = doc_at(s)
        ids[s] = f"{d.id}-i{s}"
    for s, r in sorted(inits.items()):
        d = doc_at(s)
        p = r["parent_start"]
        # A parent across a document boundary (a report split by hand) does not hold it.
        parent = ids.get(p) if p is not None and doc_at(p) is d else None
        rows.initiatives.append({
            "initiative_id": ids[s], "document_id": d.id, "parent_id": parent, "level": r["level"],
            "name_zh": r["name_zh"], "name_en": r["name_en"], "locality_code": r["locality_code"],
            "start": s, "end": r["end"], "review_status": r["review_status"],
        })
        summary.per_document[d.id][f"initiatives {r['review_status']}"] += 1
    for s in sorted(mets):
        r = mets.pop(s)  # a metric's working dict goes as its row is made: one copy in memory
        d = doc_at(s)
        if d is None:
            continue
        holder = r["_initiative"]
        found = r.get("_holder", -1)  # extraction's nesting lookup: None = held by nothing
        if holder is None and found is None and not hand_split:
            pass
        elif holder is None and found in inits and doc_at(found) is d and region_at(found) == region_at(s):
            holder = found
        elif holder is None:
            holder = _innermost(inits, s, d, doc_at, region_at)  # added by hand, or holder rejected
        rows.metrics.append({
            "metric_id": f"{d.id}-m{s}", "document_id": d.id,
            "initiative_id": ids.get(holder) if holder not in (None, "") else None,
            "locality_code": r["_locality"] or locality_at(s), "subject_zh": r["subject_zh"],
            "subject_en": r["subject_en"], "value": r["value"], "value_max": r["value_max"],
            "unit": r["unit"], "approximate": r["approximate"], "change": r["change"],
            "quote": r["quote"], "start": s, "end": r["end"], "review_status": r["review_status"],
        })
        summary.per_document[d.id][f"metrics {r['review_status']}"] += 1
    for df in seg.defects:
        rows.defects.append({
            "defect_id": f"{src.stem}-{df.kind.replace('_', '-')}-{df.start}", "source": src.name,
            "kind": df.kind, "start": df.start, "end": df.end, "note": df.note,
        })
    for table in (rows.documents, rows.initiatives, rows.metrics):
        rows.locality_codes.update(r["locality_code"] for r in table if r["locality_code"])
    return rows, summary


def _drift(d, row: dict, keys: tuple[str, ...], ann: Annotation, path: tuple, what: str,
           row_key: dict[str, str] | None = None) -> list[Problem]:
    """Fields a `confirm` gives that extraction no longer proposes.

    A reviewer confirmed `subject_zh: 小区党支部` for 组建小区党支部192个; if a later extractor
    proposes another subject there, the confirmed one is kept and this says so, so an upgrade
    never changes a reviewed row silently.
    """
    out = []
    for k in keys:
        given, now = getattr(d, k), row.get((row_key or {}).get(k, k))
        if given is None or given == now:
            continue
        out.append(Problem(
            "annotation-confirm-differs",
            f"the {what} is confirmed with {k} {given!r}, but extraction now proposes {now!r}; "
            f"the confirmed {k} is kept",
            file=ann.path, line=ann.line(*path, k), path=dotted(path + (k,)),
            hint="if you changed it by hand, make the action `correct`; if extraction is right now, "
                 "set the field to what it proposes"))
    return out


def _find_from(text: str, needle: str, start: int) -> list[int]:
    i = text.find(needle, start)
    return [i] if i != -1 else []


def _innermost(inits: dict, pos: int, d, doc_at, region_at) -> int | None:
    """The initiative with the narrowest text holding `pos`, in the same document and region."""
    best = None
    for s, r in inits.items():
        a, b = r["holds"]
        if not (a <= pos < b) or doc_at(s) is not d or region_at(s) != region_at(pos):
            continue
        if best is None or (b - a) < (inits[best]["holds"][1] - inits[best]["holds"][0]):
            best = s
    return best


def _metric(c: Candidate, text: str) -> dict:
    return {"start": c.start, "end": c.end, "quote": text[c.start:c.end], "subject_zh": c.subject_zh,
            "subject_en": None, "value": c.value, "value_max": c.value_max, "unit": c.unit,
            "approximate": c.approximate, "change": c.change, "review_status": "auto",
            "_initiative": None, "_locality": None, "_holder": c.initiative_start}

