"""`aikg query` against hostile input: query files that are no files (a folder, a device, a
pipe), binary or missing, and queries that never finish. Each ends with one clean line and exit
status 1, never a traceback, a hang or unbounded reading."""

from __future__ import annotations

import os
import subprocess
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import CliRunner
from durability import aikg_command
from helpers import HOSTILE

from aikg.cli import cli

SLOW = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }"


def _fifo(tmp_path: Path) -> str:
    os.mkfifo(tmp_path / "query.rq")
    return str(tmp_path / "query.rq")


def _too_big(tmp_path: Path) -> str:
    (tmp_path / "big.rq").write_text("ASK {}" + " " * 1_100_000, encoding="utf-8")
    return str(tmp_path / "big.rq")


def _latin1(tmp_path: Path) -> str:
    (tmp_path / "latin.rq").write_bytes('ASK { ?s ?p "Société" }'.encode("latin-1"))
    return str(tmp_path / "latin.rq")


QUERY_FILES: dict[str, tuple[Callable[[Path], str], str]] = {
    "missing": (
        lambda d: "/nonexistent.rq",
        "/nonexistent.rq: no such file (was it moved or deleted while aikg ran?)",
    ),
    "folder": (lambda d: str(d), "{dir}: is a directory, not a file"),
    "binary": (
        lambda d: str(HOSTILE / "binary.rq"),
        f"{HOSTILE}/binary.rq: binary file (not text: it contains NUL bytes), not a SPARQL query",
    ),
    "dev-zero": (lambda d: "/dev/zero", "/dev/zero: is a device, not a regular file; skipped"),
    "fifo": (_fifo, "{dir}/query.rq: is a named pipe (FIFO), not a regular file; skipped"),
    "too-big": (_too_big, "{dir}/big.rq: too large for a query file (over 1 MB)"),
    "not-utf8": (
        _latin1,
        "{dir}/latin.rq: not UTF-8 text (byte 17); save the query as UTF-8, e.g. `iconv -t utf-8`",
    ),
}


@pytest.mark.parametrize(("make", "message"), QUERY_FILES.values(), ids=QUERY_FILES.keys())
def test_query_files_are_read_as_documents_are(
    facts_store: Path, tmp_path: Path, make: Callable[[Path], str], message: str
) -> None:
    result = CliRunner().invoke(cli, ["--store", str(facts_store), "query", "@" + make(tmp_path)])
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    assert result.exit_code == 1
    assert result.output == f"Error: {message.replace('{dir}', str(tmp_path))}\n"


def test_a_query_file_is_read(facts_store: Path, tmp_path: Path) -> None:
    (tmp_path / "ask.rq").write_text(
        "\ufeffASK { ent:tiktok aikg:customerOf ent:microsoft }\n", encoding="utf-8"
    )
    result = CliRunner().invoke(cli, ["--store", str(facts_store), "query", f"@{tmp_path / 'ask.rq'}"])
    assert (result.exit_code, result.output) == (0, "true\n")


def test_a_query_that_never_ends_is_stopped_by_the_timeout(facts_store: Path) -> None:
    """A real process: the abandoned evaluation ends with it (in this process it would not)."""
    started = time.monotonic()
    done = subprocess.run(
        aikg_command(facts_store, "query", "--timeout", "1", SLOW),
        capture_output=True,
        text=True,
        timeout=120,  # a safety net against a hung run, not a measurement
    )
    assert (done.returncode, done.stdout) == (1, "")
    assert done.stderr == (
        "Error: the query ran longer than 1 s, the limit (--timeout), and was stopped; "
        "narrow it or add a LIMIT, or allow it more time with --timeout SECONDS\n"
    )
    assert time.monotonic() - started < 60  # stopped, not run to its end (hours)


def test_the_named_queries_take_the_timeout_too(facts_store: Path) -> None:
    result = CliRunner().invoke(
        cli,
        [
            "--store",
            str(facts_store),
            "query",
            "--timeout",
            "60",
            "--name",
            "dependencies",
            "--param",
            "entity=TikTok",
        ],
    )
    assert result.exit_code == 0 and "microsoft" in result.output.lower()
