"""The facts graph's reads on the embedded store: index lookups, no SPARQL (see
:mod:`aikg.graph.storage.facts` for what they answer)."""

from __future__ import annotations

import pyoxigraph as ox

from aikg.graph.storage.facts import (
    DESCRIPTION,
    DIRECT_STATUSES,
    FACTS,
    MENTIONS,
    RDF_OBJECT,
    RDF_PREDICATE,
    RDF_SUBJECT,
    STATUS,
    Claim,
    Fact,
    Pair,
    claims_of,
    mentions_of,
    supports,
)


class LocalFactReads:
    """:class:`~aikg.graph.storage.facts.FactReads` over a pyoxigraph store."""

    def __init__(self, store: ox.Store) -> None:
        self._store = store

    def claims_in(self, graphs: list[ox.NamedNode]) -> tuple[set[Claim], set[ox.NamedNode]]:
        claims: set[Claim] = set()
        mentioned: set[ox.NamedNode] = set()
        for g in graphs:
            quads = [
                q
                for p in (RDF_SUBJECT, RDF_PREDICATE, RDF_OBJECT, STATUS, MENTIONS)
                for q in self._store.quads_for_pattern(None, p, None, g)
            ]
            claims |= claims_of(quads)
            mentioned |= mentions_of(quads)
        return claims, mentioned

    def claims_between(self, pairs: set[Pair], excluding: set[ox.NamedNode]) -> set[Claim]:
        out: set[Claim] = set()
        for a, b in (tuple(p) for p in pairs if len(p) == 2):
            for s, o in ((a, b), (b, a)):
                for q in self._store.quads_for_pattern(None, RDF_OBJECT, o, None):
                    g, stmt = q.graph_name, q.subject
                    if not supports(g, excluding):
                        continue
                    if not any(True for _ in self._store.quads_for_pattern(stmt, RDF_SUBJECT, s, g)):
                        continue
                    statuses = {x.object for x in self._store.quads_for_pattern(stmt, STATUS, None, g)}
                    if not statuses & DIRECT_STATUSES:
                        continue
                    for x in self._store.quads_for_pattern(stmt, RDF_PREDICATE, None, g):
                        if isinstance(x.object, ox.NamedNode):
                            out.add((s, x.object, o))
        return out

    def facts_between(self, pairs: set[Pair]) -> set[Fact]:
        out: set[Fact] = set()
        for a, b in (tuple(p) for p in pairs if len(p) == 2):
            for s, o in ((a, b), (b, a)):
                for q in self._store.quads_for_pattern(s, None, o, FACTS):
                    out.add((s, q.predicate, o))
        return out

    def mentioned_elsewhere(
        self, entities: set[ox.NamedNode], excluding: set[ox.NamedNode]
    ) -> set[ox.NamedNode]:
        return {
            e
            for e in entities
            if any(
                supports(q.graph_name, excluding)
                for q in self._store.quads_for_pattern(None, MENTIONS, e, None)
            )
        }

    def descriptions(self, entities: set[ox.NamedNode]) -> set[Fact]:
        return {
            (e, q.predicate, q.object)  # type: ignore[misc]
            for e in entities
            for q in self._store.quads_for_pattern(e, None, None, FACTS)
            if q.predicate in DESCRIPTION
        }
