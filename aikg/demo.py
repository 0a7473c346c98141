"""The demo: the example corpus in, a short tour of what the graph knows out."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from aikg.errors import AIKGError
from aikg.kg import KnowledgeGraph


def find_examples() -> Path:
    """The examples/ folder: in the working directory, else beside the installed package."""
    for candidate in (Path.cwd() / "examples", Path(__file__).resolve().parent.parent / "examples"):
        if candidate.is_dir():
            return candidate
    raise AIKGError(
        "cannot find the examples/ folder; run from the project's checkout or pass --examples DIR"
    )


def run_demo(kg: KnowledgeGraph, examples: Path, output: Path, *, echo: Callable[[str], None]) -> None:
    """Ingest ``examples`` into ``kg``, print what was found (stats, dependencies and
    dependents, a path) through ``echo``, and write the HTML view to ``output``."""
    from aikg.render import ingest_line, ingest_summary, path_text, reach_text, stats_text

    echo(f"Ingesting {examples} into {kg.store.path} ...")
    report = kg.ingest([examples], on_file=lambda item: echo(ingest_line(item)))
    echo(ingest_summary(report))
    echo("")
    echo(stats_text(kg.stats()))
    labels = {e.id: e.label for e in kg.entities()}
    tour = [("dependents", "OpenAI"), ("dependencies", "TikTok")]
    for kind, name in tour:
        echo("")
        echo(f"$ aikg {kind} {name}")
        echo(reach_text(getattr(kg, kind)(name), labels))
    echo("")
    echo("$ aikg path TikTok Azure")
    paths = kg.paths("TikTok", "Azure")
    echo("\n\n".join(path_text(p, labels) for p in paths) or "(no path)")
    written = kg.write_view(output)
    echo("")
    echo(f"Wrote {written}: open it in a browser (it works offline).")
    if not report.ok:
        raise AIKGError(f"{len(report.failed)} example file(s) failed to load")
