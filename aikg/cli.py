"""The `aikg` command: click commands that parse options, call the Python API, print the result.

Heavy libraries are imported inside commands, so that `aikg --help` starts fast.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

if TYPE_CHECKING:
    from aikg.kg import KnowledgeGraph

EXPORT_FORMATS = ["ttl", "nt", "jsonld", "trig", "nq", "graphml", "csv"]
STATUSES = ["asserted", "reported", "alleged", "speculative", "negated"]


def _echo_json(data: Any) -> None:
    from aikg.render import json_text

    click.echo(json_text(data))


@contextmanager
def _errors() -> Iterator[None]:
    """Map the library's errors to a clean message and exit status 1."""
    from aikg.errors import AIKGError

    try:
        yield
    except AIKGError as e:
        from aikg.render import clean

        raise click.ClickException(clean(e)) from e


def _graph(ctx: click.Context, *, write: bool = False, lock_timeout: float | None = None) -> KnowledgeGraph:
    from aikg.kg import KnowledgeGraph

    def waiting(message: str) -> None:
        click.echo(message, err=True)

    with _errors():
        if write:
            return KnowledgeGraph(ctx.obj["store"], lock_timeout=lock_timeout, on_wait=waiting)
        return KnowledgeGraph(ctx.obj["store"], read_only=True, as_of=ctx.obj.get("as_of"))


def _remember_as_of(ctx: click.Context, param: click.Parameter, value: Any) -> None:
    if value is not None:
        ctx.ensure_object(dict)["as_of"] = value.date()


def _as_of_option(f: Callable[..., Any]) -> Callable[..., Any]:
    """``--as-of DATE``: answer from the store as it stood then (``_graph`` reads it)."""
    return click.option(
        "--as-of",
        type=click.DateTime(formats=["%Y-%m-%d"]),
        metavar="DATE",
        expose_value=False,
        callback=_remember_as_of,
        help="Use only claims with evidence dated on or before DATE (YYYY-MM-DD); undated evidence "
        "is left out.",
    )(f)


def _workers_option(f: Callable[..., Any]) -> Callable[..., Any]:
    return click.option(
        "--workers",
        "-j",
        type=click.IntRange(min=1),
        metavar="N",
        help="Extract with N processes (default: one per core); the store is written by one.",
    )(f)


def _json_option(f: Callable[..., Any]) -> Callable[..., Any]:
    return click.option("--json", "as_json", is_flag=True, help="Print JSON instead of text.")(f)


class StoreLocation(click.ParamType):
    """A store directory, or a SPARQL server as ``sparql+http(s)://[user:pass@]host:port/path``."""

    name = "DIR|URL"

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> Path | str:
        from aikg.graph.locations import is_remote

        if is_remote(value):
            return str(value)
        import os

        return Path(os.fsdecode(click.Path(file_okay=False).convert(value, param, ctx)))


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
@click.version_option(package_name="aikg")
@click.pass_context
def cli(ctx: click.Context, store: Path | str) -> None:
    """A sourced knowledge graph of AI-industry relationships.

    Ingest articles and fact files, then ask who depends on whom, and why.
    """
    ctx.ensure_object(dict)
    ctx.obj["store"] = store


@cli.command()
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
@_workers_option
@click.option(
    "--follow-links",
    is_flag=True,
    help="Also read symbolic links in a folder that lead outside it (skipped with a warning by default).",
)
@click.option("--quiet", "-q", is_flag=True, help="No progress bar or per-file lines.")
@click.option("--verbose", "-v", is_flag=True, help="A line per file stored, even with a progress bar.")
@_json_option
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
    from aikg.render import ingest_line, ingest_summary, one_line, warning_lines

    kg = _graph(ctx, write=True, lock_timeout=lock_timeout)
    # On a terminal the bar shows progress and a line per stored file is noise; in a log (no
    # terminal) the lines are the record. Failures are always named.
    bar = not (quiet or as_json) and sys.stderr.isatty()
    successes = verbose or not (quiet or bar)

    def show(item: Any) -> None:
        failed = item.__class__.__name__ == "Failure"
        if not as_json and (failed or successes):
            click.echo(ingest_line(item), err=failed)
        if not (as_json or quiet):
            for line in warning_lines(item):
                click.echo(line, err=True)

    with _errors():
        report = kg.ingest(
            paths,
            workers=workers,
            on_file=show,
            progress=bar,
            max_file_mb=max_size,
            follow_links=follow_links,
            on_skip=lambda message: click.echo(f"warning: {one_line(message)}", err=True),
        )
    if as_json:
        _echo_json(report.to_json())
    else:
        click.echo(ingest_summary(report))
    if not report.ok:
        ctx.exit(1)


@cli.command()
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
@_workers_option
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
    from aikg.loaders import discover
    from aikg.ontology.registry import default_registry
    from aikg.render import extract_summary, one_line, warning_lines

    bar = not quiet and sys.stderr.isatty()

    def show(result: Any) -> None:
        for problem in result.problems:
            click.echo(f"error: {one_line(problem)}", err=True)
        for doc in result.documents:
            for line in warning_lines(doc):
                click.echo(line, err=True)

    with _errors():
        report = extract_to_shards(
            discover(paths, on_skip=lambda message: click.echo(f"warning: {one_line(message)}", err=True)),
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


@cli.command()
@click.option("--type", "type_", help="Only entities of this type (subclasses included).")
@_json_option
@click.pass_context
def entities(ctx: click.Context, type_: str | None, as_json: bool) -> None:
    """List the entities in the store."""
    from aikg.render import entity_line

    with _errors():
        found = _graph(ctx).entities(type=type_)
    if as_json:
        _echo_json([{**e.to_json(), "curated": e.curated} for e in found])
    else:
        click.echo("\n".join(entity_line(e) for e in found) or "(no entities)")


@cli.command()
@click.argument("name")
@_json_option
@_as_of_option
@click.pass_context
def lookup(ctx: click.Context, name: str, as_json: bool) -> None:
    """Show an entity card: type, aliases, QID and every relation in and out, with sources."""
    from aikg.render import card_text

    with _errors():
        card = _graph(ctx).lookup(name)
    if as_json:
        _echo_json(card.to_json())
    else:
        click.echo(card_text(card))


@cli.command()
@click.option("--subject", help="Subject name, id or alias.")
@click.option("--predicate", help="A relation predicate, e.g. customerOf (inverses read backwards).")
@click.option("--object", "object_", help="Object name, id or alias.")
@click.option("--status", type=click.Choice(STATUSES), help="Only relations with this status.")
@_json_option
@_as_of_option
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

    with _errors():
        found = _graph(ctx).relations(subject=subject, predicate=predicate, object=object_, status=status)
    if as_json:
        _echo_json([r.to_json() for r in found])
    else:
        click.echo(relations_text(found))


def _labels(kg: KnowledgeGraph) -> dict[str, str]:
    return {e.id: e.label for e in kg.entities()}


@cli.command()
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
@_json_option
@_as_of_option
@click.pass_context
def path(ctx: click.Context, source: str, target: str, max_hops: int, max_paths: int, as_json: bool) -> None:
    """Every dependency path from SOURCE to TARGET, each hop with its evidence (shortest first;
    past --max-paths, or on a graph too dense to search whole, the rest are counted, on stderr
    with --json)."""
    from aikg.render import clean, path_text

    kg = _graph(ctx)
    with _errors():
        found = kg.paths(source, target, max_hops=max_hops, max_paths=max_paths)
        a, b = kg.resolve(source), kg.resolve(target)
    note = found.note()
    if note is not None:
        note = f"{note}: narrow the question with --max-hops, or see more with --max-paths"
    if as_json:
        _echo_json([p.to_json() for p in found])
        if note is not None:
            click.echo(f"note: {note}", err=True)
        return
    if not found:
        click.echo(f"No dependency path from {clean(a.label)} to {clean(b.label)} within {max_hops} hops.")
        return
    labels = kg.labels(n for p in found for h in p.hops for n in (h.subject, h.object))
    click.echo("\n\n".join(path_text(p, labels) for p in found))
    if note is not None:
        click.echo(f"\n{note[0].upper()}{note[1:]}.")


def _reach_command(kind: str) -> Callable[..., None]:
    def command(ctx: click.Context, name: str, as_json: bool) -> None:
        from aikg.render import reach_text

        kg = _graph(ctx)
        with _errors():
            found = getattr(kg, kind)(name)
        if as_json:
            _echo_json([r.to_json() for r in found])
        else:
            click.echo(reach_text(found, kg.labels(n for r in found for n in r.path.nodes)))

    return command


cli.command(
    "dependencies",
    help="What NAME depends on, directly or through others (customer, subsidiary, hosting, "
    "technology and development links), nearest first.",
)(click.argument("name")(_json_option(_as_of_option(click.pass_context(_reach_command("dependencies"))))))
cli.command("dependents", help="Who depends on NAME, directly or through others, nearest first.")(
    click.argument("name")(_json_option(_as_of_option(click.pass_context(_reach_command("dependents")))))
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


@cli.command()
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
@_as_of_option
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
        from aikg.graph.named_queries import catalogue_text, named_queries

        found = named_queries()
        if fmt == "json":
            _echo_json([q.to_json() for q in found])
        elif fmt == "csv":
            import csv

            writer = csv.writer(sys.stdout, lineterminator="\n")
            writer.writerow(["name", "params", "description"])
            writer.writerows([q.name, " ".join(p.name for p in q.params), q.description] for q in found)
        else:
            click.echo(catalogue_text(found))
        return
    params = _params(param_values)
    with _errors():
        if sparql is not None and sparql.startswith("@"):
            from aikg.loaders.reading import read_query_file

            sparql = read_query_file(Path(sparql[1:]))
        kg = _graph(ctx)
        if name is not None:
            result = kg.named_query(name, timeout=timeout, **params)
        else:
            result = kg.query(sparql or "", timeout=timeout)
    text = {"table": result.to_table, "json": result.to_json, "csv": result.to_csv}[fmt]()
    if fmt == "json":
        from aikg.render import json_safe

        text = json_safe(text)
    elif fmt == "table" or sys.stdout.isatty():  # CSV stays exact data when piped to a file
        text = clean(text)
    click.echo(text, nl=not text.endswith("\n"))


@cli.command()
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

    with _errors():
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


@cli.command()
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
    from aikg.graph.export import ExportFormat

    chosen = ExportFormat(fmt) if fmt else (ExportFormat.from_suffix(output.name) if output else None)
    with _errors():
        data = _graph(ctx).export(chosen or ExportFormat.TTL)
    if output:
        output.write_bytes(data)
        click.echo(f"wrote {output} ({len(data):,} bytes)", err=True)
    else:
        sys.stdout.buffer.write(data)
        sys.stdout.flush()


@cli.command()
@_json_option
@click.pass_context
def validate(ctx: click.Context, as_json: bool) -> None:
    """Check the store against the ontology's SHACL shapes; exits 1 if it does not conform."""
    from aikg.render import clean

    with _errors():
        report = _graph(ctx).validate()
    if as_json:
        _echo_json(report.to_json())
    elif report.conforms:
        click.echo("conforms: the store matches the SHACL shapes")
    else:
        click.echo(f"does not conform: {len(report.violations)} violation(s)")
        for v in report.violations:
            click.echo(clean(f"  {v.focus} {v.path or ''}: {v.message}"))
    if not report.conforms:
        ctx.exit(1)


@cli.command()
@_json_option
@click.pass_context
def stats(ctx: click.Context, as_json: bool) -> None:
    """Count documents, entities, relations and quads in the store."""
    from aikg.render import stats_text

    with _errors():
        s = _graph(ctx).stats()
    if as_json:
        _echo_json(s.to_json())
    else:
        click.echo(stats_text(s))


@cli.command()
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
@_as_of_option
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
    with _errors():
        written = _graph(ctx).write_view(
            output, focus=focus, depth=depth, path=path or None, dependents=dependents, exposure=exposure
        )
    click.echo(f"wrote {written}")


@cli.command()
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

    with _errors():
        run_demo(_graph(ctx, write=True), examples or find_examples(), output, echo=click.echo)


@cli.command("eval")
@click.argument("gold", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.argument("docs", nargs=-1, required=True, type=click.Path(exists=True, path_type=Path))
@_json_option
def eval_(gold: Path, docs: tuple[Path, ...], as_json: bool) -> None:
    """Score extraction on DOCS against a GOLD file: precision, recall and F1 per document."""
    from aikg.evaluation import evaluate
    from aikg.loaders import discover

    with _errors():
        report = evaluate(gold, discover(docs))
    if as_json:
        _echo_json(report.to_dict())
    else:
        click.echo(report.to_text())


from aikg import cli_questions  # noqa: E402,F401
