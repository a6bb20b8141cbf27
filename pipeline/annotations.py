"""Hand-checked annotation files: `seeds/<name>.yaml` -> `Annotation` (validated, with lines).

The YAML has the final word over extraction. Each decision is anchored by the text it
is about — a quote, optionally a longer `context` around it and an `occurrence`
number — never by row number or by an ID the extractor invented:

    metrics:
      - quote: 192个
        context: 组建小区党支部192个
        action: confirm
        subject_en: residential-compound Party branches

Every problem of a file is reported at once, each with file, line and key path.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from .errors import GrassrootsError, Problem

CODE = r"^[0-9]{6}$"


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", populate_by_name=True)


class Anchored(Strict):
    context: str | None = Field(None, description="Longer text around the anchor, when it is not unique.")
    occurrence: int | None = Field(None, ge=1, description="Which occurrence of the anchor (1-based).")
    note: str | None = None


class DocumentDecision(Anchored):
    """A document starting at `at`: sets its fields, or splits one off there."""

    at: str
    id: str | None = Field(None, pattern=r"^[a-z0-9][a-z0-9-]*$")
    title: str | None = None
    locality: str | None = Field(None, pattern=CODE)
    completeness: Literal["complete", "truncated", "fragment"] | None = None
    publisher: str | None = None
    published: str | None = Field(None, pattern=r"^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$")
    url: str | None = None


class PlaceDecision(Anchored):
    """Text from `at` to the end of `until` is about `locality`."""

    at: str
    until: str
    locality: str = Field(pattern=CODE)


Action = Literal["todo", "confirm", "correct", "reject", "add"]
# A metric's own fields, which a decision sets and a `confirm` pins (a review stub writes them out)
METRIC_FIELDS = ("subject_zh", "value", "value_max", "unit", "approximate", "change")


class MetricDecision(Anchored):
    quote: str = Field(min_length=1)
    action: Action
    subject_zh: str | None = None
    subject_en: str | None = None
    value: float | None = None
    value_max: float | None = None
    unit: str | None = None
    approximate: bool | None = None
    change: Literal["increase", "decrease"] | None = None
    locality: str | None = Field(None, pattern=CODE)
    initiative: str | None = None
    reason: str | None = None

    @model_validator(mode="after")
    def _by_action(self):
        _check_action(self, METRIC_FIELDS + ("locality", "initiative"), ("subject_zh", "value", "unit"))
        return self


class InitiativeDecision(Anchored):
    name: str = Field(min_length=1)
    action: Action
    name_en: str | None = None
    level: Literal["programme", "theme", "measure"] | None = None
    parent: str | None = None
    locality: str | None = Field(None, pattern=CODE)
    reason: str | None = None

    @model_validator(mode="after")
    def _by_action(self):
        _check_action(self, ("level", "parent", "locality"), ("level",))
        return self


def _check_action(d, correctable: tuple[str, ...], needed_to_add: tuple[str, ...]) -> None:
    if d.action == "reject" and not d.reason:
        raise ValueError("a rejection needs a `reason`")
    if d.action == "correct" and not any(getattr(d, k) is not None for k in correctable):
        raise ValueError(f"`correct` sets at least one of: {', '.join(correctable)}")
    if d.action == "add":
        missing = [k for k in needed_to_add if getattr(d, k) is None]
        if missing:
            raise ValueError(f"`add` needs: {', '.join(missing)}")


class AnnotationFile(Strict):
    source: str
    documents: list[DocumentDecision] = []
    places: list[PlaceDecision] = []
    initiatives: list[InitiativeDecision] = []
    metrics: list[MetricDecision] = []


@dataclass(frozen=True)
class Annotation:
    path: str
    model: AnnotationFile
    lines: dict[tuple, int]  # key path -> 1-based line

    def line(self, *path) -> int | None:
        for k in range(len(path), -1, -1):
            if path[:k] in self.lines:
                return self.lines[path[:k]]
        return None


# ---------------------------------------------------------------- loading


def _positions(node, path: tuple, out: dict, problems: list[Problem], file: str) -> None:
    """Line of every key path; duplicate keys become problems (PyYAML keeps the last)."""
    out.setdefault(path, node.start_mark.line + 1)
    if isinstance(node, yaml.MappingNode):
        seen: dict[str, int] = {}
        for k, v in node.value:
            key = k.value if isinstance(k, yaml.ScalarNode) else str(k.value)
            line = k.start_mark.line + 1
            if key in seen:
                problems.append(Problem(
                    "annotation-duplicate-key", f"key {key!r} is given twice (first on line {seen[key]})",
                    file=file, line=line, path=dotted(path + (key,)),
                    hint="keep one of them: YAML would silently use the last"))
            seen[key] = line
            out[path + (key,)] = line
            _positions(v, path + (key,), out, problems, file)
    elif isinstance(node, yaml.SequenceNode):
        for i, v in enumerate(node.value):
            _positions(v, path + (i,), out, problems, file)


def dotted(path: tuple) -> str:
    s = ""
    for p in path:
        s += f"[{p}]" if isinstance(p, int) else (f".{p}" if s else str(p))
    return s


def _sentence(err: dict) -> str:
    t, msg = err["type"], err["msg"]
    if t == "extra_forbidden":
        return "unknown key (a typo?)"
    if t == "missing":
        return "this key is required"
    if t == "literal_error":
        return msg.replace("Input should be", "must be")
    if t.startswith("value_error"):
        return msg.replace("Value error, ", "")
    return msg[0].lower() + msg[1:] if msg else t


def load_annotation(path: Path, display: str | None = None) -> Annotation:
    """Read and validate an annotation file; raise every problem at once."""
    file = display or str(path)
    try:
        text = Path(path).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as e:
        raise GrassrootsError([Problem("annotation-unreadable", f"cannot read the annotation file: {e}",
                                       file=file, hint="save it as UTF-8 text")]) from None
    try:
        node = yaml.compose(text, Loader=yaml.SafeLoader)
        data = yaml.load(text, Loader=yaml.SafeLoader)
    except yaml.YAMLError as e:
        mark = getattr(e, "context_mark", None) or getattr(e, "problem_mark", None)
        line = mark.line + 1 if mark else None
        what = " ".join(x for x in (getattr(e, "context", None), getattr(e, "problem", None)) if x) or str(e)
        raise GrassrootsError([Problem("annotation-yaml-syntax", f"YAML syntax error: {what}", file=file,
                                       line=line, hint="fix the YAML at that line (indentation, quotes, colons)")]) from None
    problems: list[Problem] = []
    lines: dict[tuple, int] = {}
    if node is not None:
        _positions(node, (), lines, problems, file)
    if not isinstance(data, dict):
        raise GrassrootsError(problems + [Problem(
            "annotation-not-mapping", "the annotation file must be a mapping with `source:` and lists of decisions",
            file=file, line=1, hint="start the file with `source: <name>.txt`")])
    try:
        model = AnnotationFile.model_validate(data)
    except ValidationError as e:
        for err in e.errors():
            loc = tuple(x for x in err["loc"] if not (isinstance(x, str) and x.startswith("function-")))
            problems.append(Problem("annotation-invalid", _sentence(err), file=file,
                                    line=_line(lines, loc), path=dotted(loc)))
        raise GrassrootsError(sorted(problems, key=lambda p: p.line or 0)) from None
    if problems:
        raise GrassrootsError(problems)
    return Annotation(file, model, lines)


def _line(lines: dict, loc: tuple) -> int | None:
    for k in range(len(loc), -1, -1):
        if loc[:k] in lines:
            return lines[loc[:k]]
    return None


# ---------------------------------------------------------------- anchors


def find_all(text: str, needle: str) -> list[int]:
    out, i = [], text.find(needle)
    while i != -1:
        out.append(i)
        i = text.find(needle, i + 1)
    return out


def resolve_anchor(text: str, needle: str, context: str | None, occurrence: int | None,
                   ann: Annotation, path: tuple, what: str) -> tuple[int, int] | Problem:
    """The one span of `needle` (inside `context` when given), or a problem naming the line."""
    hay = context or needle
    hits = find_all(text, hay)
    line = ann.line(*path)
    if context and needle not in context:
        return Problem("annotation-bad-context", f"the context {context!r} does not contain the {what} {needle!r}",
                       file=ann.path, line=line, path=dotted(path))
    if not hits:
        return Problem("annotation-unresolved-anchor", f"no text of the source matches {hay!r}",
                       file=ann.path, line=line, path=dotted(path),
                       hint="copy the text exactly from the source (same punctuation and characters)")
    if occurrence is not None:
        if occurrence > len(hits):
            return Problem("annotation-unresolved-anchor",
                           f"{hay!r} occurs {len(hits)} time(s), not {occurrence}",
                           file=ann.path, line=line, path=dotted(path))
        s = hits[occurrence - 1]
    elif len(hits) > 1:
        return Problem("annotation-ambiguous-anchor", f"{hay!r} occurs {len(hits)} times in the source",
                       file=ann.path, line=line, path=dotted(path),
                       hint="add a longer `context` around it, or `occurrence: N`")
    else:
        s = hits[0]
    if context:
        k = context.find(needle)
        return s + k, s + k + len(needle)
    return s, s + len(needle)
