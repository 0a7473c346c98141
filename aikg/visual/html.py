"""Turn a chosen part of the graph into one self-contained, offline, injection-safe HTML file.

Why not simply ``pyvis.network.Network.add_node(...)`` then ``write_html(...)``:

* **Speed.** ``add_node`` and ``add_edge`` scan every node already added (an ``in`` test on a
  list), so filling a network grows quadratically; we build the node and edge dicts ourselves and
  assign ``net.nodes`` / ``net.edges`` directly, which is linear (see benchmarks/bench_visual.py).
* **Offline.** pyvis's templates load vis-network, tom-select and Bootstrap from a CDN
  (``remote``), from a ``lib/`` folder written next to the file (``local``), or inline everything
  except Bootstrap, which it still fetches and which hangs for ~10 s without a network
  (``in_line``). We inline vis-network's JS and CSS, read from the pyvis package itself, into our
  own small template, use no Bootstrap, and add a Content-Security-Policy that forbids every fetch
  (``default-src 'none'``), so a page that tried to load anything would be refused by the browser.
* **Safety.** Labels, sentences and titles come from documents. pyvis pastes data into its
  template with ``|tojson`` inside executable script and shows ``title`` tooltips as HTML. We put
  all data in a ``<script type="application/json">`` block with ``<``, ``>``, ``&``, U+2028 and
  U+2029 escaped, so no data can close the block or form markup, and the page script builds every
  label, tooltip and panel with ``textContent`` and DOM nodes, never ``innerHTML``. No vis
  ``title`` is set (vis would render a string one as HTML): evidence is shown in our own panel.
  The CSP allows only the page's own two scripts, by hash, so even an injected inline event handler
  (``onerror=...``) would not run.

pyvis still does what it is good at: its ``Network`` options object configures physics,
stabilisation and edge smoothing, and ``get_network_data`` hands back the assembled data.

Layout: up to ``LARGE`` nodes, vis-network lays the graph out in the browser with
a bounded number of Barnes-Hut iterations, then physics is switched off so the page stays still.
Larger views are laid out in Python (:mod:`aikg.visual.layout`, linear per iteration) and arrive
with fixed positions and physics off: in a headless Chromium vis's own layout costs ~60 ms per
iteration at 2,000 nodes, so a page took over ten seconds to settle. Either way
``window.aikgReady`` becomes true once the laid-out graph has been drawn.
"""

from __future__ import annotations

import base64
import hashlib
import json
import math
import os
import re
from collections.abc import Hashable, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

from aikg.errors import AIKGError
from aikg.visual.style import (
    STATUS_STYLES,
    TYPE_STYLES,
    edge_width,
    node_size,
    status_style,
    type_style,
)

Edge = tuple[Hashable, Hashable, Hashable]

# Above this many nodes a view trades looks for speed: positions computed in Python rather than
# by vis in the browser, straight edges, no label halos, edges hidden while dragging.
LARGE = 150
LABEL_MAX = 32  # characters of a label drawn on the canvas
QUALIFIER_KEYS = ("amount", "currency", "period", "share", "point_in_time")
EVIDENCE_KEYS = ("document", "title", "date", "sentence", "start", "end", "status")
_QID = re.compile(r"Q[0-9]+")


@dataclass
class Scene:
    """What one view draws: which nodes and edges, and what to emphasise."""

    kind: str  # graph | focus | path | dependents
    title: str
    nodes: list[Hashable]
    edges: list[Edge]
    focus: Hashable | None = None  # selected and zoomed to once laid out
    highlight_nodes: set[Hashable] | None = None  # None: nothing is dimmed
    highlight_edges: set[Edge] | None = None
    paths: list[list[Edge]] = field(default_factory=list)
    walks: list[list[Hashable]] = field(default_factory=list)  # each path's entities, in walk order
    note: str | None = None
    # entity -> whom it is a single point of failure for, and of which kind (the exposure view)
    risks: dict[Hashable, list[str]] = field(default_factory=dict)


# ---------------------------------------------------------------------------------------------
# Assets


@cache
def _pyvis_lib() -> Path:
    import pyvis  # only for its path; importing the package itself is cheap

    return Path(pyvis.__file__).parent / "templates" / "lib" / "vis-9.1.2"


@cache
def _assets() -> dict[str, str]:
    lib = _pyvis_lib()
    here = resources.files("aikg.visual").joinpath("assets")
    return {
        "vis_js": _script_safe((lib / "vis-network.min.js").read_text(encoding="utf-8")),
        "vis_css": _style_safe((lib / "vis-network.css").read_text(encoding="utf-8")),
        "app_js": _script_safe(here.joinpath("view.js").read_text(encoding="utf-8")),
        "app_css": _style_safe(here.joinpath("view.css").read_text(encoding="utf-8")),
        "template": here.joinpath("view.html").read_text(encoding="utf-8"),
    }


def _script_safe(code: str) -> str:
    # Trusted code, but an HTML parser ends a script at any "</script"; keep it inside.
    return re.sub(r"</(script)", r"<\\/\1", code, flags=re.IGNORECASE)


def _style_safe(css: str) -> str:
    return re.sub(r"</(style)", r"<\\/\1", css, flags=re.IGNORECASE)


def _csp_hash(code: str) -> str:
    digest = hashlib.sha256(code.encode("utf-8")).digest()
    return "'sha256-" + base64.b64encode(digest).decode("ascii") + "'"


# ---------------------------------------------------------------------------------------------
# JSON that is safe inside <script type="application/json">


def script_json(value: Any) -> str:
    """JSON for embedding in an HTML script block: no character of it can end the block.

    ``<``, ``>`` and ``&`` only ever occur inside JSON strings, where ``\\u003c`` and friends mean
    the same characters to ``JSON.parse``; U+2028/2029 are escaped for older JavaScript parsers.

    >>> script_json({"label": "</script><b>&"})
    '{"label":"\\\\u003c/script\\\\u003e\\\\u003cb\\\\u003e\\\\u0026"}'
    """
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":"), default=_json_default)
    return (
        text.replace("<", "\\u003c")
        .replace(">", "\\u003e")
        .replace("&", "\\u0026")
        .replace("\u2028", "\\u2028")
        .replace("\u2029", "\\u2029")
    )


def _json_default(value: Any) -> Any:
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return float(value)
    if isinstance(value, set | frozenset | tuple):
        return list(value)
    return str(value)


def _num(value: Any) -> float | int | None:
    """A JSON-safe number, or None for missing, NaN and infinite values."""
    if isinstance(value, bool) or value is None:
        return None
    if isinstance(value, int):
        return value
    try:
        number = float(value)
    except (TypeError, ValueError):
        return None
    return number if math.isfinite(number) else None


def _text(value: Any) -> str | None:
    if value is None:
        return None
    if isinstance(value, datetime | date):
        return value.isoformat()
    return str(value)


# ---------------------------------------------------------------------------------------------
# Data assembly


def _node_data(graph: Any, node: Hashable, scene: Scene) -> dict[str, Any]:
    attrs: Mapping[str, Any] = graph.nodes[node]
    label = _text(attrs.get("label")) or str(node)
    entity_type = _text(attrs.get("type")) or "Entity"
    style = type_style(entity_type)
    wikidata = _text(attrs.get("wikidata"))
    item: dict[str, Any] = {
        "id": str(node),
        # the canvas gets a short label; the panel, search and legend use the full one
        "label": label if len(label) <= LABEL_MAX else label[: LABEL_MAX - 1] + "…",
        "shape": style.shape,
        "color": style.color,
        "size": node_size(graph.degree(node)),
        "aikg": {
            "label": label,
            "type": entity_type,
            "aliases": [str(a) for a in attrs.get("aliases") or ()],
            "wikidata": wikidata if wikidata and _QID.fullmatch(wikidata) else None,
            "curated": bool(attrs.get("curated")),
        },
    }
    if scene.risks.get(node):
        item["aikg"]["risks"] = [str(r) for r in scene.risks[node]]
        item["borderWidth"] = 3
    if node == scene.focus:
        item["borderWidth"] = 4
        item["size"] = max(item["size"], 26.0)
        item["font"] = {"size": 18, "bold": True}
        item["aikg"]["role"] = "focus"
    if scene.highlight_nodes is not None:
        if node in scene.highlight_nodes:
            item["borderWidth"] = max(item.get("borderWidth", 1), 3)
            item["aikg"]["role"] = item["aikg"].get("role", "highlight")
        else:
            item["opacity"] = 0.25
            item["font"] = {"color": "#cbd5e1"}
            item["aikg"]["role"] = "dimmed"
    return item


def _edge_data(
    graph: Any, edge: Edge, edge_id: str, smooth: dict[str, Any] | None, scene: Scene
) -> dict[str, Any]:
    u, v, key = edge
    attrs: Mapping[str, Any] = graph.edges[u, v, key]
    predicate = _text(attrs.get("predicate")) or str(key)
    status = _text(attrs.get("status")) or "asserted"
    style = status_style(status)
    corroboration = _num(attrs.get("corroboration"))
    qualifiers = attrs.get("qualifiers") or {}
    evidence = [
        {k: (_num(ev.get(k)) if k in ("start", "end") else _text(ev.get(k))) for k in EVIDENCE_KEYS}
        for ev in attrs.get("evidence") or ()
    ]
    dimmed = scene.highlight_edges is not None and edge not in scene.highlight_edges
    item: dict[str, Any] = {
        "id": edge_id,
        "from": str(u),
        "to": str(v),
        "label": style.label.format(p=predicate),
        "color": {
            "color": style.color,
            "highlight": style.color,
            "hover": style.color,
            "opacity": 0.2 if dimmed else 1.0,
        },
        "width": edge_width(int(corroboration or 1)),
        "aikg": {
            "predicate": predicate,
            "status": status,
            "statuses": [str(s) for s in attrs.get("statuses") or (status,)],
            "direct": bool(attrs.get("direct")),
            "confidence": _num(attrs.get("confidence")),
            "corroboration": corroboration,
            "depends": _text(attrs.get("depends")),
            "qualifiers": {
                k: (_num(qualifiers[k]) if k in ("amount", "share") else _text(qualifiers[k]))
                for k in QUALIFIER_KEYS
                if qualifiers.get(k) is not None
            },
            "evidence": evidence,
        },
    }
    if style.dashes:
        item["dashes"] = list(style.dashes)
    if style.arrow != "arrow":
        item["arrows"] = {"to": {"enabled": True, "type": style.arrow}}
    if smooth is not None:
        item["smooth"] = smooth
    if dimmed:
        item["font"] = {"color": "#cbd5e1"}
        item["aikg"]["role"] = "dimmed"
    elif scene.highlight_edges is not None:
        item["width"] = max(item["width"], 3.0)
        item["aikg"]["role"] = "highlight"
    return item


def _parallel_smoothing(edges: list[Edge]) -> list[dict[str, Any] | None]:
    """Curve edges that share a pair of nodes so that they, and their labels, do not overlap."""
    groups: dict[frozenset[str], list[int]] = {}
    for i, (u, v, _) in enumerate(edges):
        groups.setdefault(frozenset((str(u), str(v))), []).append(i)
    out: list[dict[str, Any] | None] = [None] * len(edges)
    for members in groups.values():
        if len(members) < 2:
            continue
        offset = len(members) % 2  # an odd group keeps one edge straight
        for rank, i in enumerate(members[offset:]):
            u, v, _ = edges[i]
            side = rank % 2 == 0
            if str(u) > str(v):  # the same geometric side whatever the edge's direction
                side = not side
            out[i] = {
                "enabled": True,
                "type": "curvedCW" if side else "curvedCCW",
                "roundness": round(0.2 + 0.15 * (rank // 2), 2),
            }
    return out


def _network(n_nodes: int) -> Any:
    """A pyvis Network with physics, stabilisation and smoothing set for ``n_nodes`` nodes."""
    from pyvis.network import Network  # heavy (pulls in IPython): import only to write a view

    large = n_nodes > LARGE
    net = Network(directed=True)
    # ForceAtlas2's repulsion grows with degree: hubs push their neighbours out and the graph
    # spreads over the page, where Barnes-Hut packed the example corpus's 49 entities into the
    # centre (fitted at scale 0.40 with overlapping labels; 0.74 and none overlapping now).
    net.force_atlas_2based(
        gravity=-120,
        central_gravity=0.02,
        spring_length=120,
        spring_strength=0.05,
        damping=0.4,
        overlap=0.6,
    )
    # Larger views arrive laid out (see layout.py): no physics, the browser only draws.
    net.toggle_physics(not large)
    net.toggle_stabilization(not large)
    net.options.physics.stabilization.iterations = 300  # bounded: about a second at 150 nodes
    net.options.physics.stabilization.updateInterval = 25
    net.set_edge_smooth("continuous")
    net.toggle_hide_edges_on_drag(large)
    return net


def _finish_options(options: dict[str, Any], n_nodes: int) -> dict[str, Any]:
    """Complete pyvis's options with what its Network has no setter for."""
    large = n_nodes > LARGE
    options["physics"].update({"minVelocity": 1.0, "maxVelocity": 60, "timestep": 0.5})
    options["edges"] = {
        "arrows": {"to": {"enabled": True, "scaleFactor": 0.6}},
        "color": {"inherit": False},
        "smooth": {"enabled": not large, "type": "continuous", "roundness": 0.3},
        # A white halo behind labels reads well but costs ~20x per label in a software-
        # rendered canvas (2.7 s a frame at 2,000 nodes): small views only.
        "font": {
            "size": 11,
            "color": "#4b5563",
            "strokeWidth": 0 if large else 3,
            "strokeColor": "#ffffff",
            "align": "top",
        },
        "selectionWidth": 2,
        "hoverWidth": 1,
    }
    options["nodes"] = {
        "borderWidth": 1,
        "borderWidthSelected": 3,
        "font": {
            "size": 14,
            "face": "system-ui, -apple-system, Segoe UI, Roboto, sans-serif",
            "color": "#111827",
            "strokeWidth": 0 if large else 3,
            "strokeColor": "#ffffff",
        },
    }
    options["layout"] = {"randomSeed": 7, "improvedLayout": n_nodes <= LARGE}
    options["interaction"].update(
        {
            "hover": True,
            "tooltipDelay": 3_600_000,  # no vis tooltips: our panel shows the details
            "navigationButtons": False,
            "keyboard": False,
            "multiselect": False,
        }
    )
    return options


HUB_SHARE = 0.1  # the best-connected tenth of a view, at most HUB_MAX, is drawn emphasised
HUB_MAX = 8
HUB_MIN_DEGREE = 4


def hubs(graph: Any, nodes: list[Hashable]) -> list[Hashable]:
    """The biggest hubs of a view: the entities the eye should find first (bigger labels)."""
    ranked = sorted(nodes, key=lambda n: (-graph.degree(n), str(n)))
    count = min(HUB_MAX, max(1, round(HUB_SHARE * len(nodes))))
    return [n for n in ranked[:count] if graph.degree(n) >= HUB_MIN_DEGREE]


def scene_data(graph: Any, scene: Scene) -> dict[str, Any]:
    """Everything the page needs, as plain JSON-ready data (also handy for tests)."""
    smoothing = _parallel_smoothing(scene.edges)
    edge_ids = {edge: f"e{i}" for i, edge in enumerate(scene.edges)}
    nodes = [_node_data(graph, n, scene) for n in scene.nodes]
    edges = [
        _edge_data(graph, edge, edge_ids[edge], smoothing[i], scene) for i, edge in enumerate(scene.edges)
    ]
    for node in hubs(graph, scene.nodes):
        nodes[scene.nodes.index(node)]["aikg"]["hub"] = True
    present_types = {n["aikg"]["type"] for n in nodes}
    present_statuses = {s for e in edges for s in e["aikg"]["statuses"]}
    types = [t for t in TYPE_STYLES if t in present_types]
    types += sorted(present_types - set(types))
    statuses = [s for s in STATUS_STYLES if s in present_statuses]
    statuses += sorted(present_statuses - set(statuses))
    return {
        "kind": scene.kind,
        "title": scene.title,
        "note": scene.note,
        "focus": None if scene.focus is None else str(scene.focus),
        "nodes": nodes,
        "edges": edges,
        "paths": [
            {"edges": [edge_ids[e] for e in path], "nodes": [str(n) for n in walk]}
            for path, walk in zip(scene.paths, scene.walks, strict=True)
        ],
        "legend": {
            "types": [{"type": t, "color": type_style(t).color, "shape": type_style(t).shape} for t in types],
            "statuses": [
                {
                    "status": s,
                    "color": status_style(s).color,
                    "dashes": list(status_style(s).dashes),
                    "arrow": status_style(s).arrow,
                }
                for s in statuses
            ],
            "predicates": sorted({e["aikg"]["predicate"] for e in edges}),
        },
    }


def _place(nodes: list[dict[str, Any]], edges: list[dict[str, Any]]) -> None:
    """Give every node a fixed position (large views: the browser then only draws)."""
    from aikg.visual.layout import force_layout

    index = {n["id"]: i for i, n in enumerate(nodes)}
    pairs = [(index[e["from"]], index[e["to"]]) for e in edges]
    for node, (x, y) in zip(nodes, force_layout(len(nodes), pairs), strict=True):
        node["x"], node["y"] = x, y


def _network_data(graph: Any, scene: Scene) -> dict[str, Any]:
    """Assemble through pyvis: fill ``net.nodes``/``net.edges`` directly (linear), read back."""
    data = scene_data(graph, scene)
    if len(scene.nodes) > LARGE:
        _place(data["nodes"], data["edges"])
    net = _network(len(scene.nodes))
    net.nodes, net.edges = data["nodes"], data["edges"]
    data["nodes"], data["edges"], _, _, _, options = net.get_network_data()
    data["options"] = _finish_options(json.loads(options), len(scene.nodes))
    return data


def render(graph: Any, scene: Scene) -> str:
    """The HTML text of one view."""
    assets = _assets()
    data = _network_data(graph, scene)
    csp = "; ".join(
        [
            "default-src 'none'",
            f"script-src {_csp_hash(assets['vis_js'])} {_csp_hash(assets['app_js'])}",
            "style-src 'unsafe-inline'",
            "img-src data: blob:",
            "font-src data:",
            "connect-src 'none'",
            "form-action 'none'",
            "base-uri 'none'",
        ]
    )
    replacements = {
        "{{CSP}}": csp,
        "{{TITLE}}": _html_text(scene.title),
        "{{VIS_CSS}}": assets["vis_css"],
        "{{APP_CSS}}": assets["app_css"],
        "{{DATA}}": script_json(data),
        "{{VIS_JS}}": assets["vis_js"],
        "{{APP_JS}}": assets["app_js"],
    }
    # One pass, so text that happens to look like a placeholder is never substituted again.
    pattern = re.compile("|".join(re.escape(k) for k in replacements))
    return pattern.sub(lambda m: replacements[m.group(0)], assets["template"])


# Control characters are parse errors in HTML text and show as garbage in a tab's title.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")


def _html_text(text: str) -> str:
    import html

    return html.escape(_CONTROL.sub("", text), quote=True)


def write_scene(graph: Any, scene: Scene, out: str | os.PathLike[str]) -> Path:
    """Render ``scene`` and write it to ``out`` atomically; return the path written."""
    path = Path(out)
    if not path.parent.is_dir():
        raise AIKGError(f"cannot write {path}: folder {path.parent} does not exist")
    text = render(graph, scene)
    # Write beside the target, then rename: a reader never sees half a page.
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        with open(tmp, "w", encoding="utf-8", newline="\n") as handle:
            handle.write(text)
        os.replace(tmp, path)
    except OSError as e:
        tmp.unlink(missing_ok=True)
        raise AIKGError(f"cannot write {path}: {e.strerror or e}") from e
    return path


def ordered(nodes: Iterable[Hashable], graph: Any) -> list[Hashable]:
    """``nodes`` in the graph's own order, so output is stable from run to run."""
    wanted = set(nodes)
    return [n for n in graph.nodes if n in wanted]
