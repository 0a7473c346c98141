"""aikg: a sourced knowledge graph of AI-industry relationships.

The public API: :class:`KnowledgeGraph`, the models it takes in (``Claim``, ``Entity``...), and
the types its methods return (``Relation``, ``EntityCard``, ``Reach``, ``IngestReport``...).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"
__all__ = [
    "AIKGError",
    "Change",
    "Claim",
    "Conflict",
    "DependencyPath",
    "Document",
    "Entity",
    "EntityCard",
    "EntityRef",
    "Evidence",
    "ExportFormat",
    "Exposure",
    "Failure",
    "IngestReport",
    "Ingested",
    "KnowledgeGraph",
    "NamedQuery",
    "PathSearch",
    "QueryResult",
    "Reach",
    "Relation",
    "SinglePoint",
    "Stats",
    "Status",
    "TimelineEntry",
    "ValidationReport",
]

if TYPE_CHECKING:
    from aikg.errors import AIKGError
    from aikg.graph.conflicts import Conflict
    from aikg.graph.diff import Change
    from aikg.graph.exposure import Exposure, SinglePoint
    from aikg.graph.formats import ExportFormat
    from aikg.graph.named_queries import NamedQuery
    from aikg.graph.paths import DependencyPath, PathSearch, Reach
    from aikg.graph.records import EntityRef, Relation
    from aikg.graph.sparql import QueryResult
    from aikg.graph.stats import Stats
    from aikg.graph.timeline import TimelineEntry
    from aikg.graph.validate import ValidationReport
    from aikg.ingest.report import Failure, Ingested, IngestReport
    from aikg.kg import EntityCard, KnowledgeGraph
    from aikg.ontology.models import Claim, Document, Entity, Evidence, Status

_HOMES = {
    "AIKGError": "aikg.errors",
    "KnowledgeGraph": "aikg.kg",
    "Claim": "aikg.ontology.models",
    "Document": "aikg.ontology.models",
    "Entity": "aikg.ontology.models",
    "Evidence": "aikg.ontology.models",
    "Status": "aikg.ontology.models",
    "Change": "aikg.graph.diff",
    "Conflict": "aikg.graph.conflicts",
    "DependencyPath": "aikg.graph.paths",
    "EntityCard": "aikg.kg",
    "EntityRef": "aikg.graph.records",
    "ExportFormat": "aikg.graph.formats",
    "Exposure": "aikg.graph.exposure",
    "Failure": "aikg.ingest.report",
    "Ingested": "aikg.ingest.report",
    "IngestReport": "aikg.ingest.report",
    "NamedQuery": "aikg.graph.named_queries",
    "PathSearch": "aikg.graph.paths",
    "QueryResult": "aikg.graph.sparql",
    "Reach": "aikg.graph.paths",
    "Relation": "aikg.graph.records",
    "SinglePoint": "aikg.graph.exposure",
    "Stats": "aikg.graph.stats",
    "TimelineEntry": "aikg.graph.timeline",
    "ValidationReport": "aikg.graph.validate",
}


def __getattr__(name: str) -> Any:
    """Import the public names lazily, so that `aikg --help` starts fast."""
    if name in _HOMES:
        import importlib

        return getattr(importlib.import_module(_HOMES[name]), name)
    raise AttributeError(f"module 'aikg' has no attribute {name!r}")
