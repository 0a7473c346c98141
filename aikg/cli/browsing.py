"""`aikg entities`, `aikg lookup` and `aikg relations`: what the store holds."""

from __future__ import annotations

import click

from aikg.cli.options import (
    STATUSES,
    as_of_option,
    echo_json,
    json_option,
    library_errors,
    open_graph,
)


@click.command()
@click.option("--type", "type_", help="Only entities of this type (subclasses included).")
@json_option
@click.pass_context
def entities(ctx: click.Context, type_: str | None, as_json: bool) -> None:
    """List the entities in the store."""
    from aikg.render import entity_line

    with library_errors():
        found = open_graph(ctx).entities(type=type_)
    if as_json:
        echo_json([{**e.to_json(), "curated": e.curated} for e in found])
    else:
        click.echo("\n".join(entity_line(e) for e in found) or "(no entities)")


@click.command()
@click.argument("name")
@json_option
@as_of_option
@click.pass_context
def lookup(ctx: click.Context, name: str, as_json: bool) -> None:
    """Show an entity card: type, aliases, QID and every relation in and out, with sources."""
    from aikg.render import card_text

    with library_errors():
        card = open_graph(ctx).lookup(name)
    if as_json:
        echo_json(card.to_json())
    else:
        click.echo(card_text(card))


@click.command()
@click.option("--subject", help="Subject name, id or alias.")
@click.option("--predicate", help="A relation predicate, e.g. customerOf (inverses read backwards).")
@click.option("--object", "object_", help="Object name, id or alias.")
@click.option("--status", type=click.Choice(STATUSES), help="Only relations with this status.")
@json_option
@as_of_option
@click.pass_context
def relations(
    ctx: click.Context,
    subject: str | None,
    predicate: str | None,
    object_: str | None,
    status: str | None,
    as_json: bool,
) -> None:
    """List relations with their status, qualifiers and evidence."""
    from aikg.render import relations_text

    with library_errors():
        found = open_graph(ctx).relations(subject=subject, predicate=predicate, object=object_, status=status)
    if as_json:
        echo_json([r.to_json() for r in found])
    else:
        click.echo(relations_text(found))
