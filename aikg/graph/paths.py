"""Dependency questions over the projection: paths between two entities, what one depends on,
and who depends on it, directly or through others."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from itertools import pairwise
from typing import Any

import networkx as nx

from aikg.graph.projection import dependency_graph


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


def _hops(graph: nx.MultiDiGraph, deps: nx.DiGraph, a: str, b: str) -> Iterator[Hop]:
    for u, v, key in deps[a][b]["via"]:
        data = graph.edges[u, v, key]
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


def _expand(graph: nx.MultiDiGraph, deps: nx.DiGraph, nodes: list[str]) -> list[DependencyPath]:
    """Every way of reading a node path as relations (two relations may imply one dependency)."""
    paths: list[tuple[Hop, ...]] = [()]
    for a, b in pairwise(nodes):
        paths = [(*p, h) for p in paths for h in _hops(graph, deps, a, b)]
    return [DependencyPath(p) for p in paths]


def dependency_paths(
    graph: nx.MultiDiGraph, source: str, target: str, *, max_hops: int = 4
) -> list[DependencyPath]:
    """Every simple path of at most ``max_hops`` along which ``source`` depends on ``target``,
    shortest first."""
    deps = dependency_graph(graph)
    if source not in deps or target not in deps or source == target:
        return []
    found = []
    for nodes in nx.all_simple_paths(deps, source, target, cutoff=max_hops):
        found.extend(_expand(graph, deps, nodes))
    return sorted(found, key=lambda p: (len(p.hops), p.nodes, [h.predicate for h in p.hops]))


def _reach(graph: nx.MultiDiGraph, source: str, *, reverse: bool) -> list[Reach]:
    deps = dependency_graph(graph)
    if source not in deps:
        return []
    walk = deps.reverse(copy=False) if reverse else deps
    routes = nx.single_source_shortest_path(walk, source)
    out = []
    for node, nodes in routes.items():
        if node == source:
            continue
        chain = list(reversed(nodes)) if reverse else nodes
        out.append(Reach(node, len(nodes) - 1, _expand(graph, deps, chain)[0]))
    return sorted(out, key=lambda r: (r.distance, graph.nodes[r.entity].get("label", r.entity).lower()))


def dependencies(graph: nx.MultiDiGraph, entity: str) -> list[Reach]:
    """What ``entity`` depends on, directly or through others, nearest first."""
    return _reach(graph, entity, reverse=False)


def dependents(graph: nx.MultiDiGraph, entity: str) -> list[Reach]:
    """Who depends on ``entity``, directly or through others, nearest first."""
    return _reach(graph, entity, reverse=True)
