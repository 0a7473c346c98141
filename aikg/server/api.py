"""The JSON API and the HTML views: the CLI's answers over HTTP, from the same library calls.

``/api/lookup``, ``/api/path`` and ``/api/relations`` answer with exactly the JSON that
``aikg lookup --json``, ``aikg path --json`` and ``aikg relations --json`` print. ``/view``
answers with the HTML that ``aikg viz`` writes. Parameters are checked here; the work runs in
a query worker (see :mod:`aikg.server.calls`), under the endpoint's time limit and memory cap.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any

from starlette.requests import Request
from starlette.responses import Response

from aikg.server.calls import Call
from aikg.server.errors import EndpointError
from aikg.server.worker import Answer, Job

MAX_HOPS = 10
MAX_PATHS = 1000

Runner = Callable[[Request, Job], Awaitable[Answer]]


class GraphApi:
    """Handlers that check a request's parameters and hand the call to ``run``."""

    def __init__(self, run: Runner) -> None:
        self._run = run

    async def _call(self, request: Request, call: str, /, **args: Any) -> Response:
        answer = await self._run(request, Job(kind="call", call=Call(call, args)))
        if answer.status != 200:
            raise EndpointError(answer.status, answer.body.decode().rstrip("\n"))
        return Response(answer.body, media_type=answer.media_type, headers=dict(answer.headers))

    async def lookup(self, request: Request) -> Response:
        """``/api/lookup?name=NAME``: the entity card, as ``aikg lookup --json``."""
        return await self._call(request, "lookup", name=_required(request, "name"))

    async def spof(self, request: Request) -> Response:
        """``/api/spof?name=NAME``: the single points of failure, as ``aikg spof --json``."""
        name = _required(request, "name")
        return await self._call(request, "spof", name=name)

    async def path(self, request: Request) -> Response:
        """Paths shortest first; past ``max_paths`` (or the search's budget) the header
        ``Aikg-Paths-Note`` says how many were left out."""
        return await self._call(
            request,
            "path",
            source=_required(request, "from"),
            target=_required(request, "to"),
            max_hops=_int(request, "max_hops", 4, 1, MAX_HOPS),
            max_paths=_int(request, "max_paths", 100, 1, MAX_PATHS),
        )

    async def relations(self, request: Request) -> Response:
        """``/api/relations?subject=&predicate=&object=&status=``: as ``aikg relations --json``."""
        q = request.query_params
        filters = {k: q.get(k) or None for k in ("subject", "predicate", "object", "status")}
        return await self._call(request, "relations", **filters)

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
        return await self._call(
            request,
            "view",
            focus=q.get("focus") or None,
            depth=_int(request, "depth", 1, 0, 6),
            path=path,
            dependents=q.get("dependents") or None,
            exposure=q.get("exposure") or None,
            max_hops=_int(request, "max_hops", 4, 1, MAX_HOPS),
        )


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
