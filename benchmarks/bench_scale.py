"""How aikg grows: ingest, store load, SPARQL, paths, CLI start-up, HTML and memory at several
sizes, each against a baseline measured in the same run (workers=1 ingest; rdflib in memory).

    python benchmarks/bench_scale.py                          # 1k, 10k, 100k (the full run)
    python benchmarks/bench_scale.py --quick                  # 100, 300, 1k: a few minutes
    python benchmarks/bench_scale.py --sizes 1000,10000 --no-rdflib-above 1000000

A size N means a corpus of N synthetic articles (``synth.write_corpus``, industry of N/4
entities) and a statement set of an industry of N entities (``synth.write_statements``, about
33 quads per entity). Each measurement runs in its own process (``scale_phases.py``); the table
is printed and written into benchmarks/README.md between the bench_scale markers.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import synth  # noqa: E402

README = HERE / "README.md"
START, END = "<!-- bench_scale:start -->", "<!-- bench_scale:end -->"
FULL, QUICK = [1_000, 10_000, 100_000], [100, 300, 1_000]
MORE_ARTICLES = 5_000  # at most: ingested into an empty store and into the grown one

Results = dict[int, dict[str, Any]]


def phase(name: str, **arguments: Any) -> dict[str, Any]:
    """Run one measurement in a fresh interpreter; its last stdout line is the JSON result."""
    cmd = [sys.executable, str(HERE / "scale_phases.py"), name, json.dumps(arguments)]
    done = subprocess.run(cmd, capture_output=True, text=True)
    if done.returncode != 0:
        tail = done.stderr.strip().splitlines()[-3:]
        print(f"  {name} failed: {' | '.join(tail)}", file=sys.stderr)
        return {"error": tail[-1] if tail else f"exit {done.returncode}"}
    return dict(json.loads(done.stdout.strip().splitlines()[-1]))


def machine() -> str:
    import pyoxigraph
    import rdflib

    cpu = platform.processor() or "unknown cpu"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
        mem_kb = next(
            int(line.split()[1])
            for line in Path("/proc/meminfo").read_text().splitlines()
            if line.startswith("MemTotal")
        )
        ram = f"{mem_kb / 1024**2:.0f} GiB RAM"
    except (OSError, StopIteration):
        ram = "RAM unknown"
    return (
        f"{cpu}, {os.cpu_count()} cores, {ram}, Python {platform.python_version()}, "
        f"pyoxigraph {pyoxigraph.__version__}, rdflib {rdflib.__version__}, {platform.system()}"
    )


def measure_size(n: int, work: Path, args: argparse.Namespace) -> dict[str, Any]:
    """Every figure for size ``n``; removes its stores and files as it goes."""
    r: dict[str, Any] = {}
    here = work / f"n{n}"
    t = time.perf_counter()
    corpus = synth.write_corpus(here / "corpus", n, jsonl=args.jsonl)
    r["corpus"] = {
        "documents": n,
        "mb": corpus.text_bytes / 1e6,
        "gold": corpus.gold_relations,
        "gen_s": time.perf_counter() - t,
    }
    print(f"[{n:,}] corpus: {corpus.text_bytes / 1e6:.1f} MB in {r['corpus']['gen_s']:.1f}s", flush=True)
    for workers in (1, os.cpu_count() or 1):
        store = here / f"ingest-{workers}"
        r[f"ingest_{workers}"] = phase("ingest", corpus=str(corpus.root), store=str(store), workers=workers)
        print(f"[{n:,}] ingest workers={workers}: {r[f'ingest_{workers}']}", flush=True)
        if workers == 1:
            r.update(_more_articles(n, here, corpus.registry, store))
        shutil.rmtree(store, ignore_errors=True)
    shutil.rmtree(corpus.root, ignore_errors=True)

    t = time.perf_counter()
    info = synth.write_statements(here / "statements.nq", n)
    r["statements"] = {**info, "gen_s": time.perf_counter() - t}
    probes = dict(info["probes"])  # type: ignore[call-overload]
    nq, db = str(here / "statements.nq"), str(here / "store")
    print(f"[{n:,}] statements: {info['quads']:,} quads in {r['statements']['gen_s']:.1f}s", flush=True)
    for name, kwargs in (
        ("load_oxigraph", {"nquads": nq, "store": db}),
        ("sparql_oxigraph", {"store": db, "probes": probes}),
        ("graph_api", {"store": db, "probes": probes}),
        ("cli", {"store": db, "probes": probes}),
        (
            "html",
            {"store": db, "probes": probes, "out_dir": str(here), "whole_max_nodes": args.whole_view_max},
        ),
    ):
        r[name] = phase(name, **kwargs)
        print(f"[{n:,}] {name}: {r[name]}", flush=True)
    if args.no_rdflib_above is not None and int(info["quads"]) > args.no_rdflib_above:  # type: ignore[call-overload]
        r["rdflib_baseline"] = {"skipped": f"over --no-rdflib-above {args.no_rdflib_above:,}"}
    else:
        r["rdflib_baseline"] = phase("rdflib_baseline", nquads=nq, probes=probes)
    print(f"[{n:,}] rdflib: {r['rdflib_baseline']}", flush=True)
    shutil.rmtree(here, ignore_errors=True)
    return r


def _more_articles(n: int, here: Path, registry: Path, grown: Path) -> dict[str, Any]:
    """The same new articles ingested into an empty store and into the one holding the corpus:
    whether a bigger store makes an article slower to take in, apart from the corpus."""
    more, count = here / "more", min(MORE_ARTICLES, n)
    synth.write_more_articles(more, n, count)
    empty = here / "empty"
    out = {
        "more_empty": phase("ingest_more", store=str(empty), articles=str(more), registry=str(registry)),
        "more_grown": phase("ingest_more", store=str(grown), articles=str(more)),
    }
    print(f"[{n:,}] {count:,} more articles: {out}", flush=True)
    shutil.rmtree(empty, ignore_errors=True)
    shutil.rmtree(more, ignore_errors=True)
    return out


# ---------------------------------------------------------------------- the table


def _get(d: dict[str, Any], key: str) -> Any:
    return d.get(key) if "error" not in d and "skipped" not in d else None


def _why(d: dict[str, Any]) -> str:
    return "skipped" if "skipped" in d else "failed" if "error" in d else "-"


def rows(results: Results) -> list[tuple[str, list[str]]]:
    """(label, one cell per size): what each size measured, baselines beside their subject."""
    sizes = sorted(results)
    cores = os.cpu_count() or 1
    out: list[tuple[str, list[str]]] = []

    def row(label: str, cell: Any) -> None:
        out.append((label, [cell(results[n]) for n in sizes]))

    row("corpus: articles / MB of text", lambda r: f"{r['corpus']['documents']:,} / {r['corpus']['mb']:.1f}")

    def ingest_cell(workers: int) -> Any:
        def cell(r: dict[str, Any]) -> str:
            d = r.get(f"ingest_{workers}", {})
            if _get(d, "seconds") is None:
                return _why(d)
            mb, secs = r["corpus"]["mb"], d["seconds"]
            peak = f"{d['peak_mb']:.0f} MB" + (
                f" + {d['child_peak_mb']:.0f} MB/worker"
                if d.get("child_peak_mb")
                else ""  # 0: no worker was reaped
            )
            text = f"{mb / secs:.2f} MB/s, {d['documents'] / secs:.0f} docs/s, {peak}"
            if d.get("cores_busy") is not None:
                text += f", {d['cores_busy']:.2f} cores busy"
            base = r.get("ingest_1", {})
            if workers != 1 and _get(base, "seconds"):
                text += f" ({base['seconds'] / d['seconds']:.1f}x)"
            return text + (f", {d['failed']} failed" if d["failed"] else "")

        return cell

    row("ingest, workers=1 (baseline): MB/s, docs/s, peak, cores busy", ingest_cell(1))
    if cores > 1:
        row(f"ingest, workers={cores}: MB/s, docs/s, peak, cores busy (speed-up)", ingest_cell(cores))
        row(
            f"ingest: best speed-up {cores} cores allow (cores / cores busy at workers=1)",
            lambda r: (
                f"{cores / r['ingest_1']['cores_busy']:.2f}x"
                if _get(r.get("ingest_1", {}), "cores_busy")
                else "-"
            ),
        )

    def more_cell(r: dict[str, Any]) -> str:
        empty, grown = r.get("more_empty", {}), r.get("more_grown", {})
        if _get(empty, "seconds_before_merge") is None or _get(grown, "seconds_before_merge") is None:
            return _why(grown if _get(empty, "seconds") else empty)
        a, b = empty["seconds_before_merge"], grown["seconds_before_merge"]
        docs = empty["documents"]
        return f"{docs:,}: {docs / a:.0f} / {grown['documents'] / b:.0f} docs/s ({a / b:.2f}x)"

    row(
        "ingest more articles, workers=1, merge apart: how many: docs/s into an empty store / "
        "into the workers=1 store (ratio)",
        more_cell,
    )
    row(
        "ingest: claims found / gold mentions",
        lambda r: (
            f"{r['ingest_1']['claims']:,} / {r['corpus']['gold']:,}"
            if _get(r.get("ingest_1", {}), "claims") is not None
            else "-"
        ),
    )
    row(
        "statement set: entities / quads",
        lambda r: f"{r['statements']['entities']:,} / {r['statements']['quads']:,}",
    )

    def load(key: str) -> Any:
        def cell(r: dict[str, Any]) -> str:
            d = r.get(key, {})
            if _get(d, "seconds") is None:
                return _why(d)
            quads = r["statements"]["quads"]  # rdflib's union graph counts distinct triples only
            text = f"{quads / d['seconds']:,.0f}/s ({d['seconds']:.1f}s, {d['peak_mb']:.0f} MB)"
            ox = r.get("load_oxigraph", {})
            if key != "load_oxigraph" and _get(ox, "seconds"):
                text += f"; oxigraph {d['seconds'] / ox['seconds']:.1f}x faster"
            return text

        return cell

    row("load: pyoxigraph bulk, statements/s (time, peak)", load("load_oxigraph"))
    row("load: rdflib Dataset.parse in memory (baseline)", load("rdflib_baseline"))
    for q in ("lookup", "2-hop", "dependsOn+", "aggregate"):

        def sparql(r: dict[str, Any], q: str = q) -> str:
            ox, rl = r.get("sparql_oxigraph", {}), r.get("rdflib_baseline", {})
            if _get(ox, f"{q}_ms") is None:
                return _why(ox)
            text = f"{ox[f'{q}_ms']:.2f} ms"
            if _get(rl, f"{q}_ms") is not None:
                text += f" vs {rl[f'{q}_ms']:.1f} ms ({rl[f'{q}_ms'] / max(ox[f'{q}_ms'], 1e-6):.0f}x)"
            return text + f", {ox[f'{q}_rows']} rows"

        row(f"SPARQL {q}: pyoxigraph vs rdflib (ratio)", sparql)

    def api(key: str, fmt: str) -> Any:
        return lambda r: (
            fmt.format(**r["graph_api"]) if _get(r.get("graph_api", {}), key) is not None else "-"
        )

    row(
        "kg.paths: first call (with projection) / cached",
        api("paths_ms", "{paths_first_ms:.0f} / {paths_ms:.1f} ms, {paths_found} paths"),
    )
    row(
        "kg.dependents: first call / cached",
        api("dependents_ms", "{dependents_first_ms:.0f} / {dependents_ms:.1f} ms, {dependents_found} found"),
    )
    row("kg.lookup (cached)", api("lookup_ms", "{lookup_ms:.1f} ms"))
    row("projection: nodes / edges", api("nodes", "{nodes:,} / {edges:,}"))
    row(
        "CLI `aikg --help`, wall clock",
        lambda r: f"{r['cli']['help_ms']:.0f} ms" if _get(r["cli"], "help_ms") else _why(r["cli"]),
    )
    row(
        "CLI `aikg --store S lookup NAME`, wall clock",
        lambda r: f"{r['cli']['lookup_ms']:.0f} ms" if _get(r["cli"], "lookup_ms") else _why(r["cli"]),
    )

    def view(r: dict[str, Any], which: str) -> str:
        d = r.get("html", {})
        if _get(d, f"{which}_s") is None:
            return "skipped" if f"{which}_skipped" in d else _why(d)
        return f"{d[f'{which}_s']:.2f}s, {d[f'{which}_mb']:.1f} MB"

    row("HTML focus view: write time, size", lambda r: view(r, "focus"))
    row("HTML whole graph: write time, size", lambda r: view(r, "whole"))
    row(
        "peak memory: graph API / HTML process",
        lambda r: f"{r['graph_api'].get('peak_mb', 0):.0f} / {r['html'].get('peak_mb', 0):.0f} MB",
    )
    return out


def table(results: Results) -> str:
    sizes = sorted(results)
    head = "| size N | " + " | ".join(f"{n:,}" for n in sizes) + " |"
    sep = "|---|" + "---|" * len(sizes)
    return "\n".join(
        [head, sep, *(f"| {label} | " + " | ".join(cells) + " |" for label, cells in rows(results))]
    )


def section(results: Results, command: str, label: str, seconds: float) -> str:
    notes = sorted(
        {
            f"{key}: {d['skipped']}"
            for r in results.values()
            for key, d in r.items()
            if isinstance(d, dict) and "skipped" in d
        }
    )
    lines = [
        START,
        f"**{label}**, {dt.date.today().isoformat()}, {seconds / 60:.1f} min in all.",
        "",
        f"Machine: {machine()}.",
        "",
        f"Command: `{command}`",
        "",
        table(results),
        "",
    ]
    lines += [f"Note: {n}." for n in notes]
    lines.append(END)
    return "\n".join(lines)


def write_readme(text: str) -> None:
    current = README.read_text(encoding="utf-8")
    if START in current and END in current:
        before, rest = current.split(START, 1)
        after = rest.split(END, 1)[1]
        README.write_text(before + text + after, encoding="utf-8")
    else:
        README.write_text(current.rstrip() + "\n\n## Scale\n\n" + text + "\n", encoding="utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--sizes", default=None, help="comma-separated sizes N (default 1000,10000,100000)")
    parser.add_argument("--quick", action="store_true", help=f"sizes {QUICK} unless --sizes is given")
    parser.add_argument("--no-rdflib-above", type=int, default=None, metavar="QUADS",
                        help="skip the rdflib baseline for statement sets bigger than this")  # fmt: skip
    parser.add_argument("--whole-view-max", type=int, default=25_000, metavar="NODES",
                        help="write the whole-graph HTML view only up to this many nodes")  # fmt: skip
    parser.add_argument("--jsonl", action="store_true", help="ingest one articles.jsonl, not .txt files")
    parser.add_argument(
        "--workdir", type=Path, default=None, help="where corpora and stores go (default /tmp)"
    )
    parser.add_argument("--json", type=Path, default=None, help="also write the raw figures here")
    parser.add_argument("--no-readme", action="store_true", help="print the table only")
    args = parser.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")] if args.sizes else QUICK if args.quick else FULL
    work = Path(tempfile.mkdtemp(prefix="aikg-bench-", dir=args.workdir))
    free_gb = shutil.disk_usage(work).free / 1e9
    need_gb = max(sizes) * 40 / 1e6 + 1  # ~5 KB of store per article and per entity's quads, doubled
    if free_gb < need_gb:
        sys.exit(
            f"{work}: {free_gb:.0f} GB free, about {need_gb:.0f} GB needed; use --workdir on a bigger disk"
        )
    command = "python benchmarks/bench_scale.py " + " ".join(sys.argv[1:])
    start = time.perf_counter()
    results: Results = {}
    try:
        for n in sizes:
            results[n] = measure_size(n, work, args)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    label = "Quick run (--quick)" if args.quick and not args.sizes else "Full run"
    text = section(results, command.strip(), label, time.perf_counter() - start)
    print(text)
    if args.json:
        args.json.write_text(json.dumps(results, indent=1, default=str), encoding="utf-8")
    if not args.no_readme:
        write_readme(text)


if __name__ == "__main__":
    main()
