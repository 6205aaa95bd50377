"""``dkg view``, ``dkg analyze`` and ``dkg eval``: exploring the graph and scoring the extractor."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import click

from .cli import _open_for_reading, cli, reports_errors, store_option


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
