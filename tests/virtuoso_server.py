"""A throwaway Virtuoso for the remote-store tests: `virtuoso-t` in the foreground, its database in
a temporary folder, its SQL and HTTP ports free ones on 127.0.0.1 (never the package's defaults).

The SPARQL endpoint that takes updates is /sparql-auth (HTTP digest) as user dba, whose password
a fresh database sets to "dba"; plain /sparql stays read-only, as Virtuoso ships it.
"""

from __future__ import annotations

import shutil
import socket
import subprocess
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

VAD_DIR = "/usr/share/virtuoso-opensource-7/vad"
USER, PASSWORD = "dba", "dba"

INI = """\
[Database]
DatabaseFile       = {db}/virtuoso.db
ErrorLogFile       = {db}/virtuoso.log
LockFile           = {db}/virtuoso.lck
TransactionFile    = {db}/virtuoso.trx
xa_persistent_file = {db}/virtuoso.pxa
ErrorLogLevel      = 7
FileExtend         = 200
MaxCheckpointRemap = 2000
Striping           = 0
TempStorage        = TempDatabase

[TempDatabase]
DatabaseFile       = {db}/virtuoso-temp.db
TransactionFile    = {db}/virtuoso-temp.trx
MaxCheckpointRemap = 2000
Striping           = 0

[Parameters]
ServerPort           = 127.0.0.1:{sql_port}
DisableUnixSocket    = 1
MaxClientConnections = 4
CheckpointInterval   = 60
CaseMode             = 2
DirsAllowed          = ., {vad}
VADInstallDir        = {vad}/
NumberOfBuffers      = 10000
MaxDirtyBuffers      = 6000
ThreadsPerQuery      = 2

[HTTPServer]
ServerPort           = 127.0.0.1:{http_port}
ServerRoot           = {db}
MaxClientConnections = 4
ServerThreads        = 4
Charset              = UTF-8

[SPARQL]
; Virtuoso cuts result sets at this many rows (10000 by default); the store reads whole graphs.
ResultSetMaxRows           = 1000000
MaxQueryCostEstimationTime = 400
MaxQueryExecutionTime      = 120
"""


@dataclass(frozen=True)
class Virtuoso:
    host: str
    http_port: int
    folder: Path

    @property
    def endpoint(self) -> str:
        """The SPARQL endpoint that takes updates (digest authentication as dba)."""
        return f"http://{self.host}:{self.http_port}/sparql-auth"

    @property
    def store_url(self) -> str:
        """What ``--store`` takes to use this server."""
        return f"sparql+http://{USER}:{PASSWORD}@{self.host}:{self.http_port}/sparql-auth"

    def log(self) -> str:
        path = self.folder / "virtuoso.log"
        return path.read_text(errors="replace") if path.exists() else ""


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def virtuoso_binary() -> str | None:
    return shutil.which("virtuoso-t")


@contextmanager
def running_virtuoso(folder: Path, *, timeout: float = 120.0) -> Iterator[Virtuoso]:
    """Start a fresh Virtuoso with its database in ``folder``; stop it (and only it) on exit."""
    import httpx

    binary = virtuoso_binary()
    assert binary is not None, "virtuoso-t is not installed (scripts/install-virtuoso.sh)"
    folder.mkdir(parents=True, exist_ok=True)
    sql_port, http_port = free_port(), free_port()
    ini = folder / "virtuoso.ini"
    ini.write_text(INI.format(db=folder, sql_port=sql_port, http_port=http_port, vad=VAD_DIR))
    output = (folder / "stdout.log").open("wb")
    proc = subprocess.Popen(
        [binary, "+foreground", "+configfile", str(ini)],
        cwd=folder,
        stdout=output,
        stderr=subprocess.STDOUT,
    )
    server = Virtuoso("127.0.0.1", http_port, folder)
    try:
        deadline = time.monotonic() + timeout
        while True:
            if proc.poll() is not None:
                raise RuntimeError(f"virtuoso-t exited with {proc.returncode}:\n{server.log()[-3000:]}")
            try:
                answer = httpx.post(
                    f"http://127.0.0.1:{http_port}/sparql",
                    data={"query": "ASK {}"},
                    headers={"Accept": "application/sparql-results+json"},
                    timeout=5,
                )
                if answer.status_code == 200:
                    break
            except httpx.TransportError:
                pass
            if time.monotonic() > deadline:
                raise RuntimeError(
                    f"virtuoso-t did not answer within {timeout:.0f} s:\n{server.log()[-3000:]}"
                )
            time.sleep(0.5)
        yield server
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
        output.close()
