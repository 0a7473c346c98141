"""Dependency questions: paths between two entities, what one depends on, and who depends on it,
directly or through others. They walk a :class:`DependencyIndex` and ask for the data of only
the relations on the paths they return (see ``EdgeData``), so a big store need not be read whole."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from itertools import pairwise
from typing import TYPE_CHECKING, Any

from aikg.graph.dependency_index import DependencyIndex

if TYPE_CHECKING:
    import networkx as nx

# The projection's data of the edge (subject, object, predicate): status, confidence,
# qualifiers, evidence. Asked only for the hops of the answer, so a caller may read it lazily.
EdgeData = Callable[[str, str, str], dict[str, Any]]


@dataclass(frozen=True)
class Hop:
    """One step of a dependency path: ``source`` depends on ``target`` through ``predicate``, as
    the relation (``subject`` ``predicate`` ``object``) states it."""

    source: str
    target: str
    subject: str
    predicate: str
    object: str
    status: str
    confidence: float
    qualifiers: dict[str, Any]
    evidence: list[dict[str, Any]]
    # Other relations that make the same step (OpenAI is Azure's customer and hosted on it):
    # one path with its alternatives per hop, not one path per combination of readings.
    alternatives: tuple[Hop, ...] = ()

    def to_json(self) -> dict[str, Any]:
        return {
            "from": self.source,
            "to": self.target,
            "relation": {
                "subject": self.subject,
                "predicate": self.predicate,
                "object": self.object,
            },
            "status": self.status,
            "confidence": self.confidence,
            "qualifiers": self.qualifiers,
            "evidence": self.evidence,
            "alternatives": [h.to_json() for h in self.alternatives],
        }


@dataclass(frozen=True)
class DependencyPath:
    """A chain source -> ... -> target in which each entity depends on the next."""

    hops: tuple[Hop, ...]

    @property
    def nodes(self) -> list[str]:
        return [self.hops[0].source, *(h.target for h in self.hops)] if self.hops else []

    @property
    def edges(self) -> list[tuple[str, str, str]]:
        return [(h.subject, h.object, h.predicate) for h in self.hops]

    @property
    def all_edges(self) -> list[tuple[str, str, str]]:
        """Every relation on the path: each hop's, then its alternatives' (what a view draws)."""
        return [(r.subject, r.object, r.predicate) for h in self.hops for r in (h, *h.alternatives)]

    def to_json(self) -> dict[str, Any]:
        return {"nodes": self.nodes, "hops": [h.to_json() for h in self.hops]}


@dataclass(frozen=True)
class Reach:
    """An entity reached through dependencies, how far, and the shortest path there."""

    entity: str
    distance: int
    path: DependencyPath

    def to_json(self) -> dict[str, Any]:
        return {"entity": self.entity, "distance": self.distance, "path": self.path.to_json()}


def _hops(index: DependencyIndex, edge_data: EdgeData, a: str, b: str) -> Iterator[Hop]:
    for u, v, key in index.vias(a, b):
        data = edge_data(u, v, key)
        yield Hop(
            a,
            b,
            u,
            key,
            v,
            data["status"],
            data["confidence"],
            data["qualifiers"],
            data["evidence"],
        )


def _step(index: DependencyIndex, edge_data: EdgeData, a: str, b: str) -> Hop:
    """The step ``a`` -> ``b``: its first relation, the others as its alternatives."""
    first, *rest = _hops(index, edge_data, a, b)
    return replace(first, alternatives=tuple(rest))


def _expand(index: DependencyIndex, edge_data: EdgeData, nodes: list[str]) -> DependencyPath:
    """A node path as relations, each hop with the other relations that make the same step."""
    return DependencyPath(tuple(_step(index, edge_data, a, b) for a, b in pairwise(nodes)))


def _simple_paths(index: DependencyIndex, source: str, target: str, cutoff: int) -> Iterator[list[str]]:
    """Every simple node path from ``source`` to ``target`` of at most ``cutoff`` edges."""
    path = [source]
    on_path = {source}
    stack = [iter(index.successors(source))]
    while stack:
        nxt = next(stack[-1], None)
        if nxt is None:
            stack.pop()
            on_path.discard(path.pop())
        elif nxt == target:
            yield [*path, target]
        elif nxt not in on_path and len(path) < cutoff:
            path.append(nxt)
            on_path.add(nxt)
            stack.append(iter(index.successors(nxt)))


def find_paths(
    index: DependencyIndex, edge_data: EdgeData, source: str, target: str, *, max_hops: int = 4
) -> list[DependencyPath]:
    """Every simple path of at most ``max_hops`` along which ``source`` depends on ``target``,
    shortest first."""
    if source == target:
        return []
    found = []
    for nodes in _simple_paths(index, source, target, max_hops):
        found.append(_expand(index, edge_data, nodes))
    return sorted(found, key=lambda p: (len(p.hops), p.nodes, [h.predicate for h in p.hops]))


def reach(
    index: DependencyIndex,
    edge_data: EdgeData,
    labels: Callable[[list[str]], dict[str, str]],
    source: str,
    *,
    reverse: bool,
) -> list[Reach]:
    """Everyone ``source`` depends on (or, ``reverse``, who depends on it), each with the
    shortest path there (breadth first, like NetworkX's ``single_source_shortest_path``), nearest
    first, then by label (``labels`` names the entities reached)."""
    walk = index.predecessors if reverse else index.successors
    routes: dict[str, list[str]] = {source: [source]}
    level = [source]
    while level:
        following = []
        for v in level:
            for w in walk(v):
                if w not in routes:
                    routes[w] = [*routes[v], w]
                    following.append(w)
        level = following
    del routes[source]
    names = labels(list(routes))
    out = []
    for node, nodes in routes.items():
        chain = list(reversed(nodes)) if reverse else nodes
        out.append(Reach(node, len(nodes) - 1, _expand(index, edge_data, chain)))
    return sorted(out, key=lambda r: (r.distance, names.get(r.entity, r.entity).lower()))


def _graph_edge_data(graph: nx.MultiDiGraph) -> EdgeData:
    return lambda u, v, key: graph.edges[u, v, key]


def _graph_labels(graph: nx.MultiDiGraph) -> Callable[[list[str]], dict[str, str]]:
    return lambda ids: {i: graph.nodes[i].get("label", i) for i in ids}


def dependency_paths(
    graph: nx.MultiDiGraph, source: str, target: str, *, max_hops: int = 4
) -> list[DependencyPath]:
    """:func:`find_paths` over a projection."""
    return find_paths(
        DependencyIndex.from_graph(graph), _graph_edge_data(graph), source, target, max_hops=max_hops
    )


def dependencies(graph: nx.MultiDiGraph, entity: str) -> list[Reach]:
    """What ``entity`` depends on, directly or through others, nearest first."""
    index = DependencyIndex.from_graph(graph)
    return reach(index, _graph_edge_data(graph), _graph_labels(graph), entity, reverse=False)


def dependents(graph: nx.MultiDiGraph, entity: str) -> list[Reach]:
    """Who depends on ``entity``, directly or through others, nearest first."""
    index = DependencyIndex.from_graph(graph)
    return reach(index, _graph_edge_data(graph), _graph_labels(graph), entity, reverse=True)
