"""Readers open and read the store reliably at any moment of a write: a read-only open that
races a writer's compaction (a table listed in the manifest deleted before the reader opens
it) is retried, never reported as "Corruption ... .sst: No such file or directory", and reads
after the open find every table (the snapshot holds hard links to them)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pyoxigraph as ox
import pytest

from aikg.errors import StoreError
from aikg.graph.storage.snapshot_files import READERS
from aikg.graph.storage.store import EmbeddedStore

P = ox.NamedNode("urn:p")
# Opens, closes and rewrites the store until STOP exists: every close flushes and compactions
# follow, as with `aikg ingest` runs one after another.
WRITER = """
import sys, pathlib, pyoxigraph as ox
from aikg.graph.storage.snapshot_files import READERS
from aikg.graph.storage.store import EmbeddedStore
path, stop = pathlib.Path(sys.argv[1]), pathlib.Path(sys.argv[2])
i = 0
while not stop.exists():
    store = EmbeddedStore(path, lock_timeout=60)
    for _ in range(5):
        i += 1
        s = ox.NamedNode(f"urn:s{i}")
        quads = [ox.Quad(s, ox.NamedNode("urn:p"), ox.Literal(str(k))) for k in range(50)]
        store.replace_document(f"doc{i % 7}.txt", f"urn:doc:{i}", quads)
        store.flush()
    store.close()
    print(i, flush=True)
"""


def _seed(path: Path) -> None:
    store = EmbeddedStore(path)
    store.ensure_ontology()
    store.replace_document("seed.txt", "urn:doc:seed", [ox.Quad(ox.NamedNode("urn:s"), P, ox.Literal("0"))])
    store.close()


def test_hundreds_of_readers_open_while_a_writer_opens_and_closes(tmp_path: Path) -> None:
    path, stop = tmp_path / "kg", tmp_path / "stop"
    _seed(path)
    writer = subprocess.Popen(
        [sys.executable, "-c", WRITER, str(path), str(stop)], stdout=subprocess.PIPE, text=True
    )
    try:
        assert writer.stdout is not None
        writer.stdout.readline()  # the writer is under way
        failures = []
        for _ in range(300):
            try:
                reader = EmbeddedStore(path, read_only=True)
                assert "urn:doc:seed" in reader.named_graphs()
                assert reader.objects("urn:s", "urn:p") == {"0"}
                assert reader.query("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }").rows
                reader.close()
            except StoreError as e:
                failures.append(str(e))
        rounds = int(writer.stdout.readline() or 0)
    finally:
        stop.touch()
        writer.communicate(timeout=120)
    assert failures == []
    assert rounds > 1, "the writer must have opened and closed the store while the readers ran"
    assert list((path / READERS).iterdir()) == []  # each reader removed its links as it closed


def test_a_dead_readers_links_are_removed_by_the_next_reader(tmp_path: Path) -> None:
    path = tmp_path / "kg"
    _seed(path)
    dead = subprocess.run(
        [sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True
    )
    left = path / READERS / f"{dead.stdout.strip()}-crashed"
    left.mkdir(parents=True)
    (left / "000001.sst").write_bytes(b"")
    reader = EmbeddedStore(path, read_only=True)
    assert not left.exists()
    reader.close()


@pytest.mark.parametrize("run", range(20))
def test_a_read_only_open_right_after_a_writer_closes(tmp_path: Path, run: int) -> None:
    """What tests/test_store_version.py's snapshot test does, many times: with snapshots open
    across the write, the open after the writer's close failed 7 runs in 8 before readers
    retried."""
    writer = EmbeddedStore(tmp_path / "kg")
    writer.ensure_ontology()
    writer.flush()
    snapshots = [EmbeddedStore(tmp_path / "kg", read_only=True) for _ in range(2)]
    writer.replace_document("a.yaml", "urn:doc:a", [ox.Quad(ox.NamedNode("urn:s"), P, ox.Literal("1"))])
    writer.close()
    later = EmbeddedStore(tmp_path / "kg", read_only=True)
    assert "urn:doc:a" in later.named_graphs()
    assert all("urn:doc:a" not in s.named_graphs() for s in snapshots)
