"""The README's tour shows real output: each command it shows, run on the example corpus, still
prints every line the README prints for it (a "..." line stands for lines left out)."""

from __future__ import annotations

import re
import shlex
from pathlib import Path

import pytest
from click.testing import CliRunner
from conftest import need

from aikg.cli import cli

ROOT = Path(__file__).resolve().parents[1]
# Commands whose output depends on the moment, the store's state or a second process.
NOT_REPLAYED = ("ingest", "serve", "view", "viz", "demo", "export", "--store", "|", ">")


def _shown() -> list[tuple[str, list[str]]]:
    """(command, lines shown after it) for each ``$ aikg ...`` of the README's console blocks."""
    out = []
    for block in re.findall(r"```console\n(.*?)```", (ROOT / "README.md").read_text(), re.S):
        command: str | None = None
        for line in block.splitlines():
            if line.startswith("$ "):
                command = line[2:] if line.startswith("$ aikg ") else None
                if command is not None and not any(w in command for w in NOT_REPLAYED):
                    out.append((command, []))
                else:
                    command = None
            elif command is not None and line.strip() and line.strip() != "...":
                out[-1][1].append(line)
    return out


SHOWN = _shown()


@pytest.fixture(scope="module")
def examples_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from aikg import KnowledgeGraph

    store = tmp_path_factory.mktemp("tour") / "kg"
    report = KnowledgeGraph(store).ingest([ROOT / "examples"])
    assert report.ok, report.failed
    return store


def test_the_tour_shows_commands() -> None:
    assert len(SHOWN) >= 15, SHOWN


@pytest.mark.parametrize(("command", "lines"), SHOWN, ids=[c for c, _ in SHOWN])
def test_a_tour_command_prints_what_the_readme_shows(
    examples_store: Path, command: str, lines: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(ROOT)
    args = shlex.split(command)[1:]
    for arg in args:
        if arg.startswith("../"):
            need((ROOT / arg).exists(), f"{arg} is not beside the project")
    result = CliRunner().invoke(cli, ["--store", str(examples_store), *args])
    printed = result.output.splitlines()
    assert [line for line in lines if line not in printed] == [], result.output
