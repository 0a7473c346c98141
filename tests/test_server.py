"""The real server (uvicorn on a free loopback port) through standard clients: SPARQLWrapper for
every result format, httpx for the protocol's other paths, CORS, the service description, the
JSON API and the views; and its safety: read-only by default, no SERVICE or LOAD, a timeout and
a row limit."""

from __future__ import annotations

import json
import select
import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from xml.dom.minidom import Document

import httpx
import pyoxigraph as ox
import pytest
from click.testing import CliRunner
from helpers import FACTS
from SPARQLWrapper import (
    CSV,
    JSON,
    JSONLD,
    N3,
    POST,
    POSTDIRECTLY,
    RDFXML,
    TSV,
    TURTLE,
    URLENCODED,
    XML,
    SPARQLWrapper,
)

from aikg import KnowledgeGraph
from aikg.cli import cli
from aikg.server import create_app

ENT = "https://w3id.org/aikg/entity/"
AIKG = "https://w3id.org/aikg/ontology#"
SD = "http://www.w3.org/ns/sparql-service-description#"
DEPS = "SELECT ?o WHERE { ent:tiktok aikg:dependsOn+ ?o } ORDER BY ?o"
DEPS_IRIS = [ENT + e for e in ("azure", "bytedance", "microsoft", "openai")]
CUSTOMERS = "CONSTRUCT { ?s aikg:customerOf ?o } WHERE { ?s aikg:customerOf ?o }"
CUSTOMER_TRIPLE = (ENT + "tiktok", AIKG + "customerOf", ENT + "microsoft")
# Four unconstrained patterns over hundreds of quads: ~10^11 solutions, never finishes in time.
SLOW = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }"
TOKEN = "s3cret-token"


@contextmanager
def serving(app) -> Iterator[str]:  # type: ignore[no-untyped-def]
    """Run ``app`` with uvicorn in a thread on a free loopback port; yield its base URL."""
    import uvicorn

    config = uvicorn.Config(app, host="127.0.0.1", port=0, ws="none", lifespan="on", log_level="warning")
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 120  # a safety net against a hung test run, not a measurement
    while not server.started:
        assert thread.is_alive() and time.monotonic() < deadline, "the server did not start"
        time.sleep(0.02)
    port = server.servers[0].sockets[0].getsockname()[1]
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout=60)


@pytest.fixture(scope="module")
def base(facts_store: Path) -> Iterator[str]:
    app = create_app(facts_store, timeout=60, max_rows=100, allowed_hosts=["127.0.0.1", "localhost"])
    with serving(app) as url:
        yield url


@pytest.fixture(scope="module")
def endpoint(base: str) -> str:
    return base + "/sparql"


def wrapper(endpoint: str, query: str, fmt: str) -> SPARQLWrapper:
    client = SPARQLWrapper(endpoint)
    client.setQuery(query)
    client.setReturnFormat(fmt)
    return client


def triples(data: bytes, fmt: ox.RdfFormat) -> set[tuple[str, str, str]]:
    return {(t.subject.value, t.predicate.value, t.object.value) for t in ox.parse(data, format=fmt)}


def canonical(data: bytes, fmt: ox.RdfFormat) -> ox.Dataset:
    """The parsed graph with blank nodes canonically named, so isomorphic graphs compare equal."""
    dataset = ox.Dataset(ox.parse(data, format=fmt))
    dataset.canonicalize(ox.CanonicalizationAlgorithm.UNSTABLE)
    return dataset


@contextmanager
def listener() -> Iterator[tuple[int, socket.socket]]:
    """A listening loopback socket that nothing should ever connect to."""
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    sock.listen(8)
    try:
        yield sock.getsockname()[1], sock
    finally:
        sock.close()


def connection_attempted(sock: socket.socket) -> bool:
    """Whether a connection waits in the listener's backlog (checked after the response, so any
    attempt made while the request was handled has arrived)."""
    readable, _, _ = select.select([sock], [], [], 0)
    return bool(readable)


# ------------------------------------------------------------------ SPARQLWrapper, every format


def test_select_json(endpoint: str) -> None:
    result = wrapper(endpoint, DEPS, JSON).queryAndConvert()
    assert result["head"] == {"vars": ["o"]}
    assert [b["o"] for b in result["results"]["bindings"]] == [{"type": "uri", "value": v} for v in DEPS_IRIS]


def test_select_xml(endpoint: str) -> None:
    doc = wrapper(endpoint, DEPS, XML).queryAndConvert()
    assert isinstance(doc, Document)
    assert [u.firstChild.data for u in doc.getElementsByTagName("uri")] == DEPS_IRIS


def test_select_csv(endpoint: str) -> None:
    data = wrapper(endpoint, DEPS, CSV).queryAndConvert()
    assert data == ("o\r\n" + "".join(f"{v}\r\n" for v in DEPS_IRIS)).encode()


def test_select_tsv(endpoint: str) -> None:
    data = wrapper(endpoint, DEPS, TSV).queryAndConvert()
    assert data == ("?o\n" + "".join(f"<{v}>\n" for v in DEPS_IRIS)).encode()


@pytest.mark.parametrize("fmt", [JSON, XML])
def test_ask(endpoint: str, fmt: str) -> None:
    yes = wrapper(endpoint, "ASK { ent:tiktok aikg:customerOf ent:microsoft }", fmt).queryAndConvert()
    no = wrapper(endpoint, "ASK { ent:microsoft aikg:customerOf ent:tiktok }", fmt).queryAndConvert()
    if fmt == JSON:
        assert (yes, no) == ({"head": {}, "boolean": True}, {"head": {}, "boolean": False})
    else:
        assert [d.getElementsByTagName("boolean")[0].firstChild.data for d in (yes, no)] == ["true", "false"]


def test_construct_turtle(endpoint: str) -> None:
    client = wrapper(endpoint, CUSTOMERS, TURTLE)
    result = client.query()
    assert result.info()["content-type"] == "text/turtle; charset=utf-8"
    assert triples(result.convert(), ox.RdfFormat.TURTLE) == {CUSTOMER_TRIPLE}


def test_construct_ntriples(endpoint: str) -> None:
    client = wrapper(endpoint, CUSTOMERS, N3)
    client.setOnlyConneg(True)
    client.addCustomHttpHeader("Accept", "application/n-triples")
    result = client.query()
    assert result.info()["content-type"] == "application/n-triples"
    s, p, o = CUSTOMER_TRIPLE
    assert result.convert() == f"<{s}> <{p}> <{o}> .\n".encode()


def test_construct_jsonld(endpoint: str) -> None:
    # SPARQLWrapper's own JSON-LD conversion goes through rdflib's deprecated ConjunctiveGraph,
    # so the body is parsed here instead.
    result = wrapper(endpoint, CUSTOMERS, JSONLD).query()
    assert result.info()["content-type"] == "application/ld+json"
    assert triples(result.response.read(), ox.RdfFormat.JSON_LD) == {CUSTOMER_TRIPLE}


def test_construct_rdfxml_and_describe(endpoint: str) -> None:
    result = wrapper(endpoint, CUSTOMERS, RDFXML).query()
    assert result.info()["content-type"] == "application/rdf+xml"
    assert triples(result.response.read(), ox.RdfFormat.RDF_XML) == {CUSTOMER_TRIPLE}
    described = triples(
        wrapper(endpoint, "DESCRIBE ent:tiktok", TURTLE).queryAndConvert(), ox.RdfFormat.TURTLE
    )
    assert (ENT + "tiktok", "http://www.w3.org/2000/01/rdf-schema#label", "TikTok") in described


def test_wrapper_posts_forms_and_direct_bodies(endpoint: str) -> None:
    for method in (URLENCODED, POSTDIRECTLY):
        client = wrapper(endpoint, DEPS, JSON)
        client.setMethod(POST)
        client.setRequestMethod(method)
        bindings = client.queryAndConvert()["results"]["bindings"]
        assert [b["o"]["value"] for b in bindings] == DEPS_IRIS, method


# ------------------------------------------------------------------ the protocol with httpx


def test_post_form_and_direct_body(endpoint: str) -> None:
    form = httpx.post(endpoint, data={"query": DEPS}, headers={"Accept": "text/csv"})
    direct = httpx.post(
        endpoint,
        content=DEPS.encode(),
        headers={"Content-Type": "application/sparql-query", "Accept": "text/csv"},
    )
    expected = "o\r\n" + "".join(f"{v}\r\n" for v in DEPS_IRIS)
    assert (form.status_code, form.text) == (200, expected)
    assert (direct.status_code, direct.text) == (200, expected)
    assert form.headers["content-type"] == "text/csv; charset=utf-8"


def test_format_parameter_is_the_fallback_of_content_negotiation(endpoint: str) -> None:
    r = httpx.get(endpoint, params={"query": DEPS, "format": "tsv"}, headers={"Accept": "*/*"})
    assert r.headers["content-type"] == "text/tab-separated-values; charset=utf-8"
    r = httpx.get(endpoint, params={"query": DEPS, "format": "tsv"}, headers={"Accept": "text/csv"})
    assert r.headers["content-type"] == "text/csv; charset=utf-8"
    r = httpx.get(endpoint, params={"query": CUSTOMERS, "format": "nt"})
    assert r.headers["content-type"] == "application/n-triples"
    browser = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"
    r = httpx.get(endpoint, params={"query": DEPS}, headers={"Accept": browser})
    assert r.headers["content-type"] == "application/sparql-results+xml"


@pytest.mark.parametrize(
    ("request_args", "status", "message"),
    [
        pytest.param(
            {"method": "GET", "params": {"query": "SELEC nothing"}},
            400,
            "malformed SPARQL query (aikg accepts SPARQL 1.1): Expected",
            id="malformed",
        ),
        pytest.param(
            {"method": "GET", "params": {"query": "DELETE WHERE { ?s ?p ?o }"}},
            400,
            "this is a SPARQL Update, not a query: "
            "send it with POST as update=... or as application/sparql-update",
            id="update-as-query",
        ),
        pytest.param(
            {"method": "GET", "params": {"update": "DROP ALL"}},
            400,
            "a SPARQL Update must be sent with POST, not GET",
            id="update-by-get",
        ),
        pytest.param(
            {"method": "POST", "data": {"query": "ASK {}", "update": "DROP ALL"}},
            400,
            "a POSTed form needs exactly one of the parameters query and update",
            id="both",
        ),
        pytest.param(
            {"method": "POST", "content": b"ASK {}", "headers": {"Content-Type": "text/plain"}},
            415,
            "unsupported Content-Type 'text/plain'; send application/sparql-query, "
            "application/sparql-update or application/x-www-form-urlencoded",
            id="content-type",
        ),
        pytest.param(
            {"method": "GET", "params": {"query": "ASK {}"}, "headers": {"Accept": "image/png"}},
            406,
            "cannot answer a ASK query as image/png; this endpoint offers application/sparql-results+json, "
            "application/sparql-results+xml, text/csv, text/tab-separated-values",
            id="not-acceptable",
        ),
        pytest.param(
            {"method": "GET", "params": {"query": "ASK {}", "default-graph-uri": "urn:x"}},
            400,
            "default-graph-uri is not supported: the default graph is the union of all documents; "
            "use FROM / FROM NAMED (or GRAPH) in the query instead",
            id="dataset",
        ),
    ],
)
def test_protocol_errors(endpoint: str, request_args: dict, status: int, message: str) -> None:  # type: ignore[type-arg]
    r = httpx.request(url=endpoint, **request_args)
    assert r.status_code == status
    assert r.headers["content-type"] == "text/plain; charset=utf-8"
    assert r.text.startswith(message)


def test_no_cors_by_default_so_other_web_pages_cannot_read_the_store(base: str) -> None:
    """A page on any site the user visits could otherwise read a loopback server's store."""
    evil = {"Origin": "https://evil.example"}
    for path, params in (("/sparql", {"query": "ASK {}"}), ("/api/relations", {}), ("/view", {})):
        r = httpx.get(base + path, params=params, headers=evil)
        assert r.status_code == 200 and "access-control-allow-origin" not in r.headers, path
    pre = httpx.options(base + "/sparql", headers={**evil, "Access-Control-Request-Method": "POST"})
    assert "access-control-allow-origin" not in pre.headers


def test_cors_for_the_named_origin_on_sparql_only(facts_store: Path) -> None:
    origin = "https://yasgui.example"
    with serving(create_app(facts_store, cors_origins=[origin])) as base:
        endpoint = base + "/sparql"
        pre = httpx.options(
            endpoint,
            headers={
                "Origin": origin,
                "Access-Control-Request-Method": "POST",
                "Access-Control-Request-Headers": "content-type, authorization",
            },
        )
        assert pre.status_code == 200
        assert pre.headers["access-control-allow-origin"] == origin
        assert "POST" in pre.headers["access-control-allow-methods"]
        allowed = pre.headers["access-control-allow-headers"].lower()
        assert "content-type" in allowed and "authorization" in allowed
        r = httpx.get(endpoint, params={"query": "ASK {}"}, headers={"Origin": origin})
        assert r.headers["access-control-allow-origin"] == origin
        other = httpx.get(endpoint, params={"query": "ASK {}"}, headers={"Origin": "https://evil.example"})
        assert "access-control-allow-origin" not in other.headers
        api = httpx.get(base + "/api/relations", headers={"Origin": origin})
        assert "access-control-allow-origin" not in api.headers


def test_host_header_is_checked_against_dns_rebinding(endpoint: str) -> None:
    assert httpx.get(endpoint, headers={"Host": "evil.example"}).status_code == 400


def test_service_description(endpoint: str) -> None:
    r = httpx.get(endpoint, headers={"Accept": "text/turtle"})
    assert (r.status_code, r.headers["content-type"]) == (200, "text/turtle; charset=utf-8")
    described = triples(r.content, ox.RdfFormat.TURTLE)
    rdf_type = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
    assert (endpoint, rdf_type, SD + "Service") in described
    assert (endpoint, SD + "endpoint", endpoint) in described
    assert {o for s, p, o in described if p == SD + "supportedLanguage"} == {SD + "SPARQL11Query"}
    assert (endpoint, SD + "resultFormat", "http://www.w3.org/ns/formats/SPARQL_Results_CSV") in described
    as_jsonld = httpx.get(endpoint, headers={"Accept": "application/ld+json"})
    assert as_jsonld.headers["content-type"] == "application/ld+json"
    assert canonical(as_jsonld.content, ox.RdfFormat.JSON_LD) == canonical(r.content, ox.RdfFormat.TURTLE)


# ------------------------------------------------------------------ JSON API and views


def _cli(store: Path, *args: str) -> str:
    result = CliRunner().invoke(cli, ["--store", str(store), *args], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return result.output


@pytest.mark.parametrize(
    ("path", "params", "cli_args"),
    [
        pytest.param("/api/lookup", {"name": "tik tok"}, ("lookup", "tik tok", "--json"), id="lookup"),
        pytest.param(
            "/api/path",
            {"from": "TikTok", "to": "Azure", "max_hops": "3"},
            ("path", "TikTok", "Azure", "--max-hops", "3", "--json"),
            id="path",
        ),
        pytest.param(
            "/api/relations",
            {"subject": "OpenAI", "predicate": "hostedOn"},
            ("relations", "--subject", "OpenAI", "--predicate", "hostedOn", "--json"),
            id="relations",
        ),
        pytest.param(
            "/api/relations",
            {"status": "negated"},
            ("relations", "--status", "negated", "--json"),
            id="status",
        ),
        pytest.param("/api/relations", {}, ("relations", "--json"), id="all"),
        pytest.param("/api/spof", {"name": "TikTok"}, ("spof", "TikTok", "--json"), id="spof"),
    ],
)
def test_json_api_answers_as_the_cli(
    base: str, facts_store: Path, path: str, params: dict[str, str], cli_args: tuple[str, ...]
) -> None:
    r = httpx.get(base + path, params=params)
    assert (r.status_code, r.headers["content-type"]) == (200, "application/json")
    assert r.text == _cli(facts_store, *cli_args)
    assert json.loads(r.text)


@pytest.mark.parametrize(
    ("path", "params", "status", "error"),
    [
        ("/api/lookup", {"name": "Microsft"}, 404, "unknown entity 'Microsft' (did you mean: Microsoft?)"),
        ("/api/lookup", {}, 400, "missing the parameter name"),
        (
            "/api/path",
            {"from": "TikTok", "to": "Azure", "max_hops": "99"},
            400,
            "max_hops must be between 1 and 10",
        ),
        (
            "/api/relations",
            {"predicate": "custmerOf"},
            404,
            "unknown predicate 'custmerOf' (did you mean: customerOf?)",
        ),
        (
            "/api/relations",
            {"status": "rumoured"},
            400,
            "unknown status 'rumoured'; expected one of asserted, reported, alleged, speculative, negated",
        ),
    ],
)
def test_json_api_errors(base: str, path: str, params: dict[str, str], status: int, error: str) -> None:
    r = httpx.get(base + path, params=params)
    assert (r.status_code, r.json()) == (status, {"error": error})


@pytest.mark.parametrize(
    "params",
    [
        {},
        {"focus": "TikTok"},
        {"focus": "TikTok", "depth": "2"},
        {"path": "TikTok,Azure"},
        {"dependents": "Azure"},
        {"exposure": "Azure"},
    ],
    ids=["graph", "focus", "depth", "path", "dependents", "exposure"],
)
def test_views(base: str, params: dict[str, str]) -> None:
    r = httpx.get(base + "/view", params=params)
    assert (r.status_code, r.headers["content-type"]) == (200, "text/html; charset=utf-8")
    assert r.text.lstrip().lower().startswith("<!doctype html>")
    assert "TikTok" in r.text


def test_view_errors(base: str) -> None:
    unknown = httpx.get(base + "/view", params={"focus": "Tik Tak Toe"})
    assert unknown.status_code == 404 and unknown.text.startswith("unknown entity 'Tik Tak Toe'")
    assert httpx.get(base + "/view", params={"path": "TikTok"}).text == "path takes two names: path=FROM,TO\n"
    none = httpx.get(base + "/view", params={"path": "Azure,TikTok"})
    assert (none.status_code, none.text) == (400, "no dependency path from Azure to TikTok within 4 hops\n")


# ------------------------------------------------------------------ safety


def _hang_up_on(sock: socket.socket) -> list[bytes]:
    """Accept one connection in the background, keep what it sent, and hang up (a listener
    that never answers would leave pyoxigraph waiting forever: it sets no HTTP timeout)."""
    seen: list[bytes] = []

    def accept() -> None:
        conn, _ = sock.accept()
        seen.append(conn.recv(4096))
        conn.close()

    threading.Thread(target=accept, daemon=True).start()
    return seen


def test_pyoxigraph_itself_would_follow_service_over_http() -> None:
    """Why the guard exists: pyoxigraph 0.5 sends SERVICE requests to the network."""
    query = "SELECT * WHERE {{ SERVICE <http://127.0.0.1:{port}/sparql> {{ ?s ?p ?o }} }}"
    with listener() as (port, sock):
        seen = _hang_up_on(sock)
        with pytest.raises(OSError):  # the listener hangs up: pyoxigraph's request fails
            list(ox.Store().query(query.format(port=port)))
    assert seen and seen[0].startswith(b"POST /sparql HTTP/1.1")


# Where rdflib and oxigraph read SPARQL's lexical details differently, a SERVICE could hide
# from the check: a comment ends at a bare carriage return for oxigraph but not for rdflib, and
# rdflib expands \u escapes before lexing (a \u0022 inside a string would end it early).
CR_COMMENT = "SELECT * WHERE {{ ?s ?p ?o #\r SERVICE <{url}> {{ ?s ?p ?o }} \n }}"
ESCAPED_QUOTE = 'SELECT * WHERE {{ ?s ?p ?o FILTER(?o != "a\\u0022") SERVICE <{url}> {{ ?s ?p ?o }} }}'


@pytest.mark.parametrize("template", [CR_COMMENT, ESCAPED_QUOTE], ids=["cr-ends-comment", "escaped-quote"])
def test_the_lexical_tricks_are_real_services_to_pyoxigraph(template: str) -> None:
    """The cases below are not hypothetical: pyoxigraph evaluates their SERVICE."""
    store = ox.Store()
    store.add(ox.Quad(ox.NamedNode(ENT + "a"), ox.NamedNode(AIKG + "p"), ox.Literal("z")))
    with listener() as (port, sock):
        seen = _hang_up_on(sock)
        with pytest.raises(OSError):  # the listener hangs up: pyoxigraph's request fails
            list(store.query(template.format(url=f"http://127.0.0.1:{port}/sparql")))
    assert seen and seen[0].startswith(b"POST /sparql HTTP/1.1")


@pytest.mark.parametrize(
    "template",
    [
        "SELECT * WHERE {{ SERVICE <{url}> {{ ?s ?p ?o }} }}",
        "select * where {{ service silent <{url}> {{ ?s ?p ?o }} }}",
        "SELECT * WHERE {{ ?s ?p ?o OPTIONAL {{ SERVICE <{url}> {{ ?s ?q ?r }} }} }}",
        "ASK {{ FILTER EXISTS {{ SERVICE <{url}> {{ ?s ?p ?o }} }} }}",
        "SELECT * WHERE {{ {{ SELECT ?s WHERE {{ GRAPH ?g {{ SERVICE <{url}> {{ ?s ?p ?o }} }} }} }} }}",
        "CONSTRUCT {{ ?s ?p ?o }} WHERE {{ # a comment\n SERVICE <{url}> {{ ?s ?p ?o }} }}",
        "ASK {{ \\u0053ERVICE <{url}> {{ ?s ?p ?o }} }}",
        CR_COMMENT,
        ESCAPED_QUOTE,
    ],
    ids=[
        "plain",
        "silent-lowercase",
        "optional",
        "exists",
        "subquery-graph",
        "construct",
        "escaped",
        "cr-ends-comment",
        "escaped-quote-in-string",
    ],
)
def test_service_is_refused_without_any_connection(endpoint: str, template: str) -> None:
    with listener() as (port, sock):
        query = template.format(url=f"http://127.0.0.1:{port}/sparql")
        r = httpx.get(endpoint, params={"query": query})
        assert (r.status_code, r.text) == (
            400,
            "SERVICE (federated query) is not allowed: aikg never contacts other endpoints\n",
        )
        assert not connection_attempted(sock)


@pytest.mark.parametrize(
    "query",
    [
        'ASK { ?s ?p "SERVICE <http://127.0.0.1:9/> { }" } # SERVICE <http://127.0.0.1:9/> { ?s ?p ?o }',
        'ASK { ?s ?p "\\u0022 } SERVICE <http://127.0.0.1:9/> { ?s ?p ?o } #" }',
    ],
    ids=["comment-and-string", "escaped-quote-in-string"],
)
def test_service_in_comments_and_strings_is_not_a_service(endpoint: str, query: str) -> None:
    r = httpx.get(endpoint, params={"query": query}, headers={"Accept": "application/sparql-results+json"})
    assert (r.status_code, r.json()) == (200, {"head": {}, "boolean": False})


def test_updates_are_refused_by_default(endpoint: str, facts_store: Path) -> None:
    before = len(KnowledgeGraph(facts_store, read_only=True).store)
    read_only = (
        "this endpoint is read-only; start it with `aikg serve --allow-update --token TOKEN` "
        "to accept SPARQL Update\n"
    )
    for r in (
        httpx.post(endpoint, data={"update": "DROP ALL"}),
        httpx.post(endpoint, content=b"DROP ALL", headers={"Content-Type": "application/sparql-update"}),
        httpx.post(endpoint, data={"update": "DROP ALL"}, headers={"Authorization": f"Bearer {TOKEN}"}),
    ):
        assert (r.status_code, r.text) == (403, read_only)
    assert len(KnowledgeGraph(facts_store, read_only=True).store) == before


def test_row_limit(endpoint: str) -> None:
    too_many = httpx.get(endpoint, params={"query": "SELECT * WHERE { ?s ?p ?o }"})
    message = (
        "the result has more than 100 rows, this endpoint's limit (--max-rows); "
        "add a LIMIT or narrow the query\n"
    )
    assert (too_many.status_code, too_many.text) == (413, message)
    graph = httpx.get(endpoint, params={"query": "CONSTRUCT WHERE { ?s ?p ?o }"})
    assert (graph.status_code, graph.text) == (413, message.replace("100 rows", "100 triples"))
    limited = httpx.get(
        endpoint, params={"query": "SELECT * WHERE { ?s ?p ?o } LIMIT 100"}, headers={"Accept": "text/csv"}
    )
    assert limited.status_code == 200 and len(limited.text.splitlines()) == 101


def test_slow_query_is_stopped_by_the_timeout(facts_store: Path) -> None:
    with serving(create_app(facts_store, timeout=1, workers=1)) as base:
        r = httpx.get(base + "/sparql", params={"query": SLOW}, timeout=120)
        assert (r.status_code, r.text) == (
            503,
            "the query ran longer than 1 s, this endpoint's limit (--timeout), and was stopped; "
            "narrow it or add a LIMIT\n",
        )
        # The worker was killed and replaced: the next query is answered.
        after = httpx.get(base + "/sparql", params={"query": "ASK { ?s ?p ?o }"}, timeout=120)
        assert (after.status_code, after.json()) == (200, {"head": {}, "boolean": True})


@pytest.fixture
def writable_store(tmp_path: Path) -> Path:
    store = tmp_path / "kg"
    assert KnowledgeGraph(store).ingest([FACTS / "denial.yaml"]).ok
    return store


def test_update_with_the_token(writable_store: Path) -> None:
    app = create_app(writable_store, allow_update=True, token=TOKEN)
    insert = "INSERT DATA { ent:acme-ai aikg:partnerOf ent:openai }"
    ask = "ASK { ent:acme-ai aikg:partnerOf ent:openai }"
    with serving(app) as base:
        endpoint = base + "/sparql"
        refused = (
            httpx.post(endpoint, data={"update": insert}),
            httpx.post(endpoint, data={"update": insert}, headers={"Authorization": "Bearer wrong"}),
        )
        assert [(r.status_code, r.text) for r in refused] == [
            (403, "SPARQL Update needs the header `Authorization: Bearer TOKEN`\n")
        ] * 2
        assert httpx.get(endpoint, params={"query": ask}).json()["boolean"] is False

        client = SPARQLWrapper(endpoint)
        client.setMethod(POST)
        client.addCustomHttpHeader("Authorization", f"Bearer {TOKEN}")
        client.setQuery(insert)
        assert client.query().response.read() == b"update applied\n"
        assert httpx.get(endpoint, params={"query": ask}).json()["boolean"] is True

        with listener() as (port, sock):
            url = f"http://127.0.0.1:{port}/data.ttl"
            auth = {"Authorization": f"Bearer {TOKEN}"}
            load = httpx.post(endpoint, data={"update": f"LOAD <{url}>"}, headers=auth)
            service = httpx.post(
                endpoint,
                content=f"INSERT {{ ?s ?p ?o }} WHERE {{ SERVICE <{url}> {{ ?s ?p ?o }} }}".encode(),
                headers={**auth, "Content-Type": "application/sparql-update"},
            )
            assert (load.status_code, load.text) == (
                400,
                "LOAD is not allowed: aikg never fetches documents from the network\n",
            )
            assert service.status_code == 400 and service.text.startswith("SERVICE (federated query)")
            assert not connection_attempted(sock)
        described = triples(httpx.get(endpoint).content, ox.RdfFormat.TURTLE)
        assert (endpoint, SD + "supportedLanguage", SD + "SPARQL11Update") in described


def test_answers_while_an_ingest_writes_and_then_sees_it(writable_store: Path) -> None:
    ask = {"query": "ASK { ent:tiktok aikg:customerOf ent:microsoft }"}
    with serving(create_app(writable_store)) as base:
        assert httpx.get(base + "/sparql", params=ask).json()["boolean"] is False
        writer = KnowledgeGraph(writable_store)  # holds the store open for writing
        assert writer.ingest([FACTS / "industry.yaml"]).ok
        during = httpx.get(base + "/sparql", params=ask)
        api = httpx.get(base + "/api/relations", params={"subject": "TikTok", "predicate": "customerOf"})
        assert (during.status_code, during.json()["boolean"]) == (200, True)
        assert [r["object"]["id"] for r in api.json()] == ["microsoft"]
        del writer


def test_create_app_needs_a_store_and_a_token(tmp_path: Path) -> None:
    from aikg.errors import AIKGError, StoreError

    with pytest.raises(StoreError, match=r"run `aikg ingest PATH\.\.\.` first"):
        create_app(tmp_path / "none")
    with pytest.raises(AIKGError, match="needs a token"):
        create_app(tmp_path / "none", allow_update=True)


def test_serve_command_refuses_updates_without_a_token(facts_store: Path) -> None:
    result = CliRunner().invoke(
        cli, ["--store", str(facts_store), "serve", "--allow-update"], env={"AIKG_TOKEN": ""}
    )
    assert result.exit_code == 2
    assert result.output.splitlines()[-1] == "Error: --allow-update needs --token TOKEN (or AIKG_TOKEN)"


def test_the_index_lists_every_view(base: str) -> None:
    index = httpx.get(base + "/").text
    assert all(f"?{view}=" in index for view in ("focus", "path", "dependents", "exposure"))
    assert "who is exposed to Azure" in httpx.get(base + "/view", params={"exposure": "Azure"}).text


def test_serve_on_a_port_in_use_says_which_and_how_to_choose_another(facts_store: Path) -> None:
    with listener() as (port, _):
        result = CliRunner().invoke(cli, ["--store", str(facts_store), "serve", "--port", str(port)])
    assert result.exit_code == 1
    assert result.output == (
        f"Error: port {port} on 127.0.0.1 is already in use (another aikg serve, or another server); "
        "choose another with --port N, or --port 0 for any free one\n"
    )
