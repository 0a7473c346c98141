"""How entity types and claim statuses look: colours, shapes, dash patterns and widths.

These are presentation choices, not vocabulary: a type or status missing here still draws,
with a neutral fallback, so a new ontology class never breaks a view.
"""

from __future__ import annotations

import math
from dataclasses import dataclass


@dataclass(frozen=True)
class TypeStyle:
    """How nodes of one entity type are drawn (vis-network shape names)."""

    color: str
    shape: str


@dataclass(frozen=True)
class StatusStyle:
    """How edges of one claim status are drawn."""

    color: str
    dashes: tuple[int, ...]  # empty: solid line
    arrow: str  # vis-network arrow type
    label: str  # format of the edge label; {p} is the predicate


TYPE_STYLES: dict[str, TypeStyle] = {
    "Organization": TypeStyle("#94a3b8", "dot"),
    "Company": TypeStyle("#3b82f6", "dot"),
    "Person": TypeStyle("#ec4899", "dot"),
    "ResearchLab": TypeStyle("#14b8a6", "hexagon"),
    "NewsOutlet": TypeStyle("#a16207", "square"),
    "Product": TypeStyle("#22c55e", "square"),
    "GovernmentBody": TypeStyle("#be123c", "triangleDown"),
    "AIModel": TypeStyle("#a855f7", "star"),
    "CloudPlatform": TypeStyle("#0ea5e9", "triangle"),
    "Chip": TypeStyle("#f97316", "diamond"),
}
FALLBACK_TYPE = TypeStyle("#9ca3af", "dot")

# Strongest first: the order the legend and the status filter use.
STATUS_STYLES: dict[str, StatusStyle] = {
    "asserted": StatusStyle("#374151", (), "arrow", "{p}"),
    "reported": StatusStyle("#2563eb", (), "arrow", "{p}"),
    "alleged": StatusStyle("#d97706", (10, 6), "arrow", "{p} (alleged)"),
    "speculative": StatusStyle("#9333ea", (2, 6), "arrow", "{p}?"),
    "negated": StatusStyle("#dc2626", (12, 4, 2, 4), "bar", "not {p}"),
}
FALLBACK_STATUS = StatusStyle("#6b7280", (4, 4), "arrow", "{p}")


def type_style(entity_type: str) -> TypeStyle:
    """The style of an entity type, or a neutral one for a type this module does not know."""
    return TYPE_STYLES.get(entity_type, FALLBACK_TYPE)


def status_style(status: str) -> StatusStyle:
    """The style of a claim status, or a neutral dashed one for an unknown status."""
    return STATUS_STYLES.get(status, FALLBACK_STATUS)


def edge_width(corroboration: int) -> float:
    """Line width for a claim seen in ``corroboration`` documents: logarithmic, capped.

    >>> [edge_width(c) for c in (0, 1, 2, 4)]
    [1.0, 1.0, 2.5, 4.0]
    """
    return round(min(1.0 + 1.5 * math.log2(max(corroboration, 1)), 8.0), 2)


def node_size(degree: int) -> float:
    """Node size grows slowly with degree so hubs stand out without swamping the view.

    >>> node_size(0), node_size(3)
    (14.0, 20.0)
    """
    return round(min(14.0 + 3.0 * math.log2(1 + degree), 36.0), 2)
