"""The embedded default store: Oxigraph on disk (RocksDB), one writer at a time.

Besides the :class:`~graph.store.Store` interface it offers ``load_nquads``: many article graphs (e.g. an
N-Quads shard exported elsewhere) in one transaction, or through the bulk loader into a fresh store. Writes
flush RocksDB's buffers now and then and exports are streamed (see ``dump``), so neither ingest nor export
holds the dataset in memory.

Concurrency (docs/reliability.md): a writer holds RocksDB's exclusive lock on ``<store>/LOCK``; a second writer
gets :class:`StoreInUseError`. Opening read-only while another process writes is undefined behaviour in RocksDB,
so readers in other processes take a shared lock on the same file (:func:`reader_lock`): a reader is refused with
"store is in use" while an ingest runs, and an ingest started while readers hold the store is refused the same
way. A reader in the process that has the store open for writing reads through the writer's own instance.
"""

from __future__ import annotations

import errno
import itertools
import logging
import os
import struct
import weakref
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path
from typing import BinaryIO

import pyoxigraph as ox
from rdflib import Graph
from rdflib.term import Node

from ..errors import InputError, QueryError, StoreError, StoreInUseError
from ..vocab import PREFIXES
from .bind import with_values
from .terms import RDF_FORMATS, Converter, from_ox, ox_triples

try:
    import fcntl
except ImportError:  # Windows: RocksDB's own lock still stops a second writer; readers are not guarded
    fcntl = None  # type: ignore[assignment]

__all__ = ["OxigraphStore", "RESULT_FORMATS", "RDF_FORMATS", "reader_lock"]

#: the stores this process has open for writing, by real path: readers in this process share their instance
_WRITERS: weakref.WeakValueDictionary[str, OxigraphStore] = weakref.WeakValueDictionary()

log = logging.getLogger(__name__)

RESULT_FORMATS = {
    "json": ox.QueryResultsFormat.JSON,
    "xml": ox.QueryResultsFormat.XML,
    "csv": ox.QueryResultsFormat.CSV,
    "tsv": ox.QueryResultsFormat.TSV,
}
_SUBJECTS = "SELECT DISTINCT ?s WHERE { GRAPH ?g { ?s ?p ?o } }"
_BLANK_SUBJECTS = ("CONSTRUCT { ?s ?p ?o } WHERE { SELECT DISTINCT ?s ?p ?o WHERE { GRAPH ?g { ?s ?p ?o } "
                   "FILTER(isBlank(?s)) } ORDER BY ?s ?p ?o }")
_SUBJECT_CHUNK = ("CONSTRUCT { ?s ?p ?o } WHERE { SELECT DISTINCT ?s ?p ?o WHERE { VALUES ?s { %s } "
                  "GRAPH ?g { ?s ?p ?o } } }")
_CHUNK = 1000  # subjects per export query
# flush the write buffers after this much transactional input (about 125 article graphs): each of the
# store's ~10 indexes buffers writes in memory, so RSS stays flat (writing 4k article graphs: +67 MB
# instead of +484 MB at 8 MiB), and the writes are faster too (11 s instead of 16 s). 10k articles with
# --jobs 2: writer peak RSS 414 MiB at 8 MiB, 394 at 4 MiB, 389 at 2 MiB; writer speed the same within noise
_FLUSH_BYTES = 4 * 2**20


def _term_key(term: ox.NamedNode | ox.BlankNode) -> tuple[bool, str]:
    return (isinstance(term, ox.NamedNode), term.value)  # blank nodes first, like SPARQL ORDER BY


def _is_lock_error(error: OSError) -> bool:
    text = str(error).lower()
    return "lock" in text or "resource temporarily unavailable" in text


def reader_lock(path: Path, location: str) -> int | None:
    """Take a shared lock on the store's ``LOCK`` file for as long as a read-only store is open.

    RocksDB's writer holds an exclusive POSIX lock on that file, so this fails while an ingest writes, and holding
    it makes a later writer fail. Linux open-file-description locks also conflict with a writer of this same
    process and are released only by closing this descriptor; elsewhere classic ``lockf`` is used.

    Returns:
        The descriptor to close when done, or None where locking is unavailable (no ``LOCK`` file, Windows).
    """
    if fcntl is None:
        return None
    try:
        fd = os.open(path / "LOCK", os.O_RDONLY)
    except FileNotFoundError:
        return None
    try:
        if hasattr(fcntl, "F_OFD_SETLK"):
            fcntl.fcntl(fd, fcntl.F_OFD_SETLK, struct.pack("hhqqi4x", fcntl.F_RDLCK, os.SEEK_SET, 0, 0, 0))
        else:
            fcntl.lockf(fd, fcntl.LOCK_SH | fcntl.LOCK_NB)
    except OSError as e:
        os.close(fd)
        if e.errno in (errno.EAGAIN, errno.EACCES):
            raise StoreInUseError(f"{location}: store is in use: an ingest is writing it; "
                                  "try again when it has finished") from e
        raise StoreError(f"{location}: cannot lock the store for reading: {e}") from e
    return fd


class OxigraphStore:
    """Oxigraph on disk. Each ``replace_graph`` is one transaction: an article is wholly present or absent."""

    transactional = True

    def __init__(self, location: str, *, read_only: bool = False) -> None:
        self.location = location
        self.read_only = read_only
        self._unflushed = 0
        self._lock: int | None = None
        path = Path(location)
        if path.exists() and not path.is_dir():
            raise StoreError(f"{location}: not a folder; --store takes a folder or an http(s):// URL")
        try:
            if read_only:
                if not path.is_dir():
                    raise StoreError(f"{location}: no store here yet; run 'dkg ingest' first")
                self._store = self._open_read_only(path)
            else:
                path.parent.mkdir(parents=True, exist_ok=True)
                self._store = ox.Store(str(path))
                _WRITERS[os.path.realpath(path)] = self
        except OSError as e:
            self._unlock()
            if _is_lock_error(e):
                raise StoreInUseError(
                    f"{location}: store is in use by another dkg process; wait for it to finish "
                    "or use another --store"
                ) from e
            raise StoreError(f"{location}: cannot open store: {e}") from e

    def _open_read_only(self, path: Path) -> ox.Store:
        writer = _WRITERS.get(os.path.realpath(path))
        if writer is not None and hasattr(writer, "_store"):
            return writer._store  # this process writes the store: read through the same instance, never beside it
        self._lock = reader_lock(path, self.location)
        return ox.Store.read_only(str(path))

    # -- writing -------------------------------------------------------------------------------------------
    def replace_graph(self, graph_iri: str, g: Graph | Iterable[ox.Triple]) -> None:
        self.replace_graphs([(graph_iri, g)])

    def replace_graphs(self, graphs: Iterable[tuple[str, Graph | Iterable[ox.Triple]]]) -> None:
        """Replace several named graphs; their new triples are written in one transaction (all or none).

        A graph being replaced is dropped first, in a transaction of its own: an interruption leaves each
        graph either whole (old or new) or absent, never partly written.
        """
        quads: list[ox.Quad] = []
        for graph_iri, g in graphs:
            name = ox.NamedNode(graph_iri)
            quads.extend(ox.Quad(t.subject, t.predicate, t.object, name) for t in ox_triples(g))
            self._write(lambda: self._store.remove_graph(name) if self._store.contains_named_graph(name) else None)
        self._write(lambda: self._store.extend(quads))
        self._written(200 * len(quads))

    def remove_graph(self, graph_iri: str) -> None:
        name = ox.NamedNode(graph_iri)
        self._write(lambda: self._store.remove_graph(name) if self._store.contains_named_graph(name) else None)

    def load_nquads(self, source: bytes | str | os.PathLike[str], *, bulk: bool = False) -> None:
        """Add N-Quads (whole article graphs, e.g. a shard exported by ``dkg export --format nquads``).

        Args:
            source: the N-Quads as bytes, or the path of an N-Quads file.
            bulk: use Oxigraph's bulk loader, meant for a fresh store: several times faster, a smaller store
                and flat memory, but not atomic (an interruption can leave part of the input written, so load
                into a new folder and discard it if the load fails). Without it the input is one transaction:
                every graph in it is wholly present or wholly absent (and the input is held in memory).
        """
        is_path = not isinstance(source, bytes)
        kwargs = {"path": os.fspath(source)} if is_path else {"input": source}
        loader = self._store.bulk_load if bulk else self._store.load

        def load() -> None:
            try:
                loader(format=ox.RdfFormat.N_QUADS, **kwargs)
            except SyntaxError as e:
                raise InputError(f"{source if is_path else 'N-Quads input'}: invalid N-Quads: {e}") from e

        self._write(load)
        if bulk:
            self.optimize()
        else:
            self._written(os.path.getsize(source) if is_path else len(source))

    def optimize(self) -> None:
        """Compact the on-disk files after a large write: queries run several times faster, the store shrinks
        (10k articles: 755 MB -> 391 MB in 5 s)."""
        self._write(self._store.optimize)

    def _written(self, size: int) -> None:
        """Flush now and then: RocksDB keeps transactional writes in memory, which would grow with the corpus."""
        self._unflushed += size
        if self._unflushed > _FLUSH_BYTES:
            self._unflushed = 0
            self._write(self._store.flush)

    def update(self, sparql: str) -> None:
        self._write(lambda: self._store.update(sparql, prefixes=PREFIXES))

    def _write(self, action) -> None:  # noqa: ANN001 - a thunk
        if self.read_only:
            raise StoreError(f"{self.location}: store opened read-only")
        try:
            action()
        except OSError as e:
            raise StoreError(f"{self.location}: write failed: {e}") from e
        except SyntaxError as e:
            raise QueryError(f"invalid SPARQL update: {e}") from e

    # -- reading -------------------------------------------------------------------------------------------
    def _run(self, sparql: str, bindings: Mapping[str, Node] | None):  # noqa: ANN202
        try:
            return self._store.query(with_values(sparql, bindings), prefixes=PREFIXES,
                                     use_default_graph_as_union=True)
        except SyntaxError as e:
            raise QueryError(f"invalid SPARQL: {e}") from e
        except OSError as e:
            raise StoreError(f"{self.location}: query failed: {e}") from e

    def select_vars(self, sparql: str, bindings: Mapping[str, Node] | None = None) -> tuple[list[str], Iterator[dict[str, Node]]]:
        results = self._run(sparql, bindings)
        if not isinstance(results, ox.QuerySolutions):
            raise QueryError("expected a SELECT query")
        names = [v.value for v in results.variables]

        def rows() -> Iterator[dict[str, Node]]:
            convert = Converter()
            for solution in results:
                yield {n: convert(v) for n, v in zip(names, solution) if v is not None}

        return names, rows()

    def select(self, sparql: str, bindings: Mapping[str, Node] | None = None) -> Iterator[dict[str, Node]]:
        return self.select_vars(sparql, bindings)[1]

    def select_text(self, sparql: str, bindings: Mapping[str, Node] | None = None) -> Iterator[dict[str, str]]:
        results = self._run(sparql, bindings)
        if not isinstance(results, ox.QuerySolutions):
            raise QueryError("expected a SELECT query")
        names = [v.value for v in results.variables]
        return ({n: v.value for n, v in zip(names, solution) if v is not None} for solution in results)

    def ask(self, sparql: str, bindings: Mapping[str, Node] | None = None) -> bool:
        results = self._run(sparql, bindings)
        if not isinstance(results, ox.QueryBoolean):
            raise QueryError("expected an ASK query")
        return bool(results)

    def construct(self, sparql: str, bindings: Mapping[str, Node] | None = None) -> Graph:
        results = self._run(sparql, bindings)
        if not isinstance(results, ox.QueryTriples):
            raise QueryError("expected a CONSTRUCT or DESCRIBE query")
        g = Graph()
        for t in results:
            g.add((from_ox(t.subject), from_ox(t.predicate), from_ox(t.object)))
        return g

    def query_to(self, sparql: str, out: BinaryIO, result_format: str,
                 bindings: Mapping[str, Node] | None = None) -> None:
        results = self._run(sparql, bindings)
        if isinstance(results, ox.QueryTriples):
            fmt = RDF_FORMATS.get(result_format, ox.RdfFormat.TURTLE)
            ox.serialize(results, out, format=fmt, prefixes=PREFIXES if fmt is ox.RdfFormat.TURTLE else None)
            return
        if result_format not in RESULT_FORMATS:
            raise QueryError(f"unknown result format {result_format!r}; use one of {', '.join(RESULT_FORMATS)}")
        results.serialize(out, format=RESULT_FORMATS[result_format])

    def dump(self, out: BinaryIO, rdf_format: str) -> None:
        """Stream the dataset to ``out`` without holding it in memory; the same data gives the same bytes.

        Dataset formats (N-Quads, TriG, JSON-LD) write the named graphs in IRI order, each graph's quads in
        index order. Triple formats (Turtle, N-Triples, RDF/XML) write the union of the named graphs without
        duplicates: subjects in IRI order, each subject's triples in index order (deterministic for one
        Oxigraph version; not alphabetical, which would need a sort of every triple).
        """
        if rdf_format not in RDF_FORMATS:
            raise StoreError(f"unknown export format {rdf_format!r}; use one of {', '.join(RDF_FORMATS)}")
        fmt = RDF_FORMATS[rdf_format]
        try:
            if fmt.supports_datasets:
                ox.serialize(self._quads_by_graph(), out, format=fmt,
                             prefixes=PREFIXES if fmt is ox.RdfFormat.TRIG else None)
                return
            prefixes = PREFIXES if fmt in (ox.RdfFormat.TURTLE, ox.RdfFormat.RDF_XML) else None
            ox.serialize(self._union_by_subject(), out, format=fmt, prefixes=prefixes)
        except OSError as e:
            raise StoreError(f"{self.location}: export failed: {e}") from e

    def _quads_by_graph(self) -> Iterator[ox.Quad]:
        graphs = sorted(self._store.named_graphs(), key=_term_key)
        return itertools.chain.from_iterable(self._store.quads_for_pattern(None, None, None, g) for g in graphs)

    def _union_by_subject(self) -> Iterator[ox.Triple]:
        subjects = sorted((row[0] for row in self._store.query(_SUBJECTS)), key=_term_key)
        iris = [s for s in subjects if isinstance(s, ox.NamedNode)]

        def chunks() -> Iterator[Iterable[ox.Triple]]:
            if len(iris) < len(subjects):
                yield self._store.query(_BLANK_SUBJECTS)
            for start in range(0, len(iris), _CHUNK):
                values = " ".join(str(s) for s in iris[start:start + _CHUNK])
                yield self._store.query(_SUBJECT_CHUNK % values)

        return itertools.chain.from_iterable(chunks())

    def close(self) -> None:
        if not self.read_only:
            try:
                self._store.flush()
            except OSError:
                log.warning("flush of %s failed", self.location)
        del self._store
        self._unlock()

    def _unlock(self) -> None:
        if self._lock is not None:
            os.close(self._lock)
            self._lock = None

    def __enter__(self) -> OxigraphStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
