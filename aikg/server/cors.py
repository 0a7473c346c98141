"""CORS for ``/sparql`` only, and only for the origins the operator names (``--cors ORIGIN``).

Why not ``*``: a server on loopback is reachable from every page the user's browser opens, so
``Access-Control-Allow-Origin: *`` would let any web site read the whole store. Without CORS a
browser keeps other origins from reading the answers; a SPARQL web client (YASGUI) on a named
origin is allowed in explicitly. The JSON API and views never answer other origins.
"""

from __future__ import annotations

from collections.abc import Sequence

from starlette.middleware.cors import CORSMiddleware
from starlette.types import ASGIApp, Receive, Scope, Send

CORS_PATH = "/sparql"


class SparqlCors:
    """ASGI middleware: Starlette's CORSMiddleware for ``/sparql``, nothing for other paths."""

    def __init__(self, app: ASGIApp, origins: Sequence[str]) -> None:
        self.app = app
        self.cors = CORSMiddleware(
            app,
            allow_origins=list(origins),
            allow_methods=["GET", "POST", "HEAD", "OPTIONS"],
            allow_headers=["Accept", "Content-Type", "Authorization"],
            max_age=600,
        )

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http" and scope["path"] == CORS_PATH:
            await self.cors(scope, receive, send)
        else:
            await self.app(scope, receive, send)
