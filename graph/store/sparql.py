"""A remote store: any SPARQL 1.1 server over HTTP (Query, Update and the Graph Store Protocol), stdlib only.

``SparqlStore(url)`` derives the three service URLs from the server's convention (see ``endpoints``);
``$DKG_QUERY_URL``, ``$DKG_UPDATE_URL`` and ``$DKG_GSP_URL`` override them. ``replace_graph`` is one HTTP PUT
of the named graph as N-Triples, atomic on servers that apply a request in one transaction (Oxigraph,
Fuseki, GraphDB). Bindings become a VALUES block of escaped terms (``graph.store.bind``), never pasted text.
Credentials: ``http://user:password@host/...`` sends Basic authentication, ``$DKG_SPARQL_TOKEN`` a Bearer token.
Ad-hoc queries without ``GRAPH`` need the server to treat the default graph as the union of the named graphs
(Oxigraph: ``--union-default-graph``; see docs/remote-stores.md); the library queries name their graphs.
"""

from __future__ import annotations

import base64
import json
import logging
import os
import re
import shutil
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from typing import BinaryIO

import pyoxigraph as ox
from rdflib import BNode, Graph, Literal, URIRef
from rdflib.term import Node

from ..errors import QueryError, StoreError
from ..vocab import PREFIXES
from .bind import with_values
from .terms import RDF_FORMATS, ox_triples, to_ox

__all__ = ["SparqlStore", "Endpoints", "endpoints"]

log = logging.getLogger(__name__)

_ACCEPT = {
    "json": "application/sparql-results+json",
    "xml": "application/sparql-results+xml",
    "csv": "text/csv",
    "tsv": "text/tab-separated-values",
    "turtle": "text/turtle",
    "ntriples": "application/n-triples",
}
_GRAPH_ACCEPT = "text/turtle, application/n-triples;q=0.9, application/rdf+xml;q=0.5"
_GRAPH_PARSERS = {"text/turtle": "turtle", "application/n-triples": "nt", "text/plain": "nt",
                  "application/rdf+xml": "xml", "application/ld+json": "json-ld"}
_GRAPH_NAMES = "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } } ORDER BY ?g"
_GRAPH_QUADS = "SELECT ?g ?s ?p ?o WHERE { VALUES ?g { %s } GRAPH ?g { ?s ?p ?o } } ORDER BY ?g ?s ?p ?o"
_IRI_SUBJECTS = "SELECT DISTINCT ?s WHERE { GRAPH ?g { ?s ?p ?o } FILTER(isIRI(?s)) } ORDER BY ?s"
_SUBJECT_TRIPLES = "SELECT DISTINCT ?s ?p ?o WHERE { VALUES ?s { %s } GRAPH ?g { ?s ?p ?o } } ORDER BY ?s ?p ?o"
_BLANK_TRIPLES = "SELECT DISTINCT ?s ?p ?o WHERE { GRAPH ?g { ?s ?p ?o } FILTER(isBlank(?s)) } ORDER BY ?s ?p ?o"
_DUMP_CHUNK = 200  # graphs or subjects per export request: memory stays bounded by one chunk's rows


@dataclass(frozen=True)
class Endpoints:
    """The service URLs of one server."""

    query: str
    update: str
    gsp: str


def endpoints(location: str) -> Endpoints:
    """Derive the query, update and Graph Store URLs from a server URL (environment variables win).

    >>> endpoints("http://localhost:7878").query
    'http://localhost:7878/query'
    >>> endpoints("http://localhost:3030/ds").update
    'http://localhost:3030/ds/update'
    >>> endpoints("http://localhost:7200/repositories/news").gsp
    'http://localhost:7200/repositories/news/rdf-graphs/service'
    """
    url = location.rstrip("/")
    path = urllib.parse.urlsplit(url).path
    if path in ("", "/query") or path.endswith("/query"):  # Oxigraph (and dkg serve)
        base = url[: -len("/query")] if path.endswith("/query") else url
        found = Endpoints(base + "/query", base + "/update", base + "/store")
    elif re.search(r"/repositories/[^/]+$", path):  # GraphDB, RDF4J
        found = Endpoints(url, url + "/statements", url + "/rdf-graphs/service")
    elif path == "/sparql":  # Virtuoso, QLever: one URL for query and update
        base = url[: -len("/sparql")]
        found = Endpoints(url, url, base + "/sparql-graph-crud")
    else:  # Fuseki: /DATASET or /DATASET/sparql
        base = url[: -len("/sparql")] if path.endswith("/sparql") else url
        found = Endpoints(base + "/sparql", base + "/update", base + "/data")
    return Endpoints(
        os.environ.get("DKG_QUERY_URL") or found.query,
        os.environ.get("DKG_UPDATE_URL") or found.update,
        os.environ.get("DKG_GSP_URL") or found.gsp,
    )


def _authorization(parts: urllib.parse.SplitResult) -> str | None:
    """``Authorization`` header value: user:password in the URL (Basic), else ``$DKG_SPARQL_TOKEN`` (Bearer)."""
    if parts.username is not None:
        user = urllib.parse.unquote(parts.username)
        password = urllib.parse.unquote(parts.password or "")
        return "Basic " + base64.b64encode(f"{user}:{password}".encode("utf-8")).decode("ascii")
    token = os.environ.get("DKG_SPARQL_TOKEN")
    return f"Bearer {token}" if token else None


def _with_prefixes(sparql: str) -> str:
    """Declare the dkg prefixes (schema:, dkg:, prov: ...) that the query uses without declaring them."""
    missing = [p for p in PREFIXES if f"{p}:" in sparql and not re.search(rf"(?i)PREFIX\s+{p}\s*:", sparql)]
    head = "".join(f"PREFIX {p}: <{PREFIXES[p]}>\n" for p in missing)
    return head + sparql


def _term(value: dict[str, str]) -> Node:
    kind = value["type"]
    if kind == "uri":
        return URIRef(value["value"])
    if kind == "bnode":
        return BNode(value["value"])
    if "xml:lang" in value:
        return Literal(value["value"], lang=value["xml:lang"])
    if "datatype" in value:
        return Literal(value["value"], datatype=URIRef(value["datatype"]), normalize=False)
    return Literal(value["value"])


class SparqlStore:
    """The Store protocol over SPARQL 1.1 HTTP services."""

    transactional = True

    def __init__(self, location: str, *, read_only: bool = False, timeout: float = 60.0) -> None:
        parts = urllib.parse.urlsplit(location)
        self._auth = _authorization(parts)
        if parts.username or parts.password:  # keep credentials out of URLs and messages
            location = urllib.parse.urlunsplit(parts._replace(netloc=parts.netloc.rpartition("@")[2]))
        self.location = location
        self.read_only = read_only
        self.timeout = timeout
        self.urls = endpoints(location)

    # -- HTTP ----------------------------------------------------------------------------------------------
    def _open(self, request: urllib.request.Request):  # noqa: ANN202 - an HTTP response
        if self._auth:
            request.add_header("Authorization", self._auth)
        try:
            return urllib.request.urlopen(request, timeout=self.timeout)
        except urllib.error.HTTPError as e:
            body = e.read().decode("utf-8", "replace").strip()
            detail = body.splitlines()[0][:300] if body else e.reason
            if e.code in (400, 422):
                raise QueryError(f"{request.full_url}: rejected: {detail}") from e
            if e.code == 404 and request.get_method() == "DELETE":
                raise
            raise StoreError(f"{request.full_url}: HTTP {e.code}: {detail}") from e
        except (urllib.error.URLError, OSError) as e:
            reason = getattr(e, "reason", e)
            raise StoreError(f"{self.location}: cannot reach the SPARQL server: {reason}") from e

    def _query(self, sparql: str, bindings: Mapping[str, Node] | None, accept: str):  # noqa: ANN202
        text = _with_prefixes(with_values(sparql, bindings))
        data = urllib.parse.urlencode({"query": text}).encode("utf-8")
        request = urllib.request.Request(self.urls.query, data=data, method="POST", headers={
            "Content-Type": "application/x-www-form-urlencoded; charset=utf-8", "Accept": accept})
        return self._open(request)

    def _write(self, request: urllib.request.Request) -> None:
        if self.read_only:
            raise StoreError(f"{self.location}: store opened read-only")
        with self._open(request):
            pass

    # -- writing -------------------------------------------------------------------------------------------
    def replace_graph(self, graph_iri: str, g: Graph | Iterable[ox.Triple]) -> None:
        self.replace_graphs([(graph_iri, g)])

    def replace_graphs(self, graphs: Iterable[tuple[str, Graph | Iterable[ox.Triple]]]) -> None:
        """One HTTP PUT per graph: each graph is replaced all or nothing."""
        for graph_iri, g in graphs:
            self._put(graph_iri, ox.serialize(ox_triples(g), format=ox.RdfFormat.N_TRIPLES))

    def _put(self, graph_iri: str, body: bytes) -> None:
        url = self.urls.gsp + "?" + urllib.parse.urlencode({"graph": graph_iri})
        self._write(urllib.request.Request(url, data=body, method="PUT",
                                           headers={"Content-Type": "application/n-triples"}))

    def remove_graph(self, graph_iri: str) -> None:
        url = self.urls.gsp + "?" + urllib.parse.urlencode({"graph": graph_iri})
        try:
            self._write(urllib.request.Request(url, method="DELETE"))
        except urllib.error.HTTPError as e:
            if e.code != 404:
                raise

    def update(self, sparql: str) -> None:
        data = urllib.parse.urlencode({"update": _with_prefixes(sparql)}).encode("utf-8")
        self._write(urllib.request.Request(self.urls.update, data=data, method="POST", headers={
            "Content-Type": "application/x-www-form-urlencoded; charset=utf-8"}))

    # -- reading -------------------------------------------------------------------------------------------
    def _json(self, sparql: str, bindings: Mapping[str, Node] | None) -> dict:
        with self._query(sparql, bindings, _ACCEPT["json"]) as response:
            try:
                return json.load(response)
            except ValueError as e:
                raise StoreError(f"{self.urls.query}: not a SPARQL JSON result: {e}") from e

    def select_vars(self, sparql: str, bindings: Mapping[str, Node] | None = None,
                    ) -> tuple[list[str], Iterator[dict[str, Node]]]:
        result = self._json(sparql, bindings)
        if "results" not in result:
            raise QueryError("expected a SELECT query")
        names = list(result.get("head", {}).get("vars", []))

        def rows() -> Iterator[dict[str, Node]]:
            for binding in result["results"]["bindings"]:
                yield {name: _term(value) for name, value in binding.items()}

        return names, rows()

    def select(self, sparql: str, bindings: Mapping[str, Node] | None = None) -> Iterator[dict[str, Node]]:
        return self.select_vars(sparql, bindings)[1]

    def select_text(self, sparql: str, bindings: Mapping[str, Node] | None = None) -> Iterator[dict[str, str]]:
        return ({name: str(value) for name, value in row.items()} for row in self.select(sparql, bindings))

    def ask(self, sparql: str, bindings: Mapping[str, Node] | None = None) -> bool:
        result = self._json(sparql, bindings)
        if "boolean" not in result:
            raise QueryError("expected an ASK query")
        return bool(result["boolean"])

    def construct(self, sparql: str, bindings: Mapping[str, Node] | None = None) -> Graph:
        with self._query(sparql, bindings, _GRAPH_ACCEPT) as response:
            media = response.headers.get_content_type()
            rdf_format = _GRAPH_PARSERS.get(media)
            if rdf_format is None:
                raise QueryError(f"expected a CONSTRUCT or DESCRIBE query (the server sent {media})")
            return Graph().parse(data=response.read().decode("utf-8"), format=rdf_format)

    def query_to(self, sparql: str, out: BinaryIO, result_format: str,
                 bindings: Mapping[str, Node] | None = None) -> None:
        if result_format not in _ACCEPT:
            raise QueryError(f"unknown result format {result_format!r}; use one of {', '.join(_ACCEPT)}")
        accept = _ACCEPT[result_format]
        if result_format not in ("turtle", "ntriples"):
            accept += ", text/turtle;q=0.5"  # for CONSTRUCT and DESCRIBE
        with self._query(sparql, bindings, accept) as response:
            shutil.copyfileobj(response, out, 64 * 1024)

    def dump(self, out: BinaryIO, rdf_format: str) -> None:
        """Stream the dataset to ``out``, a chunk of graphs or subjects per request; the same data gives the same bytes.

        Dataset formats (N-Quads, TriG, JSON-LD) write the named graphs in IRI order, each sorted by subject,
        predicate and object; triple formats (Turtle, N-Triples, RDF/XML) write the union of the named graphs
        without duplicates, sorted the same way (blank-node subjects first). Blank-node labels are the server's.
        """
        if rdf_format not in RDF_FORMATS:
            raise StoreError(f"unknown export format {rdf_format!r}; use one of {', '.join(RDF_FORMATS)}")
        fmt = RDF_FORMATS[rdf_format]
        if fmt.supports_datasets:
            graphs = [row["g"] for row in self.select(_GRAPH_NAMES) if isinstance(row["g"], URIRef)]
            items = (ox.Quad(*(to_ox(row[k]) for k in ("s", "p", "o", "g")))
                     for rows in self._chunks(_GRAPH_QUADS, graphs) for row in rows)
        else:
            subjects = [row["s"] for row in self.select(_IRI_SUBJECTS)]
            blank = self.select(_BLANK_TRIPLES)
            items = (ox.Triple(*(to_ox(row[k]) for k in ("s", "p", "o")))
                     for rows in [blank, *self._chunks(_SUBJECT_TRIPLES, subjects)] for row in rows)
        prefixes = PREFIXES if fmt in (ox.RdfFormat.TURTLE, ox.RdfFormat.TRIG, ox.RdfFormat.RDF_XML) else None
        try:
            ox.serialize(items, out, format=fmt, prefixes=prefixes)
        except OSError as e:
            raise StoreError(f"{self.location}: export failed: {e}") from e
        except ValueError as e:  # an IRI the server sent that is no IRI
            raise StoreError(f"{self.location}: export failed: the server sent an invalid term: {e}") from e

    def _chunks(self, sparql: str, iris: list[URIRef]) -> Iterator[Iterator[dict[str, Node]]]:
        """The rows of ``sparql`` for each chunk of ``iris`` (IRIs read from the store, checked and written as N-Triples
        terms by pyoxigraph, so no text can leave its ``<...>``)."""
        for start in range(0, len(iris), _DUMP_CHUNK):
            yield self.select(sparql % " ".join(str(to_ox(iri)) for iri in iris[start:start + _DUMP_CHUNK]))

    def close(self) -> None:
        """Nothing to release: every request has its own connection."""

    def __enter__(self) -> SparqlStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
