"""Ingest: files -> articles -> extraction -> one named graph per article, written all or nothing.

Extraction can run in worker processes (``jobs > 1``); one writer (this process) commits each article's graph
in its own transaction, so an interrupted run leaves every article wholly present or absent. An article whose
stored sha256 equals the new text's is skipped: ingesting the same article again changes nothing.
"""

from __future__ import annotations

import logging
import multiprocessing
import os
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date
from importlib import resources
from pathlib import Path

from rdflib import Graph, URIRef

from .errors import DkgError, InputError
from .extract import extract
from .ids import Minter
from .model import Article
from .rdf import article_graph
from .read import iter_files, read_file
from .store import Store
from .vocab import DEFAULT_BASE

__all__ = ["Summary", "ingest_paths", "ingest_article", "stored_sha", "ensure_ontology", "ONTOLOGY_GRAPH"]

log = logging.getLogger(__name__)

ONTOLOGY_GRAPH = "https://w3id.org/dkg/ontology"
_STORED_SHA = "SELECT ?sha WHERE { GRAPH ?article { ?article dkg:sha256 ?sha } }"


@dataclass
class Summary:
    """What an ingest run did."""

    files: int = 0
    ingested: int = 0
    unchanged: int = 0
    failed: int = 0
    events: int = 0
    triples: int = 0
    errors: list[str] = field(default_factory=list)

    def line(self) -> str:
        return (f"{self.files} files: {self.ingested} articles ingested, {self.unchanged} unchanged, "
                f"{self.failed} failed; {self.events} events, {self.triples} triples written")


@dataclass(frozen=True)
class _Built:
    source: str
    iri: str
    sha: str
    triples: list[tuple]
    events: int


def _build(article: Article, base_iri: str) -> _Built:
    extraction = extract(article)
    iri, g = article_graph(extraction, Minter(base_iri))
    return _Built(article.source, str(iri), article.sha256, list(g), len(extraction.events))


def _work(task: tuple[Path, date | None, str | None, str]) -> list[_Built | InputError]:
    """Read and extract one file (runs in a worker process when jobs > 1)."""
    path, published, language, base_iri = task
    out: list[_Built | InputError] = []
    for item in read_file(path, published=published, language=language):
        if isinstance(item, InputError):
            out.append(item)
            continue
        try:
            out.append(_build(item, base_iri))
        except DkgError as e:
            out.append(InputError(f"{item.source}: {e}"))
        except Exception as e:  # an extractor bug must not lose the rest of the batch
            log.exception("extraction failed for %s", item.source)
            out.append(InputError(f"{item.source}: extraction failed: {type(e).__name__}: {e}"))
    return out


def ensure_ontology(store: Store) -> None:
    """Load the ontology into its own named graph once, so queries can use rdfs:subClassOf and labels."""
    if store.ask("ASK { GRAPH ?o { ?o a owl:Ontology } }", {"o": URIRef(ONTOLOGY_GRAPH)}):
        return
    g = Graph().parse(data=resources.files("graph").joinpath("data/ontology.ttl").read_text("utf-8"),
                      format="turtle")
    store.replace_graph(ONTOLOGY_GRAPH, g)


def _commit(store: Store, built: _Built, summary: Summary) -> None:
    if stored_sha(store, built.iri) == built.sha:
        summary.unchanged += 1
        return
    g = Graph()
    for triple in built.triples:
        g.add(triple)
    store.replace_graph(built.iri, g)
    summary.ingested += 1
    summary.events += built.events
    summary.triples += len(g)


def _results(tasks: list[tuple], jobs: int) -> Iterator[list[_Built | InputError]]:
    if jobs <= 1 or len(tasks) < 2:
        yield from map(_work, tasks)
        return
    ctx = multiprocessing.get_context("forkserver" if os.name == "posix" else "spawn")
    with ctx.Pool(processes=jobs) as pool:
        yield from pool.imap(_work, tasks, chunksize=4)


def ingest_paths(
    store: Store,
    paths: Iterable[str | os.PathLike[str]],
    *,
    published: date | None = None,
    language: str | None = None,
    base_iri: str = DEFAULT_BASE,
    jobs: int = 1,
    progress: Callable[[int, int], None] | None = None,
    on_error: Callable[[str], None] | None = None,
) -> Summary:
    """Ingest files and folders into ``store``.

    Args:
        store: an open, writable store.
        paths: files (.txt, .html, .htm, .json, .jsonl) and folders (walked recursively).
        published: publication date for articles whose metadata has none (overrides nothing else).
        language: language code for all articles (detected when None).
        base_iri: base of the minted instance IRIs.
        jobs: worker processes for reading and extraction; one writer commits.
        progress: called with (files finished, files in all) after each file.
        on_error: called with each one-line error message as it happens.

    Returns:
        A :class:`Summary`; bad files are counted and listed, never fatal for the batch.
    """
    summary = Summary()
    ensure_ontology(store)
    tasks = []
    for item in iter_files(paths):
        if isinstance(item, InputError):
            summary.failed += 1
            summary.errors.append(str(item))
            if on_error:
                on_error(str(item))
            continue
        tasks.append((item, published, language, base_iri))
    summary.files = len(tasks)
    for done, results in enumerate(_results(tasks, jobs), start=1):
        for result in results:
            if isinstance(result, InputError):
                summary.failed += 1
                summary.errors.append(str(result))
                if on_error:
                    on_error(str(result))
            else:
                _commit(store, result, summary)
        if progress:
            progress(done, len(tasks))
    return summary


def ingest_article(store: Store, article: Article, *, base_iri: str = DEFAULT_BASE) -> str:
    """Ingest one in-memory article; returns its IRI (its named graph)."""
    ensure_ontology(store)
    built = _build(article, base_iri)
    _commit(store, built, Summary())
    return built.iri


def stored_sha(store: Store, article_iri: str) -> str | None:
    """The sha256 stored for an article, or None when it is absent."""
    row = next(iter(store.select(_STORED_SHA, {"article": URIRef(article_iri)})), None)
    return str(row["sha"]) if row else None

