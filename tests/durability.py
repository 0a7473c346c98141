"""Helpers for the crash and concurrency tests: run `aikg` as a real process, and read a store's
whole content in a form two stores can be compared by."""

from __future__ import annotations

import subprocess
import sys
import time
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox

from aikg.graph.storage.store import STAGING

# The installed console script is `aikg = aikg.cli:cli`; this runs the same with this interpreter.
AIKG = [sys.executable, "-c", "import sys; from aikg.cli import cli; sys.exit(cli())"]

Content = dict[str, frozenset[str]]


def aikg_command(store: Path, *args: str | Path) -> list[str]:
    return [*AIKG, "--store", str(store), *map(str, args)]


def start(store: Path, *args: str | Path) -> subprocess.Popen[str]:
    return subprocess.Popen(
        aikg_command(store, *args), stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )


@dataclass(frozen=True)
class Run:
    returncode: int
    stdout: str
    stderr: str
    seconds: float


def run(store: Path, *args: str | Path) -> Run:
    began = time.monotonic()
    done = subprocess.run(aikg_command(store, *args), capture_output=True, text=True, timeout=300)
    return Run(done.returncode, done.stdout, done.stderr, time.monotonic() - began)


def content(store: Path) -> Content:
    """Every graph's quads as N-Quads lines, by graph name; blank nodes canonicalized (the
    ontology graph has some), so equal stores give equal dicts."""
    opened = ox.Store.read_only(str(store))
    try:
        dataset = ox.Dataset(opened)
    finally:
        del opened
    dataset.canonicalize(ox.CanonicalizationAlgorithm.UNSTABLE)
    graphs: defaultdict[str, set[str]] = defaultdict(set)
    for q in dataset:
        graphs[str(q.graph_name)].add(str(q))
    return {g: frozenset(quads) for g, quads in graphs.items()}


def staging_graphs(c: Content) -> list[str]:
    return [g for g in c if g.startswith("<" + STAGING)]


def document_graphs(c: Content) -> list[str]:
    return sorted(g for g in c if "/document/" in g)


def differences(got: Content, want: Content) -> list[str]:
    """What differs, graph by graph, short enough for an assertion message."""
    out = [f"missing graph {g} ({len(want[g])} quads)" for g in sorted(want.keys() - got.keys())]
    out += [f"extra graph {g} ({len(got[g])} quads)" for g in sorted(got.keys() - want.keys())]
    for g in sorted(got.keys() & want.keys()):
        if got[g] != want[g]:
            out.append(f"graph {g}: {len(got[g] - want[g])} extra, {len(want[g] - got[g])} missing quads")
    return out
