"""``dkg curate ...`` and ``dkg rebuild``: analysts' decisions about people, and resolving everything again."""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import click

from .cli import _is_local, base_option, cli, curation_option, reports_errors, store_option
from .store import open_store


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
