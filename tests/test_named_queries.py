"""Named queries: each on a graph whose answers are known, exact rows; safe parameter binding;
the `aikg query --list` / `--name` commands with exact output."""

from __future__ import annotations

import json
from pathlib import Path

import pyoxigraph as ox
import pytest
from helpers import FACTS, RunCli

from aikg import KnowledgeGraph
from aikg.errors import QueryError, UnknownNameError
from aikg.graph.named_queries import named_queries, named_query, parse_named_query
from aikg.graph.sparql import QueryResult, run_query
from aikg.ontology.vocab import PREFIXES

HOSTILE = '"> } ; DROP ALL #'


@pytest.fixture(scope="module")
def kg(facts_store: Path) -> KnowledgeGraph:
    return KnowledgeGraph(facts_store, read_only=True)


@pytest.fixture(scope="module")
def more(tmp_path_factory: pytest.TempPathFactory) -> KnowledgeGraph:
    """The test industry plus a three-level ownership chain, a figure two documents report and
    an allegation exported from another store with the outlet that reported it."""
    store = tmp_path_factory.mktemp("more") / "kg"
    files = ["industry.yaml", "denial.yaml", "second-source.yaml", "wire-export.ttl"]
    report = KnowledgeGraph(store).ingest([FACTS / f for f in files])
    assert report.ok, report.failed
    return KnowledgeGraph(store, read_only=True)


def _short(term: object) -> str | None:
    if term is None:
        return None
    if isinstance(term, ox.NamedNode):
        for prefix, ns in PREFIXES.items():
            if term.value.startswith(ns):
                return f"{prefix}:{term.value[len(ns) :]}"
        return term.value
    return str(getattr(term, "value", term))


def rows(result: QueryResult) -> list[tuple[str | None, ...]]:
    return [tuple(_short(row.get(v)) for v in result.variables) for row in result.rows]


# ------------------------------------------------------------------ each query, exact rows


def test_dependencies(kg: KnowledgeGraph) -> None:
    result = kg.named_query("dependencies", entity="tik tok")
    assert result.variables == ["entity", "dependency", "label"]
    assert rows(result) == [
        ("ent:tiktok", "ent:azure", "Azure"),
        ("ent:tiktok", "ent:bytedance", "ByteDance"),
        ("ent:tiktok", "ent:microsoft", "Microsoft"),
        ("ent:tiktok", "ent:openai", "OpenAI"),
    ]
    # a speculative acquisition is no dependency
    assert rows(kg.named_query("dependencies", entity="Acme AI")) == [
        ("ent:acme-ai", "ent:zenith-cloud", "Zenith Cloud")
    ]


def test_dependents(kg: KnowledgeGraph) -> None:
    assert rows(kg.named_query("dependents", entity="Azure")) == [
        ("ent:azure", "ent:bytedance", "ByteDance"),
        ("ent:azure", "ent:openai", "OpenAI"),
        ("ent:azure", "ent:tiktok", "TikTok"),
    ]
    assert rows(kg.named_query("dependents", entity="TikTok")) == []


def test_ownership_chains_count_the_depth_of_each_link(more: KnowledgeGraph) -> None:
    result = more.named_query("ownership-chains")
    assert result.variables == ["owner", "ownerLabel", "owned", "ownedLabel", "depth"]
    assert rows(result) == [
        ("ent:bytedance", "ByteDance", "ent:tiktok", "TikTok", "1"),
        ("ent:orbit-holdings", "Orbit Holdings", "ent:orbit-labs", "Orbit Labs", "1"),
        ("ent:orbit-holdings", "Orbit Holdings", "ent:orbit-robotics", "Orbit Robotics", "2"),
        ("ent:orbit-holdings", "Orbit Holdings", "ent:orbit-vision", "Orbit Vision", "3"),
        ("ent:orbit-labs", "Orbit Labs", "ent:orbit-robotics", "Orbit Robotics", "1"),
        ("ent:orbit-labs", "Orbit Labs", "ent:orbit-vision", "Orbit Vision", "2"),
        ("ent:orbit-robotics", "Orbit Robotics", "ent:orbit-vision", "Orbit Vision", "1"),
    ]
    assert [r[0] for r in rows(more.named_query("ownership-chains", owned="Orbit Vision"))] == [
        "ent:orbit-holdings",
        "ent:orbit-labs",
        "ent:orbit-robotics",
    ]
    assert [r[2] for r in rows(more.named_query("ownership-chains", owner="Orbit Labs"))] == [
        "ent:orbit-robotics",
        "ent:orbit-vision",
    ]


def test_ownership_chains_on_the_test_industry(kg: KnowledgeGraph) -> None:
    assert rows(kg.named_query("ownership-chains")) == [
        ("ent:bytedance", "ByteDance", "ent:tiktok", "TikTok", "1"),
    ]


def test_investments_leave_out_the_denial(kg: KnowledgeGraph) -> None:
    result = kg.named_query("investments")
    assert result.variables == ["investor", "investee", "status", "amount", "currency", "document"]
    assert rows(result) == [
        ("ent:microsoft", "ent:openai", "aikg:Asserted", "13000000000", "USD", "industry.yaml"),
    ]
    assert rows(kg.named_query("investments", investor="OpenAI")) == []
    assert len(rows(kg.named_query("investments", investee="OpenAI"))) == 1


def test_claims_by_status_alleged(kg: KnowledgeGraph) -> None:
    result = kg.named_query("claims-by-status", status="alleged")
    assert result.variables == [
        "status",
        "subject",
        "predicate",
        "object",
        "reportedBy",
        "document",
        "title",
        "date",
    ]
    assert rows(result) == [
        (
            "aikg:Alleged",
            "ent:bytedance",
            "aikg:usesTechnologyOf",
            "ent:openai",
            None,
            "industry.yaml",
            "Test industry notes",
            "2025-01-15",
        ),
    ]


def test_claims_by_status_name_who_reported_them(more: KnowledgeGraph) -> None:
    assert rows(more.named_query("claims-by-status", status="Alleged")) == [
        (
            "aikg:Alleged",
            "ent:bytedance",
            "aikg:usesTechnologyOf",
            "ent:openai",
            "ent:the-information",
            "wire-report.txt",
            "AI wire",
            "2024-09-01",
        ),
        (
            "aikg:Alleged",
            "ent:bytedance",
            "aikg:usesTechnologyOf",
            "ent:openai",
            None,
            "industry.yaml",
            "Test industry notes",
            "2025-01-15",
        ),
    ]


def test_claims_by_status_reported_and_negated(kg: KnowledgeGraph) -> None:
    assert [r[1:4] + r[5:6] for r in rows(kg.named_query("claims-by-status", status="reported"))] == [
        ("ent:openai", "aikg:hostedOn", "ent:azure", "denial.yaml"),
        ("ent:tiktok", "aikg:customerOf", "ent:microsoft", "industry.yaml"),
    ]
    assert [r[1:4] + r[5:6] for r in rows(kg.named_query("claims-by-status", status="negated"))] == [
        ("ent:microsoft", "aikg:investsIn", "ent:openai", "denial.yaml"),
    ]


def test_amounts_and_shares(kg: KnowledgeGraph) -> None:
    result = kg.named_query("amounts-and-shares")
    assert result.variables == [
        "subject",
        "predicate",
        "object",
        "status",
        "amount",
        "currency",
        "period",
        "share",
        "document",
    ]
    assert rows(result) == [
        (
            "ent:microsoft",
            "aikg:investsIn",
            "ent:openai",
            "aikg:Asserted",
            "13000000000",
            "USD",
            None,
            None,
            "industry.yaml",
        ),
        (
            "ent:tiktok",
            "aikg:customerOf",
            "ent:microsoft",
            "aikg:Reported",
            "20000000",
            "USD",
            "P1M",
            "0.25",
            "industry.yaml",
        ),
    ]


def test_corroborated_counts_distinct_documents(kg: KnowledgeGraph, more: KnowledgeGraph) -> None:
    # OpenAI's hosting on Azure is asserted in one document and reported in another: two
    # statuses, so not one relation corroborated twice.
    assert rows(kg.named_query("corroborated")) == []
    result = more.named_query("corroborated")
    assert result.variables == ["subject", "predicate", "object", "status", "documents"]
    assert rows(result) == [
        ("ent:bytedance", "aikg:usesTechnologyOf", "ent:openai", "aikg:Alleged", "2"),
        ("ent:tiktok", "aikg:customerOf", "ent:microsoft", "aikg:Reported", "2"),
    ]


def test_conflicts(kg: KnowledgeGraph) -> None:
    result = kg.named_query("conflicts")
    assert result.variables == ["subject", "predicate", "object", "status", "document", "deniedIn"]
    assert rows(result) == [
        ("ent:microsoft", "aikg:investsIn", "ent:openai", "aikg:Asserted", "industry.yaml", "denial.yaml"),
    ]


def test_document_claims(kg: KnowledgeGraph) -> None:
    result = kg.named_query("document-claims", document="denial.yaml")
    assert result.variables == ["document", "subject", "predicate", "object", "status", "confidence", "quote"]
    assert rows(result) == [
        (
            "denial.yaml",
            "ent:microsoft",
            "aikg:investsIn",
            "ent:openai",
            "aikg:Negated",
            "0.9",
            "has not invested",
        ),
        (
            "denial.yaml",
            "ent:openai",
            "aikg:hostedOn",
            "ent:azure",
            "aikg:Reported",
            "0.85",
            "Curated fact, as reported: OpenAI is hosted on Azure.",
        ),
    ]


# ------------------------------------------------------------------ the catalogue


def test_every_named_query_is_documented_and_listed(kg: KnowledgeGraph) -> None:
    assert [q.name for q in kg.named_queries()] == [
        "amounts-and-shares",
        "claims-by-status",
        "conflicts",
        "corroborated",
        "dependencies",
        "dependents",
        "document-claims",
        "investments",
        "ownership-chains",
    ]
    for q in named_queries():
        assert q.description.endswith("."), q.name
        for p in q.params:
            assert f"?{p.name}" in q.sparql and p.description, (q.name, p.name)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        pytest.param(
            "SELECT * {}", "named query 'x': the header needs exactly one '# description:' line", id="none"
        ),
        pytest.param(
            "# description: d.\n# param: who (person) a person\nSELECT ?who {}",
            "named query 'x': bad parameter line 'who (person) a person'",
            id="kind",
        ),
        pytest.param(
            "# description: d.\n# param: who (entity) a name\nSELECT * {}",
            "named query 'x': parameter 'who' is not a variable of the query",
            id="unused",
        ),
    ],
)
def test_bad_headers_are_named(text: str, message: str) -> None:
    with pytest.raises(QueryError) as e:
        parse_named_query("x", text)
    assert str(e.value).startswith(message)


# ------------------------------------------------------------------ parameters and errors


@pytest.mark.parametrize(
    ("name", "params", "message"),
    [
        pytest.param(
            "dependecies", {}, "unknown named query 'dependecies' (did you mean: dependencies?)", id="name"
        ),
        pytest.param(
            "dependencies",
            {},
            "named query 'dependencies' needs the parameter entity (an entity id, label or alias)",
            id="missing",
        ),
        pytest.param(
            "dependencies",
            {"entity": "TikTok", "depth": "2"},
            "named query 'dependencies' has no parameter 'depth' (its parameters: entity)",
            id="extra",
        ),
        pytest.param(
            "conflicts",
            {"entity": "TikTok"},
            "named query 'conflicts' has no parameter 'entity' (its parameters: none)",
            id="none",
        ),
        pytest.param(
            "claims-by-status",
            {"status": "rumoured"},
            "unknown status 'rumoured' for status; "
            "expected one of asserted, reported, alleged, speculative, negated",
            id="status",
        ),
        pytest.param(
            "document-claims",
            {"document": "denail.yaml"},
            "unknown document 'denail.yaml' (did you mean: denial.yaml?)",
            id="document",
        ),
    ],
)
def test_clear_errors(kg: KnowledgeGraph, name: str, params: dict[str, str], message: str) -> None:
    with pytest.raises(QueryError) as e:
        kg.named_query(name, **params)
    assert str(e.value) == message


def test_unknown_entity_suggests_the_closest(kg: KnowledgeGraph) -> None:
    with pytest.raises(UnknownNameError) as e:
        kg.named_query("dependents", entity="Microsft")
    assert str(e.value) == "unknown entity 'Microsft' (did you mean: Microsoft?)"


@pytest.mark.parametrize(
    ("name", "param"),
    [
        ("dependencies", "entity"),
        ("dependents", "entity"),
        ("ownership-chains", "owner"),
        ("ownership-chains", "owned"),
        ("investments", "investor"),
        ("investments", "investee"),
    ],
)
def test_hostile_entity_values_are_only_unknown_names(kg: KnowledgeGraph, name: str, param: str) -> None:
    before = len(kg.store)
    with pytest.raises(UnknownNameError) as e:
        kg.named_query(name, **{param: HOSTILE})
    assert str(e.value) == f"unknown entity {HOSTILE!r}"
    assert len(kg.store) == before


def test_hostile_literals_are_bound_as_terms_not_text(kg: KnowledgeGraph) -> None:
    with pytest.raises(QueryError) as e:
        kg.named_query("document-claims", document=HOSTILE)
    assert str(e.value) == f"unknown document {HOSTILE!r}"
    with pytest.raises(QueryError):
        kg.named_query("claims-by-status", status=HOSTILE)
    # Below the name checks, the value is one RDF literal that matches no file name.
    sparql = named_query("document-claims").sparql
    assert rows(run_query(kg.store, sparql, {"document": ox.Literal(HOSTILE)})) == []
    assert len(rows(run_query(kg.store, sparql, {"document": ox.Literal("denial.yaml")}))) == 2


# ------------------------------------------------------------------ the CLI


LISTING = """\
amounts-and-shares
    Relations that carry an amount or a share, one row per sourcing statement: the amount,
    currency, period (an xsd:duration such as P1M), share (0..1) and document.

claims-by-status --param status=STATUS
    Claims with one status (e.g. every allegation), with who reported them (aikg:reportedBy) and
    the document each came from: its file name, title and date.
    status: asserted, reported, alleged, speculative or negated

conflicts
    Conflicting claims: a relation one statement asserts, reports or alleges and another
    negates, with the document of each side.

corroborated
    Relations corroborated by several documents: each (subject, predicate, object, status) that
    statements from at least two distinct documents make, most sources first.

dependencies --param entity=ENTITY
    Everything an entity depends on, directly or through others: every entity reachable over
    aikg:dependsOn+ (customer, subsidiary, hosting, technology and development links), with its
    label.
    entity: an entity id, label or alias

dependents --param entity=ENTITY
    Everyone who depends on an entity, directly or through others: every entity from which
    aikg:dependsOn+ reaches it, with its label.
    entity: an entity id, label or alias

document-claims --param document=DOCUMENT
    What one document said: every statement derived from it, with its status, confidence and the
    quoted sentence.
    document: the document's file name, e.g. tiktok-pays-microsoft.txt

investments [--param investor=ENTITY] [--param investee=ENTITY]
    Who invests in whom, one row per sourcing statement (asserted, reported or alleged), with
    the amount and currency where known and the document it came from.
    investor: only investments by this entity
    investee: only investments in this entity

ownership-chains [--param owner=ENTITY] [--param owned=ENTITY]
    Ownership chains over aikg:parentOf+: every owner and what it owns directly or through
    subsidiaries, with the depth of the chain (1 = a direct subsidiary).
    owner: only what this entity owns
    owned: only who owns this entity
"""


def test_cli_lists_the_named_queries(run: RunCli) -> None:
    result = run("query", "--list")
    assert (result.exit_code, result.output) == (0, LISTING)
    listed = json.loads(run("query", "--list", "--format", "json").output)
    assert listed[1] == {
        "name": "claims-by-status",
        "description": named_query("claims-by-status").description,
        "params": [
            {
                "name": "status",
                "kind": "status",
                "description": "asserted, reported, alleged, speculative or negated",
                "required": True,
            }
        ],
    }


def test_cli_runs_a_named_query(run: RunCli) -> None:
    result = run("query", "--name", "dependents", "--param", "entity=Azure")
    assert (result.exit_code, result.output) == (
        0,
        "entity     dependent      label\n"
        "---------  -------------  ---------\n"
        "ent:azure  ent:bytedance  ByteDance\n"
        "ent:azure  ent:openai     OpenAI\n"
        "ent:azure  ent:tiktok     TikTok\n"
        "(3 rows)\n",
    )
    csv_out = run("query", "--name", "conflicts", "--format", "csv").output
    aikg, ent = PREFIXES["aikg"], PREFIXES["ent"]
    assert csv_out == (
        "subject,predicate,object,status,document,deniedIn\n"
        f"{ent}microsoft,{aikg}investsIn,{ent}openai,{aikg}Asserted,industry.yaml,denial.yaml\n"
    )
    as_json = json.loads(
        run("query", "--name", "claims-by-status", "--param", "status=alleged", "--format", "json").output
    )
    assert as_json["results"]["bindings"][0]["title"] == {"type": "literal", "value": "Test industry notes"}


@pytest.mark.parametrize(
    ("args", "code", "message"),
    [
        pytest.param(
            ("--name", "dependecies"),
            1,
            "Error: unknown named query 'dependecies' (did you mean: dependencies?)",
            id="name",
        ),
        pytest.param(
            ("--name", "dependencies"),
            1,
            "Error: named query 'dependencies' needs the parameter entity (an entity id, label or alias)",
            id="missing",
        ),
        pytest.param(
            ("--name", "dependencies", "--param", "entity=TikTok", "--param", "hops=2"),
            1,
            "Error: named query 'dependencies' has no parameter 'hops' (its parameters: entity)",
            id="extra",
        ),
        pytest.param(
            ("--name", "dependencies", "--param", f"entity={HOSTILE}"),
            1,
            f"Error: unknown entity {HOSTILE!r}",
            id="hostile",
        ),
        pytest.param(
            ("--name", "dependencies", "--param", "entity"),
            2,
            "Error: Invalid value for '--param': expected KEY=VALUE, got 'entity'",
            id="syntax",
        ),
        pytest.param(
            ("--name", "dependencies", "--param", "entity=a", "--param", "entity=b"),
            2,
            "Error: Invalid value for '--param': 'entity' given twice",
            id="twice",
        ),
        pytest.param(
            ("ASK {}", "--list"), 2, "Error: give exactly one of SPARQL, --name NAME and --list", id="two"
        ),
        pytest.param((), 2, "Error: give exactly one of SPARQL, --name NAME and --list", id="none"),
        pytest.param(("ASK {}", "--param", "a=b"), 2, "Error: --param needs --name NAME", id="param"),
    ],
)
def test_cli_errors(run: RunCli, args: tuple[str, ...], code: int, message: str) -> None:
    result = run("query", *args)
    assert result.exit_code == code
    assert result.output.strip().splitlines()[-1] == message
