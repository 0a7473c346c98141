"""`kill -9` at any moment of `aikg ingest`: the store still opens, no half-written document is
visible, and running the same ingest again gives exactly the store a clean run gives.

The kills land at seeded random moments spread over the whole run, measured first (from before
the interpreter starts to after the last file), so they hit startup, the lock, the ontology, the
documents and the final flush.
"""

from __future__ import annotations

import os
import random
import shutil
import signal
import subprocess
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from durability import Content, aikg_command, content, differences, document_graphs, run, staging_graphs
from helpers import EXAMPLES, FACTS

from aikg import KnowledgeGraph
from aikg.errors import StoreError
from aikg.graph.facts_check import facts_problems
from aikg.graph.storage.store import EmbeddedStore

CORPUS = (EXAMPLES, FACTS)  # FACTS holds bad files too: a failed file must leave nothing either
SERIAL = ("--workers", "1")  # extraction in the writing process: the fast way on a busy 2-core CI box
POOL = ("--workers", "2")  # extraction in a process pool, as by default on a multi-core machine


@dataclass(frozen=True)
class Reference:
    content: Content
    failed: list[str]
    seconds: float


def rerun(store: Path, paths: tuple[Path, ...]) -> list[str]:
    """The same ingest again, to completion (in this process: warm, so the test stays short);
    returns the files that failed."""
    with KnowledgeGraph(store, lock_timeout=10) as kg:
        return sorted(Path(f.path).name for f in kg.ingest(paths, workers=1).failed)


@pytest.fixture(scope="module")
def reference(tmp_path_factory: pytest.TempPathFactory) -> Reference:
    store = tmp_path_factory.mktemp("reference") / "kg"
    clean = run(store, "ingest", *SERIAL, *CORPUS)
    assert clean.returncode == 1, clean.stderr  # the bad fact files fail, by design
    got = content(store)
    assert len(document_graphs(got)) >= 15, "the corpus must be big enough for kills to land mid-run"
    failed = sorted(Path(line.split(":")[1].strip()).name for line in clean.stderr.splitlines())
    assert len(failed) == 6, clean.stderr
    return Reference(got, failed, clean.seconds)


class Killer:
    """Starts `aikg ingest` runs in sessions of their own and SIGKILLs them; remembers the
    sessions, so a test can check that nothing the ingest started (pool workers) outlives it."""

    def __init__(self) -> None:
        self.sessions: list[int] = []

    def kill_after(self, store: Path, delay: float, *args: str | Path) -> bool:
        """Start `aikg ingest ARGS`, SIGKILL it after ``delay`` s; True if it was still running."""
        process = subprocess.Popen(
            aikg_command(store, "ingest", *args),
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            start_new_session=True,
        )
        self.sessions.append(process.pid)
        time.sleep(delay)
        running = process.poll() is None
        process.send_signal(signal.SIGKILL)
        process.wait(timeout=60)
        return running

    def leftovers(self) -> list[int]:
        """The sessions in which some process is still alive."""
        alive = []
        for session in self.sessions:
            try:
                os.killpg(session, 0)
                alive.append(session)
            except ProcessLookupError:
                pass
        return alive


@pytest.fixture
def killer() -> Iterator[Killer]:
    k = Killer()
    try:
        yield k
    finally:
        for session in k.leftovers():  # clean up what a failing test left running
            os.killpg(session, signal.SIGKILL)


def assert_nothing_outlives(killer: Killer) -> None:
    deadline = time.monotonic() + 30  # pool workers notice within a second; a safety net
    while killer.leftovers():
        assert time.monotonic() < deadline, "processes the killed ingest started are still running"
        time.sleep(0.1)


def check_opens(store: Path, reference: Content) -> int:
    """The killed run's store opens read-only and writable, and every document graph in it is
    whole (equal to the clean run's); returns how many documents had landed."""
    unfinished = False
    if (store / "CURRENT").exists():  # a kill before RocksDB created its files leaves no store
        try:
            readonly = EmbeddedStore(store, read_only=True)
            assert not [g for g in readonly.named_graphs() if g.startswith("urn:aikg:staging:")]
            del readonly
        except StoreError as e:  # killed while RocksDB was creating its tables: said clearly
            assert "was never fully created" in str(e) and "run `aikg ingest PATH...` again" in str(e)
            unfinished = True
    # Writable: takes the lock, which the kill freed (a stale one would time out), drops staging.
    with KnowledgeGraph(store, lock_timeout=10) as kg:
        kg.store.flush()
    if unfinished:  # the writable open finished creating it
        assert EmbeddedStore(store, read_only=True).named_graphs() == []
    killed = content(store)
    assert staging_graphs(killed) == []
    landed = document_graphs(killed)
    for graph in landed:
        assert killed[graph] == reference[graph], f"{graph} is half-written after a kill"
    return len(landed)


@pytest.mark.parametrize(
    ("workers", "iterations"), [(SERIAL, 4), (POOL, 2)], ids=["serial-extraction", "pool-extraction"]
)
def test_kill_at_random_moments_then_rerun_gives_the_clean_store(
    tmp_path: Path, reference: Reference, killer: Killer, workers: tuple[str, ...], iterations: int
) -> None:
    rng = random.Random(20240731 + iterations)
    outcomes = []
    for i in range(iterations):
        store = tmp_path / f"kg{i}"
        # Stratified over [0, 1.1] of a clean run: very early and very late kills are both drawn.
        delays = [(i + rng.random()) / iterations * 1.1 * reference.seconds]
        if i % 2:  # a second kill, on the partly filled store the first one left
            delays.append(rng.random() * reference.seconds)
        for delay in delays:
            running = killer.kill_after(store, delay, *workers, *CORPUS)
            landed = check_opens(store, reference.content)
            outcomes.append((round(delay, 2), running, landed))
        assert rerun(store, CORPUS) == reference.failed
        got = content(store)
        assert differences(got, reference.content) == [], f"iteration {i}: {outcomes}"
        assert got == reference.content
    print("kills (delay s, still running, documents landed):", outcomes)
    assert any(running for _, running, _ in outcomes), "no kill interrupted a running ingest"
    assert_nothing_outlives(killer)


def _versions(store: Path) -> dict[str, tuple[str, frozenset[str]]]:
    """Each source file's document: its graph name and quads."""
    opened = EmbeddedStore(store, read_only=True)
    graphs = {}
    for graph in opened.named_graphs():
        if "/document/" in graph:
            [source] = {
                q.object.value for q in opened.quads(graph) if q.predicate.value.endswith("sourcePath")
            }
            graphs[source] = graph
    del opened
    c = content(store)
    return {source: (graph, c[f"<{graph}>"]) for source, graph in graphs.items()}


def test_a_killed_reingest_of_changed_files_leaves_each_document_old_or_new(
    tmp_path: Path, killer: Killer
) -> None:
    corpus = tmp_path / "corpus"
    shutil.copytree(EXAMPLES, corpus)
    articles = sorted(p for p in corpus.iterdir() if p.suffix in (".txt", ".md"))
    old_store, new_store = tmp_path / "old", tmp_path / "new"
    assert run(old_store, "ingest", *SERIAL, corpus).returncode == 0
    old = _versions(old_store)
    for n, article in enumerate(articles):  # every article changes: each document is replaced
        text = article.read_text(encoding="utf-8")
        if n % 2:  # and every other one loses its second half: facts only it supported must go
            text = text[: len(text) // 2]
        article.write_text(text + f"\n\nUpdated ({n}).\n", encoding="utf-8")
    shutil.copytree(old_store, new_store)
    update = run(new_store, "ingest", *SERIAL, corpus)
    assert update.returncode == 0, update.stderr
    new = _versions(new_store)
    new_content = content(new_store)
    changed = [s for s in old if old[s][0] != new[s][0]]
    assert len(changed) == len(articles)
    assert new_content["<https://w3id.org/aikg/facts>"] != content(old_store)["<https://w3id.org/aikg/facts>"]

    rng = random.Random(7)
    iterations = 2
    seen = []
    for i in range(iterations):
        store = tmp_path / f"kg{i}"
        shutil.copytree(old_store, store)
        # Late-biased, over [0.4, 1.05] of a clean run: before the writes every document is
        # trivially old; the interesting kills land while replacements are being written.
        delay = (0.4 + 0.65 * (i + rng.random()) / iterations) * update.seconds
        killer.kill_after(store, delay, *SERIAL, corpus)
        with KnowledgeGraph(store, lock_timeout=10) as kg:  # opens writable after the kill
            assert facts_problems(kg.store) == [], "the facts graph disagrees with the documents"
        now = _versions(store)
        assert sorted(now) == sorted(old), "a document was lost or duplicated"
        for source, version in now.items():
            assert version in (old[source], new[source]), f"{source} is a mix of old and new"
        seen.append(sum(now[s] == new[s] for s in changed))
        assert rerun(store, (corpus,)) == []
        assert differences(content(store), new_content) == []
    print(f"documents already replaced when killed (of {len(changed)}):", seen)


def test_a_staging_graph_left_by_a_crash_is_invisible_to_readers(tmp_path: Path) -> None:
    """A crash between staging a replaced document and swapping it in (or a reader's snapshot
    taken at that moment) leaves a staging graph; readers must not see it beside the old one."""
    import pyoxigraph as ox

    from aikg.graph.storage import journal

    store = tmp_path / "kg"
    with KnowledgeGraph(store) as kg:
        assert kg.ingest([FACTS / "industry.yaml"]).ok
    readonly = KnowledgeGraph(store, read_only=True)
    graphs, quads, relations = readonly.store.named_graphs(), len(readonly.store), len(readonly.relations())
    ask = "SELECT (COUNT(*) AS ?n) WHERE { ?s aikg:customerOf ?o }"
    customers = readonly.query(ask).rows[0]["n"].value
    [document] = [g for g in graphs if "/document/" in g]
    del readonly
    raw = ox.Store(str(store))  # what the crash left: a full copy of the document, staged
    staging = ox.NamedNode("urn:aikg:staging:crashed")
    journal.begin(store, [staging.value])  # named in flight (durably) before it was written
    raw.extend(
        ox.Quad(q.subject, q.predicate, q.object, staging)
        for q in raw.quads_for_pattern(None, None, None, ox.NamedNode(document))
    )
    raw.flush()
    del raw

    after = KnowledgeGraph(store, read_only=True)
    assert after.store.named_graphs() == graphs
    assert len(after.store) == quads
    assert len(after.relations()) == relations
    assert after.query(ask).rows[0]["n"].value == customers
    assert after.query("ASK { GRAPH <urn:aikg:staging:crashed> { ?s ?p ?o } }").boolean is False
    del after
    with KnowledgeGraph(store) as writer:  # the next writer drops it for good
        assert len(writer.store._store) == quads
