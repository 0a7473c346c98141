"""The write lock of a SPARQL-server store (aikg.graph.storage.remote_lock), against a real
Virtuoso: two writers take turns (the second says it waits, and for whom), a writer gives up after
its lock timeout, a crashed writer's lease expires, a writer that lost its lease writes nothing
more, and readers never see the lock. Each test leaves the server as it found it (no aikg graph,
no lease): other modules share it."""

from __future__ import annotations

import re
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager

import pyoxigraph as ox
import pytest
from click.testing import CliRunner
from durability import aikg_command
from helpers import FACTS
from virtuoso_server import Virtuoso

from aikg import KnowledgeGraph
from aikg.cli import cli
from aikg.errors import StoreError
from aikg.graph.storage import remote_lock
from aikg.graph.storage.remote import RemoteStore
from aikg.graph.storage.remote_lock import LOCK_GRAPH, hide_lock, server_ms
from aikg.graph.storage.stores import open_store

WAITING = re.compile(
    r"^waiting for the SPARQL store at (\S+) \(another aikg ingest is writing: \S+ pid (\d+); its lease "
    r"is renewed while it runs and expires 30 s after it stops\)$",
    re.M,
)
LEASES = f"SELECT ?l ?v WHERE {{ GRAPH <{LOCK_GRAPH}> {{ ?l ?p ?v }} }}"

# ---------------------------------------------------------------------- without a server


@pytest.mark.parametrize(
    ("now", "ms"),
    [
        ("2026-12-05T01:31:52.376695", 1796434312376),  # Virtuoso: local time, no zone
        ("2026-12-05T01:31:52.376695009Z", 1796434312376),  # Oxigraph: nanoseconds, UTC
        ("2026-12-05T02:31:52+01:00", 1796434312000),
    ],
    ids=["virtuoso", "oxigraph", "offset"],
)
def test_server_time_in_milliseconds(now: str, ms: int) -> None:
    assert (
        server_ms(ox.Literal(now, datatype=ox.NamedNode("http://www.w3.org/2001/XMLSchema#dateTime"))) == ms
    )


def test_query_rows_hide_the_lease() -> None:
    lease = ox.NamedNode("urn:aikg:lock:lease:abc")
    value = ox.Literal("1 2 host pid 3", datatype=ox.NamedNode("urn:aikg:lock#Lease"))
    kept = {"s": ox.NamedNode("https://w3id.org/aikg/entity/x"), "o": ox.Literal("1 2 host pid 3")}
    assert hide_lock([{"s": lease, "o": None}, {"s": None, "o": value}, kept]) == [kept]


# ---------------------------------------------------------------------- against Virtuoso


def _clean(url: str) -> None:
    store = RemoteStore(url, read_only=True)
    store._send_update(f"DROP SILENT GRAPH <{LOCK_GRAPH}>")
    for graph in store.named_graphs():
        store._send_update(f"DROP SILENT GRAPH <{graph}>")
    store.close()


@pytest.fixture
def url(virtuoso: Virtuoso) -> Iterator[str]:
    """The server's store URL, with no aikg graph and no lease before and after the test."""
    _clean(virtuoso.store_url)
    yield virtuoso.store_url
    _clean(virtuoso.store_url)


def _leases(url: str) -> list[dict[str, object]]:
    store = RemoteStore(url, read_only=True)
    try:
        return store._select_rows(LEASES)
    finally:
        store.close()


HOLD = """
import sys, time
from aikg.graph.storage import remote_lock
from aikg.graph.storage.stores import open_store
remote_lock.LEASE_SECONDS = float(sys.argv[2])
store = open_store(sys.argv[1], on_wait=lambda m: print("waited", flush=True))
print("held", time.time(), flush=True)
sys.stdin.readline()
store.close()
print("released", time.time(), flush=True)
"""


@contextmanager
def holder(url: str, *, lease: float = 30.0) -> Iterator[subprocess.Popen[str]]:
    """Another process holding the store open for writing until it reads a line (or is killed)."""
    process = subprocess.Popen(
        [sys.executable, "-c", HOLD, url, str(lease)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert process.stdout is not None and process.stdout.readline().startswith("held ")
        yield process
    finally:
        if process.poll() is None:
            process.kill()
        process.communicate(timeout=60)


WRITE = """
import sys, time
from aikg import KnowledgeGraph
kg = KnowledgeGraph(sys.argv[1], on_wait=lambda m: print(m, file=sys.stderr, flush=True))
began = time.time()
report = kg.ingest([sys.argv[2]], workers=1)
time.sleep(1.5)  # hold the lock long enough for the other writer to find it taken
ended = time.time()
kg.close()
print(began, ended, report.ok, flush=True)
"""


def test_two_writers_at_once_take_turns_and_lose_nothing(url: str) -> None:
    files = [FACTS / "industry.yaml", FACTS / "second-source.yaml"]
    writers = [
        subprocess.Popen(
            [sys.executable, "-c", WRITE, url, str(path)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for path in files
    ]
    outputs = [w.communicate(timeout=300) for w in writers]
    assert [w.returncode for w in writers] == [0, 0], outputs
    spans = [tuple(float(x) for x in out.split()[:2]) for out, _ in outputs]
    assert [out.split()[2] for out, _ in outputs] == ["True", "True"]
    first, second = sorted(range(2), key=lambda i: spans[i][0])
    assert spans[first][1] <= spans[second][0], spans  # one wrote, then the other
    waited = [i for i, (_, err) in enumerate(outputs) if WAITING.search(err)]
    assert waited == [second], outputs
    match = WAITING.search(outputs[second][1])
    assert match is not None and match.group(2) == str(writers[first].pid)
    kg = KnowledgeGraph(url, read_only=True)
    assert sorted(r.object.id for r in kg.relations(subject="Orbit Holdings")) == ["orbit-labs"]
    assert kg.relations(subject="TikTok", predicate="customerOf")
    kg.close()
    assert _leases(url) == []  # both let go


def test_the_cli_ingest_waits_for_the_writer_then_writes(url: str) -> None:
    with holder(url) as holding:
        began = time.monotonic()
        ingest = subprocess.Popen(
            aikg_command(url, "ingest", "--workers", "1", FACTS / "industry.yaml"),  # type: ignore[arg-type]
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        time.sleep(3)
        assert ingest.poll() is None  # still waiting
        assert holding.stdin is not None
        holding.stdin.write("\n")
        holding.stdin.flush()
        out, err = ingest.communicate(timeout=300)
    assert ingest.returncode == 0, err
    assert time.monotonic() - began >= 3
    match = WAITING.search(err)
    assert match is not None, err
    endpoint = url.replace("sparql+http://dba:dba@", "http://")
    assert match.groups() == (endpoint, str(holding.pid))
    assert out.endswith("1 file ingested, 0 failed\n")


def test_a_writer_gives_up_after_the_lock_timeout(url: str) -> None:
    endpoint = url.replace("sparql+http://dba:dba@", "http://")
    with holder(url) as holding:
        told: list[str] = []
        began = time.monotonic()
        with pytest.raises(StoreError) as e:
            open_store(url, lock_timeout=1.0, on_wait=told.append)
        assert 1.0 <= time.monotonic() - began < 10
        assert len(told) == 1 and WAITING.fullmatch(told[0])
        assert re.fullmatch(
            rf"the SPARQL store at {re.escape(endpoint)} is still being written by another aikg process "
            rf"\(\S+ pid {holding.pid}\) after 1 s; wait for it to finish, or give --lock-timeout more "
            r"seconds \(the default waits as long as it takes\)",
            str(e.value),
        )
        result = CliRunner().invoke(cli, ["--store", url, "ingest", "--lock-timeout", "0.5", str(FACTS)])
        assert result.exit_code == 1
        assert "Error: the SPARQL store at" in result.output and "after 0.5 s" in result.output
    assert KnowledgeGraph(url, read_only=True).store.named_graphs() == []  # nothing was written


def test_a_crashed_writers_lease_expires(url: str) -> None:
    with holder(url, lease=3.0) as holding:
        holding.send_signal(signal.SIGKILL)  # no close: its lease stays until it expires
        holding.wait(timeout=60)
        assert len(_leases(url)) == 1
        told: list[str] = []
        began = time.monotonic()
        store = open_store(url, on_wait=told.append)
        waited = time.monotonic() - began
    assert 0.5 < waited < 15, waited
    assert len(told) == 1
    rows = _leases(url)
    assert len(rows) == 1 and store._lock is not None  # type: ignore[attr-defined]
    assert rows[0]["l"] == ox.NamedNode(remote_lock.LEASE_PREFIX + store._lock.token)  # type: ignore[attr-defined]
    store.close()
    assert _leases(url) == []


def test_a_writer_that_lost_its_lease_writes_nothing_more(url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(remote_lock, "LEASE_SECONDS", 1.5)  # renewed every 0.5 s
    store = open_store(url)
    other = RemoteStore(url, read_only=True)
    other._send_update(f"DROP SILENT GRAPH <{LOCK_GRAPH}>")  # as if another writer took over
    other.close()
    time.sleep(1.5)
    graph = "https://w3id.org/aikg/document/lost0001"
    with pytest.raises(
        StoreError, match=r"^lost the write lock of the SPARQL store at http://\S+: this writer"
    ):
        store.replace_document(graph, graph, [])
    store.close()


def test_a_second_writer_in_the_same_process_fails_at_once(url: str) -> None:
    endpoint = url.replace("sparql+http://dba:dba@", "http://")
    with KnowledgeGraph(url):
        with pytest.raises(StoreError) as e:
            KnowledgeGraph(url)
        assert str(e.value) == (
            f"the SPARQL store at {endpoint} is already open for writing in this process; "
            "close the other KnowledgeGraph first (kg.close())"
        )
    with KnowledgeGraph(url):  # closed: the next writer gets in
        pass


def test_readers_never_see_the_lock(url: str) -> None:
    with KnowledgeGraph(url) as writer:
        writer.ingest([FACTS / "industry.yaml"], workers=1)
        assert len(_leases(url)) == 1  # held while the writer is open
        reader = KnowledgeGraph(url, read_only=True)
        assert LOCK_GRAPH not in reader.store.named_graphs()
        everything = reader.query("SELECT ?s ?p ?o WHERE { ?s ?p ?o }")
        assert everything.rows
        assert not [row for row in everything.rows if "urn:aikg:lock" in str(row)]
        graphs = reader.query("SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }")
        assert LOCK_GRAPH not in {row["g"].value for row in graphs.rows}
        triples = reader.query("CONSTRUCT { ?s ?p ?o } WHERE { GRAPH ?g { ?s ?p ?o } }").triples
        assert triples and not [t for t in triples if "urn:aikg:lock" in str(t)]
        result = CliRunner().invoke(
            cli, ["--store", url, "query", "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }"]
        )
        assert result.exit_code == 0 and "urn:aikg:lock" not in result.output
        reader.close()
    assert _leases(url) == []
