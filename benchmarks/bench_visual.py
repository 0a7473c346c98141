"""Time aikg.visual's graph view against pyvis's own add_node/add_edge + write_html.

Both run in this process on the same synthetic graphs (100, 2,000 and 20,000 entities by default,
about 1.7 relations per entity, every relation with one evidence sentence). For each size it
prints the time to write the HTML file and the file's size, for aikg and for the pyvis baseline,
and their ratio; ``(layout)`` is the part of aikg's time spent placing nodes in Python (views
over ``LARGE`` nodes). With ``--browser`` (needs /usr/bin/chromium and playwright) it also
opens each aikg page in headless Chromium and reports the time from navigation until ``window.aikgReady``
(laid out, drawn, physics off) as measured by the page itself.

    python benchmarks/bench_visual.py                    # the table
    python benchmarks/bench_visual.py --browser          # ...plus time to usable in Chromium
    python benchmarks/bench_visual.py --sizes 100 2000   # other sizes

The baseline is what pyvis users write: ``Network.add_node``/``add_edge`` (each scans the nodes
already added, so filling the network is quadratic) and ``write_html`` with
``cdn_resources="remote"`` (``local`` would also copy a lib/ folder into the working directory).
Its page still loads vis-network from a CDN; aikg's page inlines it, hence the larger file.
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import networkx as nx

from aikg.visual import write_graph_view
from aikg.visual.chromium import CHROMIUM, CHROMIUM_ARGS
from aikg.visual.html import LARGE
from aikg.visual.layout import force_layout
from aikg.visual.style import edge_width, status_style, type_style

TYPES = ["Company", "ResearchLab", "Product", "AIModel", "CloudPlatform", "Chip", "Person"]
PREDICATES = [
    ("customerOf", "forward"),
    ("develops", "backward"),
    ("hostedOn", "forward"),
    ("investsIn", None),
    ("partnerOf", None),
    ("competesWith", None),
]
STATUSES = ["asserted", "reported", "reported", "alleged", "speculative", "negated"]


def synthetic(n: int, seed: int = 1) -> nx.MultiDiGraph:
    """``n`` entities; each links to one to three earlier ones, preferring popular ones."""
    rng = random.Random(seed)
    g = nx.MultiDiGraph()
    for i in range(n):
        g.add_node(
            f"e{i}",
            label=f"Entity {i}",
            type=rng.choice(TYPES),
            curated=False,
            wikidata=None,
            aliases=[f"E{i}"],
        )
    popular: list[int] = [0]
    for i in range(1, n):
        for _ in range(rng.choice((1, 1, 2, 2, 3))):
            j = rng.choice(popular) if rng.random() < 0.6 else rng.randrange(i)
            predicate, depends = rng.choice(PREDICATES)
            status = rng.choice(STATUSES)
            g.add_edge(
                f"e{i}",
                f"e{j}",
                key=predicate,
                predicate=predicate,
                status=status,
                statuses=[status],
                direct=status in ("asserted", "reported", "alleged"),
                confidence=0.8,
                corroboration=rng.randint(1, 4),
                qualifiers={"amount": 1_000_000, "currency": "USD"} if predicate == "investsIn" else {},
                depends=depends,
                evidence=[
                    {
                        "document": f"article-{i}.txt",
                        "title": f"Article {i}",
                        "date": "2024-05-01",
                        "sentence": f"Entity {i} {predicate} Entity {j}, people familiar said.",
                        "start": 100,
                        "end": 160,
                        "status": status,
                    }
                ],
            )
            popular.append(j)
    return g


def pyvis_baseline(graph: nx.MultiDiGraph, out: Path) -> Path:
    """The straightforward pyvis way, with the same styling and the evidence as tooltips."""
    from pyvis.network import Network

    net = Network(directed=True, cdn_resources="remote")
    for node, attrs in graph.nodes(data=True):
        style = type_style(attrs["type"])
        net.add_node(node, label=attrs["label"], shape=style.shape, color=style.color)
    for u, v, attrs in graph.edges(data=True):
        evidence = attrs["evidence"][0]
        net.add_edge(
            u,
            v,
            label=attrs["predicate"],
            title=f"{evidence['sentence']} ({evidence['title']}, {evidence['date']})",
            color=status_style(attrs["status"]).color,
            width=edge_width(attrs["corroboration"]),
        )
    net.write_html(str(out))
    return out


def layout_time(graph: nx.MultiDiGraph) -> float | None:
    """Seconds spent in the Python layout (part of aikg's write time), None if not used."""
    if graph.number_of_nodes() <= LARGE:
        return None
    index = {node: i for i, node in enumerate(graph.nodes)}
    pairs = [(index[u], index[v]) for u, v in graph.edges()]
    start = time.perf_counter()
    force_layout(len(index), pairs)
    return time.perf_counter() - start


def best_of(repeats: int, action: Callable[[], Path]) -> tuple[float, Path]:
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        path = action()
        times.append(time.perf_counter() - start)
    return min(times), path


def ready_in_chromium(paths: list[Path]) -> list[float | None]:
    """Seconds from navigation start to ``window.aikgReady``, as the page measured them."""
    if not CHROMIUM.exists():
        print("--browser: /usr/bin/chromium not found (scripts/install-browser.sh)", file=sys.stderr)
        return [None] * len(paths)
    from playwright.sync_api import sync_playwright

    results: list[float | None] = []
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        for path in paths:
            samples = []
            for _ in range(3 if path.stat().st_size < 10_000_000 else 1):
                page = browser.new_page(viewport={"width": 1400, "height": 850})
                page.goto(path.as_uri())
                page.wait_for_function("() => window.aikgReady === true", timeout=600_000)
                samples.append(page.evaluate("window.aikgTimings.ready") / 1000)
                page.close()
            results.append(statistics.median(samples))
        browser.close()
    return results


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[100, 2_000, 20_000])
    parser.add_argument("--browser", action="store_true", help="also time the page in Chromium")
    parser.add_argument("--no-baseline", action="store_true", help="skip pyvis (slow at 20,000 nodes)")
    options = parser.parse_args()

    import pyvis.network  # noqa: F401  (import cost is paid once, outside the timings)

    rows = []
    aikg_paths = []
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        write_graph_view(synthetic(10), folder / "warm-up.html")
        for n in options.sizes:
            graph = synthetic(n)
            repeats = 3 if n <= 5_000 else 1
            ours, ours_path = best_of(
                repeats, lambda g=graph, n=n: write_graph_view(g, folder / f"aikg-{n}.html")
            )
            # keep the page for --browser
            kept = folder / f"kept-aikg-{n}.html"
            kept.write_bytes(ours_path.read_bytes())
            aikg_paths.append(kept)
            if options.no_baseline:
                base, base_size = None, None
            else:
                base, base_path = best_of(
                    repeats, lambda g=graph, n=n: pyvis_baseline(g, folder / f"pyvis-{n}.html")
                )
                base_size = base_path.stat().st_size
            size = ours_path.stat().st_size
            rows.append((n, graph.number_of_edges(), ours, layout_time(graph), size, base, base_size))
            print(f"  measured {n:,} nodes", file=sys.stderr)
        ready = ready_in_chromium(aikg_paths) if options.browser else [None] * len(rows)

    header = (
        f"{'nodes':>7} {'edges':>7} | {'aikg write':>10} {'(layout)':>8} {'size':>8} | "
        f"{'pyvis write':>11} {'size':>8} | {'speed-up':>8}"
    )
    if options.browser:
        header += f" | {'ready in Chromium':>17}"
    print(header)
    print("-" * len(header))
    for (n, m, ours, lay, size, base, base_size), ready_s in zip(rows, ready, strict=True):
        laid = f"{lay:>7.2f}s" if lay is not None else f"{'-':>8}"
        line = f"{n:>7,} {m:>7,} | {ours:>9.2f}s {laid} {size / 1e6:>6.2f}MB | " + (
            f"{base:>10.2f}s {base_size / 1e6:>6.2f}MB | {base / ours:>7.1f}x"
            if base
            else f"{'-':>11} {'-':>8} | {'-':>8}"
        )
        if options.browser:
            line += f" | {ready_s:>16.2f}s" if ready_s is not None else f" | {'-':>17}"
        print(line)


if __name__ == "__main__":
    main()
