"""aikg: a sourced knowledge graph of AI-industry relationships."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"
__all__ = ["AIKGError", "Claim", "Document", "Entity", "Evidence", "KnowledgeGraph", "Status"]

if TYPE_CHECKING:
    from aikg.errors import AIKGError
    from aikg.kg import KnowledgeGraph
    from aikg.ontology.models import Claim, Document, Entity, Evidence, Status

_HOMES = {
    "AIKGError": "aikg.errors",
    "KnowledgeGraph": "aikg.kg",
    "Claim": "aikg.ontology.models",
    "Document": "aikg.ontology.models",
    "Entity": "aikg.ontology.models",
    "Evidence": "aikg.ontology.models",
    "Status": "aikg.ontology.models",
}


def __getattr__(name: str) -> Any:
    """Import the public names lazily, so that `aikg --help` starts fast."""
    if name in _HOMES:
        import importlib

        return getattr(importlib.import_module(_HOMES[name]), name)
    raise AttributeError(f"module 'aikg' has no attribute {name!r}")
