"""Stores: where the graph lives. One small interface, two backends.

``open_store(location)`` picks the backend from the location: an ``http(s)://`` URL is a SPARQL 1.1 endpoint
(``graph.store.sparql``), anything else a folder holding the embedded Oxigraph store (``graph.store.oxigraph``).
Backends are registered by name in ``BACKENDS`` exactly as a third-party one would be.
"""

from __future__ import annotations

import importlib
import os
from collections.abc import Iterable, Iterator, Mapping
from typing import BinaryIO, Protocol

import pyoxigraph as ox
from rdflib import Graph
from rdflib.term import Node

__all__ = ["Store", "open_store", "resolve_location", "BACKENDS", "DEFAULT_LOCATION"]

DEFAULT_LOCATION = "dkg-store"

#: backend name -> "module:Class"; ``open_store`` chooses "sparql" for http(s) URLs, else "oxigraph".
BACKENDS: dict[str, str] = {
    "oxigraph": "graph.store.oxigraph:OxigraphStore",
    "sparql": "graph.store.sparql:SparqlStore",
}

Row = dict[str, Node]


class Store(Protocol):
    """What the pipeline and the reading side need from a store.

    Values from users or articles never enter a query as text: ``bindings`` maps variable names (without ``?``)
    to RDF terms, which the backend substitutes as terms.
    """

    location: str
    #: capability flags
    transactional: bool
    read_only: bool

    def replace_graph(self, graph_iri: str, g: Graph | Iterable[ox.Triple]) -> None:
        """Replace the named graph ``graph_iri`` by the triples of ``g``, all or nothing."""

    def replace_graphs(self, graphs: Iterable[tuple[str, Graph | Iterable[ox.Triple]]]) -> None:
        """Replace several named graphs (a batch of articles), each all or nothing."""

    def remove_graph(self, graph_iri: str) -> None:
        """Drop a named graph (no error when absent)."""

    def select(self, sparql: str, bindings: Mapping[str, Node] | None = None) -> Iterator[Row]:
        """Run a SELECT query; yield one dict per solution (unbound variables are absent)."""

    def select_vars(self, sparql: str, bindings: Mapping[str, Node] | None = None) -> tuple[list[str], Iterator[Row]]:
        """Like ``select`` but also return the projected variable names, in order."""

    def select_text(self, sparql: str, bindings: Mapping[str, Node] | None = None) -> Iterator[dict[str, str]]:
        """Like ``select``, each value as a string (an IRI, or a literal's lexical form): cheap, for lookups."""

    def ask(self, sparql: str, bindings: Mapping[str, Node] | None = None) -> bool:
        """Run an ASK query."""

    def construct(self, sparql: str, bindings: Mapping[str, Node] | None = None) -> Graph:
        """Run a CONSTRUCT or DESCRIBE query into an rdflib Graph."""

    def query_to(self, sparql: str, out: BinaryIO, result_format: str,
                 bindings: Mapping[str, Node] | None = None) -> None:
        """Run any query and stream its serialised results to ``out``.

        ``result_format``: json, xml, csv, tsv (SELECT/ASK) or turtle, ntriples (CONSTRUCT/DESCRIBE).
        """

    def dump(self, out: BinaryIO, rdf_format: str) -> None:
        """Write the whole dataset to ``out``: nquads, trig (with graphs), turtle, ntriples (union, sorted), jsonld."""

    def update(self, sparql: str) -> None:
        """Run a SPARQL update (used by curation and maintenance, never with article text pasted in)."""

    def close(self) -> None:
        """Release the store (locks, connections)."""


def resolve_location(location: str | os.PathLike[str] | None) -> str:
    """The store location: the argument, else ``$DKG_STORE``, else ``./dkg-store``."""
    if location:
        return str(location)
    return os.environ.get("DKG_STORE") or DEFAULT_LOCATION


def open_store(location: str | os.PathLike[str] | None = None, *, read_only: bool = False) -> Store:
    """Open the store at ``location`` (see ``resolve_location``).

    Args:
        location: folder of the embedded store, or the base URL of a SPARQL 1.1 endpoint.
        read_only: open without taking the write lock (queries while an ingest runs).

    Returns:
        An open store; call ``close()`` when done (stores are also context managers).
    """
    where = resolve_location(location)
    name = "sparql" if where.startswith(("http://", "https://")) else "oxigraph"
    module_name, _, class_name = BACKENDS[name].partition(":")
    backend = getattr(importlib.import_module(module_name), class_name)
    return backend(where, read_only=read_only)
