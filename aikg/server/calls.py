"""The JSON API's and the views' work, done in a query worker (see :mod:`aikg.server.worker`).

Why in a worker and not in a server thread: a library call cannot be stopped from outside, and
one on a hostile graph (every pair of 16 entities a customer of the other) once ran for minutes
under the server's lock, passed 2.9 GB, and kept SIGTERM from stopping the server. In a worker
it has the endpoint's time limit and memory cap, and the server process stays free.

The server checks the parameters and sends a :class:`Call`; the answer is the body the CLI's
``--json`` prints (or the HTML ``aikg viz`` writes).
"""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from aikg.errors import AIKGError, UnknownNameError, UnknownPredicateError
from aikg.kg import KnowledgeGraph
from aikg.server.errors import EndpointError


@dataclass(frozen=True)
class Call:
    """One JSON API or view request: ``name`` is lookup, path, relations, spof or view."""

    name: str
    args: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class CallResult:
    """A call's body, its media type, and extra response headers (what a path search left out)."""

    body: bytes
    media_type: str
    headers: tuple[tuple[str, str], ...] = ()


PATHS_NOTE = "Aikg-Paths-Note"  # the header saying how many paths were left out


def answer_call(call: Call, kg: KnowledgeGraph) -> CallResult:
    """Run ``call`` over ``kg``; raises EndpointError (404 for an unknown name or predicate,
    400 for another refusal)."""
    try:
        return _CALLS[call.name](kg, **call.args)
    except (UnknownNameError, UnknownPredicateError) as e:
        raise EndpointError(404, str(e)) from e
    except AIKGError as e:
        raise EndpointError(400, str(e)) from e


def _json(data: Any, headers: tuple[tuple[str, str], ...] = ()) -> CallResult:
    from aikg.render import json_text  # the same text the CLI prints with --json

    return CallResult((json_text(data) + "\n").encode(), "application/json", headers)


def _lookup(kg: KnowledgeGraph, *, name: str) -> CallResult:
    return _json(kg.lookup(name).to_json())


def _path(kg: KnowledgeGraph, *, source: str, target: str, max_hops: int, max_paths: int) -> CallResult:
    found = kg.paths(source, target, max_hops=max_hops, max_paths=max_paths)
    note = found.note()
    return _json([p.to_json() for p in found], ((PATHS_NOTE, note),) if note else ())


def _spof(kg: KnowledgeGraph, *, name: str) -> CallResult:
    return _json([s.to_json() for s in kg.single_points_of_failure(name)])


def _relations(kg: KnowledgeGraph, **filters: str | None) -> CallResult:
    return _json([r.to_json() for r in kg.relations(**filters)])  # type: ignore[arg-type]


def _view(kg: KnowledgeGraph, **options: Any) -> CallResult:
    with tempfile.TemporaryDirectory(prefix="aikg-view-") as folder:
        written = kg.write_view(Path(folder) / "view.html", **options)
        return CallResult(written.read_bytes(), "text/html; charset=utf-8")


_CALLS: dict[str, Callable[..., CallResult]] = {
    "lookup": _lookup,
    "path": _path,
    "relations": _relations,
    "spof": _spof,
    "view": _view,
}
