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


# -- view / analyze -----------------------------------------------------------------------------------------
class PartialDateType(click.ParamType):
    """YYYY-MM-DD, YYYY-MM or YYYY (kept as text; the views compare at the precision given)."""

    name = "DATE"

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> str:
        from .viz_data import ViewError
        from .viz_filter import parse_date_bound

        try:
            parse_date_bound(str(value), end=False)
        except ViewError:
            self.fail(f"{value!r} is not a date in the form YYYY-MM-DD, YYYY-MM or YYYY", param, ctx)
        return str(value).strip()


def _country_codes(ctx: click.Context, param: click.Parameter, value: tuple[str, ...]) -> tuple[str, ...]:
    codes = tuple(v.strip().upper() for v in value)
    for code in codes:
        if len(code) != 2 or not code.isascii() or not code.isalpha():
            raise click.BadParameter(f"{code!r} is not a two-letter ISO 3166-1 country code (e.g. FR, JP)")
    return codes


@cli.command()
@store_option
@click.option("-o", "--output", required=True, type=click.Path(dir_okay=False, path_type=Path),
              help="The HTML file to write.")
@click.option("--country", "countries", multiple=True, metavar="CC", callback=_country_codes,
              help="Only events involving this country, directly or through an official (ISO code; repeatable: "
                   "any of them).")
@click.option("--person", metavar="NAME",
              help="Ego view: this person (any spelling or script), their events and the people met there.")
@click.option("--hops", type=click.IntRange(1, 10), default=None,
              help="With --person: how many meetings away from the person to go [default: 1].")
@click.option("--since", type=PartialDateType(), help="Only events on or after DATE (YYYY-MM-DD, YYYY-MM, YYYY).")
@click.option("--until", type=PartialDateType(), help="Only events on or before DATE.")
@click.option("--type", "types", multiple=True, metavar="TYPE",
              type=click.Choice(["Meeting", "Talks", "Negotiation", "Visit", "StateVisit", "PhoneCall", "Summit",
                                 "Conference", "Ceremony", "Summons", "Expulsion", "Statement"],
                                case_sensitive=False),
              help="Only events of this class: Meeting, Talks, Negotiation, Visit, StateVisit, PhoneCall, Summit, "
                   "Conference, Ceremony, Summons, Expulsion, Statement (repeatable: any of them).")
@click.option("--min-degree", type=click.IntRange(0), default=0, show_default=True,
              help="Leave out nodes with fewer links than this in the view.")
@click.option("--level", type=click.Choice(["entity", "country"]), default="entity", show_default=True,
              help="entity: people, events, places, articles; country: countries linked by the events between them.")
@click.option("--max-nodes", type=click.IntRange(1), default=10_000, show_default=True,
              help="Refuse to write a page with more nodes than this (a browser would struggle).")
@reports_errors
def view(store_location: str | None, output: Path, countries: tuple[str, ...], person: str | None,
         hops: int | None, since: str | None, until: str | None, types: tuple[str, ...], min_degree: int,
         level: str, max_nodes: int) -> None:
    """Write the graph as one self-contained interactive HTML page (no network needed to open it).

    Shapes and colours tell countries, officials, events, venues, cities and articles apart; hover for role,
    date, place and evidence; click a node to highlight its neighbours; the search box finds any name form.

    \b
    Example:
      dkg view -o out/graph.html
      dkg view -o out/fr.html --country FR --since 2024-06
      dkg view -o out/ego.html --person "Jane Doe" --hops 2
      dkg view -o out/countries.html --level country
    """
    from .viz import ViewFilter, write_view

    if hops is not None and not person:
        raise click.UsageError("--hops needs --person")
    flt = ViewFilter(countries=countries, person=person, hops=hops or 1, since=since, until=until,
                     types=tuple(types), min_degree=min_degree)
    with _open_for_reading(store_location) as store:
        result = write_view(store, output, flt=flt, level=level, max_nodes=max_nodes)
    click.echo(result.line(), err=True)


@cli.command("analyze")
@store_option
@click.option("--format", "-f", "fmt", type=click.Choice(["table", "csv", "json"]), default="table",
              show_default=True)
@click.option("--between", nargs=2, metavar="PERSON PERSON", default=None,
              help="Also show the shortest chain of meetings linking two people.")
@click.option("--top", type=click.IntRange(0), default=10, show_default=True,
              help="Officials and countries listed in the rankings (0: all).")
@reports_errors
def analyze_command(store_location: str | None, fmt: str, between: tuple[str, str] | None, top: int) -> None:
    """Who is central: officials and countries ranked by degree and betweenness, communities of officials
    who meet each other, and the shortest chain of meetings between two people.

    \b
    Example:
      dkg analyze
      dkg analyze --format csv --top 0 > centrality.csv
      dkg analyze --between "Jane Doe" "John Smith"
    """
    from .analyze import analyze, format_analysis

    with _open_for_reading(store_location) as store:
        result = analyze(store, between=between or None, top=top)
    click.echo(format_analysis(result, fmt), nl=False)


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


# -- curate / rebuild (cross-article resolution, issue 4) ----------------------------------------------------
def _curation_file(store_location: str | None, curation_path: Path | None) -> Path:
    from .curation import default_path
    from .store import resolve_location

    path = default_path(resolve_location(store_location), curation_path)
    if path is None:
        raise click.UsageError("a SPARQL endpoint store has no folder for curation.json: give --curation FILE")
    return path


def _record(store_location: str | None, curation_path: Path | None, base_iri: str,
            decide: Callable[[Any], list[str]]) -> None:
    """Load the curation file, record one decision, save it and apply it to the store (when there is one)."""
    from .curation import load_curation
    from .rebuild import apply_curation
    from .store import resolve_location

    path = _curation_file(store_location, curation_path)
    curation = load_curation(path)
    names = decide(curation)
    curation.save(path)
    click.echo(f"recorded in {path}", err=True)
    location = resolve_location(store_location)
    if _is_local(store_location) and not Path(location).is_dir():
        click.echo("no store yet: the decision applies from the next ingest", err=True)
        return
    with open_store(location) as store:
        rewritten = apply_curation(store, curation, names, base_iri=base_iri)
    click.echo(f"{rewritten} article graphs updated", err=True)


@cli.group()
def curate() -> None:
    """Record analysts' decisions about people; they outlast re-ingests and rebuilds.

    Decisions are kept in a JSON file (see docs/resolution.md) and applied before automatic resolution:
    at once to the store, and again on every ingest and rebuild.

    \b
    Example:
      dkg curate same "Selenskyj" "Volodymyr Zelensky"
      dkg curate different "Wang" "Wang Yi" --country CN
      dkg curate name volodimir_selenski "Volodymyr Zelensky"
      dkg curate wikidata "Volodymyr Zelensky" Q123
    """


@curate.command("same")
@click.argument("name")
@click.argument("other")
@store_option
@curation_option
@base_option
@reports_errors
def curate_same(name: str, other: str, store_location: str | None, curation_path: Path | None,
                base_iri: str) -> None:
    """NAME and OTHER (any spelling or script, or a person IRI) are one person.

    \b
    Example:
      dkg curate same "Selenskyj" "Volodymyr Zelensky"
    """
    def decide(curation: Any) -> list[str]:
        curation.add_same(name, other)
        return [name, other]

    _record(store_location, curation_path, base_iri, decide)


@curate.command("different")
@click.argument("name")
@click.argument("other")
@click.option("--country", metavar="CC", help="Only among people representing this country (ISO alpha-2); "
              "with two equal names: people of CC are not those of other countries.")
@store_option
@curation_option
@base_option
@reports_errors
def curate_different(name: str, other: str, country: str | None, store_location: str | None,
                     curation_path: Path | None, base_iri: str) -> None:
    """NAME and OTHER are never the same person.

    \b
    Example:
      dkg curate different "Wang" "Wang Yi" --country CN
    """
    def decide(curation: Any) -> list[str]:
        curation.add_different(name, other, country)
        return [name, other]

    _record(store_location, curation_path, base_iri, decide)


@curate.command("name")
@click.argument("key")
@click.argument("canonical")
@store_option
@curation_option
@base_option
@reports_errors
def curate_name(key: str, canonical: str, store_location: str | None, curation_path: Path | None,
                base_iri: str) -> None:
    """Show the person known as KEY (a name, a person IRI or its last segment) as CANONICAL.

    \b
    Example:
      dkg curate name volodimir_selenski "Volodymyr Zelensky"
    """
    def decide(curation: Any) -> list[str]:
        curation.add_name(key, canonical)
        return [key]

    _record(store_location, curation_path, base_iri, decide)


@curate.command("wikidata")
@click.argument("name")
@click.argument("qid", metavar="QID")
@store_option
@curation_option
@base_option
@reports_errors
def curate_wikidata(name: str, qid: str, store_location: str | None, curation_path: Path | None,
                    base_iri: str) -> None:
    """Link the person known as NAME to a Wikidata item (owl:sameAs); one item on two names joins them.

    \b
    Example:
      dkg curate wikidata "Volodymyr Zelensky" Q123
    """
    def decide(curation: Any) -> list[str]:
        curation.add_wikidata(name, qid)
        return [name]

    _record(store_location, curation_path, base_iri, decide)


@curate.command("show")
@store_option
@curation_option
@reports_errors
def curate_show(store_location: str | None, curation_path: Path | None) -> None:
    """Print the recorded decisions (the curation file) as JSON.

    \b
    Example:
      dkg curate show
    """
    import json

    from .curation import load_curation

    path = _curation_file(store_location, curation_path)
    curation = load_curation(path)
    click.echo(json.dumps(curation.to_dict(), indent=2, ensure_ascii=False))


@cli.command()
@store_option
@curation_option
@base_option
@reports_errors
def rebuild(store_location: str | None, curation_path: Path | None, base_iri: str) -> None:
    """Re-extract every stored article from its stored text and resolve it again.

    Uses the current extractor and curation; the result is what a fresh ingest of the same articles gives.

    \b
    Example:
      dkg rebuild
    """
    from .curation import default_path, load_curation
    from .rebuild import rebuild as rebuild_store
    from .store import resolve_location

    curation = load_curation(default_path(resolve_location(store_location), curation_path))
    bar: Any = None

    def progress(done: int, total: int) -> None:
        nonlocal bar
        if total <= 5:
            return
        if bar is None:
            bar = click.progressbar(length=total, label="rebuilding", file=sys.stderr, show_pos=True)
            bar.__enter__()
        bar.update(done - bar.pos)

    with open_store(store_location) as store:
        try:
            summary = rebuild_store(store, base_iri=base_iri, curation=curation, progress=progress)
        finally:
            if bar is not None:
                bar.__exit__(None, None, None)
    click.echo(summary.line(), err=True)
