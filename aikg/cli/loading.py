"""`aikg ingest` and `aikg extract`: documents into the store, or into N-Quads shards."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from aikg.cli.options import (
    echo_json,
    json_option,
    library_errors,
    open_graph,
    workers_option,
)

if TYPE_CHECKING:
    from aikg.ingest.report import Ingested


@click.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option(
    "--lock-timeout",
    type=click.FloatRange(min=0),
    metavar="SECONDS",
    help="While another ingest writes the store, wait at most this long (default: until it is done).",
)
@click.option(
    "--max-size",
    type=click.FloatRange(min=0, min_open=True),
    envvar="AIKG_MAX_FILE_MB",
    metavar="MB",
    help="Refuse files larger than this, unread (default: 10, or AIKG_MAX_FILE_MB).",
)
@workers_option
@click.option(
    "--follow-links",
    is_flag=True,
    help="Also read symbolic links in a folder that lead outside it (skipped with a warning by default).",
)
@click.option("--quiet", "-q", is_flag=True, help="No progress bar or per-file lines.")
@click.option("--verbose", "-v", is_flag=True, help="A line per file stored, even with a progress bar.")
@json_option
@click.pass_context
def ingest(
    ctx: click.Context,
    paths: tuple[Path, ...],
    lock_timeout: float | None,
    max_size: float | None,
    follow_links: bool,
    workers: int | None,
    quiet: bool,
    verbose: bool,
    as_json: bool,
) -> None:
    """Read articles (.txt, .md, .html), fact files (.yaml) and RDF files into the store.

    Folders are read recursively. A bad file is named with its reason and skipped; it leaves
    nothing behind. Exits 1 if any file failed. One ingest writes a store at a time: another
    one waits its turn (it says so), or gives up after --lock-timeout with exit status 1.
    """
    from aikg.ingest.report import Failure
    from aikg.render import ingest_line, ingest_summary, one_line, warning_lines

    kg = open_graph(ctx, write=True, lock_timeout=lock_timeout)
    # On a terminal the bar shows progress and a line per stored file is noise; in a log (no
    # terminal) the lines are the record. Failures are always named.
    bar = not (quiet or as_json) and sys.stderr.isatty()
    successes = verbose or not (quiet or bar)

    def show(item: Ingested | Failure) -> None:
        failed = isinstance(item, Failure)
        if not as_json and (failed or successes):
            click.echo(ingest_line(item), err=failed)
        if not (as_json or quiet):
            for line in warning_lines(item):
                click.echo(line, err=True)

    with library_errors():
        report = kg.ingest(
            paths,
            workers=workers,
            on_file=show,
            progress=bar,
            max_file_mb=max_size,
            follow_links=follow_links,
            on_skip=lambda message: click.echo(f"warning: {one_line(message)}", err=True),
            on_compact=None if quiet or as_json else _say_merging,
        )
    if as_json:
        echo_json(report.to_json())
    else:
        click.echo(ingest_summary(report))
    if not report.ok:
        ctx.exit(1)


def _say_merging(size: int) -> None:
    """Why an ingest waits after its last file (about 19 s at 100,000 articles)."""
    mb = size / 2**20
    click.echo(f"merging the store's tables ({mb:,.0f} MB) so that questions read them fast", err=True)


@click.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option(
    "-o",
    "--output",
    "out",
    required=True,
    type=click.Path(dir_okay=False, path_type=Path),
    help="The N-Quads file to write (OUT.nq), or the stem of its shards (OUT-00000.nq, ...).",
)
@click.option(
    "--shard-size",
    type=click.IntRange(min=1),
    metavar="N",
    help="At most N documents per shard file (default: one file).",
)
@workers_option
@click.option("--quiet", "-q", is_flag=True, help="No progress bar or per-file lines.")
@click.pass_context
def extract(
    ctx: click.Context,
    paths: tuple[Path, ...],
    out: Path,
    shard_size: int | None,
    workers: int | None,
    quiet: bool,
) -> None:
    """Extract documents to N-Quads shards without a store, to ingest later or elsewhere.

    Each document is a named graph holding exactly what `aikg ingest` would store for it;
    `aikg ingest OUT*.nq` loads the shards graph by graph. Uses the shipped entity registry and
    the fact files among PATHS (not a store's). Exits 1 if any file failed.
    """
    from aikg.ingest.run import extract_to_shards
    from aikg.loaders import find_files
    from aikg.ontology.registry import default_registry
    from aikg.render import extract_summary, one_line, warning_lines

    bar = not quiet and sys.stderr.isatty()

    def show(result: Any) -> None:
        for problem in result.problems:
            click.echo(f"error: {one_line(problem)}", err=True)
        for doc in result.documents:
            for line in warning_lines(doc):
                click.echo(line, err=True)

    with library_errors():
        report = extract_to_shards(
            find_files(paths, on_skip=lambda message: click.echo(f"warning: {one_line(message)}", err=True)),
            out,
            default_registry(),
            shard_size=shard_size,
            workers=workers,
            on_file=show,
            progress=bar,
        )
    click.echo(extract_summary(report))
    if not report.ok:
        ctx.exit(1)
