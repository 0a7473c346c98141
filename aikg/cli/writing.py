"""`aikg export`, `aikg viz` and `aikg demo`: the graph written to files."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from aikg.cli.options import (
    EXPORT_FORMATS,
    as_of_option,
    library_errors,
    open_graph,
)


@click.command()
@click.option(
    "--format",
    "fmt",
    type=click.Choice(EXPORT_FORMATS),
    help="Default: from -o's suffix, else ttl.",
)
@click.option(
    "-o",
    "--output",
    type=click.Path(dir_okay=False, path_type=Path),
    help="File (default: stdout).",
)
@click.pass_context
def export(ctx: click.Context, fmt: str | None, output: Path | None) -> None:
    """Write the graph as Turtle, N-Triples, JSON-LD, TriG, N-Quads, GraphML or CSV."""
    from aikg.graph.formats import ExportFormat

    chosen = ExportFormat(fmt) if fmt else (ExportFormat.from_suffix(output.name) if output else None)
    with library_errors():
        data = open_graph(ctx).export(chosen or ExportFormat.TTL)
    if output:
        output.write_bytes(data)
        click.echo(f"wrote {output} ({len(data):,} bytes)", err=True)
    else:
        sys.stdout.buffer.write(data)
        sys.stdout.flush()


@click.command()
@click.option(
    "-o",
    "--output",
    required=True,
    type=click.Path(dir_okay=False, path_type=Path),
    help="The HTML file to write.",
)
@click.option("--focus", help="Show this entity and its neighbourhood.")
@click.option("--depth", default=1, show_default=True, type=click.IntRange(0, 6), help="Hops around --focus.")
@click.option("--path", nargs=2, metavar="FROM TO", help="Show every dependency path from FROM to TO.")
@click.option("--dependents", metavar="NAME", help="Show everyone who depends on NAME.")
@click.option("--exposure", metavar="NAME", help="Show who is exposed to NAME, most at stake first.")
@as_of_option
@click.pass_context
def viz(
    ctx: click.Context,
    output: Path,
    focus: str | None,
    depth: int,
    path: tuple[str, str] | None,
    dependents: str | None,
    exposure: str | None,
) -> None:
    """Write an interactive HTML view that works offline: the whole graph, or one focus."""
    chosen = [x for x in (focus, path, dependents, exposure) if x]
    if len(chosen) > 1:
        raise click.UsageError("choose one of --focus, --path, --dependents and --exposure")
    with library_errors():
        written = open_graph(ctx).write_view(
            output, focus=focus, depth=depth, path=path or None, dependents=dependents, exposure=exposure
        )
    click.echo(f"wrote {written}")


@click.command()
@click.option(
    "--examples",
    type=click.Path(exists=True, file_okay=False, path_type=Path),
    help="The corpus to load (default: the project's examples/ folder).",
)
@click.option(
    "-o",
    "--output",
    default="aikg-demo.html",
    show_default=True,
    type=click.Path(dir_okay=False, path_type=Path),
    help="Where to write the HTML view.",
)
@click.pass_context
def demo(ctx: click.Context, examples: Path | None, output: Path) -> None:
    """Ingest the example corpus, show what was found, and write an HTML view of it."""
    from aikg.demo import find_examples, run_demo

    with library_errors():
        run_demo(open_graph(ctx, write=True), examples or find_examples(), output, echo=click.echo)
