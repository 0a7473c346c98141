"""The server under attack, over real sockets on 127.0.0.1: a dense graph's paths, abandoned
heavy queries, a query that eats memory, a flood that fills the queue, and SIGTERM while a
query runs. Each once took the server down or left it unanswering; now each is bounded, and a
light query (``ASK {}``) is answered while they run.

Latency bounds here are generous (the issue asks for 2 s; the tests allow 5 s) and guard
against a hang, never measure speed."""

from __future__ import annotations

import contextlib
import logging
import multiprocessing
import signal
import socket
import subprocess
import threading
import time
from collections.abc import Callable
from pathlib import Path

import httpx
import pytest
from durability import aikg_command
from helpers import HOSTILE
from test_server import SLOW, serving

from aikg import KnowledgeGraph
from aikg.server import create_app

ASK = {"query": "ASK {}"}
# Doubles a string 34 times: 16 B * 2^34 = 256 GB, if nothing stops it.
MEMORY_BOMB = (
    'SELECT (STRLEN(?a34) AS ?n) WHERE { BIND("xxxxxxxxxxxxxxxx" AS ?a0) '
    + " ".join(f"BIND(CONCAT(?a{i}, ?a{i}) AS ?a{i + 1})" for i in range(34))
    + " }"
)
BOUND = 5.0  # seconds a light request may take while the attacks run: headroom over the 2 s asked


@pytest.fixture(scope="module")
def dense(tmp_path_factory: pytest.TempPathFactory) -> Path:
    store = tmp_path_factory.mktemp("dense") / "kg"
    assert KnowledgeGraph(store).ingest([HOSTILE / "dense.yaml"]).ok
    return store


ANSWERS: list[str] = []  # the bodies of answers other than 200, to tell a failure's cause


def timed_ask(base: str) -> tuple[float, int]:
    started = time.monotonic()
    r = httpx.get(base + "/sparql", params=ASK, timeout=120)
    if r.status_code != 200:
        ANSWERS.append(r.text)
    return time.monotonic() - started, r.status_code


def in_background(*attacks: Callable[[], None]) -> list[threading.Thread]:
    threads = [threading.Thread(target=a, daemon=True) for a in attacks]
    for t in threads:
        t.start()
    return threads


def abandon(url: str, params: dict[str, str], after: float = 1.0) -> None:
    """Ask, and give up after ``after`` seconds, as an impatient client (or attacker) does (or
    see the server hang up: it is shutting down)."""
    with contextlib.suppress(httpx.TransportError):
        httpx.get(url, params=params, timeout=after)


def test_api_path_on_a_dense_graph_answers_with_a_cap_and_a_note(dense: Path) -> None:
    with serving(create_app(dense, timeout=30)) as base:
        r = httpx.get(
            base + "/api/path", params={"from": "zz-e0", "to": "zz-e1", "max_hops": "10"}, timeout=120
        )
        assert r.status_code == 200
        assert len(r.json()) == 100
        assert r.headers["aikg-paths-note"].startswith(
            "showing the first 100 paths, shortest first; at least "
        )
        view = httpx.get(base + "/view", params={"path": "zz-e0,zz-e1", "max_hops": "10"}, timeout=120)
        assert view.status_code == 200 and "ZZ Entity 0" in view.text
        small = httpx.get(base + "/api/path", params={"from": "zz-e0", "to": "zz-e1", "max_hops": "1"})
        assert len(small.json()) == 1 and "aikg-paths-note" not in small.headers


def test_abandoned_queries_are_stopped_and_do_not_delay_the_next(facts_store: Path) -> None:
    """20 cartesian COUNTs whose clients give up after a second once left ASK {} waiting 53 s."""
    with serving(create_app(facts_store, timeout=5)) as base:
        assert timed_ask(base)[1] == 200  # the workers are up
        threads = in_background(*[lambda: abandon(base + "/sparql", {"query": SLOW})] * 20)
        for t in threads:
            t.join(timeout=60)
        seconds, status = timed_ask(base)
        assert status == 200 and seconds < BOUND


def test_light_queries_do_not_wait_behind_heavy_ones(facts_store: Path) -> None:
    """Two heavy queries whose clients wait hold both long-job slots; a third worker answers."""
    with serving(create_app(facts_store, timeout=60, workers=2)) as base:
        assert timed_ask(base)[1] == 200
        heavy = in_background(*[lambda: abandon(base + "/sparql", {"query": SLOW}, after=8)] * 2)
        time.sleep(1.5)  # both run past the probe: they are long jobs now
        for _ in range(3):
            seconds, status = timed_ask(base)
            assert status == 200 and seconds < BOUND
        for t in heavy:
            t.join(timeout=60)


def test_a_full_server_answers_503_with_retry_after(facts_store: Path) -> None:
    with serving(create_app(facts_store, timeout=10, workers=1, max_queue=2)) as base:
        assert timed_ask(base)[1] == 200
        answers: list[httpx.Response] = []

        def heavy() -> None:
            answers.append(httpx.get(base + "/sparql", params={"query": SLOW}, timeout=60))

        for t in in_background(*[heavy] * 6):
            t.join(timeout=60)
        assert sorted(r.status_code for r in answers) == [503] * 6
        busy = [r for r in answers if "retry-after" in r.headers]
        assert busy and all(r.headers["retry-after"] == "5" for r in busy)
        assert any(r.text.startswith("the server has 2 requests waiting, its limit") for r in busy)
        assert any(r.text.startswith("the server is busy with 1 long-running requests") for r in busy)
        assert timed_ask(base)[1] == 200


def test_a_query_past_the_memory_cap_is_stopped_and_the_worker_replaced(facts_store: Path) -> None:
    """One line of CONCATs once took a worker to 4.4 GB under the default 30 s timeout."""
    with serving(create_app(facts_store, timeout=60, max_memory_mb=1024)) as base:
        r = httpx.get(base + "/sparql", params={"query": MEMORY_BOMB}, timeout=120)
        assert (r.status_code, r.text) == (
            503,
            "the query used too much memory (more than this endpoint's --max-memory) and was stopped\n",
        )
        assert timed_ask(base)[1] == 200


def test_ask_is_answered_while_every_attack_runs(dense: Path) -> None:
    """The issue's bar: abandoned heavy queries, dense paths and a memory bomb, all at once."""
    with serving(create_app(dense, timeout=30, max_memory_mb=1024)) as base:
        assert timed_ask(base)[1] == 200
        stop = threading.Event()

        def keep(attack: Callable[[], None]) -> Callable[[], None]:
            def loop() -> None:
                while not stop.is_set():
                    attack()

            return loop

        path = {"from": "zz-e0", "to": "zz-e1", "max_hops": "10"}
        attackers = in_background(
            *[keep(lambda: abandon(base + "/sparql", {"query": SLOW}))] * 6,
            keep(lambda: abandon(base + "/api/path", path, after=30)),
            keep(lambda: abandon(base + "/sparql", {"query": MEMORY_BOMB}, after=30)),
        )
        try:
            time.sleep(2)
            latencies = []
            for _ in range(5):
                seconds, status = timed_ask(base)
                assert status in (200, 503)
                latencies.append((seconds, status))
                time.sleep(0.5)
        finally:
            stop.set()
            for t in attackers:
                t.join(timeout=60)
        assert all(status == 200 and seconds < BOUND for seconds, status in latencies), (latencies, ANSWERS)


def test_a_query_whose_worker_is_killed_is_answered_by_a_fresh_one(
    facts_store: Path, caplog: pytest.LogCaptureFixture
) -> None:
    """A worker can die of something other than its query (killed from outside, or short of
    address space under its cap): once, in a full run, a light ASK got "too much memory" while
    memory bombs ran. A read-only query now runs once more on a fresh worker."""
    heavy = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g a ?t }"  # a few seconds

    def ask(base: str, query: str) -> httpx.Response:
        json = {"accept": "application/sparql-results+json"}
        return httpx.get(base + "/sparql", params={"query": query}, headers=json, timeout=120)

    def count(answer: httpx.Response) -> int:
        assert answer.status_code == 200, answer.text
        return int(answer.json()["results"]["bindings"][0]["n"]["value"])

    with serving(create_app(facts_store, timeout=60)) as base, caplog.at_level(logging.WARNING):
        triples = count(ask(base, "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c }"))
        typed = count(ask(base, "SELECT (COUNT(*) AS ?n) WHERE { ?g a ?t }"))
        answers: list[httpx.Response] = []
        asking = in_background(lambda: answers.append(ask(base, heavy)))
        time.sleep(0.5)  # the heavy query is running in its worker
        for process in multiprocessing.active_children():
            if process.name == "aikg-query":
                process.kill()
        asking[0].join(timeout=120)
    assert [count(a) for a in answers] == [triples * triples * typed]
    assert "retrying a read-only job once on a fresh worker" in caplog.text


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def test_sigterm_stops_the_server_while_a_query_runs(facts_store: Path) -> None:
    """Once "Waiting for background tasks" forever: a request in a server thread never ended."""
    port = _free_port()
    server = subprocess.Popen(
        aikg_command(facts_store, "serve", "--port", str(port), "--timeout", "300"),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 120
        while True:
            try:
                if httpx.get(base + "/sparql", params=ASK).status_code == 200:
                    break
            except httpx.TransportError:
                pass
            assert time.monotonic() < deadline and server.poll() is None, "the server did not start"
            time.sleep(0.2)
        in_background(lambda: abandon(base + "/sparql", {"query": SLOW}, after=120))
        time.sleep(1.5)
        server.send_signal(signal.SIGTERM)
        _, stderr = server.communicate(timeout=30)  # fails with TimeoutExpired if it hangs
    finally:
        if server.poll() is None:
            server.kill()
            server.communicate()
    assert "Traceback" not in stderr, stderr
