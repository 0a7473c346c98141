"""One measurement per process, so peak memory and start-up belong to that measurement alone.

    python benchmarks/scale_phases.py PHASE '{"json": "arguments"}'

prints one JSON object (the figures, with ``peak_mb`` from ``ru_maxrss``) as its last line.
``bench_scale.py`` runs these; they are plain functions, so they can be called by hand too.
"""

from __future__ import annotations

import inspect
import json
import os
import resource
import shutil
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ENT = "https://w3id.org/aikg/entity/"
PREFIXES = (
    "PREFIX aikg: <https://w3id.org/aikg/ontology#>\n"
    "PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>\n"
    f"PREFIX ent: <{ENT}>\n"
)


def queries(probes: dict[str, str]) -> dict[str, str]:
    """The four SPARQL shapes, over the probe entities (ids are slugs of their labels)."""
    from aikg.ontology.registry import slugify

    hub, source = slugify(probes["lookup"]), slugify(probes["path_from"])
    return {
        "lookup": PREFIXES
        + f"SELECT DISTINCT ?p ?o WHERE {{ {{ ent:{hub} ?p ?o }} UNION {{ ?o ?p ent:{hub} }} }}",
        "2-hop": PREFIXES
        + f"SELECT DISTINCT ?c WHERE {{ ent:{source} aikg:dependsOn ?b . ?b aikg:dependsOn ?c }}",
        "dependsOn+": PREFIXES + f"SELECT DISTINCT ?d WHERE {{ ent:{source} aikg:dependsOn+ ?d }}",
        "aggregate": PREFIXES
        + "SELECT ?p (COUNT(?s) AS ?n) WHERE { ?s a aikg:Statement ; rdf:predicate ?p } GROUP BY ?p",
    }


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def child_peak_mb() -> float:
    """The largest child process's peak (worker processes of a parallel ingest)."""
    return resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024


def busy_cpu_seconds() -> float:
    """CPU seconds every process on the machine has used (``/proc/stat``): on a quiet machine,
    what an ingest costs in all (its workers and the store's own threads included)."""
    try:
        fields = Path("/proc/stat").read_text().split("\n", 1)[0].split()[1:]
    except OSError:
        return float("nan")
    user, nice, system, _idle, _iowait, irq, softirq, steal = (int(x) for x in fields[:8])
    return (user + nice + system + irq + softirq + steal) / os.sysconf("SC_CLK_TCK")


def timed(f: Callable[[], object]) -> float:
    start = time.perf_counter()
    f()
    return time.perf_counter() - start


def median_s(f: Callable[[], object], repeat: int, budget_s: float = 20.0) -> float:
    """Median of up to ``repeat`` runs after one warm-up, stopping early past ``budget_s``."""
    f()
    runs: list[float] = []
    spent = time.perf_counter()
    while len(runs) < repeat and (not runs or time.perf_counter() - spent < budget_s):
        runs.append(timed(f))
    return statistics.median(runs)


# ---------------------------------------------------------------------- phases


def ingest(corpus: str, store: str, workers: int) -> dict[str, Any]:
    """Ingest the registry (set-up, timed apart), then every article with ``workers`` processes."""
    from aikg import KnowledgeGraph

    root = Path(corpus)
    kg = KnowledgeGraph(store)
    setup = timed(lambda: kg.ingest([root / "registry.yaml"]))
    supports = "workers" in inspect.signature(kg.ingest).parameters
    if workers != 1 and not supports:
        return {"skipped": "kg.ingest has no workers= yet"}
    articles = root / "articles.jsonl" if (root / "articles.jsonl").exists() else root / "articles"
    kwargs: dict[str, Any] = {"workers": workers} if supports else {}
    start, cpu = time.perf_counter(), busy_cpu_seconds()
    report = kg.ingest([articles], **kwargs)
    seconds = time.perf_counter() - start
    return {
        "seconds": seconds,
        "cores_busy": (busy_cpu_seconds() - cpu) / seconds,
        "registry_seconds": setup,
        "documents": len(report.ingested),
        "failed": len(report.failed),
        "first_failure": report.failed[0].message if report.failed else None,
        "claims": sum(i.claims for i in report.ingested),
        "quads": len(kg.store),
        "workers": workers if supports else 1,
        "peak_mb": peak_mb(),
        "child_peak_mb": child_peak_mb(),
    }


def ingest_more(store: str, articles: str, registry: str | None = None) -> dict[str, Any]:
    """Ingest ``articles`` (one worker) into ``store`` as it is, or into a fresh store holding
    only ``registry`` (set-up, not timed): the seconds with and without the merge at the end."""
    from aikg import KnowledgeGraph

    kg = KnowledgeGraph(store)
    if registry is not None:
        kg.ingest([Path(registry)])
    start = time.perf_counter()
    merged: list[float] = []
    report = kg.ingest([Path(articles)], workers=1, on_compact=lambda _: merged.append(time.perf_counter()))
    seconds = time.perf_counter() - start
    return {
        "seconds": seconds,
        "seconds_before_merge": (merged[0] - start) if merged else seconds,
        "documents": len(report.ingested),
        "failed": len(report.failed),
    }


def load_oxigraph(nquads: str, store: str) -> dict[str, Any]:
    """Bulk-load the N-Quads file into a fresh on-disk store, then add aikg's ontology graph
    (not timed) so the CLI and the API can use the store."""
    import pyoxigraph as ox

    from aikg.graph.storage.store import EmbeddedStore

    shutil.rmtree(store, ignore_errors=True)
    ox_store = ox.Store(store)
    start = time.perf_counter()
    ox_store.bulk_load(path=nquads, format=ox.RdfFormat.N_QUADS)
    seconds = time.perf_counter() - start
    quads = len(ox_store)
    ox_store.flush()
    del ox_store  # RocksDB allows one writer: close before aikg opens it
    EmbeddedStore(store).ensure_ontology()
    return {"seconds": seconds, "quads": quads, "peak_mb": peak_mb()}


def sparql_oxigraph(store: str, probes: dict[str, str]) -> dict[str, Any]:
    import pyoxigraph as ox

    s = ox.Store.read_only(store)
    out: dict[str, Any] = {}
    for name, q in queries(probes).items():
        out[f"{name}_rows"] = len(list(s.query(q, use_default_graph_as_union=True)))  # type: ignore[arg-type]
        out[f"{name}_ms"] = 1000 * median_s(lambda q=q: list(s.query(q, use_default_graph_as_union=True)), 20)  # type: ignore[misc, arg-type]
    out["peak_mb"] = peak_mb()
    return out


def rdflib_baseline(nquads: str, probes: dict[str, str]) -> dict[str, Any]:
    """rdflib's in-memory Dataset: parse the same file, then the same four queries over the union."""
    import rdflib

    ds = rdflib.Dataset(default_union=True)
    seconds = timed(lambda: ds.parse(nquads, format="nquads"))
    out: dict[str, Any] = {"seconds": seconds, "quads": len(ds)}
    for name, q in queries(probes).items():
        out[f"{name}_rows"] = len(list(ds.query(q)))
        out[f"{name}_ms"] = 1000 * median_s(lambda q=q: list(ds.query(q)), 5)  # type: ignore[misc]
    out["peak_mb"] = peak_mb()
    return out


def graph_api(store: str, probes: dict[str, str]) -> dict[str, Any]:
    """``kg.paths`` and ``kg.dependents``: the first call (projection included) and cached."""
    from aikg import KnowledgeGraph

    kg = KnowledgeGraph(store, read_only=True)
    a, b, target = probes["path_from"], probes["path_to"], probes["dependents_of"]
    found: list[Any] = []
    first = timed(lambda: found.extend(kg.paths(a, b)))
    out: dict[str, Any] = {
        "paths_first_ms": 1000 * first,
        "paths_found": len(found),
        "paths_ms": 1000 * median_s(lambda: kg.paths(a, b), 10),
        "dependents_ms": 1000 * median_s(lambda: kg.dependents(target), 10),
        "dependents_found": len(kg.dependents(target)),
        "lookup_ms": 1000 * median_s(lambda: kg.lookup(probes["lookup"]), 10),
        "nodes": kg.to_networkx().number_of_nodes(),
        "edges": kg.to_networkx().number_of_edges(),
    }
    fresh = KnowledgeGraph(store, read_only=True)
    out["dependents_first_ms"] = 1000 * timed(lambda: fresh.dependents(target))
    out["peak_mb"] = peak_mb()
    return out


def cli(store: str, probes: dict[str, str]) -> dict[str, Any]:
    """Wall clock of whole ``aikg`` processes, start-up included (median of a few)."""
    exe = shutil.which("aikg")
    base = [exe] if exe else [sys.executable, "-m", "aikg.cli"]
    env = {**os.environ, "PYTHONDONTWRITEBYTECODE": "1"}

    def run(*args: str) -> None:
        subprocess.run([*base, *args], check=True, capture_output=True, env=env)

    out: dict[str, Any] = {"help_ms": 1000 * median_s(lambda: run("--help"), 5)}
    out["lookup_ms"] = 1000 * median_s(lambda: run("--store", store, "lookup", probes["lookup"]), 3, 60)
    out["peak_mb"] = peak_mb()  # this process only; the children are measured by their wall clock
    return out


def html(store: str, probes: dict[str, str], out_dir: str, whole_max_nodes: int) -> dict[str, Any]:
    """``kg.write_view`` for one entity's neighbourhood and, when not too big, the whole graph."""
    import aikg.visual  # noqa: F401  (imported before timing: start-up is measured by `cli`)
    from aikg import KnowledgeGraph

    kg = KnowledgeGraph(store, read_only=True)
    out: dict[str, Any] = {"projection_s": timed(kg.to_networkx)}
    focus = Path(out_dir) / "focus.html"
    out["focus_s"] = timed(lambda: kg.write_view(focus, focus=probes["lookup"]))
    out["focus_mb"] = focus.stat().st_size / 1e6
    nodes = kg.to_networkx().number_of_nodes()
    if nodes <= whole_max_nodes:
        whole = Path(out_dir) / "whole.html"
        out["whole_s"] = timed(lambda: kg.write_view(whole))
        out["whole_mb"] = whole.stat().st_size / 1e6
    else:
        out["whole_skipped"] = f"{nodes:,} nodes > --whole-view-max {whole_max_nodes:,}"
    out["peak_mb"] = peak_mb()
    return out


PHASES: dict[str, Callable[..., dict[str, Any]]] = {
    "ingest": ingest,
    "ingest_more": ingest_more,
    "load_oxigraph": load_oxigraph,
    "sparql_oxigraph": sparql_oxigraph,
    "rdflib_baseline": rdflib_baseline,
    "graph_api": graph_api,
    "cli": cli,
    "html": html,
}


if __name__ == "__main__":
    phase, arguments = sys.argv[1], json.loads(sys.argv[2])
    print(json.dumps(PHASES[phase](**arguments)))
