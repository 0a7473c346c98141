"""Node positions for large views, computed in Python so the browser only has to draw.

vis-network's Barnes-Hut costs tens of milliseconds per iteration for a couple of thousand
nodes in a headless Chromium, so a 2,000-node page laid out in the browser takes ten seconds or
more to become usable. networkx's layouts do not help at that size: ``spring_layout`` is
quadratic per iteration and needs SciPy. This is a small layout in numpy, linear in nodes and
edges per iteration, in three steps:

1. a spectral start per connected component (Koren's degree-normalised eigenvectors, found by
   power iteration), which separates clusters where a random start leaves one hairball, blended
   with rank coordinates so that hubs' neighbourhoods do not pile up, and leaves fanned out
   around their neighbour;
2. components packed side by side in rows, largest first;
3. a short force-directed refinement: linear attraction along edges and degree-weighted
   repulsion between nodes closer than one spacing (found with a grid of cells), which moves
   nodes off each other without undoing the overall shape.

It is deterministic for a given graph and seed.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from typing import Any

# Tuned on clustered and scale-free synthetic graphs of 2,000 and 20,000 nodes (see
# benchmarks/bench_visual.py): cluster separation, nearest-neighbour distance, time.
RANK_BLEND = 0.8  # share of rank (vs spectral) coordinates in the start
ATTRACTION = 0.3  # pull along each edge, per unit of length
RADIUS = 1.0  # repulsion range, in units of the spacing between neighbouring nodes
PER_CELL = 12  # a crowded cell is represented by this many of its nodes, weighted up


def force_layout(
    n_nodes: int,
    edges: Sequence[tuple[int, int]],
    *,
    seed: int = 7,
    iterations: int | None = None,
    spacing: float = 90.0,
) -> list[tuple[float, float]]:
    """Positions (in vis-network pixels) for nodes ``0..n_nodes-1`` joined by ``edges``.

    ``edges`` are pairs of node indices (direction and duplicates do not matter).
    ``spacing`` is roughly the distance, in pixels, between neighbouring nodes.

    >>> pos = force_layout(3, [(0, 1), (1, 2)])
    >>> len(pos), all(isinstance(c, float) for p in pos for c in p)
    (3, True)
    """
    import numpy as np

    if n_nodes == 0:
        return []
    rng = np.random.default_rng(seed)
    if iterations is None:
        iterations = 30 if n_nodes <= 5_000 else 20
    pairs = np.array([(u, v) for u, v in edges if u != v], dtype=np.int64).reshape(-1, 2)
    degree = np.bincount(pairs.ravel(), minlength=n_nodes).astype(np.float64)
    component = _components(n_nodes, pairs)
    pos = _spectral(pairs, degree, component, rng)
    pos += _packed_offsets(component)[component]
    pos += rng.normal(scale=0.15, size=pos.shape)  # separate nodes the spectral start merged
    _fan_out_leaves(pos, pairs, degree)
    _refine(pos, pairs, degree + 1.0, iterations)
    pos -= pos.mean(axis=0)
    return [(float(x), float(y)) for x, y in np.round(pos * spacing, 1)]


def _components(n_nodes: int, pairs: Any) -> Any:
    """Component number of each node (0 = largest component), by union-find."""
    import numpy as np

    parent = list(range(n_nodes))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for u, v in pairs.tolist():
        ru, rv = root(u), root(v)
        if ru != rv:
            parent[max(ru, rv)] = min(ru, rv)
    roots = np.array([root(i) for i in range(n_nodes)])
    _, label, sizes = np.unique(roots, return_inverse=True, return_counts=True)
    order = np.argsort(-sizes, kind="stable")  # renumber: largest component first
    rank = np.empty_like(order)
    rank[order] = np.arange(len(order))
    return rank[label]


def _spectral(pairs: Any, degree: Any, component: Any, rng: Any, rounds: int = 120) -> Any:
    """Two degree-normalised eigenvectors per component, scaled to the component's size.

    Power iteration on (I + D^-1 A) / 2, D-orthogonalised per component against the constant
    vector (and y against x), normalised per component: every component converges on its own.
    """
    import numpy as np

    n = len(degree)
    src, dst = pairs[:, 0], pairs[:, 1]
    k = int(component.max()) + 1
    weight = np.maximum(degree, 1.0)  # isolated nodes: weight 1, they stay at their centre
    mass_c = np.bincount(component, weights=weight, minlength=k)
    sizes = np.bincount(component, minlength=k)

    def per_component(values: Any) -> Any:
        return np.bincount(component, weights=values, minlength=k)

    vectors = rng.normal(size=(2, n))
    for _ in range(rounds):
        for i in (0, 1):
            v = vectors[i]
            spread = np.bincount(src, weights=v[dst], minlength=n)
            spread += np.bincount(dst, weights=v[src], minlength=n)
            v = 0.5 * (v + np.where(degree > 0, spread / weight, v))
            v -= (per_component(weight * v) / mass_c)[component]
            if i == 1:
                x = vectors[0]
                xx = np.maximum(per_component(weight * x * x), 1e-12)
                v -= (per_component(weight * v * x) / xx)[component] * x
            norm = np.sqrt(per_component(weight * v * v) / mass_c)
            vectors[i] = v / np.maximum(norm, 1e-12)[component]
    # Each axis now has an RMS of about 1 per component; give a component of s nodes the RMS
    # radius of a disc of s unit squares, sqrt(s / 2 pi).
    radius = np.sqrt(sizes / (2 * math.pi)) / math.sqrt(2)
    # Spectral coordinates bunch most nodes of a scale-free graph near the centre: blend each
    # axis with the node's rank on it within its component, which keeps the order (and so the
    # clusters) but spreads the nodes evenly.
    for i in (0, 1):
        order = np.lexsort((vectors[i], component))
        rank = np.empty(n)
        rank[order] = np.arange(n)
        start = (np.cumsum(sizes) - sizes)[component]
        uniform = ((rank - start + 0.5) / sizes[component] - 0.5) * math.sqrt(12)  # RMS 1
        # clipped: an eigenvector can single out a few nodes of a long chain, far away
        spectral = np.clip(vectors[i], -2.0, 2.0)
        vectors[i] = (1 - RANK_BLEND) * spectral + RANK_BLEND * uniform
    return vectors.T * radius[component][:, None]


def _fan_out_leaves(pos: Any, pairs: Any, degree: Any) -> None:
    """Spread nodes of degree one around their neighbour in a sunflower pattern.

    The spectral start puts a leaf where its neighbour is, so a hub's hundreds of leaves would
    start on one point; the sunflower gives each about one unit of area.
    """
    import numpy as np

    leaf_of = np.where(degree[pairs[:, 0]] == 1, 0, np.where(degree[pairs[:, 1]] == 1, 1, -1))
    rows = np.nonzero(leaf_of >= 0)[0]
    if len(rows) == 0:
        return
    leaf = pairs[rows, leaf_of[rows]]
    hub = pairs[rows, 1 - leaf_of[rows]]
    order = np.argsort(hub, kind="stable")
    leaf, hub = leaf[order], hub[order]
    first = np.searchsorted(hub, hub, side="left")
    rank = np.arange(len(hub)) - first  # 0, 1, 2... within each hub's leaves
    radius = 0.9 * np.sqrt(rank + 1.0)
    angle = rank * math.pi * (3 - math.sqrt(5))  # the golden angle
    pos[leaf] = pos[hub] + np.stack([radius * np.cos(angle), radius * np.sin(angle)], axis=1)


def _packed_offsets(component: Any) -> Any:
    """Centres for components laid out in rows, largest first, each in a square of its own."""
    import numpy as np

    sizes = np.bincount(component)
    side = 2.6 * np.sqrt(sizes / math.pi) + 1.0
    width = max(float(side.max()), 1.1 * math.sqrt(float((side**2).sum())))
    centres = np.zeros((len(sizes), 2))
    x = y = row = 0.0
    for c, s in enumerate(side.tolist()):
        if x > 0 and x + s > width:
            x, y, row = 0.0, y + row, 0.0
        centres[c] = (x + s / 2, y + s / 2)
        x += s
        row = max(row, s)
    return centres - centres[0]  # the largest component at the origin


def _refine(pos: Any, pairs: Any, mass: Any, iterations: int, seed: int = 7) -> None:
    """Force-directed refinement in place: short-range repulsion, attraction along edges.

    The spectral start already gives the large-scale shape; refinement only has to pull
    neighbours together and push apart nodes that sit on or near each other, so repulsion acts
    within ``RADIUS`` only, and moves shrink linearly from one unit to 0.05.
    """
    import numpy as np

    rng = np.random.default_rng(seed)
    n = len(pos)
    src, dst = pairs[:, 0], pairs[:, 1]
    for it in range(iterations):
        force = _repulsion(pos, mass, rng)
        pull = ATTRACTION * (pos[dst] - pos[src])
        for k in (0, 1):
            force[:, k] += np.bincount(src, weights=pull[:, k], minlength=n)
            force[:, k] -= np.bincount(dst, weights=pull[:, k], minlength=n)
        limit = 1.0 * (1 - it / iterations) + 0.05
        length = np.maximum(np.linalg.norm(force, axis=1, keepdims=True), 1e-9)
        pos += force / length * np.minimum(length / mass[:, None], limit)


def _repulsion(pos: Any, mass: Any, rng: Any) -> Any:
    """Repulsion m_i m_j / d between nodes closer than ``RADIUS``.

    Close pairs are found with a grid of ``RADIUS``-sized cells: each node against the nodes
    of the 3 x 3 cells around it, enumerated with numpy (nodes sorted by cell, so each cell's
    nodes are one slice). A cell with more than ``PER_CELL`` nodes is represented by a random
    run of ``PER_CELL`` of them, weighted up, so the work stays linear in the number of nodes.
    """
    import numpy as np

    n = len(pos)
    at = np.floor((pos - pos.min(axis=0)) / RADIUS).astype(np.int64) + 1
    width = int(at[:, 1].max()) + 2
    cell = at[:, 0] * width + at[:, 1]
    order = np.argsort(cell, kind="stable")
    sorted_cells = cell[order]
    chunks: list[tuple[Any, Any, Any]] = []
    for ox in (-1, 0, 1):
        for oy in (-1, 0, 1):
            target = cell + ox * width + oy
            first = np.searchsorted(sorted_cells, target, side="left")
            count = np.searchsorted(sorted_cells, target, side="right") - first
            taken = np.minimum(count, PER_CELL)
            total = int(taken.sum())
            if total == 0:
                continue
            i = np.repeat(np.arange(n), taken)
            run = np.arange(total) - np.repeat(np.cumsum(taken) - taken, taken)
            start = (rng.integers(0, 1 << 30, size=n) % np.maximum(count, 1))[i]
            j = order[np.repeat(first, taken) + (start + run) % np.repeat(count, taken)]
            weight = np.repeat(count / np.maximum(taken, 1), taken)
            chunks.append((i, j, weight))
    i, j, weight = (np.concatenate(parts) for parts in zip(*chunks, strict=True))
    delta = pos[i] - pos[j]
    dist2 = (delta**2).sum(axis=1)
    near = (dist2 < RADIUS * RADIUS) & (i != j)
    i, j, weight, delta = i[near], j[near], weight[near], delta[near]
    push = weight * mass[i] * mass[j] / np.maximum(dist2[near], 1e-4)
    force = np.zeros_like(pos)
    for k in (0, 1):
        force[:, k] = np.bincount(i, weights=push * delta[:, k], minlength=n)
    return force
