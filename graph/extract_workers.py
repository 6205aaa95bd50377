"""Where ingest extracts: worker processes, while the writer (this process) resolves and commits.

``Extractors(jobs, ...)`` yields extraction results in input order with a bounded number of chunks in flight
(memory does not grow with the corpus: articles are read only as workers need them), and extracts the
stored articles that cross-article resolution rebuilds in the same workers, so the writer never loads the
extractor's lexicons. With ``jobs`` 0, or 1 and a small input, everything is extracted in this process.
"""

from __future__ import annotations

import logging
import multiprocessing
import os
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass

from .errors import DkgError, InputError
from .extract import extract
from .model import Article, Extraction

__all__ = ["Built", "Extractors", "build"]

log = logging.getLogger(__name__)

_CHUNK = 8  # articles per task sent to a worker process
_IN_FLIGHT = 4  # chunks per worker queued or being extracted: enough to keep workers busy, memory flat
_IN_PROCESS = 32  # with jobs 1, inputs of up to this many articles are extracted here: a worker costs more


@dataclass(frozen=True)
class Built:
    """One article extracted, ready for the writer."""

    source: str
    sha: str
    extraction: Extraction  # the writer resolves it against the store (graph.resolve) and builds the graph
    events: int


def build(article: Article) -> Built:
    """Extract one article here."""
    extraction = extract(article)
    return Built(article.source, article.sha256, extraction, len(extraction.events))


def _work(articles: list[Article]) -> list[Built | InputError]:
    """Extract a chunk of articles; an extractor bug costs one article."""
    out: list[Built | InputError] = []
    for item in articles:
        try:
            out.append(build(item))
        except DkgError as e:
            out.append(InputError(f"{item.source}: {e}"))
        except Exception as e:  # an extractor bug must not lose the rest of the batch
            log.exception("extraction failed for %s", item.source)
            out.append(InputError(f"{item.source}: extraction failed: {type(e).__name__}: {e}"))
    return out


class _Collect(logging.Handler):
    def __init__(self) -> None:
        super().__init__()
        self.records: list[tuple[int, str, str]] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append((record.levelno, record.name, record.getMessage()))


def _work_in_worker(task: tuple[list[Article], int]) -> tuple[list[Built | InputError], list[tuple]]:
    """``_work`` in a worker process: its log records go back to the writer, which reports them to the user."""
    articles, level = task
    logger = logging.getLogger("graph")
    collect = _Collect()
    logger.handlers[:] = [collect]
    logger.propagate = False
    logger.setLevel(level)
    try:
        return _work(articles), collect.records
    finally:
        logger.handlers[:] = []


def _collected(done: tuple[list[Built | InputError], list[tuple]]) -> list[Built | InputError]:
    results, records = done
    for levelno, name, message in records:
        logging.getLogger(name).log(levelno, "%s", message)
    return results


def _result(future):  # noqa: ANN001, ANN202 - a future of _work_in_worker
    """The result of a worker's task; a clear error when the workers died (e.g. a script without a main guard)."""
    try:
        return future.result()
    except BrokenProcessPool as e:
        raise DkgError(
            "the extraction worker processes stopped (killed, out of memory, or unable to start: a script that "
            "ingests with jobs >= 1 must call it under 'if __name__ == \"__main__\":')"
        ) from e


def _chunks(items: Iterable[Article], size: int) -> Iterator[list[Article]]:
    chunk: list[Article] = []
    for item in items:
        chunk.append(item)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


class Extractors:
    """The extraction workers of one ingest run (a context manager: the processes end with it).

    Args:
        jobs: worker processes (0: extract in this process, which needs no ``if __name__ == "__main__":``
            guard in a script).
        expected: articles expected (with ``jobs`` 1, a few are extracted here: a worker costs more).
    """

    def __init__(self, jobs: int, expected: int) -> None:
        self.jobs = 0 if jobs <= 0 or (jobs == 1 and expected <= _IN_PROCESS) else jobs
        self.level = logging.getLogger("graph").getEffectiveLevel()
        self.pool = None  # started when the first article is to be extracted (none when no input is readable)

    def _start(self) -> ProcessPoolExecutor:
        if self.pool is None:
            ctx = multiprocessing.get_context("forkserver" if os.name == "posix" else "spawn")
            self.pool = ProcessPoolExecutor(max_workers=self.jobs, mp_context=ctx)
        return self.pool

    def __enter__(self) -> Extractors:
        return self

    def __exit__(self, *exc: object) -> None:
        if self.pool is not None:
            self.pool.shutdown(wait=True, cancel_futures=True)

    def results(self, articles: Iterable[Article]) -> Iterator[Built | InputError]:
        """Extraction results in input order."""
        if not self.jobs:
            for article in articles:
                yield from _work([article])
            return
        pending: deque = deque()
        for chunk in _chunks(articles, _CHUNK):
            pending.append(self._start().submit(_work_in_worker, (chunk, self.level)))
            if len(pending) >= _IN_FLIGHT * self.jobs:
                yield from _collected(_result(pending.popleft()))
        while pending:
            yield from _collected(_result(pending.popleft()))

    def extract_all(self, articles: list[Article]) -> list[Extraction]:
        """Extract stored articles again (for ``graph.resolve.Resolver`` rebuilds), in the workers if any.

        Raises:
            InputError: when the extractor fails on one of them.
        """
        if not self.jobs:
            return [extract(a) for a in articles]
        tasks = [(chunk, self.level) for chunk in _chunks(articles, _CHUNK)]
        out: list[Extraction] = []
        for done in map(_result, [self._start().submit(_work_in_worker, task) for task in tasks]):
            for result in _collected(done):
                if isinstance(result, InputError):
                    raise result
                out.append(result.extraction)
        return out
