"""The ``dkg`` command line: one click group, thin commands over library functions.

Exit status: 0 success, 1 the job failed (message on stderr), 2 usage error.
"""

from __future__ import annotations

import functools
import logging
import sys
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
@click.option("--published", type=DATE, help="Publication date for articles whose metadata has none.")
@click.option("--lang", "language", metavar="CODE", help="Language of all articles (detected when omitted).")
@click.option("--jobs", "-j", type=click.IntRange(1, 64), default=1, show_default=True,
              help="Worker processes for extraction (one writer commits).")
@reports_errors
def ingest(paths: tuple[Path, ...], store_location: str | None, base_iri: str, published: date | None,
           language: str | None, jobs: int) -> None:
    """Ingest articles (.txt, .html, .json, .jsonl files or folders) into the store.

    Each article becomes one named graph, written in one transaction; an unchanged article is skipped.
    Bad files are reported one line each and the rest of the batch is still ingested (exit 1 if any failed).

    \b
    Example:
      dkg ingest data/articles --published 2025-04-10
    """
    from .pipeline import ingest_paths

    bar: Any = None

    def progress(done: int, total: int) -> None:
        nonlocal bar
        if total <= 5:
            return
        if bar is None:
            bar = click.progressbar(length=total, label="ingesting", file=sys.stderr, show_pos=True)
            bar.__enter__()
        bar.update(done - bar.pos)

    def on_error(message: str) -> None:
        click.echo(f"error: {message}", err=True)

    with open_store(store_location) as store:
        try:
            summary = ingest_paths(store, paths, published=published, language=language, base_iri=base_iri,
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
    with open_store(store_location, read_only=_is_local(store_location)) as store:
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

    with open_store(store_location, read_only=_is_local(store_location)) as store:
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

    with open_store(store_location, read_only=_is_local(store_location)) as store:
        result = store_stats(store)
    width = max(len(name) for name, _ in result.rows())
    for name, n in result.rows():
        click.echo(f"{name:<{width}}  {n}")


def main() -> None:
    cli(prog_name="dkg")


# -- eval ---------------------------------------------------------------------------------------------------
@cli.command("eval")
@click.argument("gold_dir", type=click.Path(exists=True, file_okay=False, path_type=Path))
@click.option("--extractor", default="rules", show_default=True, help="Registered extractor to evaluate.")
@click.option("--verbose", "show_misses", is_flag=True, help="List the misses per article.")
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
@reports_errors
def evaluate_command(gold_dir: Path, extractor: str, show_misses: bool, fmt: str) -> None:
    """Score the extractor on gold-annotated articles (the format of the shared eval set).

    Prints precision, recall and F1 for events and officials and the accuracy of event type, venue city,
    date, status and an official's country, per language and overall.

    \b
    Example:
      dkg eval ../shared/eval/dev --verbose
    """
    import json

    from .evaluate import evaluate, format_report
    from .extract import extract

    report = evaluate(gold_dir, extract=lambda article: extract(article, extractor=extractor))
    if fmt == "json":
        click.echo(json.dumps(report.to_dict(), indent=2, ensure_ascii=False))
    else:
        click.echo(format_report(report, verbose=show_misses))
