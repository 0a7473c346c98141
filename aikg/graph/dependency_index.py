"""Who depends on whom: read through the store's own indexes, or as adjacency lists in memory.

Why: ``aikg path`` and ``aikg dependents`` need only the dependency structure and then the
evidence of the few hops they print. Ingest keeps ``dependsOn`` in the facts graph equal to what
the documents support (:mod:`aikg.graph.storage.facts`), so on the embedded store
:class:`StoreDependencies` answers each step with one index lookup, and the first question after
an ingest costs what the tenth does (an index rebuilt per store version took 33 s at 100k
entities). Where a lookup is a network round trip (a SPARQL server) or the store is a dated view,
:func:`build_index` reads the statements once into a :class:`DependencyIndex`.

An edge a -> b exists wherever a relation with a direct status (asserted, reported, alleged)
implies that a depends on b, exactly as :func:`aikg.graph.projection.dependency_graph` derives it;
``via`` keeps the (subject, object, predicate) relations that imply it.
"""

from __future__ import annotations

from array import array
from bisect import bisect_left
from typing import TYPE_CHECKING, Any, Protocol

from aikg.graph.storage.contract import Store
from aikg.ontology.status import Status
from aikg.ontology.terms import Aikg
from aikg.ontology.vocab import AIKG, ENT, RDF, STMT
from aikg.ontology.vocab import vocabulary as _vocabulary

if TYPE_CHECKING:
    import networkx as nx

Via = tuple[str, str, str]  # (subject, object, predicate) of a relation, as the projection keys edges

DEPENDS_ON = Aikg.dependsOn


class Dependencies(Protocol):
    """What the path and reach searches ask of a dependency structure."""

    def successors(self, name: str) -> list[str]:
        """Who ``name`` depends on directly."""
        ...

    def predecessors(self, name: str) -> list[str]:
        """Who depends on ``name`` directly."""
        ...

    def vias(self, a: str, b: str) -> list[Via]:
        """The relations (subject, object, predicate) through which ``a`` depends on ``b``."""
        ...


class StoreDependencies:
    """:class:`Dependencies` read from the facts graph's ``dependsOn`` triples and canonical
    relations, one index lookup a step."""

    def __init__(self, store: Store) -> None:
        self._store = store
        self._direction = {d.predicate: d.forward for d in _vocabulary().dependency_edges()}

    def successors(self, name: str) -> list[str]:
        """Who ``name`` depends on directly."""
        found = self._store.objects(ENT + name, DEPENDS_ON)
        return sorted(o[len(ENT) :] for o in found if o.startswith(ENT))

    def predecessors(self, name: str) -> list[str]:
        """Who depends on ``name`` directly."""
        import pyoxigraph as ox

        found = self._store.subjects_of(DEPENDS_ON, ox.NamedNode(ENT + name))
        return sorted(s[len(ENT) :] for s in found if s.startswith(ENT))

    def vias(self, a: str, b: str) -> list[Via]:
        """The relations (subject, object, predicate) through which ``a`` depends on ``b``."""
        out = []
        for s, o, forward in ((a, b, True), (b, a, False)):
            for p in self._store.predicates_between(ENT + s, ENT + o):
                name = p[len(AIKG) :] if p.startswith(AIKG) else ""
                if self._direction.get(name) is forward:
                    out.append((s, o, name))
        return sorted(out)


class DependencyIndex:
    """Adjacency in both directions as integer arrays (compressed rows), so that the cached
    index unpickles in milliseconds whatever the size of the store; names are mapped to ids
    on first use."""

    def __init__(self, pairs: dict[tuple[str, str], list[Via]]) -> None:
        """``pairs``: (a, b) -> the relations through which a depends on b."""
        names = sorted(
            {n for a, b in pairs for n in (a, b)} | {n for vs in pairs.values() for v in vs for n in v}
        )
        ids = {n: i for i, n in enumerate(names)}
        predicates = sorted({v[2] for vs in pairs.values() for v in vs})
        pids = {p: i for i, p in enumerate(predicates)}
        order = sorted(pairs, key=lambda ab: (ids[ab[0]], ids[ab[1]]))
        self.names, self.predicates = names, predicates
        self.fwd_start, self.fwd_to = _rows(len(names), [(ids[a], ids[b]) for a, b in order])
        self.via_start, self.via_data = array("i", [0]), array("i")
        for ab in order:
            for u, v, p in pairs[ab]:
                self.via_data.extend((ids[u], ids[v], pids[p]))
            self.via_start.append(len(self.via_data) // 3)
        reverse = sorted((ids[b], ids[a], j) for j, (a, b) in enumerate(order))
        self.rev_start, self.rev_from = _rows(len(names), [(b, a) for b, a, _ in reverse])
        self.rev_edge = array("i", [j for _, _, j in reverse])
        self._ids: dict[str, int] | None = None

    def __getstate__(self) -> dict[str, Any]:
        return {**self.__dict__, "_ids": None}

    def _id(self, name: str) -> int | None:
        if self._ids is None:
            self._ids = {n: i for i, n in enumerate(self.names)}
        return self._ids.get(name)

    def successors(self, name: str) -> list[str]:
        """Who ``name`` depends on directly."""
        i = self._id(name)
        if i is None:
            return []
        return [self.names[j] for j in self.fwd_to[self.fwd_start[i] : self.fwd_start[i + 1]]]

    def predecessors(self, name: str) -> list[str]:
        """Who depends on ``name`` directly."""
        i = self._id(name)
        if i is None:
            return []
        return [self.names[j] for j in self.rev_from[self.rev_start[i] : self.rev_start[i + 1]]]

    def vias(self, a: str, b: str) -> list[Via]:
        """The relations (subject, object, predicate) through which ``a`` depends on ``b``."""
        i, j = self._id(a), self._id(b)
        if i is None or j is None:
            return []
        lo, hi = self.fwd_start[i], self.fwd_start[i + 1]
        k = bisect_left(self.fwd_to, j, lo, hi)
        if k == hi or self.fwd_to[k] != j:
            return []
        d = self.via_data
        return [
            (self.names[d[3 * x]], self.names[d[3 * x + 1]], self.predicates[d[3 * x + 2]])
            for x in range(self.via_start[k], self.via_start[k + 1])
        ]

    @classmethod
    def from_graph(cls, graph: nx.MultiDiGraph) -> DependencyIndex:
        """The index of a projection (what :func:`dependency_graph` gives, as adjacency lists)."""
        from aikg.graph.projection import dependency_graph

        deps = dependency_graph(graph)
        return cls({(a, b): list(data["via"]) for a, b, data in deps.edges(data=True)})


def _rows(n: int, edges: list[tuple[int, int]]) -> tuple[array[int], array[int]]:
    """Compressed rows of ``edges`` (sorted by source): row i is targets[start[i]:start[i + 1]]."""
    start, targets = array("i", [0] * (n + 1)), array("i", [t for _, t in edges])
    for s, _ in edges:
        start[s + 1] += 1
    for i in range(n):
        start[i + 1] += start[i]
    return start, targets


def build_index(store: Store) -> DependencyIndex:
    """Read the index from the statements: their subject, predicate, object, status and
    confidence (a statement without one of these is not a relation, as in load_relations)."""
    direction = {d.predicate: d.forward for d in _vocabulary().dependency_edges()}
    direct = {Aikg[s.value.capitalize()] for s in Status if s.is_direct}
    predicates = _column(store, RDF + "predicate")
    subjects = _column(store, RDF + "subject")
    objects = _column(store, RDF + "object")
    statuses = _column(store, Aikg.status)
    confident = _column(store, Aikg.confidence)
    found: set[tuple[str, str, str]] = set()
    for stmt, ps in predicates.items():
        names = {p[len(AIKG) :] for p in ps if p.startswith(AIKG)} & direction.keys()
        if not names or not statuses.get(stmt, set()) & direct or stmt not in confident:
            continue
        for s in subjects.get(stmt, ()):
            for o in objects.get(stmt, ()):
                if s.startswith(ENT) and o.startswith(ENT):
                    found.update((s[len(ENT) :], name, o[len(ENT) :]) for name in names)
    pairs: dict[tuple[str, str], list[Via]] = {}
    for s, name, o in sorted(found):
        pairs.setdefault((s, o) if direction[name] else (o, s), []).append((s, o, name))
    return DependencyIndex(pairs)


def _column(store: Store, predicate: str) -> dict[str, set[str]]:
    """Statement IRI -> the values of ``predicate`` (statements are named under STMT)."""
    out: dict[str, set[str]] = {}
    for stmt, value in store.values_of(predicate, subject_prefix=STMT):
        out.setdefault(stmt, set()).add(value)
    return out
