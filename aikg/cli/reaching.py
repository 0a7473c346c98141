"""`aikg path`, `aikg dependencies` and `aikg dependents`: who depends on whom, through whom."""

from __future__ import annotations

import click

from aikg.cli.options import (
    as_of_option,
    echo_json,
    json_option,
    library_errors,
    open_graph,
)


@click.command()
@click.argument("source")
@click.argument("target")
@click.option(
    "--max-hops",
    default=4,
    show_default=True,
    type=click.IntRange(1, 10),
    help="Longest path to look for, in relations (1-10).",
)
@click.option(
    "--max-paths",
    default=100,
    show_default=True,
    type=click.IntRange(1, 10_000),
    help="Show at most this many paths, shortest first; the others are counted.",
)
@json_option
@as_of_option
@click.pass_context
def path(ctx: click.Context, source: str, target: str, max_hops: int, max_paths: int, as_json: bool) -> None:
    """Every dependency path from SOURCE to TARGET, each hop with its evidence (shortest first;
    past --max-paths, or on a graph too dense to search whole, the rest are counted, on stderr
    with --json)."""
    from aikg.render import clean, path_text

    kg = open_graph(ctx)
    with library_errors():
        found = kg.paths(source, target, max_hops=max_hops, max_paths=max_paths)
    note = found.note()
    if note is not None:
        note = f"{note}: narrow the question with --max-hops, or see more with --max-paths"
    if as_json:
        echo_json([p.to_json() for p in found])
        if note is not None:
            click.echo(f"note: {note}", err=True)
        return
    if not found:
        a, b = found.source, found.target
        assert a is not None and b is not None  # KnowledgeGraph.paths names them
        click.echo(f"No dependency path from {clean(a.label)} to {clean(b.label)} within {max_hops} hops.")
        return
    labels = kg.labels(n for p in found for h in p.hops for n in (h.subject, h.object))
    click.echo("\n\n".join(path_text(p, labels) for p in found))
    if note is not None:
        click.echo(f"\n{note[0].upper()}{note[1:]}.")


def _reach(ctx: click.Context, kind: str, name: str, as_json: bool) -> None:
    """Print ``kg.dependencies(name)`` or ``kg.dependents(name)``: the two differ only in direction."""
    from aikg.render import reach_text

    kg = open_graph(ctx)
    with library_errors():
        found = kg.dependencies(name) if kind == "dependencies" else kg.dependents(name)
    if as_json:
        echo_json([r.to_json() for r in found])
    else:
        click.echo(reach_text(found, kg.labels(n for r in found for n in r.path.nodes)))


@click.command()
@click.argument("name")
@json_option
@as_of_option
@click.pass_context
def dependencies(ctx: click.Context, name: str, as_json: bool) -> None:
    """What NAME depends on, directly or through others (customer, subsidiary, hosting,
    technology and development links), nearest first."""
    _reach(ctx, "dependencies", name, as_json)


@click.command()
@click.argument("name")
@json_option
@as_of_option
@click.pass_context
def dependents(ctx: click.Context, name: str, as_json: bool) -> None:
    """Who depends on NAME, directly or through others, nearest first."""
    _reach(ctx, "dependents", name, as_json)
