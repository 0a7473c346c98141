"""The store on a SPARQL 1.1 server (aikg.graph.storage.remote), checked against a real Virtuoso on
127.0.0.1 (started by the ``virtuoso`` fixture) and against the embedded store: the same corpus
in both must give the same answers and the same quads per document graph. What every store
does is tested once, against both, in tests/test_store_contract.py.

Virtuoso 7.2 quirks met here (RemoteStore puts back what it can; the comparison allows the rest):
- numeric literals come back in another lexical form ("1.0E0"^^xsd:double as "1.0", "1.50" as
  "1.5"): same value, so the quad comparison compares numbers by value;
- language tags come back lower-cased ("en-GB" as "en-gb"): compared case-insensitively;
- blank nodes come back renamed ("nodeID://b10003"): graphs are compared by isomorphism;
- xsd:boolean comes back as "1"/"0" and xsd:duration as a number of months or seconds:
  RemoteStore turns them back into "true"/"false" and "P1M"/"P7D" (test_virtuoso_literal_forms).
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pyoxigraph as ox
import pytest
from click.testing import CliRunner
from helpers import EXAMPLES
from virtuoso_server import Virtuoso, free_port

from aikg import KnowledgeGraph
from aikg.cli import cli
from aikg.errors import StoreError
from aikg.graph.storage.contract import Store
from aikg.graph.storage.remote import RemoteStore
from aikg.graph.storage.remote_protocol import bind, literal, term
from aikg.graph.storage.store import EmbeddedStore
from aikg.graph.storage.stores import open_store
from aikg.ontology.vocab import XSD

NUMERIC = {XSD + t for t in ("decimal", "double", "float", "integer")}

# ---------------------------------------------------------------------- without a server


@pytest.mark.parametrize("backend", [EmbeddedStore, RemoteStore], ids=["embedded", "remote"])
def test_each_back_end_implements_the_whole_contract(backend: type) -> None:
    """Each back end defines every method of the Store protocol itself: neither inherits the
    other's storage code (mypy checks the signatures where open_store returns them)."""
    methods = {n for n, v in vars(Store).items() if callable(v) and (n == "__len__" or not n.startswith("_"))}
    assert "replace_documents" in methods
    assert sorted(m for m in methods if m not in vars(backend)) == []
    assert backend.__mro__[1:] == (object,)


def test_open_store_picks_the_store_by_location(tmp_path: Path) -> None:
    assert type(open_store(tmp_path / "kg")).__name__ == "EmbeddedStore"
    remote = open_store(f"sparql+http://127.0.0.1:{free_port()}/sparql", read_only=True)
    assert isinstance(remote, RemoteStore)
    assert remote.url.startswith("http://127.0.0.1:")


def test_credentials_stay_out_of_the_url_in_messages() -> None:
    store = RemoteStore("sparql+https://alice:s3cret@example.org:8443/sparql-auth", read_only=True)
    assert store.url == "https://example.org:8443/sparql-auth"
    with pytest.raises(StoreError, match="open read-only"):
        store.replace_document("x", "https://w3id.org/aikg/document/x", [])


def test_bindings_are_terms_in_the_where_pattern_and_a_values_row() -> None:
    query = (
        'SELECT ?e ?d (MIN(?n) AS ?label) WHERE { ?e aikg:dependsOn+ ?d . # ?e\n FILTER(?d != "?e") }\n'
        "GROUP BY ?e ?d"
    )
    bound = bind(query, {"e": ox.NamedNode("https://w3id.org/aikg/entity/x"), "n": ox.Literal('a "b"\n')})
    assert bound == (
        "SELECT ?e ?d (MIN(?n) AS ?label) WHERE {"
        ' VALUES (?e ?n) { (<https://w3id.org/aikg/entity/x> "a \\"b\\"\\n") }'
        ' <https://w3id.org/aikg/entity/x> aikg:dependsOn+ ?d . # ?e\n FILTER(?d != "?e") }\nGROUP BY ?e ?d'
    )


def test_construct_template_is_not_taken_for_the_pattern() -> None:
    bound = bind("CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }", {"s": ox.NamedNode("urn:x")})
    assert bound == "CONSTRUCT { ?s ?p ?o } WHERE { VALUES (?s) { (<urn:x>) } <urn:x> ?p ?o }"


@pytest.mark.parametrize(
    ("value", "datatype", "expected"),
    [
        ("1", "boolean", "true"),
        ("0", "boolean", "false"),
        ("1", "duration", "P1M"),
        ("3", "duration", "P3M"),
        ("12", "duration", "P1Y"),
        ("86400.0", "duration", "P1D"),
        ("604800.0", "duration", "P7D"),
        ("P1M", "duration", "P1M"),
    ],
    ids=["true", "false", "month", "quarter", "year", "day", "week", "already-iso"],
)
def test_virtuoso_literal_forms(value: str, datatype: str, expected: str) -> None:
    assert literal(value, datatype=XSD + datatype) == ox.Literal(
        expected, datatype=ox.NamedNode(XSD + datatype)
    )


def test_sparql_json_terms() -> None:
    assert term({"type": "bnode", "value": "nodeID://b10003"}) == ox.BlankNode("b10003")
    assert term({"type": "typed-literal", "datatype": XSD + "integer", "value": "3"}) == ox.Literal(
        "3", datatype=ox.NamedNode(XSD + "integer")
    )
    assert term({"type": "literal", "value": "x", "xml:lang": "en-gb"}) == ox.Literal("x", language="en-gb")


def test_unreachable_server_is_a_clear_error() -> None:
    port = free_port()  # nothing listens there
    with pytest.raises(StoreError) as e:
        KnowledgeGraph(f"sparql+http://127.0.0.1:{port}/sparql").entities()
    assert str(e.value) == (
        f"cannot reach the SPARQL store at http://127.0.0.1:{port}/sparql: connection refused; "
        "is the server running?"
    )
    result = CliRunner().invoke(cli, ["--store", f"sparql+http://127.0.0.1:{port}/sparql", "entities"])
    assert result.exit_code == 1
    assert result.output == (
        f"Error: cannot reach the SPARQL store at http://127.0.0.1:{port}/sparql: connection refused; "
        "is the server running?\n"
    )


@pytest.fixture
def basic_auth_server() -> Iterator[int]:
    """A stand-in SPARQL endpoint on 127.0.0.1 that wants HTTP basic auth as alice:s3cret (as
    Fuseki and GraphDB do) and answers every query with ``true``."""
    import base64
    from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

    expected = "Basic " + base64.b64encode(b"alice:s3cret").decode()

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            self.rfile.read(int(self.headers.get("Content-Length", 0)))
            if self.headers.get("Authorization") != expected:
                self.send_response(401)
                self.send_header("WWW-Authenticate", 'Basic realm="sparql"')
                self.send_header("Content-Length", "0")
                self.end_headers()
                return
            body = b'{"head": {}, "boolean": true}'
            self.send_response(200)
            self.send_header("Content-Type", "application/sparql-results+json")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args: Any) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield server.server_address[1]
    server.shutdown()
    server.server_close()
    thread.join()


def test_basic_auth_when_the_server_asks_for_it(basic_auth_server: int) -> None:
    port = basic_auth_server
    store = RemoteStore(f"sparql+http://alice:s3cret@127.0.0.1:{port}/sparql", read_only=True)
    assert store.query("ASK {}").boolean is True
    wrong = RemoteStore(f"sparql+http://alice:nope@127.0.0.1:{port}/sparql", read_only=True)
    with pytest.raises(StoreError) as e:
        wrong.query("ASK {}")
    assert str(e.value) == (
        f"the SPARQL store at http://127.0.0.1:{port}/sparql refused access (HTTP 401): give a user "
        "allowed to read and update it in the URL, sparql+http://USER:PASSWORD@host:port/path"
    )
    store.close()
    wrong.close()


# ---------------------------------------------------------------------- against Virtuoso


@pytest.fixture(scope="module")
def both(virtuoso: Virtuoso) -> Iterator[tuple[KnowledgeGraph, KnowledgeGraph]]:
    """The example corpus ingested into Virtuoso and into an in-memory store."""
    remote, local = KnowledgeGraph(virtuoso.store_url), KnowledgeGraph()
    report = remote.ingest([EXAMPLES], workers=1)
    assert report.ok, report.failed
    assert local.ingest([EXAMPLES], workers=1).ok
    yield remote, local
    remote.close()


def _without_point_in_time(data: Any) -> Any:
    """A statement with two pointInTime values shows whichever row records.py read last, and the
    two stores return rows in different orders; the values themselves are compared as quads."""
    if isinstance(data, dict):
        return {k: _without_point_in_time(v) for k, v in data.items() if k != "point_in_time"}
    if isinstance(data, list):
        return [_without_point_in_time(v) for v in data]
    return data


def test_same_relations_entities_and_lookups(both: tuple[KnowledgeGraph, KnowledgeGraph]) -> None:
    remote, local = both
    assert len(local.relations()) > 50
    assert _without_point_in_time([r.to_json() for r in remote.relations()]) == _without_point_in_time(
        [r.to_json() for r in local.relations()]
    )
    assert [e.to_json() for e in remote.entities()] == [e.to_json() for e in local.entities()]
    for name in ("TikTok", "OpenAI", "Microsoft"):
        assert _without_point_in_time(remote.lookup(name).to_json()) == _without_point_in_time(
            local.lookup(name).to_json()
        )


def test_same_paths_and_dependencies(both: tuple[KnowledgeGraph, KnowledgeGraph]) -> None:
    remote, local = both
    local_paths = [p.to_json() for p in local.paths("TikTok", "OpenAI")]
    assert local_paths
    assert [p.to_json() for p in remote.paths("TikTok", "OpenAI")] == local_paths
    assert [r.to_json() for r in remote.dependencies("TikTok")] == [
        r.to_json() for r in local.dependencies("TikTok")
    ]


def test_same_analyst_questions_now_and_as_of_a_date(both: tuple[KnowledgeGraph, KnowledgeGraph]) -> None:
    # The questions read through the store's indexes (batched joins, MINUS, a dated cut-off
    # bound into a FILTER): the server must answer them as the embedded store does.
    remote, local = both
    pairs = [(remote, local), (remote.at("2024-06-01"), local.at("2024-06-01"))]
    for r, near in pairs:
        for name in ("Nvidia", "Microsoft", "OpenAI"):
            assert _without_point_in_time([e.to_json() for e in r.exposure(name)]) == _without_point_in_time(
                [e.to_json() for e in near.exposure(name)]
            )
            assert [p.to_json() for p in r.single_points_of_failure("TikTok")] == [
                p.to_json() for p in near.single_points_of_failure("TikTok")
            ]
            assert _without_point_in_time([t.to_json() for t in r.timeline(name)]) == _without_point_in_time(
                [t.to_json() for t in near.timeline(name)]
            )
        assert [c.to_json() for c in r.conflicts()] == [c.to_json() for c in near.conflicts()]
    remote_diff = remote.diff(remote.at("2024-06-01"))
    assert _without_point_in_time([c.to_json() for c in remote_diff]) == _without_point_in_time(
        [c.to_json() for c in local.diff(local.at("2024-06-01"))]
    )


def test_same_named_query_answers(both: tuple[KnowledgeGraph, KnowledgeGraph]) -> None:
    """Includes a transitive path from a bound entity, grouped and ordered by an aggregate (two
    things Virtuoso only takes in the shape RemoteStore rewrites them to)."""
    remote, local = both
    for name, params in [
        ("dependencies", {"entity": "TikTok"}),
        ("dependents", {"entity": "OpenAI"}),
        ("claims-by-status", {"status": "alleged"}),
        ("investments", {}),
        ("corroborated", {}),
    ]:
        want = local.named_query(name, **params)
        got = remote.named_query(name, **params)
        assert (got.variables, _not_itself(got.rows)) == (want.variables, _not_itself(want.rows)), name
        assert want.rows, name


def _not_itself(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Rows without an entity reaching itself: in a dependency cycle SPARQL's ``dependsOn+``
    reaches its start again, and Oxigraph lists it as the spec says; Virtuoso's transitive
    evaluation never returns the start (a FILTER that drops it makes Virtuoso return nothing)."""
    return [r for r in rows if len({r.get("entity"), r.get("dependent"), r.get("dependency")} - {None}) > 1]


def _normalised(quads: list[ox.Quad]) -> Any:
    """An rdflib graph of ``quads`` with numbers in one lexical form and language tags in lower
    case (see the module docstring), for an isomorphism check that is fair to Virtuoso."""
    import rdflib

    def node(t: Any) -> Any:
        if isinstance(t, ox.NamedNode):
            return rdflib.URIRef(t.value)
        if isinstance(t, ox.BlankNode):
            return rdflib.BNode(t.value)
        if t.language:
            return rdflib.Literal(t.value, lang=t.language.lower())
        if t.datatype.value in NUMERIC:
            return rdflib.Literal(repr(float(t.value)), datatype=rdflib.URIRef(XSD + "double"))
        return rdflib.Literal(t.value, datatype=rdflib.URIRef(t.datatype.value))

    g = rdflib.Graph()
    for q in quads:
        g.add((node(q.subject), node(q.predicate), node(q.object)))
    return g


def test_same_quads_in_every_document_graph(both: tuple[KnowledgeGraph, KnowledgeGraph]) -> None:
    from rdflib.compare import isomorphic

    remote, local = both
    graphs = local.store.named_graphs()
    assert remote.store.named_graphs() == graphs
    assert len(remote.store) == len(local.store)
    for graph in graphs:
        assert isomorphic(_normalised(remote.store.quads(graph)), _normalised(local.store.quads(graph))), (
            graph
        )


def test_cli_query_and_named_query(virtuoso: Virtuoso, both: tuple[KnowledgeGraph, KnowledgeGraph]) -> None:
    runner = CliRunner()
    store = ["--store", virtuoso.store_url]
    count = "SELECT (COUNT(DISTINCT ?d) AS ?n) WHERE { ?d a aikg:Document }"
    result = runner.invoke(cli, [*store, "query", count, "--format", "csv"])
    assert (result.exit_code, result.output) == (0, "n\n13\n")  # the 13 files of examples/
    result = runner.invoke(cli, [*store, "query", "--name", "dependencies", "--param", "entity=TikTok"])
    assert result.exit_code == 0, result.output
    local = both[1].named_query("dependencies", entity="TikTok").to_table()
    assert result.output == local + "\n"
