"""The four views: the whole graph, an entity's neighbourhood, paths, and an entity's dependents.

Each takes the graph layer's ``networkx.MultiDiGraph`` first (nodes are entity ids with
``label``, ``type``, ``aliases``...; edges are keyed by predicate and carry ``status``,
``evidence``, ``depends``...), writes one self-contained HTML file and returns its path.
An empty graph is an error (:class:`~aikg.errors.AIKGError`): a blank page would only hide the
real problem, which is that nothing has been ingested.
"""

from __future__ import annotations

import difflib
import os
from collections import deque
from collections.abc import Hashable, Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any

from aikg.errors import AIKGError, UnknownNameError
from aikg.visual.html import Edge, Scene, ordered, write_scene

PathLike = str | os.PathLike[str]


def write_graph_view(graph: Any, out: PathLike, *, title: str = "aikg") -> Path:
    """Write the whole graph as an interactive HTML page.

    Parameters: ``graph``, the graph layer's MultiDiGraph; ``out``, the file to write;
    ``title``, shown in the page header and the browser tab.
    Returns the path written. Raises :class:`AIKGError` if the graph is empty or ``out``
    cannot be written.
    """
    _check(graph)
    scene = Scene("graph", title, list(graph.nodes), list(graph.edges(keys=True)))
    return write_scene(graph, scene, out)


def write_focus_view(
    graph: Any, entity: Hashable, out: PathLike, *, depth: int = 1, title: str | None = None
) -> Path:
    """Write ``entity`` and every entity within ``depth`` hops of it, in either direction.

    ``entity`` is a node id, or a label or alias matched case-insensitively. The page opens
    zoomed to the entity with its details in the side panel. Edges between any two drawn
    entities are drawn. Raises :class:`UnknownNameError` (with the closest names) for an
    unknown entity, :class:`AIKGError` for a negative depth or an empty graph.
    """
    _check(graph)
    if depth < 0:
        raise AIKGError(f"depth must be 0 or more, not {depth}")
    node = resolve(graph, entity)
    nodes = ordered(neighbourhood(graph, node, depth), graph)
    label = _label(graph, node)
    hops = "hop" if depth == 1 else "hops"
    scene = Scene(
        "focus",
        title or f"aikg: {label}",
        nodes,
        list(graph.subgraph(nodes).edges(keys=True)),
        focus=node,
        note=f"{label} and everything within {depth} {hops}",
    )
    return write_scene(graph, scene, out)


def write_path_view(
    graph: Any,
    paths: Iterable[Sequence[Edge]],
    out: PathLike,
    *,
    title: str | None = None,
    dim_rest: bool = False,
    walks: Sequence[Sequence[Hashable]] | None = None,
    risks: Mapping[Hashable, list[str]] | None = None,
) -> Path:
    """Write the entities and edges of ``paths``, and nothing else unless ``dim_rest``.

    ``paths`` is a list of paths, each a list of ``(u, v, key)`` edges of ``graph`` (a path may
    follow an edge against its direction). ``walks`` gives each path's entities in the order it
    is walked (a DependencyPath's ``nodes``); without it the order is worked out from the edges,
    which a one-hop path taken backwards leaves ambiguous. With ``dim_rest=True`` the rest of the
    graph is drawn too, faded, so the paths can be seen in context. The sidebar lists the paths
    as the CLI prints them; clicking one selects it. ``risks`` maps an entity to lines saying
    whom it is a single point of failure for (shown in its panel, its border drawn thicker).
    Raises :class:`AIKGError` if there is no path, or an edge is not in the graph.
    """
    _check(graph)
    checked: list[list[Edge]] = []
    edges: list[Edge] = []
    seen: set[Edge] = set()
    for number, path in enumerate(paths, start=1):
        hops: list[Edge] = []
        for hop in path:
            try:
                u, v, key = hop
            except (TypeError, ValueError) as e:
                raise AIKGError(
                    f"path {number}: {hop!r} is not an edge; expected (subject, object, predicate)"
                ) from e
            if not graph.has_edge(u, v, key):
                raise AIKGError(f"path {number}: the graph has no edge {u} -{key}-> {v}")
            hops.append((u, v, key))
            if (u, v, key) not in seen:
                seen.add((u, v, key))
                edges.append((u, v, key))
        if hops:
            checked.append(hops)
    if not checked:
        raise AIKGError("no path to draw: the entities are not connected in this graph")
    given = [list(w) for w in walks] if walks is not None else []
    if walks is not None and len(given) != len(checked):
        raise AIKGError(f"{len(given)} walks given for {len(checked)} paths")
    walked = given or [_walk(path) for path in checked]
    on_path = {n for u, v, _ in edges for n in (u, v)}
    start, end = _ends(checked[0])
    scene = Scene(
        "path",
        title or f"aikg: {_label(graph, start)} to {_label(graph, end)}",
        ordered(on_path, graph),
        edges,
        paths=checked,
        walks=walked,
        note=f"{len(checked)} path{'' if len(checked) == 1 else 's'}",
        risks=dict(risks or {}),
    )
    if dim_rest:
        scene.nodes = list(graph.nodes)
        scene.edges = edges + [e for e in graph.edges(keys=True) if e not in seen]
        scene.highlight_nodes = on_path
        scene.highlight_edges = seen
    return write_scene(graph, scene, out)


def write_dependents_view(graph: Any, entity: Hashable, out: PathLike, *, title: str | None = None) -> Path:
    """Write ``entity`` and everyone who depends on it, directly or through others.

    Follows each edge's ``depends`` attribute (``forward``: the edge's subject depends on its
    object; ``backward``: the reverse), and only edges that are direct claims (asserted,
    reported or alleged; ``direct`` true): a speculative or negated dependency is no dependency.
    Draws exactly the dependency edges that connect the dependents to ``entity``.
    Raises :class:`UnknownNameError` for an unknown entity, :class:`AIKGError` for an empty graph.
    """
    _check(graph)
    node = resolve(graph, entity)
    members, edges = dependents(graph, node)
    label = _label(graph, node)
    count = len(members) - 1
    note = (
        f"{count} entit{'y' if count == 1 else 'ies'} depend on {label}"
        if count
        else f"nothing in this graph depends on {label}"
    )
    scene = Scene(
        "dependents",
        title or f"aikg: who depends on {label}",
        ordered(members, graph),
        edges,
        focus=node,
        note=note,
    )
    return write_scene(graph, scene, out)


# ---------------------------------------------------------------------------------------------
# Selection helpers (pure functions of the graph; tested directly)


def neighbourhood(graph: Any, node: Hashable, depth: int) -> set[Hashable]:
    """Nodes within ``depth`` hops of ``node``, following edges in both directions."""
    seen = {node}
    frontier = [node]
    for _ in range(depth):
        following: list[Hashable] = []
        for current in frontier:
            for other in (*graph.successors(current), *graph.predecessors(current)):
                if other not in seen:
                    seen.add(other)
                    following.append(other)
        if not following:
            break
        frontier = following
    return seen


def dependents(graph: Any, node: Hashable) -> tuple[set[Hashable], list[Edge]]:
    """``node`` and all who depend on it (transitively), with the dependency edges among them.

    An edge ``u -> v`` counts when it is a direct claim and ``depends`` is ``forward``
    (u depends on v) or ``backward`` (v depends on u).
    """
    members = {node}
    edges: list[Edge] = []
    queue = deque([node])
    while queue:
        current = queue.popleft()
        found: list[tuple[Hashable, Edge]] = [
            (u, (u, current, key))
            for u, _, key, attrs in graph.in_edges(current, keys=True, data=True)
            if attrs.get("direct") and attrs.get("depends") == "forward"
        ]
        found += [
            (v, (current, v, key))
            for _, v, key, attrs in graph.out_edges(current, keys=True, data=True)
            if attrs.get("direct") and attrs.get("depends") == "backward"
        ]
        for dependent, edge in found:
            edges.append(edge)
            if dependent not in members:
                members.add(dependent)
                queue.append(dependent)
    return members, edges


def resolve(graph: Any, entity: Hashable) -> Hashable:
    """The node ``entity`` names: its id, or else a label or alias, ignoring case."""
    if entity in graph:
        return entity
    wanted = str(entity).casefold()
    hits = [
        n
        for n, attrs in graph.nodes(data=True)
        if wanted
        in {str(n).casefold(), str(attrs.get("label", "")).casefold()}
        | {str(a).casefold() for a in attrs.get("aliases") or ()}
    ]
    if len(hits) == 1:
        return hits[0]
    if hits:
        names = ", ".join(f"{_label(graph, n)} ({n})" for n in hits[:5])
        raise AIKGError(f"{entity!r} names several entities: {names}; give an id")
    labels = {str(attrs.get("label") or n): n for n, attrs in graph.nodes(data=True)}
    raise UnknownNameError(str(entity), difflib.get_close_matches(str(entity), list(labels), n=3))


def _check(graph: Any) -> None:
    if not (hasattr(graph, "is_multigraph") and graph.is_multigraph() and graph.is_directed()):
        raise AIKGError(f"expected a networkx.MultiDiGraph, got {type(graph).__name__}")
    if graph.number_of_nodes() == 0:
        raise AIKGError("the graph is empty: nothing to draw (ingest some documents first)")


def _label(graph: Any, node: Hashable) -> str:
    return str(graph.nodes[node].get("label") or node)


def _walk(path: list[Edge]) -> list[Hashable]:
    """The entities of a path in walk order, each hop's edge taken either way."""
    nodes = [_ends(path)[0]]
    for u, v, _ in path:
        nodes.append(v if nodes[-1] == u else u)
    return nodes


def _ends(path: list[Edge]) -> tuple[Hashable, Hashable]:
    """First and last entity of a path whose edges may run either way."""
    first_u, first_v, _ = path[0]
    last_u, last_v, _ = path[-1]
    if len(path) == 1:
        return first_u, first_v
    start = first_u if first_u not in path[1][:2] else first_v
    end = last_v if last_v not in path[-2][:2] else last_u
    return start, end
