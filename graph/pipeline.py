"""Ingest: files -> articles -> extraction -> one named graph per article, written all or nothing.

Extraction can run in worker processes (``jobs``); one writer (this process) resolves and commits the
article graphs, a batch per transaction, so an interrupted run leaves every article wholly present or absent,
and running the same command again completes the batch. An article whose new graph equals the stored one is skipped: ingesting
the same article again changes nothing; a changed text, title, date or URL replaces everything the old version
contributed (its named graph is dropped and rewritten).
"""

from __future__ import annotations

import gc
import logging
import os
import time
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date, timedelta
from importlib import resources
from pathlib import Path

from rdflib import Graph, URIRef
from rdflib.compare import to_canonical_graph

from .curation import Curation, default_path, load_curation
from .errors import InputError
from .extract_workers import Built, Extractors, build
from .model import Article
from .read import iter_files, read_file
from .resolve import Resolver
from .store import Store
from .vocab import DEFAULT_BASE

__all__ = ["Summary", "ingest_paths", "ingest_article", "stored_sha", "ensure_ontology", "ONTOLOGY_GRAPH"]

log = logging.getLogger(__name__)

ONTOLOGY_GRAPH = "https://w3id.org/dkg/ontology"
_STORED_SHA = "SELECT ?sha WHERE { GRAPH ?article { ?article dkg:sha256 ?sha } }"
_OPTIMIZE_AFTER = 1000  # articles written by one run after which the store's files are compacted
_SETTLE_EVERY = 2000  # articles between cross-article resolution passes: bounded work and memory per pass
_YOUNG_COLLECTION = 20_000  # allocations between collections of the youngest objects while writing (Python: 700)


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


def ensure_ontology(store: Store) -> None:
    """Load the ontology into its own named graph once, so queries can use rdfs:subClassOf and labels."""
    if store.ask("ASK { GRAPH ?o { ?o a owl:Ontology } }", {"o": URIRef(ONTOLOGY_GRAPH)}):
        return
    g = Graph().parse(data=resources.files("graph").joinpath("data/ontology.ttl").read_text("utf-8"),
                      format="turtle")
    store.replace_graph(ONTOLOGY_GRAPH, to_canonical_graph(g))  # stable blank node labels: same export bytes


def _commit(resolver: Resolver, built: Built, summary: Summary) -> bool:
    """Resolve and write one article's graph unless the store already holds exactly that graph."""
    g = resolver.commit(built.extraction, unless_same=True)
    if g is None:
        summary.unchanged += 1
        return False
    summary.ingested += 1
    summary.events += built.events
    summary.triples += len(g)
    if not built.events:
        summary.no_events += 1
        log.warning("%s: no diplomatic event found; article stored without events", built.source)
    return True


def _commit_checked(resolver: Resolver, built: Built, summary: Summary, seen: dict[str, str],
                    on_error: Callable[[str], None] | None) -> None:
    """``_commit`` for a batch: warns when two inputs share an identity, reports unstorable graphs."""
    try:
        written = _commit(resolver, built, summary)
    except (ValueError, TypeError) as e:  # a term the store refuses (e.g. an invalid IRI): only this article
        summary.fail(f"{built.source}: cannot store the article: {e}", on_error)
        return
    earlier = seen.setdefault(resolver.article_iri(built.extraction.article), built.source)
    if written and earlier != built.source:
        log.warning("%s: same identity as %s (no url or id, same file name); it replaced that article. "
                    "Give each article a distinct 'url' or 'id'", built.source, earlier)


def _batch_date(published: date | None) -> date | None:
    if published is not None and published > date.today() + timedelta(days=1):
        log.warning("--published %s is in the future; ignored", published.isoformat())
        return None
    return published


def _articles(paths: Iterable[str | os.PathLike[str]], summary: Summary, on_error: Callable[[str], None] | None,
              *, published: date | None, language: str | None) -> Iterator[Article]:
    """The articles of all files, read lazily (a JSONL file line by line); unreadable input is reported."""
    for item in iter_files(paths):
        if isinstance(item, InputError):
            summary.fail(str(item), on_error)
            continue
        summary.files += 1
        for result in read_file(item, published=published, language=language):
            if isinstance(result, InputError):
                summary.fail(str(result), on_error)
            else:
                yield result


def _expected(paths: list[str | os.PathLike[str]]) -> int:
    """How many articles the paths hold, cheaply (a JSONL file counts its non-blank lines): progress' total."""
    total = 0
    for item in iter_files(paths):
        if isinstance(item, Path):
            total += _jsonl_lines(item) if item.suffix.lower() == ".jsonl" else 1
    return total


def _jsonl_lines(path: Path) -> int:
    try:
        with path.open("rb") as lines:
            return sum(1 for line in lines if not line.isspace())
    except OSError:
        return 1


class _Progress:
    """Calls ``progress(done, total)`` at most every 0.2 s (and at the end)."""

    def __init__(self, callback: Callable[[int, int], None] | None, total: int) -> None:
        self.callback, self.total, self.done, self.last = callback, total, 0, 0.0

    def step(self, final: bool = False) -> None:
        if self.callback is None:
            return
        now = time.monotonic()
        if final or now - self.last >= 0.2:
            self.last = now
            self.callback(self.done, max(self.total, self.done))


def ingest_paths(
    store: Store,
    paths: Iterable[str | os.PathLike[str]],
    *,
    published: date | None = None,
    language: str | None = None,
    base_iri: str = DEFAULT_BASE,
    jobs: int = 0,
    progress: Callable[[int, int], None] | None = None,
    on_error: Callable[[str], None] | None = None,
    curation: Curation | None = None,
) -> Summary:
    """Ingest files and folders into ``store``.

    Args:
        store: an open, writable store.
        paths: files (.txt, .html, .htm, .json, .jsonl) and folders (walked recursively).
        published: publication date for articles whose metadata has none (overrides nothing else).
        language: language code for all articles (detected when None).
        base_iri: base of the minted instance IRIs.
        jobs: worker processes for extraction (0: extract in this process, which needs no
            ``if __name__ == "__main__":`` guard in a script); this process reads the input, resolves and is the
            one writer. With 1, inputs of a few articles are extracted in this process.
        progress: called with (articles done, articles expected) now and then; "done" counts ingested,
            unchanged and failed articles, "expected" is counted from the input before the run starts.
        on_error: called with each one-line error message as it happens.
        curation: analysts' decisions about people [default: the store folder's curation.json, if any].

    Returns:
        A :class:`Summary`; bad files are counted and listed, never fatal for the batch.
    """
    summary = Summary()
    ensure_ontology(store)
    published = _batch_date(published)
    paths = list(paths)
    expected = _expected(paths)
    ticker = _Progress(progress, expected)
    seen: dict[str, str] = {}
    articles = _articles(paths, summary, on_error, published=published, language=language)
    with Extractors(jobs, expected) as extractors, collecting_seldom():
        resolver = Resolver(store, base_iri=base_iri, curation=_curation(store, curation),
                            extract_all=extractors.extract_all)
        rebuilt = 0
        try:
            for count, result in enumerate(extractors.results(articles), 1):
                if isinstance(result, InputError):
                    summary.fail(str(result), on_error)
                else:
                    _commit_checked(resolver, result, summary, seen, on_error)
                if count % _SETTLE_EVERY == 0:
                    rebuilt += resolver.propagate()
                ticker.done = summary.ingested + summary.unchanged + summary.failed
                ticker.step()
        except KeyboardInterrupt:
            resolver.index.flush()  # keep what was ingested; the next run settles it
            raise
        rebuilt += resolver.propagate()  # cross-article resolution of everything the run touched
    optimize = getattr(store, "optimize", None)
    if optimize is not None and summary.ingested + rebuilt >= _OPTIMIZE_AFTER:
        log.info("compacting the store after %d article graphs written", summary.ingested + rebuilt)
        optimize()
    ticker.step(final=True)
    log.info("cross-article resolution rebuilt %d article graphs", rebuilt)
    return summary


@contextmanager
def collecting_seldom() -> Iterator[None]:
    """Run the writer with Python's cyclic garbage collector run seldom, and restore it after.

    The writer allocates millions of short-lived objects (terms, mentions, query rows) and keeps large caches
    of long-lived ones that hold no cycles to free: with the default thresholds the collector ran about 800
    times per 1,000 articles (6 of them over the whole heap, each longer as the caches grow), 1.3 s of about
    27 s of CPU at the 10k store. The objects made before the run (modules, lexicons) are set apart
    (``gc.freeze``), and the youngest generation is collected every 20,000 allocations instead of 700 (which
    also makes the older generations' collections rarer); cyclic garbage, which the writer rarely makes, waits
    a little longer. Nothing the writer computes depends on when collections run. The thresholds are restored
    after the run; frozen objects stay frozen (as the gazetteer's, which freezes its own).
    """
    threshold = gc.get_threshold()
    gc.freeze()
    gc.set_threshold(_YOUNG_COLLECTION, *threshold[1:])
    try:
        yield
    finally:
        gc.set_threshold(*threshold)


def _curation(store: Store, curation: Curation | None) -> Curation:
    if curation is not None:
        return curation
    return load_curation(default_path(getattr(store, "location", None)))


def ingest_article(store: Store, article: Article, *, base_iri: str = DEFAULT_BASE,
                   curation: Curation | None = None) -> str:
    """Ingest one in-memory article; returns its IRI (its named graph)."""
    ensure_ontology(store)
    resolver = Resolver(store, base_iri=base_iri, curation=_curation(store, curation))
    _commit(resolver, build(article), Summary())
    resolver.propagate()
    return resolver.article_iri(article)


def stored_sha(store: Store, article_iri: str) -> str | None:
    """The sha256 stored for an article, or None when it is absent."""
    row = next(iter(store.select(_STORED_SHA, {"article": URIRef(article_iri)})), None)
    return str(row["sha"]) if row else None

