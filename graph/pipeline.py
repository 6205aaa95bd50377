"""Ingest: files -> articles -> extraction -> one named graph per article, written all or nothing.

Extraction can run in worker processes (``jobs``); one writer (this process) resolves and commits the
article graphs, a batch per transaction, so an interrupted run leaves every article wholly present or absent,
and running the same command again completes the batch. An article whose new graph equals the stored one is skipped: ingesting
the same article again changes nothing; a changed text, title, date or URL replaces everything the old version
contributed (its named graph is dropped and rewritten).
"""

from __future__ import annotations

import logging
import multiprocessing
import os
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date, timedelta
from importlib import resources
from pathlib import Path

from rdflib import Graph, URIRef
from rdflib.compare import to_canonical_graph

from .curation import Curation, default_path, load_curation
from .errors import DkgError, InputError
from .extract import extract
from .ids import Minter
from .model import Article, Extraction
from .read import iter_files, read_file
from .resolve import Resolver
from .store import Store
from .vocab import DEFAULT_BASE

__all__ = ["Summary", "ingest_paths", "ingest_article", "stored_sha", "ensure_ontology", "ONTOLOGY_GRAPH"]

log = logging.getLogger(__name__)

ONTOLOGY_GRAPH = "https://w3id.org/dkg/ontology"
_STORED_SHA = "SELECT ?sha WHERE { GRAPH ?article { ?article dkg:sha256 ?sha } }"
_CHUNK = 8  # articles per task sent to a worker process
_IN_FLIGHT = 4  # chunks per worker queued or being extracted: enough to keep workers busy, memory flat
_IN_PROCESS = 32  # with --jobs 1, inputs of up to this many articles are extracted here: a worker costs more
_OPTIMIZE_AFTER = 1000  # articles written by one run after which the store's files are compacted
_SETTLE_EVERY = 2000  # articles between cross-article resolution passes: bounded work and memory per pass


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
    extraction: Extraction  # the writer resolves it against the store (graph.resolve) and builds the graph
    events: int


def _build(article: Article, base_iri: str) -> _Built:
    extraction = extract(article)
    iri = Minter(base_iri).article(article)
    return _Built(article.source, str(iri), article.sha256, extraction, len(extraction.events))


def _work(articles: list[Article], base_iri: str) -> list[_Built | InputError]:
    """Extract a chunk of articles (in a worker process when jobs > 0); an extractor bug costs one article."""
    out: list[_Built | InputError] = []
    for item in articles:
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
    store.replace_graph(ONTOLOGY_GRAPH, to_canonical_graph(g))  # stable blank node labels: same export bytes


def _commit(resolver: Resolver, built: _Built, summary: Summary) -> bool:
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


def _commit_checked(resolver: Resolver, built: _Built, summary: Summary, seen: dict[str, str],
                    on_error: Callable[[str], None] | None) -> None:
    """``_commit`` for a batch: warns when two inputs share an identity, reports unstorable graphs."""
    try:
        written = _commit(resolver, built, summary)
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


class _Collect(logging.Handler):
    def __init__(self) -> None:
        super().__init__()
        self.records: list[tuple[int, str, str]] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append((record.levelno, record.name, record.getMessage()))


def _work_in_worker(task: tuple[list[Article], str, int]) -> tuple[list[_Built | InputError], list[tuple]]:
    """``_work`` in a worker process: its log records go back to the writer, which reports them to the user."""
    articles, base_iri, level = task
    logger = logging.getLogger("graph")
    collect = _Collect()
    logger.handlers[:] = [collect]
    logger.propagate = False
    logger.setLevel(level)
    try:
        return _work(articles, base_iri), collect.records
    finally:
        logger.handlers[:] = []


def _chunks(items: Iterable[Article], size: int) -> Iterator[list[Article]]:
    chunk: list[Article] = []
    for item in items:
        chunk.append(item)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def _results(articles: Iterable[Article], jobs: int, base_iri: str, expected: int) -> Iterator[_Built | InputError]:
    """Extraction results in input order, from ``jobs`` worker processes (while this process resolves and
    writes), a bounded number of chunks in flight, so memory does not grow with the corpus (articles are read
    only as workers need them). With ``jobs`` 0, or 1 and a small input, articles are extracted here."""
    if jobs <= 0 or (jobs == 1 and expected <= _IN_PROCESS):
        for article in articles:
            yield from _work([article], base_iri)
        return
    ctx = multiprocessing.get_context("forkserver" if os.name == "posix" else "spawn")
    level = logging.getLogger("graph").getEffectiveLevel()
    pending: deque = deque()
    with ctx.Pool(processes=jobs) as pool:
        for chunk in _chunks(articles, _CHUNK):
            pending.append(pool.apply_async(_work_in_worker, ((chunk, base_iri, level),)))
            if len(pending) >= _IN_FLIGHT * jobs:
                yield from _collected(pending.popleft().get())
        while pending:
            yield from _collected(pending.popleft().get())


def _collected(done: tuple[list[_Built | InputError], list[tuple]]) -> list[_Built | InputError]:
    results, records = done
    for levelno, name, message in records:
        logging.getLogger(name).log(levelno, "%s", message)
    return results


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
    resolver = Resolver(store, base_iri=base_iri, curation=_curation(store, curation))
    articles = _articles(paths, summary, on_error, published=published, language=language)
    rebuilt = 0
    try:
        for count, result in enumerate(_results(articles, jobs, base_iri, expected), 1):
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


def _curation(store: Store, curation: Curation | None) -> Curation:
    if curation is not None:
        return curation
    return load_curation(default_path(getattr(store, "location", None)))


def ingest_article(store: Store, article: Article, *, base_iri: str = DEFAULT_BASE,
                   curation: Curation | None = None) -> str:
    """Ingest one in-memory article; returns its IRI (its named graph)."""
    ensure_ontology(store)
    built = _build(article, base_iri)
    resolver = Resolver(store, base_iri=base_iri, curation=_curation(store, curation))
    _commit(resolver, built, Summary())
    resolver.propagate()
    return built.iri


def stored_sha(store: Store, article_iri: str) -> str | None:
    """The sha256 stored for an article, or None when it is absent."""
    row = next(iter(store.select(_STORED_SHA, {"article": URIRef(article_iri)})), None)
    return str(row["sha"]) if row else None

