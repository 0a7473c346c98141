"""The ASGI application: routes, the SPARQL endpoint's policy (read-only unless a token is
configured), CORS (off unless origins are named), and the worker pool's lifetime. ``serve``
runs it with uvicorn.

Routes:

- ``GET|POST /sparql``: SPARQL 1.1 Protocol (query; update only with ``allow_update`` and
  ``Authorization: Bearer TOKEN``); GET without a query gives the Service Description.
- ``GET /view``: the HTML views (``?focus=NAME``, ``?path=FROM,TO``, ``?dependents=NAME``,
  ``?exposure=NAME``).
- ``GET /api/lookup?name=``, ``/api/path?from=&to=&max_hops=``, ``/api/spof?name=``,
  ``/api/relations?subject=&predicate=&object=&status=``: the CLI's ``--json`` answers.
"""

from __future__ import annotations

import asyncio
import contextlib
import errno
import hmac
import json
import socket
from collections.abc import AsyncIterator, Sequence
from pathlib import Path

import pyoxigraph as ox
from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.middleware.trustedhost import TrustedHostMiddleware
from starlette.requests import Request
from starlette.responses import PlainTextResponse, Response
from starlette.routing import Route

from aikg.errors import AIKGError
from aikg.graph.storage.store import EmbeddedStore
from aikg.server.api import GraphApi
from aikg.server.cors import SparqlCors
from aikg.server.describe import DCTERMS, FORMATS, SD, service_description
from aikg.server.errors import EndpointError
from aikg.server.negotiation import FORMAT_PARAMS, GRAPH_FORMATS, negotiate
from aikg.server.pool import WorkerPool
from aikg.server.protocol import read_sparql_request
from aikg.server.worker import RDF_FORMATS, Answer, Job

LOOPBACK_NAMES = ("127.0.0.1", "localhost")
DEFAULT_MEMORY_MB = 2048.0  # per worker: far past any answer within --max-rows
SHUTDOWN_GRACE = 3  # seconds uvicorn lets open requests finish on SIGTERM before cancelling them

INDEX = """aikg: a sourced knowledge graph of AI-industry relationships

  /sparql                 SPARQL 1.1 endpoint (GET ?query=, POST); GET alone: service description
  /view                   the whole graph as HTML; ?focus=NAME, ?path=FROM,TO, ?dependents=NAME,
                          ?exposure=NAME
  /api/lookup?name=       an entity card (as `aikg lookup --json`)
  /api/path?from=&to=     dependency paths (as `aikg path --json`)
  /api/spof?name=         single points of failure (as `aikg spof --json`)
  /api/relations?subject=&predicate=&object=&status=   relations (as `aikg relations --json`)
"""


def create_app(
    store_path: Path | str,
    *,
    timeout: float = 30.0,
    max_rows: int = 10_000,
    allow_update: bool = False,
    token: str | None = None,
    workers: int = 2,
    allowed_hosts: Sequence[str] | None = None,
    cors_origins: Sequence[str] = (),
    max_memory_mb: float | None = DEFAULT_MEMORY_MB,
    max_queue: int = 64,
) -> Starlette:
    """The endpoint over the store at ``store_path``, opened read-only.

    ``timeout`` (seconds), ``max_rows`` and ``max_memory_mb`` (per worker process) bound each
    query and each API call (HTTP 503, 413 and 503 beyond them); ``allow_update`` with
    ``token`` accepts SPARQL Update from requests that carry ``Authorization: Bearer TOKEN``;
    ``workers`` is how many long requests run at once (one more worker keeps answering short
    ones); past ``max_queue`` waiting requests the answer is 503 with ``Retry-After``;
    ``allowed_hosts`` limits the Host header (against DNS rebinding when bound to loopback);
    ``cors_origins`` are the web origins allowed to read ``/sparql`` from a browser (none by
    default; see :mod:`aikg.server.cors`).
    Raises StoreError when there is no store at ``store_path``.
    """
    if allow_update and not token:
        raise AIKGError("allowing SPARQL Update needs a token (--token TOKEN)")
    if timeout <= 0 or max_rows < 1 or workers < 1 or max_queue < 1:
        raise AIKGError("timeout, max_rows, workers and max_queue must be positive")
    store_path = Path(store_path)
    # Fail now, with the store's own message, if there is none.
    EmbeddedStore(store_path, read_only=True).close()
    pool = WorkerPool(store_path, size=workers, timeout=timeout, memory_mb=max_memory_mb, max_queue=max_queue)

    async def run(request: Request, job: Job) -> Answer:
        """``job``'s answer; if the client leaves first, its worker is stopped."""
        work = asyncio.ensure_future(pool.run(job))
        gone = asyncio.ensure_future(_disconnected(request))
        try:
            await asyncio.wait({work, gone}, return_when=asyncio.FIRST_COMPLETED)
        finally:
            gone.cancel()
            if not work.done():
                work.cancel()
                await asyncio.gather(work, return_exceptions=True)
        if work.cancelled():
            raise EndpointError(499, "the client closed the connection; the query was stopped")
        return work.result()

    api = GraphApi(run)

    async def sparql(request: Request) -> Response:
        asked = await read_sparql_request(request)
        if asked is None:
            return _describe(request, allow_update=allow_update, timeout=timeout, max_rows=max_rows)
        if asked.kind == "update":
            _authorize_update(request, allow_update=allow_update, token=token)
        job = Job(
            kind=asked.kind,
            text=asked.text,
            accept=request.headers.get("accept"),
            format_values=asked.format_values,
            max_rows=max_rows,
        )
        answer = await run(request, job)
        headers = {**dict(answer.headers), **_VARY}
        return Response(answer.body, status_code=answer.status, media_type=answer.media_type, headers=headers)

    async def index(request: Request) -> Response:
        return PlainTextResponse(INDEX)

    @contextlib.asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncIterator[None]:
        pool.start()
        try:
            yield
        finally:
            pool.close()

    middleware = [Middleware(SparqlCors, origins=list(cors_origins))] if cors_origins else []
    if allowed_hosts:
        middleware.insert(0, Middleware(TrustedHostMiddleware, allowed_hosts=list(allowed_hosts)))
    return Starlette(
        routes=[
            Route("/", index, methods=["GET"]),
            Route("/sparql", sparql, methods=["GET", "POST"]),
            Route("/view", api.view, methods=["GET"]),
            Route("/api/lookup", api.lookup, methods=["GET"]),
            Route("/api/path", api.path, methods=["GET"]),
            Route("/api/spof", api.spof, methods=["GET"]),
            Route("/api/relations", api.relations, methods=["GET"]),
        ],
        middleware=middleware,
        exception_handlers={EndpointError: _error},  # type: ignore[dict-item]
        lifespan=lifespan,
    )


async def _disconnected(request: Request) -> None:
    """Return when the client hangs up (the request's body, if any, was read already)."""
    while True:
        message = await request.receive()
        if message["type"] == "http.disconnect":
            return


_VARY = {"Vary": "Accept"}


async def _error(request: Request, exc: EndpointError) -> Response:
    headers = {"Retry-After": exc.retry_after} if exc.retry_after else None
    if request.url.path.startswith("/api/"):
        body = json.dumps({"error": exc.message}, ensure_ascii=False) + "\n"
        return Response(body, status_code=exc.status, media_type="application/json", headers=headers)
    return PlainTextResponse(exc.message + "\n", status_code=exc.status, headers=headers)


def _authorize_update(request: Request, *, allow_update: bool, token: str | None) -> None:
    if not allow_update or not token:
        raise EndpointError(
            403,
            "this endpoint is read-only; start it with `aikg serve --allow-update --token TOKEN` "
            "to accept SPARQL Update",
        )
    scheme, _, credentials = request.headers.get("authorization", "").partition(" ")
    if scheme.lower() != "bearer" or not hmac.compare_digest(credentials.strip().encode(), token.encode()):
        raise EndpointError(403, "SPARQL Update needs the header `Authorization: Bearer TOKEN`")


def _describe(request: Request, *, allow_update: bool, timeout: float, max_rows: int) -> Response:
    params = request.query_params
    values = [v for key in FORMAT_PARAMS for v in params.getlist(key)]
    fmt = negotiate(request.headers.get("accept"), values, GRAPH_FORMATS) or GRAPH_FORMATS[0]
    endpoint = str(request.url.replace(query="", fragment=""))
    triples = service_description(endpoint, allow_update=allow_update, timeout=timeout, max_rows=max_rows)
    rdf = RDF_FORMATS[fmt.key]
    prefixes = {"sd": SD, "formats": FORMATS, "dcterms": DCTERMS}
    body = ox.serialize(triples, format=rdf, prefixes=prefixes if rdf is ox.RdfFormat.TURTLE else None)
    return Response(body or b"", media_type=fmt.media_type, headers=_VARY)


def serve(
    store_path: Path | str,
    *,
    host: str = "127.0.0.1",
    port: int = 7878,
    timeout: float = 30.0,
    max_rows: int = 10_000,
    allow_update: bool = False,
    token: str | None = None,
    cors_origins: Sequence[str] = (),
    max_memory_mb: float | None = DEFAULT_MEMORY_MB,
) -> None:
    """Run the endpoint with uvicorn until interrupted (SIGTERM or Ctrl+C: open requests get
    a few seconds, then are cancelled and their workers killed). Raises AIKGError when the port
    is taken."""
    import uvicorn

    check_port(host, port)  # a taken port is one clear line, not uvicorn's Errno 98 and exit 3
    loopback = host in LOOPBACK_NAMES
    app = create_app(
        store_path,
        timeout=timeout,
        max_rows=max_rows,
        allow_update=allow_update,
        token=token,
        allowed_hosts=[*LOOPBACK_NAMES, host] if loopback else None,
        cors_origins=cors_origins,
        max_memory_mb=max_memory_mb,
    )
    uvicorn.run(
        app,
        host=host,
        port=port,
        ws="none",
        lifespan="on",
        log_level="info",
        timeout_graceful_shutdown=SHUTDOWN_GRACE,
    )


def check_port(host: str, port: int) -> None:
    """Raise AIKGError naming the port and the fix when ``host``:``port`` cannot be listened on
    (bound and released here, just before uvicorn binds it)."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)  # as uvicorn does
    try:
        sock.bind((host, port))
    except OSError as e:
        sock.close()
        if e.errno == errno.EADDRINUSE:
            raise AIKGError(
                f"port {port} on {host} is already in use (another aikg serve, or another server); "
                "choose another with --port N, or --port 0 for any free one"
            ) from None
        raise AIKGError(
            f"cannot listen on {host}:{port}: {e.strerror or e}; check --host and --port"
        ) from None
    sock.close()
