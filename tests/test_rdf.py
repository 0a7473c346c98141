"""The RDF shape of DESIGN.md: compared by graph isomorphism with a golden file, and SHACL-valid."""

from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox
import rdflib
from helpers import DATA, FACTS
from rdflib.compare import graph_diff, isomorphic, to_isomorphic

from aikg import KnowledgeGraph

SOURCE_PATH = rdflib.URIRef("https://w3id.org/aikg/ontology#sourcePath")


def exported(kg: KnowledgeGraph) -> rdflib.Graph:
    graph = rdflib.Graph().parse(data=kg.export("ttl"), format="turtle")
    graph.remove((None, SOURCE_PATH, None))  # machine-specific absolute path
    return graph


def _graphs(trig: bytes) -> dict[str, rdflib.Graph]:
    """Each named graph of a TriG text as an rdflib graph (the machine-specific path left out)."""
    grouped: dict[str, list[ox.Triple]] = {}
    for q in ox.parse(trig, format=ox.RdfFormat.TRIG):
        if str(q.predicate.value) != str(SOURCE_PATH):
            grouped.setdefault(q.graph_name.value, []).append(ox.Triple(q.subject, q.predicate, q.object))  # type: ignore[union-attr]
    return {
        name: rdflib.Graph().parse(data=ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES), format="nt")
        for name, triples in grouped.items()
    }


def test_fact_file_rdf_matches_the_golden_graph_graph_by_graph() -> None:
    """What the document says lands in its own graph, what follows from it in the facts graph."""
    kg = KnowledgeGraph()
    kg.ingest([FACTS / "industry.yaml"])
    got_graphs = _graphs(kg.export("trig"))
    golden_graphs = _graphs((DATA / "golden" / "industry.trig").read_bytes())
    assert (
        sorted(got_graphs)
        == sorted(golden_graphs)
        == [
            "https://w3id.org/aikg/document/3214ee864754f27e",
            "https://w3id.org/aikg/facts",
        ]
    )
    for name, graph in got_graphs.items():
        if not isomorphic(graph, golden_graphs[name]):
            _, only_got, only_golden = graph_diff(to_isomorphic(graph), to_isomorphic(golden_graphs[name]))
            raise AssertionError(
                f"graph {name} differs from golden:\n+ "
                + only_got.serialize(format="nt")
                + "\n- "
                + only_golden.serialize(format="nt")
            )


def test_speculative_and_negated_claims_get_a_statement_but_no_direct_triple() -> None:
    kg = KnowledgeGraph()
    kg.ingest([FACTS / "industry.yaml", FACTS / "denial.yaml"])
    assert kg.query("ASK { ent:microsoft aikg:acquires ent:acme-ai }").boolean is False
    assert kg.query(
        "ASK { ?s rdf:subject ent:microsoft ; rdf:predicate aikg:acquires ; aikg:status aikg:Speculative }"
    ).boolean
    # the negation from denial.yaml does not remove the asserted triple from industry.yaml
    assert kg.query("ASK { ent:microsoft aikg:investsIn ent:openai }").boolean


def test_each_document_lives_in_its_own_named_graph() -> None:
    kg = KnowledgeGraph()
    kg.ingest([FACTS / "industry.yaml", FACTS / "denial.yaml"])
    rows = kg.query(
        "SELECT ?g (COUNT(?st) AS ?n) WHERE { GRAPH ?g { ?st a aikg:Statement } } GROUP BY ?g ORDER BY ?n"
    ).rows
    assert [int(r["n"].value) for r in rows] == [2, 9]


def test_the_store_conforms_to_the_shacl_shapes() -> None:
    kg = KnowledgeGraph()
    kg.ingest([FACTS / "industry.yaml", FACTS / "denial.yaml"])
    report = kg.validate()
    assert report.conforms, report.violations


def test_shacl_catches_a_statement_without_evidence(tmp_path: Path) -> None:
    bad = tmp_path / "unsourced.ttl"
    bad.write_text(
        "@prefix aikg: <https://w3id.org/aikg/ontology#> .\n"
        "@prefix rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> .\n"
        "@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .\n"
        "<https://w3id.org/aikg/entity/a> a aikg:Company ; rdfs:label 'A' .\n"
        "<https://w3id.org/aikg/statement/x> a aikg:Statement ;\n"
        "  rdf:subject <https://w3id.org/aikg/entity/a> ;\n"
        "  rdf:predicate aikg:customerOf ; rdf:object <https://w3id.org/aikg/entity/a> ;\n"
        "  aikg:status aikg:Asserted ; aikg:confidence 1.5 .\n"
    )
    kg = KnowledgeGraph()
    assert kg.ingest([bad]).ok
    report = kg.validate()
    assert not report.conforms
    found = {(v.path.rsplit("#", 1)[-1] if v.path else None, v.message) for v in report.violations}
    assert found == {
        ("wasDerivedFrom", "a statement must say where it came from"),
        ("confidence", 'Value is not <= Literal("1", datatype=xsd:integer)'),
    }
