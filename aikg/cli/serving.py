"""`aikg serve`: the store over HTTP."""

from __future__ import annotations

import click

from aikg.cli.options import (
    library_errors,
)


@click.command()
@click.option("--host", default="127.0.0.1", show_default=True, help="Interface to listen on.")
@click.option(
    "--port", default=7878, show_default=True, type=click.IntRange(0, 65535), help="0 picks a free one."
)
@click.option(
    "--timeout",
    default=30.0,
    show_default=True,
    type=click.FloatRange(min=0, min_open=True),
    help="Seconds a query may run before it is stopped (HTTP 503).",
)
@click.option(
    "--max-rows",
    default=10_000,
    show_default=True,
    type=click.IntRange(min=1),
    help="Most rows (or triples) a result may hold (HTTP 413 beyond).",
)
@click.option(
    "--max-memory",
    default=2048.0,
    show_default=True,
    type=click.FloatRange(min=64),
    metavar="MB",
    help="Memory each query worker may use; a query past it is stopped (HTTP 503).",
)
@click.option(
    "--cors",
    "cors_origins",
    multiple=True,
    metavar="ORIGIN",
    help="Let web pages from ORIGIN (e.g. https://yasgui.example) read /sparql (repeatable; default: none).",
)
@click.option("--allow-update", is_flag=True, help="Accept SPARQL Update from requests carrying --token.")
@click.option(
    "--token",
    envvar="AIKG_TOKEN",
    help="The bearer token SPARQL Update requests must carry (or set AIKG_TOKEN).",
)
@click.pass_context
def serve(
    ctx: click.Context,
    host: str,
    port: int,
    timeout: float,
    max_rows: int,
    max_memory: float,
    cors_origins: tuple[str, ...],
    allow_update: bool,
    token: str | None,
) -> None:
    """Serve the store over HTTP: a SPARQL 1.1 endpoint at /sparql, HTML views at /view and a
    JSON API under /api.

    Read-only unless started with --allow-update --token TOKEN; SERVICE and LOAD are refused;
    the store may keep being written by `aikg ingest` while it serves.
    """
    if allow_update and not token:
        raise click.UsageError("--allow-update needs --token TOKEN (or AIKG_TOKEN)")
    if isinstance(ctx.obj["store"], str):
        raise click.UsageError("serve needs a store directory: a SPARQL server is its own endpoint")
    from aikg.server import serve as run_server

    with library_errors():
        run_server(
            ctx.obj["store"],
            host=host,
            port=port,
            timeout=timeout,
            max_rows=max_rows,
            allow_update=allow_update,
            token=token if allow_update else None,
            cors_origins=cors_origins,
            max_memory_mb=max_memory,
        )
