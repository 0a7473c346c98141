"""A store on any SPARQL 1.1 server (Virtuoso, Fuseki, GraphDB, Neptune), under the same contract
as the embedded store (:mod:`aikg.graph.storage.contract`): queries over the SPARQL 1.1 Protocol,
writes with SPARQL 1.1 Update, and a document graph loaded as N-Triples through the Graph Store
Protocol where the server has one.

Where it differs from the embedded store:

- ``replace_document`` loads a staging graph, then sends one update request that drops the old
  graph(s) and MOVEs the staging graph in. SPARQL 1.1 Update does not promise that one request
  is one transaction (whether Virtuoso makes it one is not verified here); a reader can see the
  staging graph while it is loaded, and a writer that dies between the two requests leaves a
  staging graph (``urn:aikg:staging:``) that the next writable open drops.
- The default graph is the server's union of graphs: on Virtuoso that includes its own system
  graphs (virtrdf#, owl#, ldp#), which aikg's queries never match. Counting and listing
  (``len``, ``named_graphs``, ``quads``) only cover aikg's graphs.
- Updates go to the query endpoint unless ``update_url`` names another (Fuseki keeps them at
  the dataset's ``/update``).
- One writer at a time: a writable open takes a lease held in the store itself, in the graph
  ``urn:aikg:lock`` (see :mod:`aikg.graph.storage.remote_lock`); a second writer waits for it.
"""

from __future__ import annotations

import base64
import hashlib
import json
import urllib.parse
import uuid
import weakref
from collections.abc import Callable, Generator, Iterable, Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pyoxigraph as ox

from aikg.errors import StoreError
from aikg.graph.storage.contract import SOURCE_PATH, STAGING, Bindings, ontology_quads
from aikg.graph.storage.facts import fact_updates, mentions_of, plan, split
from aikg.graph.storage.locations import is_remote
from aikg.graph.storage.remote_errors import server_error
from aikg.graph.storage.remote_facts import RemoteFactReads
from aikg.graph.storage.remote_lock import RemoteLock, hide_lock, hide_lock_triples
from aikg.graph.storage.remote_protocol import (
    bind,
    fixed_triple,
    prologue,
    split_grouped_order,
    term,
    with_prefixes,
)
from aikg.ontology.vocab import DOC, FACTS_IRI, ONTOLOGY_IRI

if TYPE_CHECKING:
    import httpx

    from aikg.graph.sparql import QueryResult

AIKG_GRAPHS = f'FILTER(STRSTARTS(STR(?g), "{DOC}") || ?g = <{FACTS_IRI}> || ?g = <{ONTOLOGY_IRI}>)'
JSON_RESULTS = "application/sparql-results+json"
N_TRIPLES = "application/n-triples"


class RemoteStore:
    """The :class:`~aikg.graph.storage.contract.Store` on the SPARQL server at ``location``
    (``sparql+http(s)://[user:pass@]host:port/path``).

    ``update_url`` is the endpoint that takes SPARQL updates where it is not the query endpoint
    (Fuseki's ``http://host:3030/ds/update``), with its own ``user:pass@`` or the store URL's.
    A writable open takes the store's write lock (see :mod:`aikg.graph.storage.remote_lock`),
    waiting up to ``lock_timeout`` seconds (None: as long as it takes) and telling ``on_wait``
    once if it has to wait; read-only opens take none."""

    def __init__(
        self,
        location: str,
        *,
        read_only: bool = False,
        timeout: float = 120.0,
        update_url: str | None = None,
        lock_timeout: float | None = None,
        on_wait: Callable[[str], None] | None = None,
    ) -> None:
        import httpx

        self.path: Path | None = None
        self._client: httpx.Client | None = None
        self._lock: RemoteLock | None = None
        if not is_remote(location):
            raise StoreError(f"{location!r} is not a SPARQL store URL: use sparql+http://host:port/path")
        self.url, auth = _endpoint(location, "a SPARQL store URL", "sparql+http://host:port/path")
        self.update_url, self._update_auth = self.url, auth
        if update_url is not None:
            self.update_url, own = _endpoint(update_url, "an update URL", "http://host:port/ds/update")
            self._update_auth = own or auth
        self.read_only = read_only
        self._client = httpx.Client(
            auth=auth, timeout=httpx.Timeout(timeout, connect=10.0), follow_redirects=True
        )
        self._graph_store: str | bool | None = False  # False: not yet known
        if not read_only:
            self._lock = RemoteLock(self.url, _weakly(self._select_rows), _weakly(self._send_update))
            try:
                self._lock.acquire(timeout=lock_timeout, on_wait=on_wait)
            except BaseException:
                self.close()
                raise
            self._drop_staging()  # a crashed writer's: no other writer is in flight now

    def __repr__(self) -> str:
        return f"RemoteStore({self.url!r})"

    def close(self) -> None:
        """Let the next writer in (a writable store), then close the HTTP connection pool."""
        if self._lock is not None:
            self._lock.release()
            self._lock = None
        if self._client is not None:
            self._client.close()
            self._client = None

    def __del__(self) -> None:
        self.close()

    # ------------------------------------------------------------------ HTTP

    def _post(self, url: str, *, accept: str = JSON_RESULTS, **kwargs: Any) -> httpx.Response:
        import httpx

        if self._client is None:
            raise StoreError(f"the SPARQL store at {self.url} is closed")
        if url != self.url and self._update_auth is not None:
            kwargs.setdefault("auth", self._update_auth)  # the update endpoint's (or graph store's)
        try:
            response = self._client.post(
                url, headers={"Accept": accept, **kwargs.pop("headers", {})}, **kwargs
            )
        except httpx.ConnectError as e:
            reason = "connection refused" if "refused" in str(e).lower() else str(e)
            if url == self.update_url != self.url:
                raise StoreError(
                    f"cannot reach the SPARQL update endpoint {url}: {reason}; is the server running, "
                    "and is --update-url right?"
                ) from e
            raise StoreError(
                f"cannot reach the SPARQL store at {self.url}: {reason}; is the server running?"
            ) from e
        except httpx.TimeoutException as e:
            raise StoreError(
                f"the SPARQL store at {self.url} did not answer in time ({type(e).__name__}); "
                "is it overloaded, or is the query too broad?"
            ) from e
        except httpx.HTTPError as e:
            raise StoreError(f"cannot talk to the SPARQL store at {self.url}: {e}") from e
        if self._graph_store is False:
            self._graph_store = _virtuoso_graph_store(self.update_url, response.headers.get("server", ""))
        updating = "update" in kwargs.get("data", {}) or url == self._graph_store
        if response.status_code in (401, 403):
            where = (
                f"the SPARQL update endpoint {url}" if url != self.url else f"the SPARQL store at {self.url}"
            )
            raise StoreError(
                f"{where} refused access (HTTP {response.status_code}): give a user "
                "allowed to read and update it in the URL, sparql+http://USER:PASSWORD@host:port/path"
            )
        if response.status_code >= 400:
            raise server_error(
                url,
                response.status_code,
                response.text,
                updating=updating,
                update_option=self.update_url != self.url,
            )
        if "x-sparql-maxrows" in response.headers:
            raise StoreError(
                f"the SPARQL store at {self.url} cut the result at {response.headers['x-sparql-maxrows']} "
                "rows; raise its limit (Virtuoso: ResultSetMaxRows in the [SPARQL] section of virtuoso.ini)"
            )
        return response

    def _update(self, sparql: str) -> None:
        self._writable()
        self._send_update(sparql)

    def _send_update(self, sparql: str) -> None:
        self._post(self.update_url, data={"update": with_prefixes(sparql)}, accept="*/*")

    def _select_rows(self, sparql: str) -> list[dict[str, Any]]:
        """The rows of ``sparql`` as the server sends them (the write lock reads its lease so)."""
        return self._run(sparql).rows

    def _select(self, sparql: str, bindings: Mapping[str, Any] | None = None) -> list[dict[str, Any]]:
        result = self.query(sparql, bindings)
        return result.rows

    # ------------------------------------------------------------------ reading

    def query(self, sparql: str, bindings: Bindings | None = None) -> QueryResult:
        """Run a SPARQL query over the union of all graphs; ``bindings`` are substituted as RDF
        terms. Rows hold pyoxigraph terms, as the embedded store's do."""

        sparql = bind(sparql, bindings)
        grouped = split_grouped_order(sparql)
        if grouped is not None:
            result = _ordered(self._run(grouped[0]), prologue(sparql), grouped[1])
        else:
            result = self._run(sparql)
        if result.rows:  # the write lock's lease is no part of the graph
            result.rows = hide_lock(result.rows)
        if result.triples:
            result.triples = hide_lock_triples(result.triples)
        return result

    def _run(self, sparql: str) -> QueryResult:
        from aikg.graph.sparql import QueryResult

        text = with_prefixes(sparql)
        if _is_graph_query(sparql):
            response = self._post(self.url, data={"query": text}, accept=N_TRIPLES)
            try:
                parsed = ox.parse(response.content, format=ox.RdfFormat.N_TRIPLES)
                return QueryResult(
                    triples=[fixed_triple(ox.Triple(q.subject, q.predicate, q.object)) for q in parsed]
                )
            except SyntaxError as e:
                raise StoreError(
                    f"the SPARQL store at {self.url} sent N-Triples aikg cannot read: {e}"
                ) from e
        response = self._post(self.url, data={"query": text})
        try:
            data = json.loads(response.content)
            if "boolean" in data:
                return QueryResult(boolean=bool(data["boolean"]))
            variables = list(data["head"].get("vars", []))
            rows = [
                {v: term(b[v]) if v in b else None for v in variables} for b in data["results"]["bindings"]
            ]
        except (ValueError, KeyError, TypeError) as e:
            raise StoreError(
                f"the SPARQL store at {self.url} sent results aikg cannot read "
                f"({type(e).__name__}: {e}); is {self.url} a SPARQL query endpoint?"
            ) from e
        return QueryResult(variables=variables, rows=rows)

    def stream(self, sparql: str, bindings: Bindings | None = None) -> QueryResult:
        """The whole result: the protocol sends it in one response anyway."""
        return self.query(sparql, bindings)

    def named_graphs(self) -> list[str]:
        """aikg's graphs on the server (documents and the ontology), sorted; not the server's own."""
        rows = self._select(f"SELECT DISTINCT ?g WHERE {{ GRAPH ?g {{ ?s ?p ?o }} {AIKG_GRAPHS} }}")
        return sorted(row["g"].value for row in rows)

    def __len__(self) -> int:
        rows = self._select(f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH ?g {{ ?s ?p ?o }} {AIKG_GRAPHS} }}")
        return int(rows[0]["n"].value)

    def version(self) -> str:
        """Changes whenever the content does: document graphs are named by their content's hash."""
        return hashlib.sha256("\n".join(self.named_graphs()).encode()).hexdigest()[:16]

    def quads(self, graph: str | None = None) -> list[ox.Quad]:
        """The quads of ``graph``, or of all aikg's graphs, read with one query."""
        if graph:
            rows = self._select(
                "SELECT ?s ?p ?o ?g WHERE { GRAPH ?g { ?s ?p ?o } }", {"g": ox.NamedNode(graph)}
            )
        else:
            rows = self._select(f"SELECT ?s ?p ?o ?g WHERE {{ GRAPH ?g {{ ?s ?p ?o }} {AIKG_GRAPHS} }}")
        return [ox.Quad(r["s"], r["p"], r["o"], r["g"]) for r in rows]

    def dump(self, fmt: ox.RdfFormat, *, graph: str | None = None) -> bytes:
        """The store (or one graph) as ``fmt``, serialised here from :meth:`quads`."""
        from aikg.ontology.vocab import PREFIXES

        quads = self.quads(graph)
        prefixes = PREFIXES if fmt in (ox.RdfFormat.TURTLE, ox.RdfFormat.TRIG) else None
        if fmt.supports_datasets:
            return ox.serialize(quads, format=fmt, prefixes=prefixes) or b""
        triples = list(dict.fromkeys(ox.Triple(q.subject, q.predicate, q.object) for q in quads))
        return ox.serialize(triples, format=fmt, prefixes=prefixes) or b""

    def values_of(self, predicate: str, *, subject_prefix: str = "") -> set[tuple[str, str]]:
        """Distinct (subject IRI, object value) pairs of ``predicate`` across all graphs."""
        rows = self._select(
            "SELECT DISTINCT ?s ?o WHERE { ?s ?p ?o FILTER(isIRI(?s) && STRSTARTS(STR(?s), ?prefix)) }",
            {"p": ox.NamedNode(predicate), "prefix": ox.Literal(subject_prefix)},
        )
        return {(r["s"].value, r["o"].value) for r in rows if not isinstance(r["o"], ox.Triple)}

    def objects(self, subject: str, predicate: str) -> set[str]:
        """Distinct values of ``predicate`` on ``subject`` across all graphs."""
        rows = self._select(
            "SELECT DISTINCT ?o WHERE { ?s ?p ?o }",
            {"s": ox.NamedNode(subject), "p": ox.NamedNode(predicate)},
        )
        return {r["o"].value for r in rows if not isinstance(r["o"], ox.Triple)}

    def subjects(self, predicate: str, value: str) -> set[str]:
        """IRIs of the subjects whose ``predicate`` is the plain string ``value``."""
        rows = self._select(
            "SELECT DISTINCT ?s WHERE { ?s ?p ?o FILTER(isIRI(?s)) }",
            {"p": ox.NamedNode(predicate), "o": ox.Literal(value)},
        )
        return {r["s"].value for r in rows}

    def subjects_of(self, predicate: str, obj: ox.NamedNode | ox.Literal) -> set[str]:
        """IRIs of the subjects with ``predicate`` ``obj``, across all graphs."""
        rows = self._select(
            "SELECT DISTINCT ?s WHERE { ?s ?p ?o FILTER(isIRI(?s)) }",
            {"p": ox.NamedNode(predicate), "o": obj},
        )
        return {r["s"].value for r in rows}

    def properties(self, subject: str) -> list[tuple[str, Any]]:
        """(predicate IRI, object term) of ``subject``, distinct across graphs."""
        rows = self._select("SELECT DISTINCT ?p ?o WHERE { ?s ?p ?o }", {"s": ox.NamedNode(subject)})
        return list(dict.fromkeys((r["p"].value, r["o"]) for r in rows))

    def predicates_between(self, subject: str, obj: str) -> set[str]:
        """IRIs of the predicates linking ``subject`` to ``obj``."""
        rows = self._select(
            "SELECT DISTINCT ?p WHERE { ?s ?p ?o }", {"s": ox.NamedNode(subject), "o": ox.NamedNode(obj)}
        )
        return {r["p"].value for r in rows}

    def _visible_quads(self, graph: ox.NamedNode | None, *pattern: Any) -> Iterable[ox.Quad]:
        s, p, o = pattern or (None, None, None)
        return [
            q
            for q in self.quads(graph.value if graph else None)
            if (s is None or q.subject == s)
            and (p is None or q.predicate == p)
            and (o is None or q.object == o)
        ]

    def graphs_from(self, source_path: str) -> list[str]:
        """The document graphs that an earlier ingest of ``source_path`` wrote."""
        rows = self._select(
            f"SELECT DISTINCT ?g WHERE {{ GRAPH ?g {{ ?d ?p ?path }} {AIKG_GRAPHS} }}",
            {"p": SOURCE_PATH, "path": ox.Literal(source_path)},
        )
        return sorted(row["g"].value for row in rows)

    # ------------------------------------------------------------------ writing

    def _writable(self) -> None:
        if self.read_only:
            raise StoreError(f"the SPARQL store at {self.url} is open read-only")
        if self._lock is not None:
            self._lock.check()

    def replace_document(self, source_path: str, graph: str, quads: Iterable[ox.Quad]) -> None:
        """Make ``graph`` hold exactly ``quads`` and drop what ``source_path`` held before: load
        a staging graph, then one update request drops the old graph(s) and moves it in."""
        self._replace([(source_path, graph, list(quads))])

    def holds(self, source_path: str, graph: str, nquads: bytes) -> bool:
        """Always False: comparing would cost requests per document; an unchanged file is
        rewritten with what it held."""
        return False

    def replace_documents(self, documents: Sequence[tuple[str, str, bytes]]) -> None:
        """Store many documents, each given as (source path, graph, N-Quads in that graph): each
        is loaded into a staging graph, then one update request swaps them all in."""
        if len({g for _, g, _ in documents}) < len(documents) or len({s for s, _, _ in documents}) < len(
            documents
        ):
            for source, graph, data in documents:  # rare: order decides, so keep it
                self.replace_document(source, graph, ox.parse(data, format=ox.RdfFormat.N_QUADS))
            return
        self._replace(
            [
                (source, graph, list(ox.parse(data, format=ox.RdfFormat.N_QUADS)))
                for source, graph, data in documents
            ]
        )

    def _replace(self, documents: list[tuple[str, str, list[ox.Quad]]]) -> None:
        """Load each document into a staging graph, then one update drops the old graphs, moves
        the staging graphs in and brings the facts graph up to date (quads given in the facts
        graph are the documents' contributions to it: see aikg.graph.storage.facts)."""
        self._writable()
        stagings: list[str] = []
        try:
            ops: list[str] = []
            removed: set[ox.NamedNode] = set()
            contributed: list[ox.Quad] = []
            mentioned: set[ox.NamedNode] = set()
            for source, graph, quads in documents:
                said, contributes = split(quads)
                contributed += contributes
                mentioned |= mentions_of(said)
                triples = [ox.Triple(q.subject, q.predicate, q.object) for q in said]
                staging = STAGING + uuid.uuid4().hex
                stagings.append(staging)
                self._load(staging, triples)
                old = [g for g in self.graphs_from(source) if g != graph]
                ops += [f"DROP SILENT GRAPH <{g}>" for g in old]
                target = ox.NamedNode(graph).value
                removed |= {ox.NamedNode(g) for g in [*old, target]}
                ops.append(
                    f"MOVE SILENT GRAPH <{staging}> TO <{target}>"
                    if triples
                    else f"DROP SILENT GRAPH <{target}>"
                )
            change = plan(RemoteFactReads(self._select), removed, contributed, mentioned)
            self._update(" ;\n".join(ops + fact_updates(change)))  # MOVE leaves no staging graph behind
        except BaseException:
            for staging in stagings:
                try:
                    self._update(f"DROP SILENT GRAPH <{staging}>")
                except StoreError:
                    break  # the server went away: the next writable open drops staging graphs
            raise

    def _load(self, graph: str, triples: list[ox.Triple]) -> None:
        """Put ``triples`` into ``graph``: one Graph Store Protocol POST of N-Triples where the
        server has one; otherwise one SPARQL update (one request, so blank nodes stay one node)."""
        body = ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES) or b""
        if not triples:
            return
        if self._graph_store is False:
            self.query("ASK {}")  # learn what server this is
        if isinstance(self._graph_store, str):
            self._post(
                self._graph_store,
                params={"graph": graph},
                content=body,
                headers={"Content-Type": N_TRIPLES},
                accept="*/*",
            )
            return
        # Virtuoso refuses blank nodes in INSERT DATA; a template takes them everywhere.
        self._update(f"INSERT {{ GRAPH <{graph}> {{\n{body.decode()}\n}} }} WHERE {{}}")

    def ensure_ontology(self) -> None:
        """Keep the ontology in its own graph, marked with the hash of the version loaded."""
        marker, quads = ontology_quads()
        graph, digest = ox.NamedNode(ONTOLOGY_IRI), ox.Literal(marker.object.value)  # type: ignore[union-attr]
        found = self.query(
            "ASK { GRAPH ?g { ?g ?p ?hash } }", {"g": graph, "p": marker.predicate, "hash": digest}
        )
        if not found.boolean:
            self.replace_document(ONTOLOGY_IRI, ONTOLOGY_IRI, [*quads, marker])

    def _drop_staging(self) -> None:
        rows = self._select(
            f'SELECT DISTINCT ?g WHERE {{ GRAPH ?g {{ ?s ?p ?o }} FILTER(STRSTARTS(STR(?g), "{STAGING}")) }}'
        )
        for row in rows:
            self._update(f"DROP SILENT GRAPH <{row['g'].value}>")

    def flush(self) -> None:
        """Every update is committed by the server when its request returns."""

    def bytes_on_disk(self) -> int:
        """The server keeps its own files."""
        return 0

    def compact(self) -> None:
        """The server compacts its own files."""


def _weakly(method: Callable[[str], Any]) -> Callable[[str], Any]:
    """``method`` of a store, held weakly: the store's lock calls back into the store, and must
    not keep it alive (freeing a store releases its lock)."""
    ref = weakref.WeakMethod(method)

    def call(sparql: str) -> Any:
        bound = ref()
        if bound is None:
            raise StoreError("the SPARQL store was closed")
        return bound(sparql)

    return call


def _endpoint(location: str, what: str, example: str) -> tuple[str, Any]:
    """The plain URL of the endpoint at ``location`` (``[sparql+]http(s)://[user:pass@]host...``)
    without its credentials, and the authentication they make (None without)."""
    parts = urllib.parse.urlsplit(location.removeprefix("sparql+"))
    if parts.scheme not in ("http", "https"):
        raise StoreError(f"{location!r} is not {what}: use {example}")
    if not parts.hostname:
        raise StoreError(f"{location!r} names no host: use {example}")
    try:
        port = parts.port
    except ValueError as e:
        raise StoreError(f"{location!r} is not {what}: its port is not a number ({e})") from e
    netloc = parts.hostname + (f":{port}" if port else "")
    url = urllib.parse.urlunsplit((parts.scheme, netloc, parts.path or "/", parts.query, ""))
    auth = None
    if parts.username is not None:
        user = urllib.parse.unquote(parts.username)
        auth = _DigestOrBasic(user, urllib.parse.unquote(parts.password or ""))
    return url, auth


def _ordered(result: QueryResult, prologue: str, order: str) -> QueryResult:
    """``result`` ordered (and cut) by ``order`` (``ORDER BY ... LIMIT ... OFFSET ...``),
    evaluated by pyoxigraph over the rows as a VALUES table, so the order is SPARQL's."""
    from aikg.graph.sparql import QueryResult

    if not result.variables or any(isinstance(t, ox.BlankNode) for row in result.rows for t in row.values()):
        return result  # nothing to order, or terms VALUES cannot hold: left in the server's order
    names = " ".join("?" + v for v in result.variables)
    table = " ".join(
        "(" + " ".join("UNDEF" if row[v] is None else str(row[v]) for v in result.variables) + ")"
        for row in result.rows
    )
    local = with_prefixes(f"{prologue}SELECT {names} WHERE {{ VALUES ({names}) {{ {table} }} }}\n{order}")
    solutions = ox.Store().query(local)
    assert isinstance(solutions, ox.QuerySolutions)
    rows = [{v: sol[v] for v in result.variables} for sol in solutions]
    return QueryResult(variables=result.variables, rows=rows)


def _is_graph_query(sparql: str) -> bool:
    from aikg.graph.storage.remote_protocol import query_form

    return query_form(sparql) in ("CONSTRUCT", "DESCRIBE")


def _virtuoso_graph_store(url: str, server: str) -> str | None:
    """Virtuoso's Graph Store Protocol endpoint beside its SPARQL endpoint (/sparql-graph-crud,
    /sparql-graph-crud-auth); other servers are written with SPARQL Update alone."""
    if "virtuoso" not in server.lower():
        return None
    for endpoint in ("/sparql-auth", "/sparql"):
        if urllib.parse.urlsplit(url).path.endswith(endpoint):
            base = url[: url.rindex(endpoint)]
            return base + endpoint.replace("sparql", "sparql-graph-crud")
    return None


class _DigestOrBasic:
    """HTTP authentication as the server asks for it: digest (Virtuoso's /sparql-auth) or basic
    (Fuseki, GraphDB). Built lazily so that importing this module does not import httpx."""

    def __new__(cls, user: str, password: str) -> Any:
        import httpx

        class Auth(httpx.Auth):
            def __init__(self) -> None:
                self._digest = httpx.DigestAuth(user, password)
                token = base64.b64encode(f"{user}:{password}".encode()).decode()
                self._basic = f"Basic {token}"

            def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
                flow = self._digest.auth_flow(request)
                response = yield next(flow)
                while True:
                    try:
                        response = yield flow.send(response)
                    except StopIteration:
                        break
                challenge = response.headers.get("www-authenticate", "").lower()
                if response.status_code == 401 and challenge.startswith("basic"):
                    request.headers["Authorization"] = self._basic
                    yield request

        return Auth()
