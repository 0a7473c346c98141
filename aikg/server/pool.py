"""Worker processes that run queries and library calls, each killed if its job overruns.

Why processes: pyoxigraph evaluates a query in Rust and offers no way to cancel it, so a thread
running a runaway query can never be stopped. A process can: the server kills the worker
(SIGKILL) and starts a fresh one. Workers live across requests because starting one costs a
few hundred milliseconds, and because each keeps its read-only store open between jobs.
Killing a worker in the middle of an update is safe: pyoxigraph commits an update atomically.

A worker is killed when its job:

- overruns ``timeout`` (503);
- loses its client: an abandoned query must not keep a worker busy (the caller cancels ``run``);
- runs out of its memory cap (the worker dies or says so: 503 "too much memory").

A read-only job whose worker dies without answering runs once more on a fresh worker before
the server blames it: a light query must not pay for a worker that died of something else
(killed from outside, or short of address space under its cap for a reason of its own). A real
memory hog dies twice and gets its 503. An update is not retried: it may have committed.

Heavy work must not starve light work. There is one worker more than ``size``, and at most
``size`` jobs may run past ``probe`` seconds at a time: a job that runs past it while ``size``
others already do is stopped with 503 and ``Retry-After``, so one worker always takes new jobs,
each within ``probe``. Waiting is bounded too: past ``max_queue`` waiting jobs, 503 at once.

Everything here runs on the event loop: a worker's pipe is awaited with ``add_reader``, so
neither waiting nor cancelling holds a thread.
"""

from __future__ import annotations

import asyncio
import logging
import multiprocessing
from multiprocessing.connection import Connection
from multiprocessing.process import BaseProcess
from pathlib import Path

from aikg.server.errors import EndpointError
from aikg.server.worker import OUT_OF_MEMORY, Answer, Job, main

log = logging.getLogger("aikg.server")

STARTUP_TIMEOUT = 120.0
RETRY_AFTER = "5"  # seconds a client told "busy" should wait before asking again


class WorkerDied(EndpointError):
    """The worker ended without answering: out of memory, or killed."""


class Busy(EndpointError):
    """503 with a Retry-After header: the server is full, not broken."""

    retry_after = RETRY_AFTER


async def _readable(conn: Connection, timeout: float) -> bool:
    """Whether ``conn`` has something to read (an answer, or EOF) within ``timeout`` seconds."""
    if conn.poll(0):
        return True
    loop = asyncio.get_running_loop()
    ready = asyncio.Event()
    fd = conn.fileno()
    loop.add_reader(fd, ready.set)
    try:
        await asyncio.wait_for(ready.wait(), timeout)
        return True
    except TimeoutError:
        return False
    finally:
        loop.remove_reader(fd)


class _Worker:
    """One worker process and the parent's end of its pipe."""

    def __init__(self, store_path: Path, memory_bytes: int | None) -> None:
        self.store_path = store_path
        self.memory_bytes = memory_bytes
        self._process: BaseProcess | None = None
        self._conn: Connection | None = None
        self._ready = False

    def start(self) -> None:
        # "spawn", not "fork": the server process runs threads, and forking those is unsafe.
        ctx = multiprocessing.get_context("spawn")
        parent, child = ctx.Pipe()
        process = ctx.Process(
            target=main,
            args=(child, str(self.store_path), self.memory_bytes),
            name="aikg-query",
            daemon=True,
        )
        process.start()
        child.close()
        self._process, self._conn, self._ready = process, parent, False

    async def ready(self) -> Connection:
        """The pipe of a started, loaded worker (started afresh if it died)."""
        if self._process is None or not self._process.is_alive():
            self.stop()
            self.start()
        assert self._conn is not None
        if not self._ready:
            if not await _readable(self._conn, STARTUP_TIMEOUT):
                self.stop()
                raise EndpointError(503, "the query worker did not start; try again")
            try:
                self._conn.recv()
            except (EOFError, OSError) as e:
                self.stop()
                raise EndpointError(503, "the query worker failed to start (is the store readable?)") from e
            self._ready = True
        return self._conn

    def receive(self) -> Answer:
        """The answer waiting in the pipe; a worker that died instead ran out of memory (it is
        capped, and that is how Rust code fails an allocation) or was killed."""
        assert self._conn is not None
        try:
            answer: Answer = self._conn.recv()
        except (EOFError, OSError) as e:
            log.warning("a query worker died (out of memory?); starting a fresh one")
            self.stop()
            raise WorkerDied(503, OUT_OF_MEMORY) from e
        if answer.status == 503 and answer.body.decode().strip() == OUT_OF_MEMORY:
            self.stop()  # the worker ends itself after a MemoryError
        return answer

    def restart(self) -> None:
        """Kill the process and start a fresh one, loading while the pool answers others."""
        self.stop()
        self.start()

    def stop(self) -> None:
        """Kill the process (if running) and forget it; ``ready`` starts a fresh one."""
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
    """``size + 1`` workers over the store at ``store_path``; ``run`` answers a job."""

    def __init__(
        self,
        store_path: Path,
        *,
        size: int,
        timeout: float,
        memory_mb: float | None = None,
        max_queue: int = 64,
        probe: float = 1.0,
    ) -> None:
        self.timeout = timeout
        self.size = size
        self.max_queue = max_queue
        self.probe = min(probe, timeout)
        memory = int(memory_mb * 1024 * 1024) if memory_mb else None
        self._workers = [_Worker(store_path, memory) for _ in range(size + 1)]
        self._idle: asyncio.Queue[_Worker] | None = None
        self._waiting = 0
        self._long = 0  # jobs running past ``probe``

    def start(self) -> None:
        """Start every worker now (they load in the background), so the first query is quick."""
        for worker in self._workers:
            worker.start()

    def close(self) -> None:
        """Kill every worker: a shutdown never waits for a query to finish."""
        for worker in self._workers:
            worker.stop()

    async def run(self, job: Job) -> Answer:
        """The answer to ``job``. Raises EndpointError (503) on timeout, memory exhaustion or
        a full server; cancelling the call (the client left) kills the job's worker."""
        if self._idle is None:  # created lazily: it belongs to the running event loop
            self._idle = asyncio.Queue()
            for w in self._workers:
                self._idle.put_nowait(w)
        if self._waiting >= self.max_queue:
            raise Busy(503, f"the server has {self._waiting} requests waiting, its limit; try again shortly")
        self._waiting += 1
        try:
            worker = await self._idle.get()
        finally:
            self._waiting -= 1
        try:
            try:
                return await self._run_on(worker, job)
            except WorkerDied:
                if job.kind == "update":
                    raise
                log.warning("retrying a read-only job once on a fresh worker")
                return await self._run_on(worker, job)
        except BaseException:
            worker.restart()  # cancelled or failed mid-job: its state is unknown
            raise
        finally:
            self._idle.put_nowait(worker)

    async def _run_on(self, worker: _Worker, job: Job) -> Answer:
        conn = await worker.ready()
        conn.send(job)
        if await _readable(conn, self.probe):
            return worker.receive()
        if self._long >= self.size:
            raise Busy(
                503,
                f"the server is busy with {self._long} long-running requests, the most it runs at "
                "once; this one was stopped so that short ones still get answers: try again shortly",
            )
        self._long += 1
        try:
            if await _readable(conn, self.timeout - self.probe):
                return worker.receive()
        finally:
            self._long -= 1
        raise EndpointError(
            503,
            f"the query ran longer than {self.timeout:g} s, this endpoint's limit (--timeout), "
            "and was stopped; narrow it or add a LIMIT",
        )
