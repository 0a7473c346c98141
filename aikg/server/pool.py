"""A few long-lived worker processes that run queries, each killed if its query overruns.

Why processes: pyoxigraph evaluates a query in Rust with the GIL released but offers no way to
cancel it, so a thread running a runaway query can never be stopped. A process can: on timeout
the server kills the worker (SIGKILL) and starts a fresh one for the next query. Workers live
across requests because starting one (a new interpreter importing pyoxigraph and rdflib) costs
a few hundred milliseconds, and because each keeps its read-only store open between queries.
Killing a worker in the middle of an update is safe: pyoxigraph commits an update atomically.
"""

from __future__ import annotations

import asyncio
import multiprocessing
import threading
from multiprocessing.connection import Connection
from multiprocessing.process import BaseProcess
from pathlib import Path

from aikg.server.errors import EndpointError
from aikg.server.worker import Answer, Job, main

STARTUP_TIMEOUT = 120.0


class _Worker:
    """One worker process and the parent's end of its pipe."""

    def __init__(self, store_path: Path) -> None:
        self.store_path = store_path
        self._process: BaseProcess | None = None
        self._conn: Connection | None = None
        self._ready = False
        self._lock = threading.Lock()

    def start(self) -> None:
        # "spawn", not "fork": the server process runs threads, and forking those is unsafe.
        ctx = multiprocessing.get_context("spawn")
        parent, child = ctx.Pipe()
        process = ctx.Process(target=main, args=(child, str(self.store_path)), name="aikg-query", daemon=True)
        process.start()
        child.close()
        self._process, self._conn, self._ready = process, parent, False

    def _alive(self) -> bool:
        return self._process is not None and self._process.is_alive()

    def _wait_ready(self) -> Connection:
        if not self._alive():
            self.stop()
            self.start()
        assert self._conn is not None
        if not self._ready:
            if not self._conn.poll(STARTUP_TIMEOUT):
                self.stop()
                raise EndpointError(503, "the query worker did not start; try again")
            try:
                self._conn.recv()
            except EOFError as e:
                self.stop()
                raise EndpointError(503, "the query worker failed to start (is the store readable?)") from e
            self._ready = True
        return self._conn

    def run(self, job: Job, timeout: float) -> Answer:
        """The worker's answer to ``job``; blocks, so call it from a thread."""
        with self._lock:
            conn = self._wait_ready()
            conn.send(job)
            if not conn.poll(timeout):
                self.stop()
                raise EndpointError(
                    503,
                    f"the query ran longer than {timeout:g} s, this endpoint's limit (--timeout), "
                    "and was stopped; narrow it or add a LIMIT",
                )
            try:
                answer: Answer = conn.recv()
            except EOFError as e:
                self.stop()
                raise EndpointError(500, "the query worker died while evaluating (out of memory?)") from e
            return answer

    def stop(self) -> None:
        if self._conn is not None:
            self._conn.close()
        if self._process is not None:
            if self._process.is_alive():
                self._process.kill()
            self._process.join(timeout=10)
            if self._process.exitcode is not None:
                self._process.close()
        self._process, self._conn, self._ready = None, None, False


class WorkerPool:
    """``size`` workers over the store at ``store_path``; ``run`` waits for a free one."""

    def __init__(self, store_path: Path, *, size: int, timeout: float) -> None:
        self.timeout = timeout
        self._workers = [_Worker(store_path) for _ in range(size)]
        self._idle: asyncio.Queue[_Worker] | None = None

    def start(self) -> None:
        """Start every worker now (they load in the background), so the first query is quick."""
        for worker in self._workers:
            worker.start()

    def close(self) -> None:
        for worker in self._workers:
            worker.stop()

    async def run(self, job: Job) -> Answer:
        if self._idle is None:  # created lazily: it belongs to the running event loop
            self._idle = asyncio.Queue()
            for worker in self._workers:
                self._idle.put_nowait(worker)
        worker = await self._idle.get()
        try:
            return await asyncio.to_thread(worker.run, job, self.timeout)
        finally:
            self._idle.put_nowait(worker)
