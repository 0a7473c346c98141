"""Quick questions on a big store stay quick: `aikg lookup`, `path` and `dependents` import no
heavy library they do not need, walk the facts graph's dependsOn through the store's indexes
instead of reading the whole projection (or building an index per store version), and give the
answers the projection gives."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pyoxigraph as ox
from helpers import FACTS

from aikg import KnowledgeGraph
from aikg.graph.paths import dependency_paths, dependents
from aikg.graph.projection_cache import cache_file
from aikg.ontology.vocab import AIKG, ENT, RDF, RDFS, STMT, XSD

HEAVY = ["pydantic", "rdflib", "networkx", "spacy"]


def _run_imports(store: Path, *args: str) -> tuple[list[str], str]:
    """Run `aikg --store STORE ARGS` in a fresh interpreter; the heavy modules it imported."""
    code = (
        "import sys\n"
        "from click.testing import CliRunner\n"
        "from aikg.cli import cli\n"
        f"result = CliRunner().invoke(cli, {['--store', str(store), *args]!r})\n"
        "assert result.exit_code == 0, result.output\n"
        "sys.stderr.write(result.output)\n"
        f"print(','.join(m for m in {HEAVY!r} if m in sys.modules))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return [m for m in out.stdout.strip().split(",") if m], out.stderr


def test_lookup_imports_no_heavy_library(facts_store: Path) -> None:
    heavy, output = _run_imports(facts_store, "lookup", "TikTok", "--json")
    assert heavy == []
    assert json.loads(output)["entity"]["id"] == "tiktok"


def test_path_and_dependents_import_no_heavy_library(facts_store: Path) -> None:
    heavy, output = _run_imports(facts_store, "path", "TikTok", "Microsoft", "--json")
    assert heavy == []
    assert json.loads(output)[0]["nodes"][0] == "tiktok"
    heavy, output = _run_imports(facts_store, "dependents", "Microsoft", "--json")
    assert heavy == []
    assert "tiktok" in {r["entity"] for r in json.loads(output)}


def test_index_answers_as_the_projection_does(facts_store: Path) -> None:
    kg = KnowledgeGraph(facts_store, read_only=True)
    graph = kg.to_networkx()
    ids = sorted(graph.nodes)
    found = 0
    for a in ids:
        for b in ids:
            got = [p.to_json() for p in kg.paths(a, b)]
            assert got == [p.to_json() for p in dependency_paths(graph, a, b)], (a, b)
            found += bool(got)
        # The entities reached and how far (which of two equally short paths is shown is free).
        mine = [(r.entity, r.distance, len(r.path.hops)) for r in kg.dependents(a)]
        assert mine == [(r.entity, r.distance, len(r.path.hops)) for r in dependents(graph, a)], a
    assert found > 5
    assert not cache_file(facts_store, "dependencies").exists()  # nothing built per store version


def test_the_first_question_after_an_ingest_sees_it_with_no_index_to_rebuild(tmp_path: Path) -> None:
    store = tmp_path / "kg"
    with KnowledgeGraph(store) as kg:
        assert kg.ingest([FACTS / "industry.yaml"], workers=1).ok
    before = {r.entity for r in KnowledgeGraph(store, read_only=True).dependents("Azure")}
    assert "openai" in before and "nimbus-apps" not in before
    extra = tmp_path / "extra.yaml"
    extra.write_text(
        "entities:\n  - {id: nimbus-apps, label: Nimbus Apps, type: Company}\n"
        "facts:\n  - {subject: Nimbus Apps, predicate: customerOf, object: OpenAI}\n",
        encoding="utf-8",
    )
    with KnowledgeGraph(store) as kg:
        assert kg.ingest([extra], workers=1).ok
    after = KnowledgeGraph(store, read_only=True)
    assert {r.entity for r in after.dependents("Azure")} == before | {"nimbus-apps"}
    [path] = after.paths("Nimbus Apps", "Azure")
    assert path.nodes == ["nimbus-apps", "openai", "azure"]
    assert not cache_file(store, "dependencies").exists()


def _n(iri: str) -> ox.NamedNode:
    return ox.NamedNode(iri)


def test_point_in_time_is_the_earliest_of_two() -> None:
    """A statement with two dates (say, from a hand-written Turtle file) shows the earliest,
    whichever order the store returns them in."""
    kg = KnowledgeGraph()
    g = _n("https://w3id.org/aikg/document/two-dates")
    stmt = _n(STMT + "two-dates")
    quads = [ox.Quad(_n(ENT + e), _n(RDF + "type"), _n(AIKG + "Company"), g) for e in ("acme", "globex")] + [
        ox.Quad(_n(ENT + "acme"), _n(RDFS + "label"), ox.Literal("Acme"), g),
        ox.Quad(_n(ENT + "globex"), _n(RDFS + "label"), ox.Literal("Globex"), g),
        ox.Quad(stmt, _n(RDF + "type"), _n(AIKG + "Statement"), g),
        ox.Quad(stmt, _n(RDF + "subject"), _n(ENT + "acme"), g),
        ox.Quad(stmt, _n(RDF + "predicate"), _n(AIKG + "customerOf"), g),
        ox.Quad(stmt, _n(RDF + "object"), _n(ENT + "globex"), g),
        ox.Quad(stmt, _n(AIKG + "status"), _n(AIKG + "Asserted"), g),
        ox.Quad(stmt, _n(AIKG + "confidence"), ox.Literal("0.9", datatype=_n(XSD + "decimal")), g),
    ]
    for date in ("2024-09-01", "2023-02-15", "2024-01-10"):
        quads.append(ox.Quad(stmt, _n(AIKG + "pointInTime"), ox.Literal(date, datatype=_n(XSD + "date")), g))
    kg.store.replace_document("two-dates.ttl", g.value, quads)
    [rel] = kg.relations(subject="Acme")
    assert rel.qualifiers == {"point_in_time": "2023-02-15"}
    [out] = kg.lookup("Acme").outgoing
    assert out.qualifiers == {"point_in_time": "2023-02-15"}
