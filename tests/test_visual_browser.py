"""aikg.visual in a real headless Chromium: drawn, offline, injection-safe, searchable.

Needs Debian's chromium at /usr/bin/chromium and the playwright Python package
(``scripts/install-browser.sh`` installs both; playwright never downloads a browser here).
Run with ``pytest -m browser``. No test asserts on wall-clock time: benchmarks/bench_visual.py
measures that; the timeouts below only stop a hung page from hanging the suite.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import networkx as nx
import pytest
from helpers import add_claim, add_entity, need

from aikg.visual import (
    write_dependents_view,
    write_focus_view,
    write_graph_view,
    write_path_view,
)
from aikg.visual.chromium import CHROMIUM, CHROMIUM_ARGS

pytestmark = pytest.mark.browser

HANG_GUARD_MS = 120_000  # not a performance bar: a page that never gets ready fails, not hangs
LOCAL_SCHEMES = ("file:", "data:", "blob:", "about:")

HOSTILE_NAME = "<img src=x onerror=window.__pwned=1>"
HOSTILE_SENTENCE = "<script>window.__pwned=2</script>"
HOSTILE_TITLE = "<img src=y onerror=window.__pwned=3>"


@pytest.fixture
def graph() -> nx.MultiDiGraph:
    g = nx.MultiDiGraph()
    add_entity(g, "bytedance", "ByteDance", "Company")
    add_entity(g, "tiktok", "TikTok", "Product")
    add_entity(g, "microsoft", "Microsoft", "Company", aliases=["Microsoft Corporation"])
    add_entity(g, "openai", "OpenAI", "ResearchLab")
    add_entity(g, "azure", "Azure", "CloudPlatform")
    add_entity(g, "h100", "H100", "Chip")
    add_entity(g, "anthropic", "Anthropic", "ResearchLab")
    add_entity(g, "hostile", HOSTILE_NAME, "Person")
    add_claim(g, "bytedance", "tiktok", "parentOf", "asserted", depends="backward")
    add_claim(
        g,
        "tiktok",
        "microsoft",
        "customerOf",
        depends="forward",
        qualifiers={"amount": 20_000_000, "currency": "USD", "period": "P1M", "share": 0.25},
    )
    add_claim(g, "microsoft", "openai", "investsIn")
    add_claim(g, "openai", "azure", "hostedOn", depends="forward")
    add_claim(g, "microsoft", "azure", "develops", "asserted", depends="backward")
    add_claim(g, "azure", "h100", "usesTechnologyOf", "speculative", depends="forward")
    add_claim(g, "anthropic", "openai", "competesWith", "asserted")
    add_claim(
        g,
        "hostile",
        "openai",
        "customerOf",
        "alleged",
        depends="forward",
        sentence=HOSTILE_SENTENCE,
        title=HOSTILE_TITLE,
    )
    return g


PATH = [
    ("bytedance", "tiktok", "parentOf"),
    ("tiktok", "microsoft", "customerOf"),
    ("microsoft", "openai", "investsIn"),
]

VIEWS: dict[str, Callable[[nx.MultiDiGraph, Path], Path]] = {
    "graph": lambda g, out: write_graph_view(g, out),
    "focus": lambda g, out: write_focus_view(g, "openai", out, depth=1),
    "path": lambda g, out: write_path_view(g, [PATH], out),
    "dependents": lambda g, out: write_dependents_view(g, "azure", out),
}


# ---------------------------------------------------------------------------------------------
# Browser plumbing


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    need(CHROMIUM.exists(), f"{CHROMIUM} not found: run scripts/install-browser.sh")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        need(False, "the playwright package is missing: run scripts/install-browser.sh")
        raise
    with sync_playwright() as p:
        chromium = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


@dataclass
class View:
    """An opened page, with every request it made and every error it raised."""

    page: Any
    requests: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)

    def evaluate(self, expression: str, arg: Any = None) -> Any:
        return self.page.evaluate(expression, arg)

    def panel(self) -> str:
        return str(self.page.locator("#aikg-panel").text_content())

    def node_point(self, node: str) -> tuple[float, float]:
        """Where ``node`` is drawn, in page coordinates."""
        x, y = self.evaluate(
            """(id) => {
                const net = aikg.network;
                const at = net.canvasToDOM(net.getPositions([id])[id]);
                const box = document.getElementById("aikg-network").getBoundingClientRect();
                return [box.left + at.x, box.top + at.y];
            }""",
            node,
        )
        return x, y


@pytest.fixture
def open_view(browser: Any) -> Iterator[Callable[..., View]]:
    contexts: list[Any] = []

    def opener(path: Path, *, bypass_csp: bool = False, size: tuple[int, int] = (1280, 800)) -> View:
        context = browser.new_context(viewport={"width": size[0], "height": size[1]}, bypass_csp=bypass_csp)
        contexts.append(context)
        page = context.new_page()
        view = View(page)
        page.on("request", lambda request: view.requests.append(request.url))
        page.on("pageerror", lambda error: view.errors.append(str(error)))
        page.on(
            "console",
            lambda message: view.errors.append(message.text) if message.type == "error" else None,
        )
        page.goto(path.as_uri())
        page.wait_for_function("() => window.aikgReady === true", timeout=HANG_GUARD_MS)
        return view

    yield opener
    for context in contexts:
        context.close()


CANVAS_PIXELS = """() => {
    const canvas = document.querySelector("#aikg-network canvas");
    if (!canvas) return null;
    const data = canvas.getContext("2d").getImageData(0, 0, canvas.width, canvas.height).data;
    let painted = 0;
    const colours = new Set();
    for (let i = 0; i < data.length; i += 4 * 3) {
        if (data[i + 3] > 0) {
            painted++;
            colours.add((data[i] << 16) | (data[i + 1] << 8) | data[i + 2]);
        }
    }
    return {width: canvas.width, height: canvas.height, painted, colours: colours.size};
}"""


def assert_drawn_offline_and_clean(view: View) -> None:
    pixels = view.evaluate(CANVAS_PIXELS)
    assert pixels is not None, "no canvas"
    assert pixels["width"] > 0 and pixels["height"] > 0
    assert pixels["painted"] > 100 and pixels["colours"] >= 3, pixels  # not blank
    assert view.requests, "the page itself should have been requested"
    assert [url for url in view.requests if not url.startswith(LOCAL_SCHEMES)] == []
    assert view.evaluate("typeof window.__pwned") == "undefined"
    assert view.errors == []


# ---------------------------------------------------------------------------------------------
# Tests


@pytest.mark.parametrize("kind", list(VIEWS))
def test_view_is_drawn_offline_and_safe(
    graph: nx.MultiDiGraph, tmp_path: Path, open_view: Callable[..., View], kind: str
) -> None:
    view = open_view(VIEWS[kind](graph, tmp_path / f"{kind}.html"))
    assert_drawn_offline_and_clean(view)
    legend = view.page.locator("#aikg-legend label")
    assert legend.count() >= 1 and view.page.locator("#aikg-legend svg").count() == legend.count()


@pytest.mark.parametrize("bypass_csp", [False, True], ids=["with-csp", "csp-bypassed"])
def test_hostile_text_is_shown_literally_and_never_runs(
    graph: nx.MultiDiGraph, tmp_path: Path, open_view: Callable[..., View], bypass_csp: bool
) -> None:
    """Safe by construction, not only thanks to the CSP: the bypassed run proves the DOM code."""
    view = open_view(write_focus_view(graph, "hostile", tmp_path / "f.html"), bypass_csp=bypass_csp)
    page = view.page
    # The focus entity is selected on load; click it on the canvas anyway, as a user would.
    page.mouse.click(*view.node_point("hostile"))
    assert view.evaluate("aikg.network.getSelectedNodes()") == ["hostile"]
    assert page.locator("#aikg-panel h2").text_content() == HOSTILE_NAME
    # From the entity's relations to the evidence of one: sentence and title, as text.
    page.locator("#aikg-panel button", has_text="—customerOf→").click()
    panel = view.panel()
    assert HOSTILE_SENTENCE in panel and HOSTILE_TITLE in panel
    assert page.locator("#aikg-panel img, #aikg-panel script").count() == 0
    assert page.locator("img").count() == 0
    assert view.evaluate("typeof window.__pwned") == "undefined"
    assert view.errors == []


def test_clicking_an_edge_shows_its_evidence(
    graph: nx.MultiDiGraph, tmp_path: Path, open_view: Callable[..., View]
) -> None:
    view = open_view(write_path_view(graph, [PATH], tmp_path / "p.html"))
    edge = view.evaluate("""() => aikg.edges.get({filter: (e) => e.aikg.predicate === "customerOf"})[0].id""")
    x, y = view.evaluate(
        """(id) => {
            const net = aikg.network;
            const at = net.canvasToDOM(net.body.edges[id].edgeType.getPoint(0.5));
            const box = document.getElementById("aikg-network").getBoundingClientRect();
            return [box.left + at.x, box.top + at.y];
        }""",
        edge,
    )
    view.page.mouse.click(x, y)
    assert view.evaluate("aikg.network.getSelectedEdges()") == [edge]
    panel = view.panel()
    assert "tiktok customerOf microsoft." in panel and "An article" in panel
    assert "USD 20,000,000" in panel and "P1M (per month)" in panel and "25%" in panel
    assert "2024-07-31" in panel and "reported" in panel


def test_hovering_an_entity_previews_it(
    graph: nx.MultiDiGraph, tmp_path: Path, open_view: Callable[..., View]
) -> None:
    view = open_view(write_graph_view(graph, tmp_path / "g.html"))
    view.page.mouse.move(*view.node_point("azure"))
    view.page.wait_for_function(
        """() => document.querySelector("#aikg-panel h2")?.textContent === "Azure" """,
        timeout=HANG_GUARD_MS,
    )
    assert "hostedOn" in view.panel()


def test_path_view_holds_exactly_the_path(
    graph: nx.MultiDiGraph, tmp_path: Path, open_view: Callable[..., View]
) -> None:
    view = open_view(write_path_view(graph, [PATH], tmp_path / "p.html"))
    assert sorted(view.evaluate("aikg.nodes.getIds()")) == [
        "bytedance",
        "microsoft",
        "openai",
        "tiktok",
    ]
    edges = view.evaluate("aikg.edges.get().map((e) => [e.from, e.to, e.aikg.predicate])")
    assert sorted(map(tuple, edges)) == sorted(PATH)
    listed = view.page.locator("#aikg-paths button").all_text_contents()
    assert listed == ["ByteDance → TikTok → Microsoft → OpenAI"]


def test_search_focuses_an_entity(
    graph: nx.MultiDiGraph, tmp_path: Path, open_view: Callable[..., View]
) -> None:
    view = open_view(write_graph_view(graph, tmp_path / "g.html"))
    search = view.page.locator("#aikg-search")
    search.press_sequentially("microsoft corporation")  # an alias, typed: focuses when exact
    assert view.evaluate("aikg.network.getSelectedNodes()") == ["microsoft"]
    assert view.page.locator("#aikg-panel h2").text_content() == "Microsoft"
    search.fill("")
    search.press_sequentially("anthr")  # a prefix: suggestions, then Enter takes the first
    assert view.page.locator("#aikg-suggestions li").all_text_contents() == ["AnthropicResearchLab"]
    search.press("Enter")
    assert view.evaluate("aikg.network.getSelectedNodes()") == ["anthropic"]
    view.page.wait_for_function(  # ...and the view moves to it
        """() => {
            const net = aikg.network;
            const at = net.getPositions(["anthropic"]).anthropic;
            const centre = net.getViewPosition();
            return Math.hypot(at.x - centre.x, at.y - centre.y) < 2;
        }""",
        timeout=HANG_GUARD_MS,
    )


def test_filters_hide_types_and_predicates(
    graph: nx.MultiDiGraph, tmp_path: Path, open_view: Callable[..., View]
) -> None:
    view = open_view(write_graph_view(graph, tmp_path / "g.html"))
    hidden_nodes = "aikg.nodes.get({filter: (n) => n.hidden}).map((n) => n.id).sort()"
    hidden_edges = "aikg.edges.get({filter: (e) => e.hidden}).map((e) => e.aikg.predicate).sort()"
    view.page.locator('#aikg-legend input[data-value="Chip"]').uncheck()
    assert view.evaluate(hidden_nodes) == ["h100"]
    assert view.evaluate(hidden_edges) == ["usesTechnologyOf"]
    view.page.locator('#aikg-predicates input[data-value="customerOf"]').uncheck()
    assert view.evaluate(hidden_edges) == ["customerOf", "customerOf", "usesTechnologyOf"]
    view.page.locator('#aikg-statuses input[data-value="asserted"]').uncheck()
    assert "parentOf" in view.evaluate(hidden_edges)
    # Searching for a filtered-out entity brings its type back.
    view.page.locator("#aikg-search").press_sequentially("H100")
    assert view.evaluate(hidden_nodes) == []
    assert view.page.locator('#aikg-legend input[data-value="Chip"]').is_checked()
    assert view.evaluate("aikg.network.getSelectedNodes()") == ["h100"]


def synthetic(n: int, seed: int = 4) -> nx.MultiDiGraph:
    """A scale-free-ish graph of ``n`` entities, about 1.5 relations each."""
    rng = random.Random(seed)
    types = ["Company", "ResearchLab", "Product", "AIModel", "CloudPlatform", "Chip", "Person"]
    predicates = [("customerOf", "forward"), ("develops", "backward"), ("partnerOf", None)]
    g = nx.MultiDiGraph()
    for i in range(n):
        add_entity(g, f"e{i}", f"Entity {i}", rng.choice(types))
    targets: list[int] = [0]
    for i in range(1, n):
        for _ in range(rng.choice((1, 1, 2, 2, 3))):
            j = rng.choice(targets) if rng.random() < 0.6 else rng.randrange(i)
            predicate, depends = rng.choice(predicates)
            status = rng.choice(["asserted", "reported", "alleged", "speculative", "negated"])
            add_claim(g, f"e{i}", f"e{j}", predicate, status, depends=depends)
            targets.append(j)
    return g


def test_a_2000_node_graph_becomes_usable(tmp_path: Path, open_view: Callable[..., View]) -> None:
    """The page reaches aikgReady (laid out, physics off); how fast is for the benchmark."""
    view = open_view(write_graph_view(synthetic(2000), tmp_path / "big.html"))
    assert_drawn_offline_and_clean(view)
    assert view.evaluate("aikg.nodes.length") == 2000
    assert view.evaluate("aikg.network.physics.physicsEnabled") is False
    view.page.locator("#aikg-search").press_sequentially("Entity 1234")
    assert view.evaluate("aikg.network.getSelectedNodes()") == ["e1234"]


# ---------------------------------------------------------------------------------------------
# The views of a real store read as the CLI prints


@pytest.fixture(scope="module")
def examples_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from helpers import EXAMPLES

    from aikg import KnowledgeGraph

    store = tmp_path_factory.mktemp("examples") / "kg"
    with KnowledgeGraph(store) as kg:
        assert kg.ingest([EXAMPLES], workers=1).ok
    return store


def _cli(store: Path, *args: str) -> str:
    from click.testing import CliRunner

    from aikg.cli import cli

    result = CliRunner().invoke(cli, ["--store", str(store), *args])
    assert result.exit_code == 0, result.output
    return result.output


@pytest.mark.parametrize(
    ("view", "question"),
    [
        (("--path", "TikTok", "Nvidia"), ("path", "TikTok", "Nvidia")),
        (("--path", "TikTok", "Azure"), ("path", "TikTok", "Azure")),
        (("--exposure", "Nvidia"), ("exposure", "Nvidia")),
    ],
    ids=["path-nvidia", "path-azure", "exposure"],
)
def test_the_path_list_reads_as_the_cli_prints_it(
    examples_store: Path,
    tmp_path: Path,
    open_view: Callable[..., View],
    view: tuple[str, ...],
    question: tuple[str, ...],
) -> None:
    import re

    out = tmp_path / "v.html"
    _cli(examples_store, "viz", "-o", str(out), *view)
    text = _cli(examples_store, *question)
    if question[0] == "path":
        printed = [line for line in text.splitlines() if line and not line.startswith(" ")]
    else:
        printed = [m[1] for m in re.finditer(r"\(hops: \d+; (.*?); via ", text)]
    listed = open_view(out).page.locator("#aikg-paths button").all_text_contents()
    assert listed == [p.replace(" -> ", " → ") for p in printed]
    assert len(set(listed)) == len(listed)  # a path once, whatever relations make its hops


def test_search_lists_a_label_before_names_that_merely_contain_it(
    examples_store: Path, tmp_path: Path, open_view: Callable[..., View]
) -> None:
    out = tmp_path / "g.html"
    _cli(examples_store, "viz", "-o", str(out))
    view = open_view(out)
    search = view.page.locator("#aikg-search")
    search.press_sequentially("nvid")
    assert view.page.locator("#aikg-suggestions li").first.text_content() == "NvidiaCompany"
    search.press("Enter")
    assert view.evaluate("aikg.network.getSelectedNodes()") == ["nvidia"]


ON_SCREEN = """() => {
    const net = aikg.network, scale = net.getScale();
    const box = document.getElementById("aikg-network").getBoundingClientRect();
    const ids = aikg.nodes.getIds(), at = net.getPositions(ids);
    const nodes = ids.map((id) => {
        const p = net.canvasToDOM(at[id]);
        const node = aikg.nodes.get(id);
        return {id, x: p.x, y: p.y, px: node.font.size * scale, hub: !!node.aikg.hub};
    });
    let closest = Infinity;
    for (const a of nodes) for (const b of nodes) {
        if (a.id < b.id) closest = Math.min(closest, Math.hypot(a.x - b.x, a.y - b.y));
    }
    const edgePx = aikg.edges.get().map((e) => ((e.font && e.font.size) || 0) * scale);
    return {scale, nodes, closest, width: box.width, height: box.height, edgePx};
}"""


def test_the_whole_graph_opens_fitted_and_legible(
    examples_store: Path, tmp_path: Path, open_view: Callable[..., View]
) -> None:
    out = tmp_path / "g.html"
    _cli(examples_store, "viz", "-o", str(out))
    view = open_view(out, size=(1400, 900))
    seen = view.evaluate(ON_SCREEN)
    inside = [n for n in seen["nodes"] if 0 <= n["x"] <= seen["width"] and 0 <= n["y"] <= seen["height"]]
    assert len(inside) == len(seen["nodes"]) >= 40  # fitted: every entity on the page
    assert min(n["px"] for n in seen["nodes"]) >= 12  # labels readable at first sight (were ~6 px)
    hubs = [n for n in seen["nodes"] if n["hub"]]
    assert 3 <= len(hubs) <= 8 and min(n["px"] for n in hubs) > max(
        n["px"] for n in seen["nodes"] if not n["hub"]
    )
    assert seen["closest"] >= 40  # spread out, not piled in the centre
    assert max(seen["edgePx"]) == 0  # relation labels wait for a zoom or a pointer
    x, y = view.node_point("nvidia")
    view.page.mouse.move(x, y)
    view.page.wait_for_function(
        "() => aikg.edges.get().some((e) => e.font && e.font.size > 0)", timeout=HANG_GUARD_MS
    )
    labelled = view.evaluate("aikg.edges.get().filter((e) => e.font.size > 0).map((e) => [e.from, e.to])")
    assert labelled and all("nvidia" in pair for pair in labelled)  # the hovered entity's relations
    view.page.mouse.move(2, 2)
    for _ in range(6):  # zoom in with the wheel, as a person would
        view.page.mouse.move(x, y)
        view.page.mouse.wheel(0, -300)
    view.page.wait_for_function(
        "() => aikg.edges.get().every((e) => e.font.size * aikg.network.getScale() >= 10)",
        timeout=HANG_GUARD_MS,
    )


def test_the_header_counts_relations_as_aikg_stats_does(
    examples_store: Path, tmp_path: Path, open_view: Callable[..., View]
) -> None:
    import json

    stats = json.loads(_cli(examples_store, "stats", "--json"))
    out = tmp_path / "g.html"
    _cli(examples_store, "viz", "-o", str(out))
    view = open_view(out)
    edges = view.evaluate("aikg.edges.length")
    subtitle = view.page.locator("#aikg-subtitle").text_content()
    assert subtitle == f"{stats['entities']} entities · {stats['relations']} relations on {edges} edges"
    shown = dict(
        view.evaluate(
            """() => [...document.querySelectorAll("#aikg-statuses label")].map(
                (l) => [l.textContent.replace(/\\d+$/, ""), Number(l.querySelector(".count").textContent)])"""
        )
    )
    assert shown == stats["relations_by_status"]


def test_the_exposure_view_says_whom_an_entity_is_a_single_point_of_failure_for(
    examples_store: Path, tmp_path: Path, open_view: Callable[..., View]
) -> None:
    out = tmp_path / "e.html"
    _cli(examples_store, "viz", "-o", str(out), "--exposure", "Nvidia")
    view = open_view(out)
    view.evaluate("aikg.focusNode('nvidia')")
    panel = view.panel()
    assert "Single point of failure for" in panel
    assert "TikTok: common dependency: all 3 of its direct dependencies depend on this" in panel
    assert view.errors == []
