"""Ingest: files -> articles -> extraction -> one named graph per article, written all or nothing.

Extraction can run in worker processes (``jobs > 1``); one writer (this process) commits each article's graph
in its own transaction, so an interrupted run leaves every article wholly present or absent, and running the
same command again completes the batch. An article whose new graph equals the stored one is skipped: ingesting
the same article again changes nothing; a changed text, title, date or URL replaces everything the old version
contributed (its named graph is dropped and rewritten).
"""

from __future__ import annotations

import logging
import multiprocessing
import os
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date, timedelta
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
_STORED_TRIPLES = "SELECT ?s ?p ?o WHERE { GRAPH ?article { ?s ?p ?o } }"


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
    no_events: int = 0  # articles ingested in which no diplomatic event was found

    def line(self) -> str:
        """One line for the user: "3 files: 4 articles ingested (1 without events), 0 unchanged, ..."."""
        without = f" ({self.no_events} without events)" if self.no_events else ""
        return (f"{self.files} files: {self.ingested} articles ingested{without}, {self.unchanged} unchanged, "
                f"{self.failed} failed; {self.events} events, {self.triples} triples written")

    def fail(self, message: str, on_error: Callable[[str], None] | None) -> None:
        """Count and record one failed input (and report it through ``on_error``)."""
        self.failed += 1
        self.errors.append(message)
        if on_error:
            on_error(message)


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


def _stored_triples(store: Store, article_iri: str) -> set[tuple]:
    rows = store.select(_STORED_TRIPLES, {"article": URIRef(article_iri)})
    return {(row["s"], row["p"], row["o"]) for row in rows}


def _commit(store: Store, built: _Built, summary: Summary) -> bool:
    """Write one article's graph unless the store already holds exactly that graph; True when written."""
    g = Graph()
    for triple in built.triples:
        g.add(triple)
    if stored_sha(store, built.iri) == built.sha and _stored_triples(store, built.iri) == set(g):
        summary.unchanged += 1
        return False
    store.replace_graph(built.iri, g)
    log.info("%s: stored as %s (%d triples)", built.source, built.iri, len(g))
    summary.ingested += 1
    summary.events += built.events
    summary.triples += len(g)
    if not built.events:
        summary.no_events += 1
        log.warning("%s: no diplomatic event found; article stored without events", built.source)
    return True


def _commit_checked(store: Store, built: _Built, summary: Summary, seen: dict[str, str],
                    on_error: Callable[[str], None] | None) -> None:
    """``_commit`` for a batch: warns when two inputs share an identity, reports unstorable graphs."""
    try:
        written = _commit(store, built, summary)
    except (ValueError, TypeError) as e:  # a term the store refuses (e.g. an invalid IRI): only this article
        summary.fail(f"{built.source}: cannot store the article: {e}", on_error)
        return
    earlier = seen.setdefault(built.iri, built.source)
    if written and earlier != built.source:
        log.warning("%s: same identity as %s (no url or id, same file name); it replaced that article. "
                    "Give each article a distinct 'url' or 'id'", built.source, earlier)


def _batch_date(published: date | None) -> date | None:
    if published is not None and published > date.today() + timedelta(days=1):
        log.warning("--published %s is in the future; ignored", published.isoformat())
        return None
    return published


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
    published = _batch_date(published)
    tasks = []
    for item in iter_files(paths):
        if isinstance(item, InputError):
            summary.fail(str(item), on_error)
            continue
        tasks.append((item, published, language, base_iri))
    summary.files = len(tasks)
    seen: dict[str, str] = {}
    for done, results in enumerate(_results(tasks, jobs), start=1):
        for result in results:
            if isinstance(result, InputError):
                summary.fail(str(result), on_error)
            else:
                _commit_checked(store, result, summary, seen, on_error)
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

