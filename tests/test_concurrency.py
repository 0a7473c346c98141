"""Two writers on one store take turns (the second says it waits, and for whom), or the second
gives up cleanly after --lock-timeout; readers never wait; the server keeps answering, with
consistent and growing results, while an ingest writes, and then sees what it wrote."""

from __future__ import annotations

import itertools
import re
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import httpx
import pytest
from durability import aikg_command, content, differences, run
from helpers import DATA, EXAMPLES, FACTS

from aikg import KnowledgeGraph
from aikg.errors import StoreError
from aikg.ontology.vocab import ONTOLOGY_IRI

SERIAL = ("--workers", "1")
FACT_FILES = (FACTS / "industry.yaml", FACTS / "denial.yaml", FACTS / "second-source.yaml")
WAITING = re.compile(r"^waiting for the store at (.+) \(another aikg ingest is writing; pid (\d+)\)$", re.M)


def ingest_in_process(store: Path, *paths: Path) -> None:
    with KnowledgeGraph(store) as kg:
        assert kg.ingest(paths, workers=1).ok


def test_two_ingests_at_once_take_turns_and_lose_nothing(tmp_path: Path) -> None:
    store = tmp_path / "kg"
    inputs = {"articles": (EXAMPLES,), "facts": FACT_FILES}
    processes = {
        name: subprocess.Popen(
            aikg_command(store, "ingest", *SERIAL, *paths),
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for name, paths in inputs.items()
    }
    outputs = {name: p.communicate(timeout=300) for name, p in processes.items()}
    assert {name: p.returncode for name, p in processes.items()} == {"articles": 0, "facts": 0}, outputs
    waited = [name for name, (_, err) in outputs.items() if WAITING.search(err)]
    assert len(waited) == 1, outputs
    second = waited[0]
    first = next(name for name in inputs if name != second)
    match = WAITING.search(outputs[second][1])
    assert match is not None and match.groups() == (str(store), str(processes[first].pid))

    sequential = tmp_path / "sequential"
    for name in (first, second):  # the order matters: fact files add names articles then use
        ingest_in_process(sequential, *inputs[name])
    assert differences(content(store), content(sequential)) == []


@contextmanager
def lock_holder(store: Path) -> Iterator[subprocess.Popen[str]]:
    """Another process holding the store open for writing until told to stop."""
    code = (
        "import sys; from aikg import KnowledgeGraph; "
        f"kg = KnowledgeGraph({str(store)!r}); print('ready', flush=True); sys.stdin.read()"
    )
    holder = subprocess.Popen(
        [sys.executable, "-c", code], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline() == "ready\n"
        yield holder
    finally:
        if holder.poll() is None:
            holder.kill()
        holder.communicate(timeout=60)


def test_a_second_ingest_gives_up_after_the_lock_timeout_and_changes_nothing(tmp_path: Path) -> None:
    store = tmp_path / "kg"
    ingest_in_process(store, FACTS / "industry.yaml")
    before = content(store)
    with lock_holder(store) as holder:
        assert (store / "aikg.lock").read_text() == f"{holder.pid}\n"  # who writes, for the message
        refused = run(store, "ingest", "--lock-timeout", "0.5", FACTS / "denial.yaml")
        assert (refused.returncode, refused.stdout) == (1, "")
        assert refused.stderr == (
            f"waiting for the store at {store} (another aikg ingest is writing; pid {holder.pid})\n"
            f"Error: the store at {store} is still being written by another aikg process "
            f"(pid {holder.pid}) after 0.5 s; wait for it to finish, or give --lock-timeout more "
            "seconds (the default waits as long as it takes)\n"
        )
        # Readers take no lock: they answer while the writer holds it.
        ask = run(store, "query", "ASK { ent:tiktok aikg:customerOf ent:microsoft }", "--format", "json")
        assert (ask.returncode, ask.stdout.strip()) == (0, '{"head": {}, "boolean": true}')
        assert content(store) == before
        holder.send_signal(signal.SIGKILL)  # a kill -9 frees the lock at once: the kernel drops it
        holder.wait(timeout=60)
        after_kill = run(store, "ingest", "--lock-timeout", "0", FACTS / "denial.yaml")
        assert (after_kill.returncode, after_kill.stderr) == (0, "")
    assert content(store) != before


def test_a_second_writer_in_the_same_process_fails_at_once(tmp_path: Path) -> None:
    store = tmp_path / "kg"
    with KnowledgeGraph(store) as writer:
        writer.store.ensure_ontology()
        writer.store.flush()
        with pytest.raises(StoreError, match=r"already open for writing in this process; close the other"):
            KnowledgeGraph(store)
        # Readers are welcome (and see what was flushed).
        assert KnowledgeGraph(store, read_only=True).store.named_graphs() == [ONTOLOGY_IRI]
    with KnowledgeGraph(store):  # closed: the next writer gets in
        pass


@contextmanager
def aikg_server(store: Path, log: Path) -> Iterator[str]:
    """`aikg serve` on a free loopback port (the port it prints), stopped afterwards."""
    with log.open("w") as err:
        server = subprocess.Popen(
            aikg_command(store, "serve", "--port", "0"), stdout=subprocess.DEVNULL, stderr=err, text=True
        )
    try:
        deadline = time.monotonic() + 120  # a safety net against a hung run, not a measurement
        while not (found := re.search(r"Uvicorn running on (http://127\.0\.0\.1:\d+)", log.read_text())):
            assert server.poll() is None and time.monotonic() < deadline, log.read_text()
            time.sleep(0.05)
        yield found.group(1)
    finally:
        server.terminate()
        server.wait(timeout=60)


STATEMENTS = "SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE { ?s a aikg:Statement }"
STAGING = 'ASK { GRAPH ?g { ?s ?p ?o } FILTER(STRSTARTS(STR(?g), "urn:aikg:staging:")) }'


def statements(base: str) -> int:
    response = httpx.get(base + "/sparql", params={"query": STATEMENTS}, timeout=60)
    assert response.status_code == 200, response.text
    return int(response.json()["results"]["bindings"][0]["n"]["value"])


def test_the_server_answers_while_an_ingest_writes_and_then_sees_it(tmp_path: Path) -> None:
    store = tmp_path / "kg"
    ingest_in_process(store, FACTS / "industry.yaml")
    with aikg_server(store, tmp_path / "serve.log") as base:
        start = statements(base)
        seen: list[int] = []
        problems: list[str] = []
        writing = threading.Event()
        writing.set()

        def client() -> None:
            deadline = time.monotonic() + 300  # bounded in time and in count
            while writing.is_set() and len(seen) < 5000 and time.monotonic() < deadline:
                seen.append(statements(base))
                staged = httpx.get(base + "/sparql", params={"query": STAGING}, timeout=60)
                if (staged.status_code, staged.json().get("boolean")) != (200, False):
                    problems.append(f"a half-written graph was visible: {staged.status_code} {staged.text}")

        reader = threading.Thread(target=client)
        reader.start()
        try:
            ingest = run(store, "ingest", *SERIAL, EXAMPLES, DATA / "articles")
        finally:
            writing.clear()
            reader.join(timeout=120)
        assert ingest.returncode == 0, ingest.stderr
        assert problems == []
        assert len(seen) >= 3, "the client hardly ran during the ingest"
        assert seen[0] >= start and all(a <= b for a, b in itertools.pairwise(seen)), seen
        final = statements_in(store)
        assert final > start
        deadline = time.monotonic() + 30
        while (now := statements(base)) != final:
            assert now <= final and time.monotonic() < deadline, (now, final)
            time.sleep(0.1)
    print(f"{len(seen)} answers during the ingest, from {start} to {final} statements:", sorted(set(seen)))


def statements_in(store: Path) -> int:
    result = KnowledgeGraph(store, read_only=True).query(STATEMENTS)
    return int(result.rows[0]["n"].value)
