"""What every `aikg` command shares: the options stacked on several commands (--json, --as-of,
--workers), the --store type, opening the graph, and turning library errors into exit status 1.

Heavy libraries are imported inside functions, so that `aikg --help` starts fast.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from aikg.graph.formats import ExportFormat
from aikg.ontology.status import Status

if TYPE_CHECKING:
    from aikg.kg import KnowledgeGraph

# Choices for click, from the library's enums (light modules: no store or model is imported).
EXPORT_FORMATS = [f.value for f in ExportFormat]
STATUSES = [s.value for s in Status]


def echo_json(data: Any) -> None:
    """Print ``data`` as JSON, the one way every ``--json`` prints."""
    from aikg.render import json_text

    click.echo(json_text(data))


@contextmanager
def library_errors() -> Iterator[None]:
    """Map the library's errors to a clean message and exit status 1."""
    from aikg.errors import AIKGError

    try:
        yield
    except AIKGError as e:
        from aikg.render import clean

        raise click.ClickException(clean(e)) from e


def open_graph(
    ctx: click.Context, *, write: bool = False, lock_timeout: float | None = None
) -> KnowledgeGraph:
    """The KnowledgeGraph over ``--store``: read-only, as of ``--as-of`` when given, unless ``write`` (then
    it takes the write lock, telling the user when it has to wait)."""
    from aikg.kg import KnowledgeGraph

    def waiting(message: str) -> None:
        click.echo(message, err=True)

    with library_errors():
        if write:
            return KnowledgeGraph(
                ctx.obj["store"],
                lock_timeout=lock_timeout,
                on_wait=waiting,
                update_url=ctx.obj.get("update_url"),
            )
        return KnowledgeGraph(ctx.obj["store"], read_only=True, as_of=ctx.obj.get("as_of"))


def _remember_as_of(ctx: click.Context, param: click.Parameter, value: Any) -> None:
    if value is not None:
        ctx.ensure_object(dict)["as_of"] = value.date()


def as_of_option(f: Callable[..., Any]) -> Callable[..., Any]:
    """``--as-of DATE``: answer from the store as it stood then (``open_graph`` reads it)."""
    return click.option(
        "--as-of",
        type=click.DateTime(formats=["%Y-%m-%d"]),
        metavar="DATE",
        expose_value=False,
        callback=_remember_as_of,
        help="Use only claims with evidence dated on or before DATE (YYYY-MM-DD); undated evidence "
        "is left out.",
    )(f)


def workers_option(f: Callable[..., Any]) -> Callable[..., Any]:
    """``--workers N`` / ``-j N``: extraction processes (ingest and extract)."""
    return click.option(
        "--workers",
        "-j",
        type=click.IntRange(min=1),
        metavar="N",
        help="Extract with N processes (default: one per core); the store is written by one.",
    )(f)


def json_option(f: Callable[..., Any]) -> Callable[..., Any]:
    """``--json``: print JSON instead of text (passed as ``as_json``)."""
    return click.option("--json", "as_json", is_flag=True, help="Print JSON instead of text.")(f)


class StoreLocation(click.ParamType):
    """A store directory, or a SPARQL server as ``sparql+http(s)://[user:pass@]host:port/path``."""

    name = "DIR|URL"

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> Path | str:
        """A ``sparql+http(s)://`` URL as given, anything else as a directory path."""
        from aikg.graph.storage.locations import is_remote

        if is_remote(value):
            return str(value)
        import os

        return Path(os.fsdecode(click.Path(file_okay=False).convert(value, param, ctx)))
