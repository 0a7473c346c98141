"""The facts graph's reads on a SPARQL server: a few queries with VALUES tables, in chunks so
that no request grows without bound (see :mod:`aikg.graph.storage.facts` for what they answer)."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from typing import Any

import pyoxigraph as ox

from aikg.graph.storage.facts import (
    CLAIM_PATTERN,
    DESCRIPTION,
    FACTS,
    MENTIONS,
    Claim,
    Fact,
    Pair,
    supports,
)

CHUNK = 200  # rows of a VALUES table in one request

Select = Callable[[str], list[dict[str, Any]]]


def _chunks(items: Sequence[Any]) -> Iterator[Sequence[Any]]:
    for i in range(0, len(items), CHUNK):
        yield items[i : i + CHUNK]


def _ordered_pairs(pairs: set[Pair]) -> list[tuple[ox.NamedNode, ox.NamedNode]]:
    out = []
    for p in pairs:
        if len(p) == 2:
            a, b = sorted(p, key=str)
            out += [(a, b), (b, a)]
    return out


class RemoteFactReads:
    """:class:`~aikg.graph.storage.facts.FactReads` over a SPARQL endpoint, given its SELECT."""

    def __init__(self, select: Select) -> None:
        self._select = select

    def claims_in(self, graphs: list[ox.NamedNode]) -> tuple[set[Claim], set[ox.NamedNode]]:
        claims: set[Claim] = set()
        mentioned: set[ox.NamedNode] = set()
        for chunk in _chunks(graphs):
            values = " ".join(str(g) for g in chunk)
            for row in self._select(f"SELECT ?s ?p ?o WHERE {{ VALUES ?g {{ {values} }} {CLAIM_PATTERN} }}"):
                claims.add((row["s"], row["p"], row["o"]))
            for row in self._select(
                f"SELECT ?e WHERE {{ VALUES ?g {{ {values} }} GRAPH ?g {{ ?g {MENTIONS} ?e }} }}"
            ):
                mentioned.add(row["e"])
        return claims, mentioned

    def claims_between(self, pairs: set[Pair], excluding: set[ox.NamedNode]) -> set[Claim]:
        out: set[Claim] = set()
        for chunk in _chunks(_ordered_pairs(pairs)):
            values = " ".join(f"({a} {b})" for a, b in chunk)
            for row in self._select(
                f"SELECT ?g ?s ?p ?o WHERE {{ VALUES (?s ?o) {{ {values} }} {CLAIM_PATTERN} }}"
            ):
                if supports(row["g"], excluding):
                    out.add((row["s"], row["p"], row["o"]))
        return out

    def facts_between(self, pairs: set[Pair]) -> set[Fact]:
        out: set[Fact] = set()
        for chunk in _chunks(_ordered_pairs(pairs)):
            values = " ".join(f"({a} {b})" for a, b in chunk)
            for row in self._select(
                f"SELECT ?s ?p ?o WHERE {{ VALUES (?s ?o) {{ {values} }} GRAPH {FACTS} {{ ?s ?p ?o }} }}"
            ):
                out.add((row["s"], row["p"], row["o"]))
        return out

    def mentioned_elsewhere(
        self, entities: set[ox.NamedNode], excluding: set[ox.NamedNode]
    ) -> set[ox.NamedNode]:
        out: set[ox.NamedNode] = set()
        for chunk in _chunks(sorted(entities, key=str)):
            values = " ".join(str(e) for e in chunk)
            for row in self._select(
                f"SELECT ?e ?g WHERE {{ VALUES ?e {{ {values} }} GRAPH ?g {{ ?g {MENTIONS} ?e }} }}"
            ):
                if supports(row["g"], excluding):
                    out.add(row["e"])
        return out

    def descriptions(self, entities: set[ox.NamedNode]) -> set[Fact]:
        out: set[Fact] = set()
        predicates = " ".join(str(p) for p in sorted(DESCRIPTION, key=str))
        for chunk in _chunks(sorted(entities, key=str)):
            values = " ".join(str(e) for e in chunk)
            for row in self._select(
                f"SELECT ?e ?p ?v WHERE {{ VALUES ?e {{ {values} }} VALUES ?p {{ {predicates} }} "
                f"GRAPH {FACTS} {{ ?e ?p ?v }} }}"
            ):
                out.add((row["e"], row["p"], row["v"]))
        return out
