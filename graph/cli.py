"""The ``dkg`` command line: one click group, thin commands over library functions.

Exit status: 0 success, 1 the job failed (message on stderr), 2 usage error.
"""

from __future__ import annotations

import functools
import logging
import shutil
import sys
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

import click

from .errors import DkgError, QueryError
from .store import open_store
from .vocab import DEFAULT_BASE

__all__ = ["cli"]


# -- shared options ------------------------------------------------------------------------------------------
def store_option(fn: Callable) -> Callable:
    return click.option(
        "--store", "store_location", metavar="S", envvar="DKG_STORE", default=None,
        help="Store folder (embedded Oxigraph, created on first use) or http(s):// SPARQL endpoint "
             "[default: $DKG_STORE, else ./dkg-store].",
    )(fn)


def base_option(fn: Callable) -> Callable:
    return click.option("--base-iri", default=DEFAULT_BASE, show_default=True,
                        help="Base of the minted instance IRIs.")(fn)


def curation_option(fn: Callable) -> Callable:
    return click.option(
        "--curation", "curation_path", metavar="FILE", envvar="DKG_CURATION", default=None,
        type=click.Path(dir_okay=False, path_type=Path),
        help="Curation file [default: $DKG_CURATION, else curation.json in the store folder].",
    )(fn)


def _load_curation(curation_path: Path | None) -> Any:
    """The curation file the user named, or None to let the pipeline use the store's own."""
    if curation_path is None:
        return None
    from .curation import load_curation

    return load_curation(curation_path)


class DateType(click.ParamType):
    name = "YYYY-MM-DD"

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> date:
        if isinstance(value, date):
            return value
        try:
            return date.fromisoformat(str(value))
        except ValueError:
            self.fail(f"{value!r} is not a date in the form YYYY-MM-DD", param, ctx)


DATE = DateType()


def reports_errors(fn: Callable) -> Callable:
    """Translate library errors into one-line messages: exit 1 for failed jobs, 2 for bad queries/usage."""

    @functools.wraps(fn)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return fn(*args, **kwargs)
        except QueryError as e:
            raise click.UsageError(str(e)) from e
        except DkgError as e:
            raise click.ClickException(str(e)) from e

    return wrapper


class _StderrHandler(logging.Handler):
    def emit(self, record: logging.LogRecord) -> None:
        click.echo(f"{record.levelname.lower()}: {record.getMessage()}", err=True)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="diplomatic-kg")
@click.option("-v", "--verbose", is_flag=True, help="Show diagnostic messages.")
def cli(verbose: bool) -> None:
    """dkg: news articles about diplomacy -> an RDF knowledge graph you can query, export and explore.

    \b
    Example:
      dkg ingest data/articles --published 2025-04-10
      dkg query meetings
      dkg export -o out/graph.ttl
      dkg view -o out/graph.html
    """
    root = logging.getLogger("graph")
    root.handlers[:] = [_StderrHandler()]
    root.setLevel(logging.INFO if verbose else logging.WARNING)


# -- ingest -----------------------------------------------------------------------------------------------
@cli.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@store_option
@base_option
@curation_option
@click.option("--published", type=DATE, help="Publication date for articles whose metadata has none.")
@click.option("--lang", "language", metavar="CODE", help="Language of all articles (detected when omitted).")
@click.option("--jobs", "-j", type=click.IntRange(1, 64), default=1, show_default=True,
              help="Worker processes that extract, while this process resolves and commits (with 1, a few "
                   "articles are extracted in this process).")
@reports_errors
def ingest(paths: tuple[Path, ...], store_location: str | None, base_iri: str, curation_path: Path | None,
           published: date | None, language: str | None, jobs: int) -> None:
    """Ingest articles (.txt, .html, .json, .jsonl files or folders) into the store.

    Each article becomes one named graph, written in one transaction; an unchanged article is skipped.
    Bad files are reported one line each and the rest of the batch is still ingested (exit 1 if any failed).

    \b
    Example:
      dkg ingest data/articles --published 2025-04-10
    """
    from .pipeline import ingest_paths

    bar: Any = None
    started = time.monotonic()

    def progress(done: int, total: int) -> None:
        nonlocal bar
        if total <= 5:
            return
        if bar is None:
            bar = click.progressbar(length=total, label="ingesting", file=sys.stderr, show_pos=True,
                                    item_show_func=lambda rate: f"{rate:,.0f} articles/s" if rate else None)
            bar.__enter__()
        elapsed = time.monotonic() - started
        bar.update(done - bar.pos, current_item=done / elapsed if elapsed > 1 else None)

    def on_error(message: str) -> None:
        click.echo(f"error: {message}", err=True)

    with open_store(store_location) as store:
        try:
            summary = ingest_paths(store, paths, published=published, language=language, base_iri=base_iri,
                                   curation=_load_curation(curation_path),
                                   jobs=jobs, progress=progress, on_error=on_error)
        finally:
            if bar is not None:
                bar.__exit__(None, None, None)
    click.echo(summary.line(), err=True)
    if summary.failed:
        sys.exit(1)


# -- export -----------------------------------------------------------------------------------------------
EXPORT_FORMATS = {"turtle": ".ttl", "trig": ".trig", "nquads": ".nq", "ntriples": ".nt", "jsonld": ".jsonld"}


@cli.command()
@store_option
@click.option("--format", "-f", "rdf_format", type=click.Choice(list(EXPORT_FORMATS)), default=None,
              help="Serialisation [default: from the -o suffix, else turtle].")
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="Output file [default: stdout].")
@reports_errors
def export(store_location: str | None, rdf_format: str | None, output: Path | None) -> None:
    """Export the graph. Turtle and N-Triples hold the union of all graphs, sorted (identical bytes for the
    same graph); TriG, N-Quads and JSON-LD keep one named graph per article.

    \b
    Example:
      dkg export -o out/graph.ttl
      dkg export --format nquads > graph.nq
    """
    if rdf_format is None:
        by_suffix = {suffix: name for name, suffix in EXPORT_FORMATS.items()}
        rdf_format = by_suffix.get(output.suffix.lower(), "turtle") if output else "turtle"
    with _open_for_reading(store_location) as store:
        if output is None:
            store.dump(sys.stdout.buffer, rdf_format)
            return
        output.parent.mkdir(parents=True, exist_ok=True)
        tmp = output.with_name(output.name + ".part")
        with tmp.open("wb") as out:
            store.dump(out, rdf_format)
        tmp.replace(output)
    click.echo(f"wrote {output}", err=True)


def _is_local(location: str | None) -> bool:
    from .store import resolve_location

    return not resolve_location(location).startswith(("http://", "https://"))


def _open_for_reading(location: str | None) -> Any:
    """Open the store for a reading command: the embedded store read-only (no write lock taken)."""
    return open_store(location, read_only=_is_local(location))


def _table_width() -> int:
    """The terminal's width; when output goes to a file or pipe, $COLUMNS or 200 (nothing to fit)."""
    if sys.stdout.isatty():
        return shutil.get_terminal_size().columns
    return shutil.get_terminal_size((200, 24)).columns


# -- validate / stats -----------------------------------------------------------------------------------
@cli.command()
@store_option
@reports_errors
def validate(store_location: str | None) -> None:
    """Check the graph against the contract's SHACL shapes (exit 1 with a report if it does not conform).

    \b
    Example:
      dkg validate
    """
    from .validate import validate_store

    with _open_for_reading(store_location) as store:
        result = validate_store(store)
    if not result.conforms:
        click.echo(result.report, err=True)
        raise click.ClickException(f"the graph does not conform to the shapes ({result.triples} triples checked)")
    click.echo(f"conforms: {result.triples} triples checked")


@cli.command()
@store_option
@reports_errors
def stats(store_location: str | None) -> None:
    """Counts of articles, events by type, people, countries, places and triples.

    \b
    Example:
      dkg stats
    """
    from .stats import store_stats

    with _open_for_reading(store_location) as store:
        result = store_stats(store)
    width = max(len(name) for name, _ in result.rows())
    for name, n in result.rows():
        click.echo(f"{name:<{width}}  {n}")


# -- query / serve ------------------------------------------------------------------------------------------
@cli.command()
@click.argument("name", required=False, metavar="NAME|FILE.rq")
@click.option("-e", "--expression", "sparql", metavar="SPARQL", help="Run this SPARQL text instead.")
@store_option
@click.option("--bind", "-b", "binds", multiple=True, metavar="NAME=VALUE",
              help="A parameter value (repeatable); the query's header gives each parameter's type.")
@click.option("--format", "-f", "fmt", type=click.Choice(["table", "csv", "tsv", "json", "xml"]),
              default="table", show_default=True,
              help="Output; json and xml are the SPARQL 1.1 result formats. CONSTRUCT queries print Turtle.")
@click.option("--list", "list_queries", is_flag=True, help="List the named queries, one line each.")
@click.option("--show", is_flag=True, help="Print the query (header and SPARQL) instead of running it.")
@reports_errors
def query(name: str | None, sparql: str | None, store_location: str | None, binds: tuple[str, ...], fmt: str,
          list_queries: bool, show: bool) -> None:
    """Run a named query from the library, a .rq file, or SPARQL text given with -e.

    Parameters are typed in the query's header and bound as RDF terms, never pasted into the query.
    csv, tsv, json and xml stream from the store; the table fits the terminal and cuts long cells.

    \b
    Example:
      dkg query --list
      dkg query meetings-between --bind country1=FR --bind country2=DE --bind since=2024
      dkg query -e 'SELECT ?name WHERE { ?p a schema:Person ; schema:name ?name }' --format csv
    """

    from .formats import write_results
    from .query import library, load_query, parse_binds, parse_query

    if list_queries:
        queries = library()
        width = max(map(len, queries), default=0)
        for named in queries.values():
            click.echo(named.usage(width))
        return
    if (name is None) == (sparql is None):
        raise click.UsageError("give one of: a query NAME, a FILE.rq, or -e SPARQL ('dkg query --list' shows names)")
    named = parse_query(sparql, name="-e") if sparql is not None else load_query(name)
    if show:
        click.echo(named.sparql.rstrip())
        return
    sparql_text, bindings = named.prepare(parse_binds(binds))
    out = sys.stdout.buffer
    with _open_for_reading(store_location) as store:
        try:
            count = write_results(store, sparql_text, out, fmt, bindings=bindings,
                                  width=_table_width())
            out.flush()
        except BrokenPipeError:  # `dkg query ... | head`
            sys.stderr.close()
            sys.exit(0)
    if count == 0:
        click.echo("(no rows)", err=True)


@cli.command()
@store_option
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option("--port", "-p", type=click.IntRange(0, 65535), default=7878, show_default=True,
              help="Port (0 picks a free one).")
@click.option("--writable", is_flag=True, help="Accept SPARQL updates and graph writes (default: read-only).")
@click.option("--timeout", type=click.FloatRange(min=0.1), default=30.0, show_default=True,
              help="Seconds a query may run before the client gets an error.")
@click.option("--max-rows", type=click.IntRange(min=1), default=10_000, show_default=True,
              help="Rows (or triples) returned at most; a cut result has the header DKG-Truncated: true.")
@reports_errors
def serve(store_location: str | None, host: str, port: int, writable: bool, timeout: float,
          max_rows: int) -> None:
    """Serve the store as a SPARQL 1.1 endpoint (/query, /update, /store) with a query page at /.

    Read-only unless --writable; listens on 127.0.0.1 unless --host says otherwise.

    \b
    Example:
      dkg serve --port 7878
      curl http://127.0.0.1:7878/query --data-urlencode 'query=SELECT * WHERE { ?s ?p ?o } LIMIT 3'
    """
    from .serve import make_server

    with open_store(store_location, read_only=_is_local(store_location) and not writable) as store:
        try:
            server = make_server(store, host=host, port=port, writable=writable, timeout=timeout,
                                 max_rows=max_rows)
        except OSError as e:
            raise click.ClickException(f"cannot listen on {host}:{port}: {e.strerror or e}") from e
        mode = "read-write" if writable else "read-only"
        click.echo(f"serving {store.location} ({mode}) at http://{host}:{server.port}/ "
                   f"- SPARQL endpoint /query; Ctrl-C stops", err=True)
        try:
            server.serve_forever()
        except KeyboardInterrupt:
            pass
        finally:
            server.server_close()
            server.app.close()


def main() -> None:
    cli(prog_name="dkg")


# the commands of these modules register themselves on the group when they are imported
from . import cli_curate, cli_explore  # noqa: E402

COMMAND_MODULES = (cli_curate, cli_explore)
