"""Conversion between rdflib terms and pyoxigraph terms (the store's own terms, which article graphs are built in)."""

from __future__ import annotations

from collections.abc import Iterable

import pyoxigraph as ox
from rdflib import BNode, Graph, Literal, URIRef
from rdflib.term import Node

__all__ = ["to_ox", "from_ox", "ox_triples", "Converter", "RDF_FORMATS"]

RDF_FORMATS = {  # export format names -> pyoxigraph formats (both store backends)
    "turtle": ox.RdfFormat.TURTLE,
    "ntriples": ox.RdfFormat.N_TRIPLES,
    "nquads": ox.RdfFormat.N_QUADS,
    "trig": ox.RdfFormat.TRIG,
    "jsonld": ox.RdfFormat.JSON_LD,
    "rdfxml": ox.RdfFormat.RDF_XML,
}



def to_ox(term: Node) -> ox.NamedNode | ox.BlankNode | ox.Literal:
    """An rdflib term as a pyoxigraph term."""
    if isinstance(term, URIRef):
        return ox.NamedNode(str(term))
    if isinstance(term, Literal):
        if term.language:
            return ox.Literal(str(term), language=term.language)
        if term.datatype:
            return ox.Literal(str(term), datatype=ox.NamedNode(str(term.datatype)))
        return ox.Literal(str(term))
    if isinstance(term, BNode):
        return ox.BlankNode(str(term))
    raise TypeError(f"cannot store RDF term of type {type(term).__name__}")


def from_ox(term: object) -> Node:
    """A pyoxigraph term as an rdflib term."""
    if isinstance(term, ox.NamedNode):
        return URIRef(term.value)
    if isinstance(term, ox.Literal):
        if term.language:
            return Literal(term.value, lang=term.language)
        datatype = term.datatype.value
        if datatype == "http://www.w3.org/2001/XMLSchema#string":
            return Literal(term.value)
        # keep the lexical form as stored (no Python value round trip)
        return Literal(term.value, datatype=URIRef(datatype), normalize=False)
    if isinstance(term, ox.BlankNode):
        return BNode(term.value)
    raise TypeError(f"unexpected term {term!r}")


class Converter:
    """``from_ox`` remembering its answers: rows of a query repeat terms (events, articles, dates), and an
    rdflib literal costs more to build than to look up. Forgets everything past ``limit`` terms."""

    def __init__(self, limit: int = 100_000) -> None:
        self.limit = limit
        self._seen: dict[object, Node] = {}

    def __call__(self, term: object) -> Node:
        node = self._seen.get(term)
        if node is None:
            if len(self._seen) >= self.limit:
                self._seen.clear()
            node = self._seen[term] = from_ox(term)
        return node


def ox_triples(g: Graph | Iterable[ox.Triple]) -> list[ox.Triple]:
    """The triples of an rdflib Graph, or of an article graph already in store terms (``graph.rdf``)."""
    if isinstance(g, Graph):
        return [ox.Triple(to_ox(s), to_ox(p), to_ox(o)) for s, p, o in g]
    return list(g)
