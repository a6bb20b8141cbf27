"""Problems as data: every user-facing error is a `Problem` with a stable code.

The CLI turns a list of problems into messages on stderr and one exit code; the
library never prints. Exceptions are for bugs, except `GrassrootsError`, which only
carries problems up to the edge.

    >>> Problem("annotation-unresolved-anchor", "no text matches '组建小区党支部193个'",
    ...         file="seeds/x.yaml", line=12).render()
    'seeds/x.yaml:12: error [annotation-unresolved-anchor] no text matches ...'
"""

from __future__ import annotations

from dataclasses import dataclass, field

# Exit codes are part of the interface (DESIGN.md, "CLI").
EXIT_OK = 0
EXIT_INVALID = 1  # the data is invalid: validation failed, stale package, unreviewed rows
EXIT_USAGE = 2  # the input or the call is wrong: bad YAML, unreadable source, bad option

# One place that says which codes mean "the data is invalid" (exit 1); every other
# code is a problem with the input or the call (exit 2).
INVALID_CODES_PREFIXES = ("package-", "check-", "unreviewed-", "frictionless-", "stale-")


@dataclass(frozen=True)
class Problem:
    code: str
    message: str
    file: str | None = None
    line: int | None = None
    path: str | None = None  # key path in a YAML file, or resource/row/field in a package
    hint: str | None = None  # what to do about it

    @property
    def exit_code(self) -> int:
        return EXIT_INVALID if self.code.startswith(INVALID_CODES_PREFIXES) else EXIT_USAGE

    def where(self) -> str:
        loc = self.file or ""
        if self.line is not None:
            loc += f":{self.line}"
        return loc

    def render(self, severity: str = "error") -> str:
        head = f"{self.where()}: " if self.where() else ""
        at = f" (at {self.path})" if self.path else ""
        hint = f"\n  -> {self.hint}" if self.hint else ""
        return f"{head}{severity} [{self.code}] {self.message}{at}{hint}"

    def as_dict(self) -> dict:
        return {k: v for k, v in self.__dict__.items() if v is not None}


@dataclass
class GrassrootsError(Exception):
    """Carries one or more problems from deep in the library to the CLI."""

    problems: list[Problem] = field(default_factory=list)

    def __str__(self) -> str:  # pragma: no cover - for debugging only
        return "\n".join(p.render() for p in self.problems)

    @property
    def exit_code(self) -> int:
        return max((p.exit_code for p in self.problems), default=EXIT_USAGE)


def fail(code: str, message: str, **kw) -> GrassrootsError:
    return GrassrootsError([Problem(code, message, **kw)])
