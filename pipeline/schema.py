"""Table schemas -> column lists, pydantic row models and CSV cells.

`schema/*.json` is the single source of truth for columns: this module reads it and
derives everything else (row models, CSV headers, the data dictionary), so a field
added to a schema appears everywhere without a second hand-written list.

    >>> fields("metrics")[:3]
    ['metric_id', 'document_id', 'initiative_id']
"""

from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any, Literal, Optional

from pydantic import BaseModel, ConfigDict, Field, create_model

# Resource order in the package: referenced tables before the ones that refer to them.
TABLES = ("localities", "documents", "initiatives", "metrics", "defects")


_REPO_SCHEMA = Path(__file__).resolve().parent.parent / "schema"


def _read(name: str) -> dict:
    # A checkout (or editable install) reads schema/ itself; a wheel carries a copy of it
    # as the package `pipeline.schemadata` (see pyproject.toml).
    if _REPO_SCHEMA.is_dir():
        return json.loads((_REPO_SCHEMA / f"{name}.json").read_text("utf-8"))
    return json.loads(resources.files("pipeline.schemadata").joinpath(f"{name}.json").read_text("utf-8"))


@lru_cache(maxsize=None)
def table_schema(name: str) -> dict:
    """The Table Schema of a resource, as written in schema/<name>.json."""
    return _read(name)


@lru_cache(maxsize=None)
def package_metadata() -> dict:
    """Package-level metadata (name, version, created, licenses, …): schema/package.json."""
    return _read("package")


def fields(name: str) -> list[str]:
    return [f["name"] for f in table_schema(name)["fields"]]


_TYPES = {"string": str, "integer": int, "number": float, "boolean": bool}


@lru_cache(maxsize=None)
def row_model(name: str) -> type[BaseModel]:
    """A strict pydantic model of one row, built from the Table Schema."""
    spec: dict[str, Any] = {}
    for f in table_schema(name)["fields"]:
        c = f.get("constraints", {})
        t: Any = _TYPES[f["type"]]
        if "enum" in c:
            t = Literal[tuple(c["enum"])]
        kw: dict[str, Any] = {"description": f.get("description")}
        if "pattern" in c:
            kw["pattern"] = c["pattern"]
        if "minimum" in c:
            kw["ge"] = c["minimum"]
        if f["type"] == "number":
            t = int | float
        if c.get("required"):
            if f["type"] == "string" and "enum" not in c:
                kw["min_length"] = 1
            spec[f["name"]] = (t, Field(..., **kw))
        else:
            spec[f["name"]] = (Optional[t], Field(None, **kw))
    return create_model(
        f"{name.capitalize()}Row",
        __config__=ConfigDict(extra="forbid", strict=True),
        **spec,
    )


def cell(value: Any) -> str:
    """One CSV cell: empty for None, true/false for booleans, integers without '.0'."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float):
        if value.is_integer():
            return str(int(value))
        return repr(value)
    return str(value)
