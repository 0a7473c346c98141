"""Counts that tell a user what their store holds."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from typing import Any

from aikg.graph.records import EntityRef, Relation
from aikg.graph.storage.contract import Store, is_document_graph


@dataclass(frozen=True)
class Stats:
    """What the store holds: quads, documents, entities and relations, and the last two broken down (``aikg
    stats``)."""

    quads: int
    documents: int
    entities: int
    relations: int
    entities_by_type: dict[str, int]
    relations_by_status: dict[str, int]
    relations_by_predicate: dict[str, int]

    def to_json(self) -> dict[str, Any]:
        """The counts as JSON-ready data (``aikg stats --json``)."""
        return {
            "quads": self.quads,
            "documents": self.documents,
            "entities": self.entities,
            "relations": self.relations,
            "entities_by_type": self.entities_by_type,
            "relations_by_status": self.relations_by_status,
            "relations_by_predicate": self.relations_by_predicate,
        }


def store_stats(store: Store, entities: dict[str, EntityRef], relations: list[Relation]) -> Stats:
    """Count the store's quads and documents, and the given entities and relations by type, status and
    predicate."""

    def counted(values: list[str]) -> dict[str, int]:
        return dict(sorted(Counter(values).items()))

    return Stats(
        quads=len(store),
        documents=sum(1 for g in store.named_graphs() if is_document_graph(g)),
        entities=len(entities),
        relations=len(relations),
        entities_by_type=counted([e.type for e in entities.values()]),
        relations_by_status=counted([r.status for r in relations]),
        relations_by_predicate=counted([r.predicate for r in relations]),
    )
