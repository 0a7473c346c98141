"""Dependency questions: paths between two entities, what one depends on, and who depends on it,
directly or through others. They walk :class:`Dependencies` and ask for the data of only
the relations on the paths they return (see ``EdgeData``), so a big store need not be read whole."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from functools import partial
from itertools import pairwise
from typing import TYPE_CHECKING, Any, overload

from aikg.graph.dependency_index import Dependencies, DependencyIndex

if TYPE_CHECKING:
    import networkx as nx

    from aikg.graph.records import EntityRef

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
        """The hop as JSON-ready data: its direction of dependence and the relation it follows."""
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
        """The entity ids along the path, source first."""
        return [self.hops[0].source, *(h.target for h in self.hops)] if self.hops else []

    @property
    def edges(self) -> list[tuple[str, str, str]]:
        """Each hop's relation as (subject, object, predicate), the projection's edge keys."""
        return [(h.subject, h.object, h.predicate) for h in self.hops]

    @property
    def all_edges(self) -> list[tuple[str, str, str]]:
        """Every relation on the path: each hop's, then its alternatives' (what a view draws)."""
        return [(r.subject, r.object, r.predicate) for h in self.hops for r in (h, *h.alternatives)]

    def to_json(self) -> dict[str, Any]:
        """The path as JSON-ready data: its nodes and hops (``aikg path --json``)."""
        return {"nodes": self.nodes, "hops": [h.to_json() for h in self.hops]}


@dataclass(frozen=True)
class Reach:
    """An entity reached through dependencies, how far, and the shortest path there."""

    entity: str
    distance: int
    path: DependencyPath

    def to_json(self) -> dict[str, Any]:
        """The entry as JSON-ready data (``aikg dependencies --json``)."""
        return {"entity": self.entity, "distance": self.distance, "path": self.path.to_json()}


_DATA_FIELDS = ("status", "confidence", "qualifiers", "evidence")


class _LazyHop(Hop):
    """A hop whose status, confidence, qualifiers and evidence are read when first asked for.

    Why: ``aikg dependents`` of an entity everyone depends on names 20,000 paths; printing them
    needs each hop's predicate, not its evidence, and reading the evidence of 20,000 relations
    costs seconds. A reader that was told of every hop in advance (``EdgeData.want``) reads
    them all in one batch on the first access. Equal to the Hop it stands for."""

    def __init__(
        self,
        source: str,
        target: str,
        subject: str,
        predicate: str,
        object: str,
        data: Callable[[], dict[str, Any]],
        alternatives: tuple[Hop, ...] = (),
    ) -> None:
        for name, value in (
            ("source", source),
            ("target", target),
            ("subject", subject),
            ("predicate", predicate),
            ("object", object),
            ("alternatives", alternatives),
            ("_data", data),
        ):
            object_setattr(self, name, value)

    def __getattr__(self, name: str) -> Any:
        if name not in _DATA_FIELDS or "_data" not in self.__dict__:
            raise AttributeError(name)
        data = self.__dict__["_data"]()
        for field in _DATA_FIELDS:
            object_setattr(self, field, data[field])
        return self.__dict__[name]

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Hop):
            return NotImplemented
        names = ("source", "target", "subject", "predicate", "object", *_DATA_FIELDS, "alternatives")
        return all(getattr(self, n) == getattr(other, n) for n in names)

    __hash__ = None  # type: ignore[assignment]  # as Hop's: its qualifiers are a dict

    def with_alternatives(self, alternatives: tuple[Hop, ...]) -> _LazyHop:
        """The same hop with ``alternatives`` (``dataclasses.replace`` would read its data)."""
        return _LazyHop(
            self.source, self.target, self.subject, self.predicate, self.object, self._data, alternatives
        )


object_setattr = object.__setattr__


def prefetch(index: Dependencies, nodes: list[str], *, reverse: bool) -> None:
    """Let an index that reads its edges as they are reached (a view as of a date) read those
    of a whole level of a breadth-first walk at once."""
    read = getattr(index, "prefetch", None)
    if read is not None:
        read(nodes, reverse=reverse)


def _batch(edge_data: EdgeData) -> EdgeData:
    """A reader of this answer's edges only, when ``edge_data`` reads in batches."""
    batch = getattr(edge_data, "batch", None)
    return batch() if batch is not None else edge_data  # type: ignore[no-any-return]


def _step(index: Dependencies, edge_data: EdgeData, a: str, b: str) -> Hop:
    """The step ``a`` -> ``b``: its first relation by predicate, the others as its alternatives."""
    want = getattr(edge_data, "want", None)
    vias = sorted(index.vias(a, b), key=lambda via: via[2])
    if want is not None:
        for u, v, key in vias:
            want(u, v, key)
    (u, v, key), *rest = vias
    alternatives = tuple(_LazyHop(a, b, x, k, y, partial(edge_data, x, y, k)) for x, y, k in rest)
    return _LazyHop(a, b, u, key, v, partial(edge_data, u, v, key), alternatives)


def _expand(
    index: Dependencies,
    edge_data: EdgeData,
    nodes: list[str],
    steps: dict[tuple[str, str], Hop] | None = None,
) -> DependencyPath:
    """A node path as relations, each hop with the other relations that make the same step
    (``steps`` keeps the steps made so far, for paths that share them)."""
    steps = {} if steps is None else steps
    hops = []
    for a, b in pairwise(nodes):
        if (a, b) not in steps:
            steps[(a, b)] = _step(index, edge_data, a, b)
        hops.append(steps[(a, b)])
    return DependencyPath(tuple(hops))


MAX_PATHS = 100  # paths returned: beyond a hundred, nobody reads them; the rest are counted
MAX_STEPS = 200_000  # search steps (edges followed): well under a second, however dense the graph


@dataclass(frozen=True)
class PathSearch(Sequence[DependencyPath]):
    """The paths found, shortest first, and how many more there are (a dense graph has
    billions: ``left_out`` counts those found past ``MAX_PATHS``; ``exhaustive`` is False when
    the search stopped at its step budget, so that ``left_out`` is a lower bound).
    ``source`` and ``target`` are the entities asked about, as resolved (set by
    ``KnowledgeGraph.paths``), so a caller can name them without resolving the names again."""

    paths: tuple[DependencyPath, ...]
    left_out: int = 0
    exhaustive: bool = True
    source: EntityRef | None = None
    target: EntityRef | None = None

    @overload
    def __getitem__(self, i: int) -> DependencyPath: ...
    @overload
    def __getitem__(self, i: slice) -> Sequence[DependencyPath]: ...
    def __getitem__(self, i: int | slice) -> DependencyPath | Sequence[DependencyPath]:
        return self.paths[i]

    def __len__(self) -> int:
        return len(self.paths)

    @property
    def complete(self) -> bool:
        """Whether these are all the paths there are."""
        return self.exhaustive and not self.left_out

    def note(self) -> str | None:
        """What was left out, in words (None when nothing was).

        >>> PathSearch((), left_out=3).note()
        'showing the first 0 paths, shortest first; 3 more were left out'
        """
        if self.complete:
            return None
        shown = f"showing the first {len(self.paths):,} path{'s' if len(self.paths) != 1 else ''}"
        if self.exhaustive:
            return f"{shown}, shortest first; {self.left_out:,} more were left out"
        return (
            f"{shown}, shortest first; at least {self.left_out:,} more were left out "
            f"(the search stopped after {MAX_STEPS:,} steps)"
        )


def distances_to(index: Dependencies, target: str, limit: int) -> dict[str, int]:
    """Hops from each entity to ``target`` (breadth first, backwards), up to ``limit``."""
    dist = {target: 0}
    level = [target]
    for d in range(1, limit + 1):
        following = []
        prefetch(index, level, reverse=True)
        for v in level:
            for u in index.predecessors(v):
                if u not in dist:
                    dist[u] = d
                    following.append(u)
        level = following
    return dist


class _Budget:
    def __init__(self, steps: int) -> None:
        self.left = steps

    def spend(self) -> bool:
        self.left -= 1
        return self.left >= 0


def simple_paths(
    index: Dependencies,
    source: str,
    target: str,
    max_hops: int,
    dist: dict[str, int],
    *,
    exact: bool = False,
    budget: _Budget | None = None,
) -> Iterator[list[str]]:
    """Every simple node path from ``source`` to ``target`` of at most ``max_hops`` edges (what
    NetworkX's ``all_simple_paths`` gives, in another order), or of exactly that many if
    ``exact``; a branch that cannot reach ``target`` in the hops left (``dist``: hops from each
    node to it) is never entered, so sparse graphs cost little. Stops when ``budget`` runs out."""
    path = [source]
    on_path = {source}
    stack = [iter(index.successors(source))]
    while stack:
        nxt = next(stack[-1], None)
        if nxt is None:
            stack.pop()
            on_path.discard(path.pop())
            continue
        if budget is not None and not budget.spend():
            return
        left = max_hops - len(path)  # hops left after stepping to nxt
        if nxt == target:
            if not exact or left == 0:
                yield [*path, target]
        elif left > 0 and nxt not in on_path and dist.get(nxt, left + 1) <= left:
            path.append(nxt)
            on_path.add(nxt)
            stack.append(iter(index.successors(nxt)))


def find_paths(
    index: Dependencies,
    edge_data: EdgeData,
    source: str,
    target: str,
    *,
    max_hops: int = 4,
    max_paths: int = MAX_PATHS,
    max_steps: int = MAX_STEPS,
) -> PathSearch:
    """The simple paths of at most ``max_hops`` along which ``source`` depends on ``target``,
    shortest first (then by entities and predicates): at most ``max_paths`` of them, the others
    counted, all within ``max_steps`` steps of search (so a dense graph, where paths grow
    factorially with their length, answers as quickly as a sparse one)."""
    if source == target:
        return PathSearch(())
    edge_data = _batch(edge_data)
    dist = distances_to(index, target, max_hops)
    budget = _Budget(max_steps)
    found: list[DependencyPath] = []
    left_out = 0
    for length in range(1, max_hops + 1):
        if dist.get(source, max_hops + 1) > length:
            continue
        for chain in sorted(simple_paths(index, source, target, length, dist, exact=True, budget=budget)):
            if len(found) < max_paths:
                found.append(_expand(index, edge_data, chain))
            else:
                left_out += 1
        if budget.left < 0:
            return PathSearch(tuple(found), left_out, exhaustive=False)
    return PathSearch(tuple(found), left_out)


def reach(
    index: Dependencies,
    edge_data: EdgeData,
    labels: Callable[[list[str]], dict[str, str]],
    source: str,
    *,
    reverse: bool,
) -> list[Reach]:
    """Everyone ``source`` depends on (or, ``reverse``, who depends on it), each with the
    shortest path there (breadth first, like NetworkX's ``single_source_shortest_path``), nearest
    first, then by label (``labels`` names the entities reached)."""
    edge_data = _batch(edge_data)
    walk = index.predecessors if reverse else index.successors
    routes: dict[str, list[str]] = {source: [source]}
    level = [source]
    while level:
        following = []
        prefetch(index, level, reverse=reverse)
        for v in level:
            for w in walk(v):
                if w not in routes:
                    routes[w] = [*routes[v], w]
                    following.append(w)
        level = following
    del routes[source]
    names = labels(list(routes))
    out = []
    steps: dict[tuple[str, str], Hop] = {}
    for node, nodes in routes.items():
        chain = list(reversed(nodes)) if reverse else nodes
        out.append(Reach(node, len(nodes) - 1, _expand(index, edge_data, chain, steps)))
    return sorted(out, key=lambda r: (r.distance, names.get(r.entity, r.entity).lower()))


def _graph_edge_data(graph: nx.MultiDiGraph) -> EdgeData:
    return lambda u, v, key: graph.edges[u, v, key]


def _graph_labels(graph: nx.MultiDiGraph) -> Callable[[list[str]], dict[str, str]]:
    return lambda ids: {i: graph.nodes[i].get("label", i) for i in ids}


def dependency_paths(graph: nx.MultiDiGraph, source: str, target: str, *, max_hops: int = 4) -> PathSearch:
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
