"""aikg over HTTP: a SPARQL 1.1 Protocol endpoint, the HTML views and a small JSON API.

Safe by default: the store is opened read-only, SERVICE and LOAD are refused before anything
runs, every query runs in a worker process that is killed when it overruns ``timeout``, and
results stop at ``max_rows``. The modules, one job each:

- :mod:`aikg.server.app`: the ASGI app (``create_app``), its routes and policy; ``serve``;
- :mod:`aikg.server.protocol`: reading a query or update from a request;
- :mod:`aikg.server.negotiation`: choosing a result format from Accept / ``format``;
- :mod:`aikg.graph.storage.guard` (shared with the CLI): parsing SPARQL to refuse SERVICE and LOAD;
- :mod:`aikg.server.pool` and :mod:`aikg.server.worker`: running queries in killable processes;
- :mod:`aikg.server.snapshot`: a read-only store that follows a concurrent writer;
- :mod:`aikg.server.describe`: the Service Description;
- :mod:`aikg.server.api`: the JSON API and the HTML views.
"""

from __future__ import annotations

from aikg.server.app import create_app, serve

__all__ = ["create_app", "serve"]
