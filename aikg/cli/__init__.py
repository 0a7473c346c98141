"""The `aikg` command: click commands that parse options, call the Python API, print the result.

The group lives here; each command lives in a module of this package by what it is about, and
is registered below with ``add_command`` (`aikg = "aikg.cli:cli"`). Shared options are in
:mod:`aikg.cli.options`. Heavy libraries are imported inside commands, so that `aikg --help`
starts fast.
"""

from __future__ import annotations

from pathlib import Path

import click

from aikg.cli.browsing import entities, lookup, relations
from aikg.cli.checking import eval_, stats, validate
from aikg.cli.loading import extract, ingest
from aikg.cli.options import StoreLocation
from aikg.cli.querying import query
from aikg.cli.questions import conflicts, diff, exposure, spof, timeline
from aikg.cli.reaching import dependencies, dependents, path
from aikg.cli.serving import serve
from aikg.cli.writing import demo, export, viz

__all__ = ["cli"]


@click.group()
@click.option(
    "--store",
    type=StoreLocation(),
    envvar="AIKG_STORE",
    default=".aikg",
    show_default=True,
    help="Store directory, or a SPARQL 1.1 server as sparql+http://[USER:PASS@]HOST:PORT/PATH "
    "(or set AIKG_STORE).",
)
@click.option(
    "--update-url",
    envvar="AIKG_UPDATE_URL",
    metavar="URL",
    help="A SPARQL server's update endpoint, where it is not the --store URL (Fuseki: "
    "http://HOST:3030/DATASET/update); credentials as in --store, or the --store URL's.",
)
@click.version_option(package_name="aikg")
@click.pass_context
def cli(ctx: click.Context, store: Path | str, update_url: str | None) -> None:
    """A sourced knowledge graph of AI-industry relationships.

    Ingest articles and fact files, then ask who depends on whom, and why.
    """
    ctx.ensure_object(dict)
    ctx.obj["store"] = store
    if update_url is not None:
        from aikg.graph.storage.locations import is_remote

        if not is_remote(store):
            raise click.UsageError(
                "--update-url is for a SPARQL server store: give --store sparql+http://HOST:PORT/PATH too"
            )
        ctx.obj["update_url"] = update_url


for _command in (
    ingest,
    extract,
    entities,
    lookup,
    relations,
    path,
    dependencies,
    dependents,
    query,
    serve,
    export,
    validate,
    stats,
    viz,
    demo,
    eval_,
    exposure,
    spof,
    timeline,
    conflicts,
    diff,
):
    cli.add_command(_command)
