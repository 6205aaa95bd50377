"""The embedded default store: Oxigraph on disk (RocksDB), one writer at a time."""

from __future__ import annotations

import logging
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import BinaryIO

import pyoxigraph as ox
from rdflib import Graph
from rdflib.term import Node

from ..errors import QueryError, StoreError, StoreInUseError
from ..vocab import PREFIXES
from .bind import with_values
from .terms import from_ox, to_ox

__all__ = ["OxigraphStore", "RESULT_FORMATS", "RDF_FORMATS"]

log = logging.getLogger(__name__)

RESULT_FORMATS = {
    "json": ox.QueryResultsFormat.JSON,
    "xml": ox.QueryResultsFormat.XML,
    "csv": ox.QueryResultsFormat.CSV,
    "tsv": ox.QueryResultsFormat.TSV,
}
RDF_FORMATS = {
    "turtle": ox.RdfFormat.TURTLE,
    "ntriples": ox.RdfFormat.N_TRIPLES,
    "nquads": ox.RdfFormat.N_QUADS,
    "trig": ox.RdfFormat.TRIG,
    "jsonld": ox.RdfFormat.JSON_LD,
    "rdfxml": ox.RdfFormat.RDF_XML,
}
_TRIPLES_SORTED = "SELECT DISTINCT ?s ?p ?o WHERE { GRAPH ?g { ?s ?p ?o } } ORDER BY ?s ?p ?o"
_QUADS_SORTED = "SELECT ?g ?s ?p ?o WHERE { GRAPH ?g { ?s ?p ?o } } ORDER BY ?g ?s ?p ?o"


def _is_lock_error(error: OSError) -> bool:
    text = str(error).lower()
    return "lock" in text or "resource temporarily unavailable" in text


class OxigraphStore:
    """Oxigraph on disk. Each ``replace_graph`` is one transaction: an article is wholly present or absent."""

    transactional = True

    def __init__(self, location: str, *, read_only: bool = False) -> None:
        self.location = location
        self.read_only = read_only
        path = Path(location)
        if path.exists() and not path.is_dir():
            raise StoreError(f"{location}: not a folder; --store takes a folder or an http(s):// URL")
        try:
            if read_only:
                if not path.is_dir():
                    raise StoreError(f"{location}: no store here yet; run 'dkg ingest' first")
                self._store = ox.Store.read_only(str(path))
            else:
                self._store = ox.Store(str(path))
        except OSError as e:
            if _is_lock_error(e):
                raise StoreInUseError(
                    f"{location}: store is in use by another dkg process; wait for it to finish "
                    "or use another --store"
                ) from e
            raise StoreError(f"{location}: cannot open store: {e}") from e

    # -- writing -------------------------------------------------------------------------------------------
    def replace_graph(self, graph_iri: str, g: Graph) -> None:
        name = ox.NamedNode(graph_iri)
        quads = [ox.Quad(to_ox(s), to_ox(p), to_ox(o), name) for s, p, o in g]
        self._write(lambda: self._store.remove_graph(name) if self._store.contains_named_graph(name) else None)
        # one transaction: all quads of the article or none of them
        self._write(lambda: self._store.extend(quads))

    def remove_graph(self, graph_iri: str) -> None:
        name = ox.NamedNode(graph_iri)
        self._write(lambda: self._store.remove_graph(name) if self._store.contains_named_graph(name) else None)

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
            for solution in results:
                yield {n: from_ox(solution[n]) for n in names if solution[n] is not None}

        return names, rows()

    def select(self, sparql: str, bindings: Mapping[str, Node] | None = None) -> Iterator[dict[str, Node]]:
        return self.select_vars(sparql, bindings)[1]

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
        if rdf_format not in RDF_FORMATS:
            raise StoreError(f"unknown export format {rdf_format!r}; use one of {', '.join(RDF_FORMATS)}")
        fmt = RDF_FORMATS[rdf_format]
        if fmt.supports_datasets:
            quads = (ox.Quad(r["s"], r["p"], r["o"], r["g"]) for r in self._store.query(_QUADS_SORTED))
            ox.serialize(quads, out, format=fmt, prefixes=PREFIXES if fmt is ox.RdfFormat.TRIG else None)
            return
        triples = (ox.Triple(r["s"], r["p"], r["o"]) for r in self._store.query(_TRIPLES_SORTED))
        prefixes = PREFIXES if fmt in (ox.RdfFormat.TURTLE, ox.RdfFormat.RDF_XML) else None
        ox.serialize(triples, out, format=fmt, prefixes=prefixes)

    def close(self) -> None:
        if not self.read_only:
            try:
                self._store.flush()
            except OSError:
                log.warning("flush of %s failed", self.location)
        del self._store

    def __enter__(self) -> OxigraphStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
