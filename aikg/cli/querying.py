"""`aikg query`: SPARQL, or a named query, over the whole store."""

from __future__ import annotations

import sys

import click

from aikg.cli.options import (
    as_of_option,
    echo_json,
    library_errors,
    open_graph,
)


def _params(values: tuple[str, ...]) -> dict[str, str]:
    params: dict[str, str] = {}
    for item in values:
        key, sep, value = item.partition("=")
        if not sep or not key.strip():
            raise click.BadParameter(f"expected KEY=VALUE, got {item!r}", param_hint="'--param'")
        if key.strip() in params:
            raise click.BadParameter(f"{key.strip()!r} given twice", param_hint="'--param'")
        params[key.strip()] = value
    return params


@click.command()
@click.argument("sparql", required=False)
@click.option("--name", "name", metavar="NAME", help="Run the named query NAME (see --list).")
@click.option(
    "--param",
    "param_values",
    multiple=True,
    metavar="KEY=VALUE",
    help="A parameter of the named query (repeatable); names resolve like everywhere else.",
)
@click.option("--list", "list_", is_flag=True, help="List the named queries and their parameters.")
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["table", "json", "csv"]),
    default="table",
    show_default=True,
    help="table: aligned columns; json: SPARQL 1.1 JSON results; csv: SPARQL 1.1 CSV results.",
)
@click.option(
    "--timeout",
    default=300.0,
    show_default=True,
    type=click.FloatRange(min=0, min_open=True),
    help="Seconds the query may run before it is stopped (exit status 1).",
)
@as_of_option
@click.pass_context
def query(
    ctx: click.Context,
    sparql: str | None,
    name: str | None,
    param_values: tuple[str, ...],
    list_: bool,
    fmt: str,
    timeout: float,
) -> None:
    """Run a SPARQL query, or a named query; the default graph is the union of all documents.

    Prefixes aikg:, ent:, doc:, stmt:, rdf:, rdfs:, owl:, skos:, prov:, schema: and xsd: are
    predeclared. Use @FILE to read the query from a file (UTF-8, at most 1 MB). Give exactly
    one of SPARQL, --name NAME (with --param KEY=VALUE for its parameters) and --list.
    """
    from aikg.render import clean

    if sum((sparql is not None, name is not None, list_)) != 1:
        raise click.UsageError("give exactly one of SPARQL, --name NAME and --list")
    if param_values and name is None:
        raise click.UsageError("--param needs --name NAME")
    if list_:
        from aikg.graph.named_queries import catalogue_csv, catalogue_text, named_queries

        found = named_queries()
        if fmt == "json":
            echo_json([q.to_json() for q in found])
        elif fmt == "csv":
            click.echo(catalogue_csv(found), nl=False)
        else:
            click.echo(catalogue_text(found))
        return
    params = _params(param_values)
    with library_errors():
        if sparql is not None:
            from aikg.loaders.reading import query_argument

            sparql = query_argument(sparql)  # @FILE: read before the store is opened
        kg = open_graph(ctx)
        if name is not None:
            result = kg.named_query(name, timeout=timeout, **params)
        else:
            result = kg.query(sparql or "", timeout=timeout)
    text = {"table": result.to_table, "json": result.to_json_text, "csv": result.to_csv}[fmt]()
    if fmt == "json":
        from aikg.render import json_safe

        text = json_safe(text)
    elif fmt == "table" or sys.stdout.isatty():  # CSV stays exact data when piped to a file
        text = clean(text)
    click.echo(text, nl=not text.endswith("\n"))
