"""The exceptions aikg raises.

AIKGError                 base: every error the tool reports to a user
├── InputError            a document or fact file cannot be read (names the file, and line)
├── UnknownNameError      a name resolves to no entity (carries the closest known names)
├── UnknownPredicateError a predicate is not in the ontology (carries the closest ones)
├── StoreError            the store cannot be opened or written
└── QueryError            a SPARQL query is malformed or refused
    └── QueryTimeoutError a query ran past its time limit
"""

from __future__ import annotations

from collections.abc import Sequence


class AIKGError(Exception):
    """Base class of every error aikg reports to a user."""


class InputError(AIKGError):
    """A file cannot be loaded; the message names the file and, where known, the line."""

    def __init__(self, path: str, problem: str, *, line: int | None = None) -> None:
        self.path = path
        self.problem = problem
        self.line = line
        where = f"{path}:{line}" if line is not None else path
        super().__init__(f"{where}: {problem}")


def _did_you_mean(suggestions: Sequence[str]) -> str:
    if not suggestions:
        return ""
    return " (did you mean: " + ", ".join(suggestions) + "?)"


class UnknownNameError(AIKGError):
    """A name matches no entity label, alias or id."""

    def __init__(self, name: str, suggestions: Sequence[str] = ()) -> None:
        self.name = name
        self.suggestions = list(suggestions)
        super().__init__(f"unknown entity {name!r}{_did_you_mean(self.suggestions)}")


class UnknownPredicateError(AIKGError):
    """A predicate is not one of the ontology's relation predicates."""

    def __init__(self, name: str, suggestions: Sequence[str] = ()) -> None:
        self.name = name
        self.suggestions = list(suggestions)
        super().__init__(f"unknown predicate {name!r}{_did_you_mean(self.suggestions)}")


class StoreError(AIKGError):
    """The store cannot be opened, read or written."""


class QueryError(AIKGError):
    """A SPARQL query is malformed or not allowed."""


class QueryTimeoutError(QueryError):
    """A query ran longer than its time limit (``seconds``)."""

    def __init__(self, seconds: float) -> None:
        self.seconds = seconds
        super().__init__(
            f"the query ran longer than {seconds:g} s, the limit (--timeout), and was stopped; "
            "narrow it or add a LIMIT, or allow it more time with --timeout SECONDS"
        )
