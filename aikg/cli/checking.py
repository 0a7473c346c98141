"""`aikg validate`, `aikg stats` and `aikg eval`: checks on the store and on extraction."""

from __future__ import annotations

from pathlib import Path

import click

from aikg.cli.options import (
    echo_json,
    json_option,
    library_errors,
    open_graph,
)


@click.command()
@json_option
@click.pass_context
def validate(ctx: click.Context, as_json: bool) -> None:
    """Check the store against the ontology's SHACL shapes; exits 1 if it does not conform."""
    from aikg.render import clean

    with library_errors():
        report = open_graph(ctx).validate()
    if as_json:
        echo_json(report.to_json())
    elif report.conforms:
        click.echo("conforms: the store matches the SHACL shapes")
    else:
        click.echo(f"does not conform: {len(report.violations)} violation(s)")
        for v in report.violations:
            click.echo(clean(f"  {v.focus} {v.path or ''}: {v.message}"))
    if not report.conforms:
        ctx.exit(1)


@click.command()
@json_option
@click.pass_context
def stats(ctx: click.Context, as_json: bool) -> None:
    """Count documents, entities, relations and quads in the store."""
    from aikg.render import stats_text

    with library_errors():
        s = open_graph(ctx).stats()
    if as_json:
        echo_json(s.to_json())
    else:
        click.echo(stats_text(s))


@click.command("eval")
@click.argument("gold", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.argument("docs", nargs=-1, required=True, type=click.Path(exists=True, path_type=Path))
@json_option
def eval_(gold: Path, docs: tuple[Path, ...], as_json: bool) -> None:
    """Score extraction on DOCS against a GOLD file: precision, recall and F1 per document."""
    from aikg.evaluation import evaluate
    from aikg.loaders import find_files

    with library_errors():
        report = evaluate(gold, find_files(docs))
    if as_json:
        echo_json(report.to_json())
    else:
        click.echo(report.to_text())
