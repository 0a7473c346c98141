"""The analyst's questions: exposure, spof, timeline, diff and conflicts.

Each command parses options, calls one KnowledgeGraph method and prints through
aikg.render_questions.
"""

from __future__ import annotations

import datetime
from pathlib import Path

import click

from aikg.cli.options import (
    as_of_option,
    echo_json,
    json_option,
    library_errors,
    open_graph,
)


@click.command()
@click.argument("name")
@click.option(
    "--max-hops",
    default=4,
    show_default=True,
    type=click.IntRange(1, 10),
    help="Follow dependencies this many relations deep at most (1-10).",
)
@json_option
@as_of_option
@click.pass_context
def exposure(ctx: click.Context, name: str, max_hops: int, as_json: bool) -> None:
    """Who depends on NAME, directly or through others, ranked by what is at stake.

    A dependent's stake is the money and share on its own first hop, annualised (a monthly
    amount counts x12); amounts rank within their currency (no conversion), currencies in
    alphabetical order, then entries with only a share, then the rest, each by hops and name.
    """
    from aikg.render_questions import exposure_text

    kg = open_graph(ctx)
    with library_errors():
        entity = kg.resolve(name)
        found = kg.exposure(entity.id, max_hops=max_hops)
    if as_json:
        echo_json([e.to_json() for e in found])
    else:
        click.echo(exposure_text(found, entity, kg.labels(n for e in found for n in e.path.nodes)))


@click.command()
@click.argument("name")
@json_option
@as_of_option
@click.pass_context
def spof(ctx: click.Context, name: str, as_json: bool) -> None:
    """Single points of failure of NAME, of two kinds, each with what NAME would lose: gatekeepers
    (every dependency path to some of what NAME depends on passes through them) and common
    dependencies (two or more of NAME's direct dependencies depend on them)."""
    from aikg.render_questions import spof_text

    kg = open_graph(ctx)
    with library_errors():
        entity = kg.resolve(name)
        found = kg.single_points_of_failure(entity.id)
    if as_json:
        echo_json([p.to_json() for p in found])
    else:
        click.echo(spof_text(found, entity, kg.labels(n for p in found for n in (*p.loses, *p.dependents))))


@click.command()
@click.argument("name")
@json_option
@as_of_option
@click.pass_context
def timeline(ctx: click.Context, name: str, as_json: bool) -> None:
    """NAME's relations in the order they were first reported (undated ones last)."""
    from aikg.render_questions import timeline_text

    with library_errors():
        found = open_graph(ctx).timeline(name)
    if as_json:
        echo_json([t.to_json() for t in found])
    else:
        click.echo(timeline_text(found))


@click.command()
@json_option
@as_of_option
@click.pass_context
def conflicts(ctx: click.Context, as_json: bool) -> None:
    """Relations that documents disagree on (stated, reported, alleged or expected by some,
    denied by others), with both sides' evidence."""
    from aikg.render_questions import conflicts_text

    with library_errors():
        found = open_graph(ctx).conflicts()
    if as_json:
        echo_json([c.to_json() for c in found])
    else:
        click.echo(conflicts_text(found))


@click.command()
@click.option(
    "--against",
    type=click.Path(file_okay=False, path_type=Path),
    metavar="STORE",
    help="Compare with another (older) store: what changed from it to this one.",
)
@click.option(
    "--from",
    "from_",
    type=click.DateTime(formats=["%Y-%m-%d"]),
    metavar="DATE",
    help="This store as of DATE...",
)
@click.option(
    "--to",
    type=click.DateTime(formats=["%Y-%m-%d"]),
    metavar="DATE",
    help="...against this store as of DATE (default: everything, undated evidence included).",
)
@json_option
@click.pass_context
def diff(
    ctx: click.Context,
    against: Path | None,
    from_: datetime.datetime | None,
    to: datetime.datetime | None,
    as_json: bool,
) -> None:
    """What changed: relations that appeared, disappeared, changed status (reported -> negated)
    or changed amounts, keyed on (subject, predicate, object).

    Give --against STORE (from that store to this one) or --from DATE [--to DATE] (this store
    between two dates).
    """
    from aikg.kg import KnowledgeGraph
    from aikg.render_questions import diff_text

    if (against is None) == (from_ is None):
        raise click.UsageError("give --against STORE or --from DATE (with --to DATE if you like)")
    if against is not None and to is not None:
        raise click.UsageError("--to goes with --from, not with --against")
    kg = open_graph(ctx)
    with library_errors():
        if against is not None:
            before = KnowledgeGraph(against, read_only=True)
            after = kg
        else:
            assert from_ is not None
            before = kg.at(from_.date())
            after = kg.at(to.date()) if to is not None else kg
        changes = after.diff(before)
    if as_json:
        echo_json([c.to_json() for c in changes])
    else:
        click.echo(diff_text(changes))
