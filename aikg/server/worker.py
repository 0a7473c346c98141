"""The code that runs in a query worker process: check, evaluate and serialize one request.

pyoxigraph cannot cancel a running query from Python, so every query runs here, in a process of
its own that the server kills when the query overruns its time or its client leaves (see
:mod:`aikg.server.pool`). Parsing for the SERVICE check happens here too, so a pathological
query text cannot stall the server either; so do the JSON API's and the views' library calls
(:mod:`aikg.server.calls`). The address space is capped (``RLIMIT_AS``), so a query that would
take all memory fails here, alone. The worker keeps the store open read-only and follows
writers (see :mod:`aikg.server.snapshot`); an update opens it for writing only for its own
duration.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable
from dataclasses import dataclass
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any

import pyoxigraph as ox

from aikg.errors import QueryError, StoreError
from aikg.graph.sparql import json_term
from aikg.graph.storage.contract import Store
from aikg.graph.storage.guard import UpdateNotQuery, check_query, check_update
from aikg.graph.storage.lock import StoreLock
from aikg.kg import KnowledgeGraph
from aikg.ontology.vocab import PREFIXES
from aikg.server.calls import Call, answer_call
from aikg.server.errors import EndpointError
from aikg.server.negotiation import GRAPH_FORMATS, RESULT_FORMATS, Format, accepted_list, negotiate
from aikg.server.snapshot import Follower

RESULTS_FORMATS = {
    "json": ox.QueryResultsFormat.JSON,
    "xml": ox.QueryResultsFormat.XML,
    "csv": ox.QueryResultsFormat.CSV,
    "tsv": ox.QueryResultsFormat.TSV,
}
RDF_FORMATS = {
    "turtle": ox.RdfFormat.TURTLE,
    "ntriples": ox.RdfFormat.N_TRIPLES,
    "jsonld": ox.RdfFormat.JSON_LD,
    "rdfxml": ox.RdfFormat.RDF_XML,
}


@dataclass(frozen=True)
class Job:
    """One request for a worker: a query (with what the client accepts), an update, or a call
    of the JSON API or the views."""

    kind: str  # "query", "update" or "call"
    text: str = ""
    accept: str | None = None
    format_values: tuple[str, ...] = ()
    max_rows: int = 10_000
    call: Call | None = None


@dataclass(frozen=True)
class Answer:
    """What the worker sends back: an HTTP status, a media type, the body and extra headers."""

    status: int
    media_type: str
    body: bytes
    headers: tuple[tuple[str, str], ...] = ()


OUT_OF_MEMORY = "the query used too much memory (more than this endpoint's --max-memory) and was stopped"


def main(conn: Connection, store_path: str, memory_bytes: int | None = None) -> None:
    """The worker's loop: answer jobs from ``conn`` until the server closes it. With
    ``memory_bytes``, the process's address space is capped there (past it an allocation fails:
    Python raises MemoryError, pyoxigraph's Rust code aborts the process; either way the server
    answers 503 and starts a fresh worker)."""
    import signal

    # Ctrl+C in a terminal reaches the whole process group; the server stops its workers itself.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    import rdflib.plugins.sparql.parser  # noqa: F401  (imported before the first job, not during it)

    if memory_bytes is not None:
        import resource

        resource.setrlimit(resource.RLIMIT_AS, (memory_bytes, memory_bytes))
    # A Rust allocation past the cap aborts the process with a message and a backtrace on
    # stderr: the server reports it in its own words (and logs it), so the raw text goes nowhere.
    os.dup2(os.open(os.devnull, os.O_WRONLY), 2)
    graph = Follower(Path(store_path), lambda p: KnowledgeGraph(p, read_only=True))
    conn.send("ready")
    while True:
        try:
            job = conn.recv()
        except (EOFError, OSError):
            return
        try:
            answer = run_job(job, graph)
        except MemoryError:
            # The big allocations are freed by now; the heap may be fragmented past use, so
            # this worker answers and ends, and the server starts a fresh one.
            conn.send(_text(503, OUT_OF_MEMORY))
            return
        conn.send(answer)


def run_job(job: Job, graph: Follower[KnowledgeGraph]) -> Answer:
    """The answer to ``job``: a serialized result, or an error status with a plain-text message."""
    try:
        if job.kind == "update":
            return _update(job, graph.path)
        if job.kind == "call" and job.call is not None:
            result = answer_call(job.call, graph.get())
            return Answer(200, result.media_type, result.body, result.headers)
        return _query(job, graph.get().store)
    except EndpointError as e:
        return _text(e.status, e.message)
    except QueryError as e:
        return _text(400, str(e))
    except StoreError as e:
        return _text(503, str(e))
    except MemoryError:
        raise
    except Exception as e:  # the query evaluated but failed: report it, keep the worker
        return _text(500, f"query failed: {type(e).__name__}: {e}")


def _text(status: int, message: str) -> Answer:
    return Answer(status, "text/plain", (message + "\n").encode())


def _query(job: Job, store: Store) -> Answer:
    try:
        form = check_query(job.text)
    except UpdateNotQuery as e:
        raise EndpointError(
            400, f"{e}: send it with POST as update=... or as application/sparql-update"
        ) from e
    offered = RESULT_FORMATS if form in ("SELECT", "ASK") else GRAPH_FORMATS
    fmt = negotiate(job.accept, job.format_values, offered)
    if fmt is None:
        raise EndpointError(
            406,
            f"cannot answer a {form} query as {job.accept}; this endpoint offers {accepted_list(offered)}",
        )
    result = store.stream(job.text)
    return Answer(200, fmt.media_type, serialize(result, fmt, max_rows=job.max_rows))


def serialize(result: Any, fmt: Format, *, max_rows: int) -> bytes:
    """``result`` in ``fmt``; raises EndpointError(413) past ``max_rows`` rows or triples."""
    if isinstance(result, ox.QueryBoolean):
        return result.serialize(format=RESULTS_FORMATS[fmt.key]) or b""
    if isinstance(result, ox.QuerySolutions):
        variables = [v.value for v in result.variables]
        rows = _at_most(result, max_rows, "rows")
        data = {
            "head": {"vars": variables},
            "results": {
                "bindings": [{v: json_term(row[v]) for v in variables if row[v] is not None} for row in rows]
            },
        }
        # pyoxigraph's own serializers write XML, CSV and TSV to the letter of the specs.
        solutions = ox.parse_query_results(json.dumps(data).encode(), format=ox.QueryResultsFormat.JSON)
        return solutions.serialize(format=RESULTS_FORMATS[fmt.key]) or b""
    triples = _at_most(result, max_rows, "triples")
    rdf = RDF_FORMATS[fmt.key]
    prefixes = PREFIXES if rdf in (ox.RdfFormat.TURTLE, ox.RdfFormat.RDF_XML) else None
    return ox.serialize(triples, format=rdf, prefixes=prefixes) or b""


def _at_most(items: Iterable[Any], limit: int, what: str) -> list[Any]:
    out: list[Any] = []
    for item in items:
        if len(out) == limit:
            raise EndpointError(
                413,
                f"the result has more than {limit:,} {what}, this endpoint's limit (--max-rows); "
                "add a LIMIT or narrow the query",
            )
        out.append(item)
    return out


def _update(job: Job, path: Path) -> Answer:
    check_update(job.text)
    lock = StoreLock(path)  # the writers' lock (aikg.graph.storage.lock): never wait, an ingest may be long
    try:
        lock.acquire(timeout=0)
        store = ox.Store(str(path))
    except Exception as e:
        lock.release()
        raise EndpointError(
            503, f"the store is busy: another process (an `aikg ingest`?) is writing it; try again ({e})"
        ) from e
    try:
        store.update(job.text, prefixes=PREFIXES)
        store.flush()
    except SyntaxError as e:
        raise EndpointError(400, f"malformed SPARQL update: {e}") from e
    finally:
        del store  # releases RocksDB's lock, then ours, for the next writer
        lock.release()
    return _text(200, "update applied")
