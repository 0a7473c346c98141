"""The JSON API and the HTML views: the CLI's answers over HTTP, from the same library calls.

``/api/lookup``, ``/api/path`` and ``/api/relations`` answer with exactly the JSON that
``aikg lookup --json``, ``aikg path --json`` and ``aikg relations --json`` print. ``/view``
answers with the HTML that ``aikg viz`` writes.
"""

from __future__ import annotations

import tempfile
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import HTMLResponse, Response

from aikg.errors import AIKGError, UnknownNameError, UnknownPredicateError
from aikg.kg import KnowledgeGraph
from aikg.server.errors import EndpointError
from aikg.server.snapshot import Follower

MAX_HOPS = 10


class GraphApi:
    """Handlers over a read-only KnowledgeGraph that follows writers to the store."""

    def __init__(self, store_path: Path) -> None:
        self._graph = Follower(store_path, lambda p: KnowledgeGraph(p, read_only=True))
        self._graph.get()  # fail now, with the store's own message, if there is no store
        # KnowledgeGraph caches per store version and is not meant for concurrent use.
        self._lock = threading.Lock()

    async def _call(self, work: Callable[[KnowledgeGraph], Any]) -> Any:
        def locked() -> Any:
            with self._lock:
                return work(self._graph.get())

        try:
            return await run_in_threadpool(locked)
        except (UnknownNameError, UnknownPredicateError) as e:
            raise EndpointError(404, str(e)) from e
        except AIKGError as e:
            raise EndpointError(400, str(e)) from e

    async def lookup(self, request: Request) -> Response:
        name = _required(request, "name")
        card = await self._call(lambda kg: kg.lookup(name))
        return _json(card.to_json())

    async def spof(self, request: Request) -> Response:
        name = _required(request, "name")
        found = await self._call(lambda kg: kg.single_points_of_failure(name))
        return _json([p.to_json() for p in found])

    async def path(self, request: Request) -> Response:
        source, target = _required(request, "from"), _required(request, "to")
        max_hops = _int(request, "max_hops", 4, 1, MAX_HOPS)
        found = await self._call(lambda kg: kg.paths(source, target, max_hops=max_hops))
        return _json([p.to_json() for p in found])

    async def relations(self, request: Request) -> Response:
        q = request.query_params
        found = await self._call(
            lambda kg: kg.relations(
                subject=q.get("subject") or None,
                predicate=q.get("predicate") or None,
                object=q.get("object") or None,
                status=q.get("status") or None,
            )
        )
        return _json([r.to_json() for r in found])

    async def view(self, request: Request) -> Response:
        """The whole graph, ``?focus=NAME[&depth=N]``, ``?path=FROM,TO``, ``?dependents=NAME`` or
        ``?exposure=NAME``."""
        q = request.query_params
        chosen = [k for k in ("focus", "path", "dependents", "exposure") if q.get(k)]
        if len(chosen) > 1:
            raise EndpointError(400, "choose one of focus, path, dependents and exposure")
        path: tuple[str, str] | None = None
        if q.get("path"):
            parts = [p.strip() for p in q["path"].split(",")]
            if len(parts) != 2 or not all(parts):
                raise EndpointError(400, "path takes two names: path=FROM,TO")
            path = (parts[0], parts[1])
        depth = _int(request, "depth", 1, 0, 6)
        max_hops = _int(request, "max_hops", 4, 1, MAX_HOPS)

        def render(kg: KnowledgeGraph) -> str:
            with tempfile.TemporaryDirectory(prefix="aikg-view-") as folder:
                written = kg.write_view(
                    Path(folder) / "view.html",
                    focus=q.get("focus") or None,
                    depth=depth,
                    path=path,
                    dependents=q.get("dependents") or None,
                    exposure=q.get("exposure") or None,
                    max_hops=max_hops,
                )
                return written.read_text(encoding="utf-8")

        return HTMLResponse(await self._call(render))


def _json(data: Any) -> Response:
    # The same text the CLI prints with --json.
    from aikg.render import json_text

    text = json_text(data) + "\n"
    return Response(text, media_type="application/json")


def _required(request: Request, key: str) -> str:
    value = request.query_params.get(key, "").strip()
    if not value:
        raise EndpointError(400, f"missing the parameter {key}")
    return value


def _int(request: Request, key: str, default: int, low: int, high: int) -> int:
    raw = request.query_params.get(key)
    if raw is None or raw == "":
        return default
    try:
        value = int(raw)
    except ValueError as e:
        raise EndpointError(400, f"{key} must be a whole number, not {raw!r}") from e
    if not low <= value <= high:
        raise EndpointError(400, f"{key} must be between {low} and {high}")
    return value
