"""aikg.visual without a browser: what the HTML holds, what each view selects, and errors."""

from __future__ import annotations

import doctest
import json
import re
import subprocess
import sys
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import networkx as nx
import pytest
from helpers import add_claim, add_entity

import aikg.visual
from aikg.errors import AIKGError, UnknownNameError
from aikg.visual import html as visual_html
from aikg.visual import (
    layout,
    style,
    write_dependents_view,
    write_focus_view,
    write_graph_view,
    write_path_view,
)
from aikg.visual import views as visual_views

HOSTILE_NAME = "<img src=x onerror=alert(1)>"
HOSTILE_SENTENCE = "</script><script>alert(2)</script> & more\u2028"
HOSTILE_TITLE = "<b>Breaking</b> & </title><script>alert(3)</script>"


@pytest.fixture
def graph() -> nx.MultiDiGraph:
    """A small industry graph.

    bytedance -parentOf-> tiktok -customerOf-> microsoft -investsIn/partnerOf-> openai
    openai -hostedOn-> azure <-develops- microsoft; azure -usesTechnologyOf(speculative)-> h100
    nvidia -develops-> h100; anthropic -competesWith-> openai; hostile -customerOf(negated)-> openai
    startup -customerOf(alleged)-> tiktok; lab -usesTechnologyOf-> openai
    """
    g = nx.MultiDiGraph()
    add_entity(g, "bytedance", "ByteDance", "Company", curated=True, wikidata="Q55606476")
    add_entity(g, "tiktok", "TikTok", "Product")
    add_entity(g, "microsoft", "Microsoft", "Company", aliases=["Microsoft Corporation", "MSFT"])
    add_entity(g, "openai", "OpenAI", "ResearchLab")
    add_entity(g, "azure", "Azure", "CloudPlatform")
    add_entity(g, "nvidia", "Nvidia", "Company")
    add_entity(g, "h100", "H100", "Chip")
    add_entity(g, "anthropic", "Anthropic", "ResearchLab")
    add_entity(g, "hostile", HOSTILE_NAME, "Person")
    add_entity(g, "startup", "Startup", "Company")
    add_entity(g, "lab", "Lab", "ResearchLab")
    add_claim(g, "bytedance", "tiktok", "parentOf", "asserted", depends="backward", corroboration=3)
    add_claim(
        g,
        "tiktok",
        "microsoft",
        "customerOf",
        depends="forward",
        corroboration=2,
        qualifiers={"amount": 20_000_000, "currency": "USD", "period": "P1M", "share": 0.25},
    )
    add_claim(g, "microsoft", "openai", "investsIn", qualifiers={"amount": 13e9, "currency": "USD"})
    add_claim(g, "microsoft", "openai", "partnerOf", "asserted")
    add_claim(g, "openai", "azure", "hostedOn", depends="forward")
    add_claim(g, "microsoft", "azure", "develops", "asserted", depends="backward")
    add_claim(g, "azure", "h100", "usesTechnologyOf", "speculative", depends="forward")
    add_claim(g, "nvidia", "h100", "develops", "asserted", depends="backward")
    add_claim(g, "anthropic", "openai", "competesWith", "asserted")
    add_claim(
        g,
        "hostile",
        "openai",
        "customerOf",
        "negated",
        depends="forward",
        sentence=HOSTILE_SENTENCE,
        title=HOSTILE_TITLE,
    )
    add_claim(g, "startup", "tiktok", "customerOf", "alleged", depends="forward")
    add_claim(g, "lab", "openai", "usesTechnologyOf", depends="forward")
    return g


class Elements(HTMLParser):
    """The elements a browser would build from a page (script bodies are not parsed as tags)."""

    def __init__(self, text: str) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.feed(text)
        self.close()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))


def page_data(path: Path) -> dict[str, Any]:
    text = path.read_text(encoding="utf-8")
    match = re.search(r'<script type="application/json" id="aikg-data">(.*?)</script>', text, re.S)
    assert match, "no data block"
    return json.loads(match.group(1))


def node_ids(path: Path) -> set[str]:
    return {n["id"] for n in page_data(path)["nodes"]}


def edge_keys(path: Path) -> set[tuple[str, str, str]]:
    return {(e["from"], e["to"], e["aikg"]["predicate"]) for e in page_data(path)["edges"]}


# ---------------------------------------------------------------------------------------------
# The page


def test_every_view_returns_the_path_it_wrote(graph: nx.MultiDiGraph, tmp_path: Path) -> None:
    paths = [
        write_graph_view(graph, tmp_path / "g.html"),
        write_focus_view(graph, "openai", tmp_path / "f.html"),
        write_path_view(graph, [[("tiktok", "microsoft", "customerOf")]], tmp_path / "p.html"),
        write_dependents_view(graph, "openai", tmp_path / "d.html"),
    ]
    for name, path in zip("gfpd", paths, strict=True):
        assert path == tmp_path / f"{name}.html"
        assert path.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["d.html", "f.html", "g.html", "p.html"]


def test_page_is_self_contained(graph: nx.MultiDiGraph, tmp_path: Path) -> None:
    text = write_graph_view(graph, tmp_path / "g.html").read_text(encoding="utf-8")
    tags = Elements(text).tags
    scripts = [attrs for tag, attrs in tags if tag == "script"]
    assert scripts == [{"type": "application/json", "id": "aikg-data"}, {}, {}]
    assert not [t for t in tags if t[0] in ("link", "img", "iframe", "object", "embed", "base")]
    assert not re.search(r"""<(?:script|link)\b[^>]*\b(?:src|href)\s*=\s*["']?https?:""", text, re.I)
    assert "vis-network" in text and "vis.Network" in text  # the library itself is inlined
    assert "bootstrap" not in text.lower()
    csp = re.search(r'http-equiv="Content-Security-Policy" content="([^"]+)"', text)
    assert csp and "default-src 'none'" in csp.group(1) and "connect-src 'none'" in csp.group(1)
    assert "unsafe-inline" not in csp.group(1).split("style-src")[0]  # scripts only by hash


def test_csp_hashes_match_the_inline_scripts(graph: nx.MultiDiGraph, tmp_path: Path) -> None:
    text = write_graph_view(graph, tmp_path / "g.html").read_text(encoding="utf-8")
    scripts = re.findall(r"<script>(.*?)</script>", text, re.S)
    csp = re.search(r"script-src ([^;]+);", text)
    assert csp is not None
    assert csp.group(1).split() == [visual_html._csp_hash(s) for s in scripts]


def test_hostile_text_never_becomes_markup(graph: nx.MultiDiGraph, tmp_path: Path) -> None:
    path = write_graph_view(graph, tmp_path / "g.html", title=HOSTILE_TITLE)
    text = path.read_text(encoding="utf-8")
    assert "<img src=x onerror" not in text
    assert "<script>alert" not in text and "</title><script>" not in text
    assert "\u2028" not in text
    # the data block and two scripts: nothing closed the data block early, nothing was added
    assert [tag for tag, _ in Elements(text).tags if tag in ("script", "img")] == ["script"] * 3
    assert "<title>&lt;b&gt;Breaking&lt;/b&gt; &amp; &lt;/title&gt;" in text
    # ...while the data still carries the exact text, for the page to show with textContent.
    data = page_data(path)
    assert data["title"] == HOSTILE_TITLE
    assert {n["id"]: n["label"] for n in data["nodes"]}["hostile"] == HOSTILE_NAME
    evidence = [ev for e in data["edges"] for ev in e["aikg"]["evidence"]]
    assert {"sentence": HOSTILE_SENTENCE, "title": HOSTILE_TITLE}.items() <= next(
        ev for ev in evidence if ev["sentence"] == HOSTILE_SENTENCE
    ).items()


def test_app_script_never_uses_innerhtml() -> None:
    source = (Path(aikg.visual.__file__).parent / "assets" / "view.js").read_text()
    assert "innerHTML" not in source and "outerHTML" not in source
    assert "insertAdjacentHTML" not in source and "document.write" not in source
    assert not re.search(r"\btitle\s*:", source)  # no vis tooltips (vis renders strings as HTML)


def test_script_json_escapes_everything_that_could_end_a_script() -> None:
    value = {"s": "</script><!-- & \u2028\u2029 >"}
    text = visual_html.script_json(value)
    assert not set("<>&\u2028\u2029") & set(text)
    assert json.loads(text) == value


def test_legend_lists_the_types_and_statuses_present(graph: nx.MultiDiGraph, tmp_path: Path) -> None:
    path = write_graph_view(graph, tmp_path / "g.html")
    legend = page_data(path)["legend"]
    types = {t["type"]: t for t in legend["types"]}
    assert set(types) == {"Company", "Product", "ResearchLab", "CloudPlatform", "Chip", "Person"}
    assert types["Chip"] == {"type": "Chip", "color": "#f97316", "shape": "diamond"}
    assert [s["status"] for s in legend["statuses"]] == [
        "asserted",
        "reported",
        "alleged",
        "speculative",
        "negated",
    ]
    assert "parentOf" in legend["predicates"] and "hostedOn" in legend["predicates"]
    text = path.read_text(encoding="utf-8")
    assert 'id="aikg-legend"' in text and 'id="aikg-predicates"' in text
    assert 'id="aikg-search"' in text and 'id="aikg-panel"' in text


def test_nodes_and_edges_are_styled_by_type_status_and_corroboration(
    graph: nx.MultiDiGraph, tmp_path: Path
) -> None:
    data = page_data(write_graph_view(graph, tmp_path / "g.html"))
    nodes = {n["id"]: n for n in data["nodes"]}
    assert (nodes["h100"]["shape"], nodes["h100"]["color"]) == ("diamond", "#f97316")
    assert nodes["microsoft"]["aikg"]["aliases"] == ["Microsoft Corporation", "MSFT"]
    edges = {(e["from"], e["to"], e["aikg"]["predicate"]): e for e in data["edges"]}
    parent = edges["bytedance", "tiktok", "parentOf"]
    assert "dashes" not in parent and "arrows" not in parent  # solid, default arrow head
    assert parent["width"] > edges["openai", "azure", "hostedOn"]["width"]  # 3 documents vs 1
    assert edges["startup", "tiktok", "customerOf"]["dashes"] == [10, 6]  # alleged
    assert edges["azure", "h100", "usesTechnologyOf"]["dashes"] == [2, 6]  # speculative
    negated = edges["hostile", "openai", "customerOf"]
    assert negated["arrows"]["to"]["type"] == "bar" and negated["label"] == "not customerOf"
    assert len({e["color"]["color"] for e in edges.values()}) == 5  # one colour per status
    assert edges["tiktok", "microsoft", "customerOf"]["aikg"]["qualifiers"] == {
        "amount": 20_000_000,
        "currency": "USD",
        "period": "P1M",
        "share": 0.25,
    }
    assert "title" not in parent and all("title" not in n for n in nodes.values())


def test_parallel_edges_are_curved_apart(graph: nx.MultiDiGraph, tmp_path: Path) -> None:
    data = page_data(write_graph_view(graph, tmp_path / "g.html"))
    pair = [e for e in data["edges"] if (e["from"], e["to"]) == ("microsoft", "openai")]
    assert len(pair) == 2
    assert {e["smooth"]["type"] for e in pair} == {"curvedCW", "curvedCCW"}


def test_output_is_deterministic(graph: nx.MultiDiGraph, tmp_path: Path) -> None:
    first = write_graph_view(graph, tmp_path / "a.html").read_bytes()
    assert write_graph_view(graph, tmp_path / "b.html").read_bytes() == first


def test_small_views_lay_out_in_the_browser_large_ones_in_python(tmp_path: Path) -> None:
    small = page_data(write_graph_view(chain(10), tmp_path / "s.html"))
    assert small["options"]["physics"]["enabled"] is True
    assert small["options"]["physics"]["stabilization"]["iterations"] <= 300
    assert all("x" not in n for n in small["nodes"])
    big = page_data(write_graph_view(chain(visual_html.LARGE + 50), tmp_path / "b.html"))
    assert big["options"]["physics"]["enabled"] is False
    assert all(isinstance(n["x"], float) and isinstance(n["y"], float) for n in big["nodes"])
    assert len({(n["x"], n["y"]) for n in big["nodes"]}) == len(big["nodes"])


def chain(n: int) -> nx.MultiDiGraph:
    g = nx.MultiDiGraph()
    for i in range(n):
        add_entity(g, f"n{i}", f"Node {i}", "Company")
    for i in range(1, n):
        add_claim(g, f"n{i}", f"n{i - 1}", "customerOf", depends="forward")
    return g


def test_unwritable_destination_is_a_clear_error(graph: nx.MultiDiGraph, tmp_path: Path) -> None:
    with pytest.raises(AIKGError, match="does not exist"):
        write_graph_view(graph, tmp_path / "missing" / "g.html")


# ---------------------------------------------------------------------------------------------
# What each view selects


@pytest.mark.parametrize(
    ("depth", "expected"),
    [
        (0, {"microsoft"}),
        (1, {"microsoft", "tiktok", "openai", "azure"}),
        (
            2,
            {"microsoft", "tiktok", "openai", "azure", "bytedance", "startup", "h100"}
            | {"anthropic", "hostile", "lab"},
        ),
    ],
    ids=["depth0", "depth1", "depth2"],
)
def test_focus_view_reaches_depth_hops_both_ways(
    graph: nx.MultiDiGraph, tmp_path: Path, depth: int, expected: set[str]
) -> None:
    path = write_focus_view(graph, "microsoft", tmp_path / "f.html", depth=depth)
    assert node_ids(path) == expected
    data = page_data(path)
    assert data["focus"] == "microsoft" and data["title"] == "aikg: Microsoft"
    # every edge among the drawn entities, and no other
    assert edge_keys(path) == {
        (u, v, k) for u, v, k in graph.edges(keys=True) if u in expected and v in expected
    }


def test_focus_view_resolves_labels_and_aliases(graph: nx.MultiDiGraph, tmp_path: Path) -> None:
    by_alias = write_focus_view(graph, "microsoft corporation", tmp_path / "a.html")
    assert page_data(by_alias)["focus"] == "microsoft"
    assert page_data(write_focus_view(graph, "TIKTOK", tmp_path / "b.html"))["focus"] == "tiktok"


def test_focus_view_unknown_entity_suggests_names(graph: nx.MultiDiGraph, tmp_path: Path) -> None:
    with pytest.raises(UnknownNameError, match="did you mean: Microsoft"):
        write_focus_view(graph, "Microsft", tmp_path / "f.html")


def test_focus_view_rejects_negative_depth(graph: nx.MultiDiGraph, tmp_path: Path) -> None:
    with pytest.raises(AIKGError, match="depth must be 0 or more, not -1"):
        write_focus_view(graph, "openai", tmp_path / "f.html", depth=-1)


PATH = [
    ("bytedance", "tiktok", "parentOf"),
    ("tiktok", "microsoft", "customerOf"),
    ("microsoft", "openai", "investsIn"),
]


def test_path_view_draws_exactly_the_path(graph: nx.MultiDiGraph, tmp_path: Path) -> None:
    path = write_path_view(graph, [PATH], tmp_path / "p.html")
    assert node_ids(path) == {"bytedance", "tiktok", "microsoft", "openai"}
    assert edge_keys(path) == set(PATH)  # not partnerOf, though it joins two path entities
    data = page_data(path)
    assert data["paths"] == [
        {"edges": ["e0", "e1", "e2"], "nodes": ["bytedance", "tiktok", "microsoft", "openai"]}
    ]
    assert data["title"] == "aikg: ByteDance to OpenAI"


def test_path_view_with_several_paths_and_a_reversed_hop(graph: nx.MultiDiGraph, tmp_path: Path) -> None:
    other = [("tiktok", "microsoft", "customerOf"), ("microsoft", "azure", "develops")]
    backwards = [("startup", "tiktok", "customerOf"), ("bytedance", "tiktok", "parentOf")]
    path = write_path_view(graph, [PATH, other, backwards], tmp_path / "p.html")
    assert node_ids(path) == {"bytedance", "tiktok", "microsoft", "openai", "azure", "startup"}
    assert edge_keys(path) == set(PATH) | set(other) | set(backwards)
    assert [len(p["edges"]) for p in page_data(path)["paths"]] == [3, 2, 2]
    assert page_data(path)["paths"][2]["nodes"] == ["startup", "tiktok", "bytedance"]  # walked, not as stored
    assert page_data(write_path_view(graph, [backwards], tmp_path / "b.html"))["title"] == (
        "aikg: Startup to ByteDance"
    )


def test_path_view_can_dim_the_rest(graph: nx.MultiDiGraph, tmp_path: Path) -> None:
    data = page_data(write_path_view(graph, [PATH], tmp_path / "p.html", dim_rest=True))
    assert {n["id"] for n in data["nodes"]} == set(graph.nodes)
    assert len(data["edges"]) == graph.number_of_edges()
    on_path = {n["id"] for n in data["nodes"] if n["aikg"].get("role") != "dimmed"}
    assert on_path == {"bytedance", "tiktok", "microsoft", "openai"}
    lit = {(e["from"], e["to"], e["aikg"]["predicate"]) for e in data["edges"] if e["color"]["opacity"] == 1}
    assert lit == set(PATH)


@pytest.mark.parametrize(
    ("paths", "message"),
    [
        ([], "no path to draw"),
        ([[]], "no path to draw"),
        ([[("tiktok", "openai", "customerOf")]], "path 1: the graph has no edge tiktok -customerOf-> openai"),
        ([PATH, [("a", "b")]], r"path 2: \('a', 'b'\) is not an edge"),
    ],
    ids=["none", "empty", "missing-edge", "malformed"],
)
def test_path_view_errors(graph: nx.MultiDiGraph, tmp_path: Path, paths: list[Any], message: str) -> None:
    with pytest.raises(AIKGError, match=message):
        write_path_view(graph, paths, tmp_path / "p.html")
    assert not (tmp_path / "p.html").exists()


def test_dependents_are_transitive_and_direct_only(graph: nx.MultiDiGraph) -> None:
    members, edges = visual_views.dependents(graph, "openai")
    # lab uses OpenAI's technology; Microsoft's partnership and investment are no dependency;
    # the negated customer is not one; nobody depends on OpenAI through Microsoft.
    assert members == {"openai", "lab"}
    members, edges = visual_views.dependents(graph, "microsoft")
    # tiktok is a customer (forward), startup an alleged customer of tiktok (alleged is direct);
    # microsoft develops azure ("backward": azure depends on it), openai is hosted on azure and
    # lab uses openai. bytedance -parentOf-> tiktok runs the other way: tiktok depends on it.
    assert members == {"microsoft", "tiktok", "startup", "azure", "openai", "lab"}
    assert set(edges) == {
        ("tiktok", "microsoft", "customerOf"),
        ("startup", "tiktok", "customerOf"),
        ("microsoft", "azure", "develops"),
        ("openai", "azure", "hostedOn"),
        ("lab", "openai", "usesTechnologyOf"),
    }
    members, edges = visual_views.dependents(graph, "azure")
    # develops is backward (azure depends on microsoft): no; openai is hosted on azure, lab
    # depends on openai: both, transitively.
    assert members == {"azure", "openai", "lab"}
    members, _ = visual_views.dependents(graph, "h100")
    # nvidia develops h100: h100 depends on nvidia, not the reverse; azure's use is speculative.
    assert members == {"h100"}
    members, _ = visual_views.dependents(graph, "bytedance")
    assert members == {"bytedance", "tiktok", "startup"}  # not microsoft: tiktok is its customer


def test_dependents_follow_backward_edges(graph: nx.MultiDiGraph) -> None:
    members, edges = visual_views.dependents(graph, "nvidia")
    assert members == {"nvidia", "h100"}  # nvidia develops h100, so the chip depends on nvidia
    assert edges == [("nvidia", "h100", "develops")]


def test_dependents_view(graph: nx.MultiDiGraph, tmp_path: Path) -> None:
    path = write_dependents_view(graph, "Azure", tmp_path / "d.html")
    assert node_ids(path) == {"azure", "openai", "lab"}
    assert edge_keys(path) == {("openai", "azure", "hostedOn"), ("lab", "openai", "usesTechnologyOf")}
    data = page_data(path)
    assert data["focus"] == "azure" and data["title"] == "aikg: who depends on Azure"
    assert data["note"] == "2 entities depend on Azure"


def test_dependents_view_of_an_entity_nobody_depends_on(graph: nx.MultiDiGraph, tmp_path: Path) -> None:
    data = page_data(write_dependents_view(graph, "h100", tmp_path / "d.html"))
    assert [n["id"] for n in data["nodes"]] == ["h100"] and data["edges"] == []
    assert data["note"] == "nothing in this graph depends on H100"


def test_dependents_excludes_speculative_and_negated(tmp_path: Path) -> None:
    g = nx.MultiDiGraph()
    for node in "abcd":
        add_entity(g, node, node.upper(), "Company")
    add_claim(g, "b", "a", "customerOf", "speculative", depends="forward")
    add_claim(g, "c", "a", "customerOf", "negated", depends="forward")
    add_claim(g, "d", "a", "customerOf", "alleged", depends="forward")
    assert visual_views.dependents(g, "a")[0] == {"a", "d"}


# ---------------------------------------------------------------------------------------------
# Errors and odds and ends


@pytest.mark.parametrize(
    "call",
    [
        lambda g, out: write_graph_view(g, out),
        lambda g, out: write_focus_view(g, "x", out),
        lambda g, out: write_path_view(g, [[("x", "y", "p")]], out),
        lambda g, out: write_dependents_view(g, "x", out),
    ],
    ids=["graph", "focus", "path", "dependents"],
)
def test_empty_graph_is_a_clear_error(call: Any, tmp_path: Path) -> None:
    with pytest.raises(AIKGError, match="the graph is empty: nothing to draw"):
        call(nx.MultiDiGraph(), tmp_path / "v.html")
    assert list(tmp_path.iterdir()) == []


def test_other_graph_types_are_refused(tmp_path: Path) -> None:
    with pytest.raises(AIKGError, match=r"expected a networkx\.MultiDiGraph, got DiGraph"):
        write_graph_view(nx.DiGraph([(1, 2)]), tmp_path / "v.html")


def test_missing_and_odd_attributes_still_draw(tmp_path: Path) -> None:
    g = nx.MultiDiGraph()
    g.add_node("a")  # no label, no type
    g.add_node("b", label="B", type="Spaceship", aliases=("Bee",), wikidata="javascript:x")
    g.add_node("c", label="The Very Long Official Name of a Government Agency", type="Company")
    g.add_edge("a", "b", key="knows", confidence=float("nan"))
    data = page_data(write_graph_view(g, tmp_path / "v.html"))
    nodes = {n["id"]: n for n in data["nodes"]}
    assert nodes["a"]["label"] == "a" and nodes["a"]["aikg"]["type"] == "Entity"
    assert nodes["b"]["color"] == style.FALLBACK_TYPE.color
    assert nodes["b"]["aikg"]["wikidata"] is None  # only Q-ids become links
    assert nodes["c"]["label"] == "The Very Long Official Name of …"  # canvas: 32 characters
    assert nodes["c"]["aikg"]["label"] == "The Very Long Official Name of a Government Agency"
    edge = data["edges"][0]["aikg"]
    assert edge["predicate"] == "knows" and edge["status"] == "asserted"
    assert edge["confidence"] is None and edge["evidence"] == []


def test_importing_aikg_visual_does_not_import_pyvis_or_numpy() -> None:
    code = "import sys, aikg.visual; print(sorted({'pyvis', 'numpy'} & set(sys.modules)))"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "[]"


@pytest.mark.parametrize("module", [visual_html, style, layout], ids=lambda m: m.__name__)
def test_docstring_examples(module: Any) -> None:
    assert doctest.testmod(module).failed == 0
