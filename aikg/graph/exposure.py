"""Two risk questions over the dependency graph: who is exposed to an entity, and which single
entities an entity cannot do without.

"Depends on" is the projection's ``dependency_graph``: an edge a -> b wherever a direct
(asserted, reported or alleged) relation implies ``aikg:dependsOn`` from a to b, in the direction
the ontology declares (``customerOf`` forward, ``supplierOf`` from object to subject, ...).

How exposure is ranked (what is at stake): a dependent's stake is the money and share on the
first hop of its path, its own relation, because that is what it stands to lose if the chain to
the entity breaks. Amounts are annualised (``period``: day x365, week x52, month x12, quarter x4;
no period: as stated). aikg works offline and converts no currency, so amounts compare only
within a currency: entries with an amount come first, grouped by currency code (alphabetical),
largest first; then entries with only a share, largest first; then the rest. Ties break on hop
count, then label, then id, so the order is always the same. Among a dependent's paths (at most
``max_hops`` long) the one with the most at stake by the same order is shown.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from itertools import pairwise
from typing import TYPE_CHECKING, Any

import networkx as nx

from aikg.graph.paths import DependencyPath, Hop, distances_to, prefetch, simple_paths
from aikg.graph.projection import dependency_graph
from aikg.graph.records import STATUS_ORDER, Relation

if TYPE_CHECKING:
    from aikg.graph.dependency_index import Dependencies
    from aikg.graph.edges import EdgeReader

PER_YEAR = {"day": 365, "week": 52, "month": 12, "quarter": 4, "year": 1}


@dataclass(frozen=True)
class Stake:
    """What a dependent puts on the line: an amount (annualised when it has a period) and a share."""

    amount: float | None = None
    currency: str | None = None
    annual: float | None = None
    share: float | None = None

    @classmethod
    def of(cls, qualifiers: dict[str, Any]) -> Stake:
        """The stake a relation's qualifiers state, a recurring amount annualised (monthly x12)."""
        amount = qualifiers.get("amount")
        period = qualifiers.get("period")
        annual = None if amount is None else float(amount) * PER_YEAR.get(period or "", 1)
        return cls(amount, qualifiers.get("currency"), annual, qualifiers.get("share"))

    def rank(self) -> tuple[int, str, float, float]:
        """A sort key: amounts first (by currency, then largest), then shares, then neither."""
        if self.annual is not None:
            return (0, self.currency or "", -self.annual, -(self.share or 0))
        if self.share is not None:
            return (1, "", 0.0, -self.share)
        return (2, "", 0.0, 0.0)

    def to_json(self) -> dict[str, Any]:
        """The stake as JSON-ready data."""
        return {"amount": self.amount, "currency": self.currency, "annual": self.annual, "share": self.share}


@dataclass(frozen=True)
class Exposure:
    """``entity`` depends on the subject of the question, ``distance`` hops away, along ``path``."""

    entity: str
    label: str
    distance: int
    stake: Stake
    path: DependencyPath

    def to_json(self) -> dict[str, Any]:
        """The entry as JSON-ready data (``aikg exposure --json``)."""
        return {
            "entity": self.entity,
            "label": self.label,
            "distance": self.distance,
            "stake": self.stake.to_json(),
            "path": self.path.to_json(),
        }


@dataclass(frozen=True)
class SinglePoint:
    """A dependency whose failure costs the entity ``loses``, of one of two kinds:

    - ``gatekeeper``: every dependency path from the entity to each of ``loses`` passes through
      ``entity`` (a dominator): without it they cannot be reached.
    - ``common dependency``: ``shared_by`` of the entity's ``direct`` direct dependencies depend
      on it, directly or through others (``dependents`` names them): if it fails they all do,
      however many suppliers the entity spread its risk over. ``loses`` is it and everything of
      the entity's that depends on it.
    """

    entity: str
    label: str
    loses: tuple[str, ...]
    everything: bool
    kind: str = "gatekeeper"
    dependents: tuple[str, ...] = ()
    direct: int = 0

    @property
    def shared_by(self) -> int:
        """How many of the dependents it is a single point of failure for."""
        return len(self.dependents)

    def to_json(self) -> dict[str, Any]:
        """The entry as JSON-ready data (``aikg spof --json``)."""
        out: dict[str, Any] = {
            "entity": self.entity,
            "label": self.label,
            "kind": self.kind,
            "loses": list(self.loses),
            "everything": self.everything,
        }
        if self.kind == COMMON:
            out.update({"dependents": list(self.dependents), "direct": self.direct})
        return out


GATEKEEPER = "gatekeeper"
COMMON = "common dependency"


def _qualifiers(relations: list[Relation]) -> dict[tuple[str, str, str], dict[str, Any]]:
    """Each (subject, predicate, object)'s figures across its direct statuses, the surest first
    (the projection keeps one status's; a share may be asserted and the amount only reported)."""
    merged: dict[tuple[str, str, str], dict[str, Any]] = {}
    for r in sorted(relations, key=lambda r: STATUS_ORDER.index(r.status)):
        if r.is_direct:
            q = merged.setdefault((r.subject.id, r.predicate, r.object.id), {})
            for k, v in r.qualifiers.items():
                q.setdefault(k, v)
    return merged


def _label(graph: nx.MultiDiGraph, node: str) -> str:
    return str(graph.nodes[node].get("label") or node)


def exposure(
    graph: nx.MultiDiGraph, relations: list[Relation], entity: str, *, max_hops: int = 4
) -> list[Exposure]:
    """Everyone who depends on ``entity`` within ``max_hops``, ranked by what is at stake (see
    the module docstring). An entity nothing depends on gives an empty list."""
    deps = dependency_graph(graph)
    if entity not in deps:
        return []
    figures = _qualifiers(relations)
    reverse = deps.reverse(copy=False)
    reached = nx.single_source_shortest_path_length(reverse, entity, cutoff=max_hops)
    out = []
    for dependent, distance in reached.items():
        if dependent == entity:
            continue
        best: tuple[Any, ...] | None = None
        for nodes in nx.all_simple_paths(deps, dependent, entity, cutoff=max_hops):
            for path in _readings(graph, deps, nodes, figures):
                best = _better(best, path)
        if best is not None:
            out.append(Exposure(dependent, _label(graph, dependent), distance, best[1], best[2]))
    return sorted(out, key=lambda e: (e.stake.rank(), len(e.path.hops), e.label.lower(), e.entity))


def _better(best: tuple[Any, ...] | None, path: DependencyPath) -> tuple[Any, ...]:
    """The path with the most at stake of ``best`` (key, stake, path) and ``path``."""
    stake = Stake.of(path.hops[0].qualifiers)
    key = (stake.rank(), len(path.hops), path.nodes, [h.predicate for h in path.hops])
    return (key, stake, path) if best is None or key < best[0] else best


def index_exposure(
    index: Dependencies,
    edges: EdgeReader,
    labels: Callable[[Iterable[str]], dict[str, str]],
    entity: str,
    *,
    max_hops: int = 4,
) -> list[Exposure]:
    """:func:`exposure` over a dependency index, reading only the relations on the paths it
    weighs (through ``edges``) and the names of the dependents (``labels``): what the question
    costs, not what the store holds."""
    dist = distances_to(index, entity, max_hops)  # hops from each dependent to entity
    chains = {n: list(simple_paths(index, n, entity, max_hops, dist)) for n in dist if n != entity}
    steps = {(a, b) for found in chains.values() for nodes in found for a, b in pairwise(nodes)}
    edges.read(via for a, b in steps for via in index.vias(a, b))
    names = labels(chains)
    out = []
    for dependent, found in chains.items():
        best: tuple[Any, ...] | None = None
        for nodes in found:
            for path in _index_readings(index, edges, nodes):
                best = _better(best, path)
        if best is not None:
            label = names.get(dependent) or dependent
            out.append(Exposure(dependent, label, dist[dependent], best[1], best[2]))
    return sorted(out, key=lambda e: (e.stake.rank(), len(e.path.hops), e.label.lower(), e.entity))


def _index_readings(index: Dependencies, edges: EdgeReader, nodes: list[str]) -> list[DependencyPath]:
    """Every way of reading a node path as relations, each hop with its merged figures."""
    paths: list[tuple[Hop, ...]] = [()]
    for a, b in pairwise(nodes):
        hops = []
        for u, v, key in index.vias(a, b):
            data = edges(u, v, key)
            q = _qualifiers(edges.relations_of(u, v, key)).get((u, key, v), data["qualifiers"])
            hops.append(Hop(a, b, u, key, v, data["status"], data["confidence"], dict(q), data["evidence"]))
        paths = [(*p, h) for p in paths for h in hops]
    return [DependencyPath(p) for p in paths]


def _readings(
    graph: nx.MultiDiGraph,
    deps: nx.DiGraph,
    nodes: list[str],
    figures: dict[tuple[str, str, str], dict[str, Any]],
) -> list[DependencyPath]:
    """Every way of reading a node path as relations, each hop with its merged figures."""
    paths: list[tuple[Hop, ...]] = [()]
    for a, b in pairwise(nodes):
        hops = []
        for u, v, key in deps[a][b]["via"]:
            data = graph.edges[u, v, key]
            q = figures.get((u, key, v), data["qualifiers"])
            hops.append(Hop(a, b, u, key, v, data["status"], data["confidence"], dict(q), data["evidence"]))
        paths = [(*p, h) for p in paths for h in hops]
    return [DependencyPath(p) for p in paths]


def single_points_of_failure(graph: nx.MultiDiGraph, entity: str) -> list[SinglePoint]:
    """What ``entity`` cannot do without, of both kinds (see :class:`SinglePoint`).

    Gatekeepers are its dominators (other than itself) that dominate more than themselves;
    common dependencies are the entities that at least two of its direct dependencies depend
    on (not already gatekeepers). Ranked by how much of what ``entity`` depends on is lost,
    then gatekeepers first, then by label. No dependencies: an empty list.
    """
    deps = dependency_graph(graph)
    if entity not in deps:
        return []
    return _single_points(deps, entity, lambda n: _label(graph, n))


def index_single_points_of_failure(
    index: Dependencies, labels: Callable[[Iterable[str]], dict[str, str]], entity: str
) -> list[SinglePoint]:
    """:func:`single_points_of_failure` over a dependency index: only what ``entity`` depends
    on, directly or through others, is read (and named, through ``labels``)."""
    deps = nx.DiGraph()
    deps.add_node(entity)
    level = [entity]
    while level:
        following = []
        prefetch(index, level, reverse=False)
        for v in level:
            for w in index.successors(v):
                if w not in deps:
                    following.append(w)
                deps.add_edge(v, w)
        level = following
    names = labels(deps.nodes)
    return _single_points(deps, entity, lambda n: names.get(n) or n)


def _single_points(deps: nx.DiGraph, entity: str, label: Callable[[str], str]) -> list[SinglePoint]:
    reachable = nx.descendants(deps, entity) - {entity}
    gatekeepers = _gatekeepers(label, deps, entity, reachable)
    common = _common_dependencies(label, deps, entity, reachable, {g.entity for g in gatekeepers})
    return sorted(
        gatekeepers + common, key=lambda s: (-len(s.loses), s.kind != GATEKEEPER, s.label.lower(), s.entity)
    )


def _sorted(label: Callable[[str], str], nodes: Iterable[str]) -> tuple[str, ...]:
    return tuple(sorted(nodes, key=lambda n: (label(n).lower(), n)))


def _gatekeepers(
    label: Callable[[str], str], deps: nx.DiGraph, entity: str, reachable: set[str]
) -> list[SinglePoint]:
    idom = nx.immediate_dominators(deps, entity)
    children: dict[str, list[str]] = {}
    for node, parent in idom.items():
        if node != entity:
            children.setdefault(parent, []).append(node)
    out = []
    for node in reachable:
        lost, stack = [], [node]
        while stack:
            current = stack.pop()
            lost.append(current)
            stack.extend(children.get(current, ()))
        if len(lost) > 1:
            out.append(
                SinglePoint(node, label(node), _sorted(label, lost), everything=len(lost) == len(reachable))
            )
    return out


def _common_dependencies(
    label: Callable[[str], str], deps: nx.DiGraph, entity: str, reachable: set[str], skip: set[str]
) -> list[SinglePoint]:
    """Entities that two or more of ``entity``'s direct dependencies depend on."""
    direct = sorted(set(deps.successors(entity)) - {entity})
    below = {d: nx.descendants(deps, d) | {d} for d in direct}
    out = []
    for node in reachable - skip:
        dependents = [d for d in direct if node in below[d] and d != node]
        if len(dependents) < 2:
            continue
        lost = {node} | (nx.ancestors(deps, node) & reachable)  # all of entity's that fails with it
        out.append(
            SinglePoint(
                node,
                label(node),
                _sorted(label, lost),
                everything=len(lost) == len(reachable),
                kind=COMMON,
                dependents=_sorted(label, dependents),
                direct=len(direct),
            )
        )
    return out
