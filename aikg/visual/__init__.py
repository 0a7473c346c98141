"""Interactive HTML views of the knowledge graph: graph in, one self-contained HTML file out.

Four plain functions, graph first, options keyword-only, each returning the path written:

- :func:`write_graph_view` — the whole graph;
- :func:`write_focus_view` — an entity and its neighbourhood;
- :func:`write_path_view` — the entities and edges of given paths;
- :func:`write_dependents_view` — who depends on an entity, directly or transitively.

The pages work offline (vis-network is inlined; a Content-Security-Policy forbids every fetch)
and show document text only as text. See :mod:`aikg.visual.html` for how and why.
"""

from __future__ import annotations

from aikg.visual.views import (
    write_dependents_view,
    write_focus_view,
    write_graph_view,
    write_path_view,
)

__all__ = [
    "write_dependents_view",
    "write_focus_view",
    "write_graph_view",
    "write_path_view",
]
