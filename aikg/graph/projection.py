"""The NetworkX view of the store: a MultiDiGraph of entities, predicates as edge keys.

A plain function over relations (like rdflib's ``rdflib_to_networkx_multidigraph``), so any NetworkX
algorithm runs on the result. Each edge carries its statuses, corroboration and evidence, and which
way it implies ``dependsOn`` (read from the ontology).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from functools import cache
from typing import TYPE_CHECKING, Any

from aikg.graph.records import STATUS_ORDER, EntityRef, Relation
from aikg.ontology.vocab import vocabulary as _vocabulary

if TYPE_CHECKING:  # imported where used: path questions read edges without NetworkX
    import networkx as nx


def to_networkx(entities: Iterable[EntityRef], relations: Iterable[Relation]) -> nx.MultiDiGraph:
    """Entities as nodes; one edge per (subject, predicate, object) carrying every status."""
    import networkx as nx

    graph = nx.MultiDiGraph()
    for e in entities:
        _add_entity(graph, e)
    grouped: dict[tuple[str, str, str], list[Relation]] = defaultdict(list)
    for r in relations:
        grouped[(r.subject.id, r.predicate, r.object.id)].append(r)
    for (s, p, o), rels in grouped.items():
        for ref in (rels[0].subject, rels[0].object):
            if ref.id not in graph:
                _add_entity(graph, ref)
        graph.add_edge(s, o, key=p, **edge_attributes(rels))
    return graph


def edge_attributes(rels: list[Relation]) -> dict[str, Any]:
    """The data of the edge for ``rels``, the relations (one per status) of one (subject,
    predicate, object): the best direct status leads, and every status's evidence is kept."""
    rels = sorted(rels, key=lambda r: STATUS_ORDER.index(r.status))
    p = rels[0].predicate
    direct = [r for r in rels if r.is_direct]
    best = direct[0] if direct else rels[0]
    evidence: list[dict[str, Any]] = []
    for r in rels:
        evidence.extend({**e.to_json(), "status": r.status} for e in r.evidence)
    return {
        "predicate": p,
        "status": best.status,
        "statuses": [r.status for r in rels],
        "direct": bool(direct),
        "confidence": best.confidence,
        "corroboration": len({e["document"] for e in evidence}),
        "qualifiers": dict(best.qualifiers),
        "depends": _directions().get(p),
        "evidence": evidence,
    }


@cache
def _directions() -> dict[str, str]:
    return {d.predicate: "forward" if d.forward else "backward" for d in _vocabulary().dependency_edges()}


def _add_entity(graph: nx.MultiDiGraph, e: EntityRef) -> None:
    graph.add_node(
        e.id, label=e.label, type=e.type, curated=e.curated, wikidata=e.wikidata, aliases=list(e.aliases)
    )


def dependency_graph(graph: nx.MultiDiGraph) -> nx.DiGraph:
    """A DiGraph with an edge a -> b wherever a depends on b through a direct (asserted, reported
    or alleged) relation; each edge keeps the (u, v, key) edges of ``graph`` that imply it."""
    import networkx as nx

    deps = nx.DiGraph()
    deps.add_nodes_from(graph.nodes)
    for u, v, key, data in graph.edges(keys=True, data=True):
        if not data.get("direct") or data.get("depends") is None:
            continue
        a, b = (u, v) if data["depends"] == "forward" else (v, u)
        if deps.has_edge(a, b):
            deps[a][b]["via"].append((u, v, key))
        else:
            deps.add_edge(a, b, via=[(u, v, key)])
    return deps
