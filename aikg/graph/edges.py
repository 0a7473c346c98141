"""The data of the relations a question names, read in batches through the store's indexes.

Why: a path or a list of dependents names a few relations (or, for an entity everyone depends
on, tens of thousands); each needs its statuses, figures and evidence, as the projection's edge
has them (:func:`aikg.graph.projection.edge_attributes`). Reading them one query each cost
half a millisecond a relation, and building the projection reads the whole store. The reader
here is told which relations a question may show (``want``) and reads them all at the first
access, with one join per few hundred relations.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from typing import Any

from aikg.errors import AIKGError
from aikg.graph.projection import edge_attributes
from aikg.graph.records import Dating, Relation, relations_of
from aikg.graph.storage.contract import Store

Edge = tuple[str, str, str]  # (subject, object, predicate), as the projection keys edges


class EdgeReader:
    """The projection's data of edges (subject, object, predicate), on demand, in batches.

    ``dating`` reads them as a view as of a date has them. Raises AIKGError for an edge the
    store does not hold (it changed since the dependency index was built)."""

    def __init__(self, store: Store, *, dating: Dating | None = None) -> None:
        self.store = store
        self.dating = dating
        self.data: dict[Edge, dict[str, Any] | None] = {}
        self.relations: dict[Edge, list[Relation]] = {}
        self.pending: set[Edge] = set()

    def want(self, u: str, v: str, key: str) -> None:
        """Read edge (``u``, ``v``, ``key``) with the next batch."""
        if (u, v, key) not in self.data:
            self.pending.add((u, v, key))

    def read(self, edges: Iterable[Edge]) -> None:
        """Read ``edges`` (and whatever else is wanted) now."""
        self.pending.update(e for e in edges if e not in self.data)
        if not self.pending:
            return
        batch, self.pending = sorted(self.pending), set()
        grouped: dict[Edge, list[Relation]] = defaultdict(list)
        found = relations_of(
            self.store, [(u, key, v) for u, v, key in batch], dating=self.dating, entities={}
        )
        for r in found:
            grouped[(r.subject.id, r.object.id, r.predicate)].append(r)
        for edge in batch:
            rels = grouped.get(edge, [])
            self.relations[edge] = rels
            self.data[edge] = edge_attributes(rels) if rels else None

    def batch(self) -> EdgeBatch:
        """A reader for one answer: it reads the edges wanted through it together, on the first
        access to any of them (another answer's wanted edges are not read with them)."""
        return EdgeBatch(self)

    def relations_of(self, u: str, v: str, key: str) -> list[Relation]:
        """The relations (one per status) of the edge; none if the store has none."""
        self.read([(u, v, key)])
        return self.relations[(u, v, key)]

    def __call__(self, u: str, v: str, key: str) -> dict[str, Any]:
        self.read([(u, v, key)])
        data = self.data[(u, v, key)]
        if data is None:  # the index named a relation the store no longer has
            raise AIKGError(f"no {key} relation from {u} to {v} in the store: it changed meanwhile")
        return data


class EdgeBatch:
    """The edges one answer may show (see :meth:`EdgeReader.batch`)."""

    def __init__(self, reader: EdgeReader) -> None:
        self.reader = reader
        self.pending: set[Edge] = set()

    def want(self, u: str, v: str, key: str) -> None:
        """Read edge (``u``, ``v``, ``key``) with the others of this answer."""
        if (u, v, key) not in self.reader.data:
            self.pending.add((u, v, key))

    def __call__(self, u: str, v: str, key: str) -> dict[str, Any]:
        if (u, v, key) not in self.reader.data:
            self.reader.read([*self.pending, (u, v, key)])
            self.pending.clear()
        return self.reader(u, v, key)
