"""``dkg serve``: a SPARQL 1.1 Protocol endpoint over any Store, plus a small query page at ``/``.

Built on Werkzeug (request parsing, content negotiation, a threaded WSGI server). Routes:

- ``/query`` (alias ``/sparql``): SPARQL 1.1 Query via GET ``?query=``, POST form or POST
  ``application/sparql-query``; results as JSON, XML, CSV or TSV (SELECT, ASK) or Turtle / N-Triples
  (CONSTRUCT, DESCRIBE), chosen by the ``Accept`` header or ``?format=``.
- ``/update``: SPARQL 1.1 Update, refused (403) unless the server runs with ``writable=True``.
- ``/store?graph=IRI``: Graph Store Protocol GET, and PUT / DELETE when writable (what ``SparqlStore`` uses).
- ``/``: an HTML page to type a query or pick one from the library, bind its parameters and see the results.

Every query runs in a worker thread under a deadline (``timeout`` seconds) and stops after ``max_rows`` rows
or triples; a cut result carries the header ``DKG-Truncated: true``. The server binds 127.0.0.1 by default.
"""

from __future__ import annotations

import concurrent.futures
import io
import logging
import time
from collections.abc import Iterable
from dataclasses import dataclass, field
from itertools import islice
from typing import Any

from rdflib import Graph, URIRef
from rdflib.term import Node
from werkzeug.exceptions import HTTPException
from werkzeug.serving import BaseWSGIServer, make_server as werkzeug_server
from werkzeug.wrappers import Request, Response

from .errors import DkgError, QueryError
from .formats import RDF_MEDIA_TYPES, RESULT_MEDIA_TYPES, write_boolean, write_rows
from .query import NamedQuery, library, parse_binds, parse_query, query_form
from .serve_page import render_page
from .store import Store

__all__ = ["SparqlEndpoint", "make_server", "Outcome"]

log = logging.getLogger(__name__)

_RESULT_TYPES = {
    "application/sparql-results+json": "json", "application/json": "json",
    "application/sparql-results+xml": "xml", "application/xml": "xml", "text/xml": "xml",
    "text/csv": "csv", "text/tab-separated-values": "tsv",
}
_GRAPH_TYPES = {"text/turtle": "turtle", "application/n-triples": "ntriples", "text/plain": "ntriples"}
_PARSE_TYPES = {"text/turtle": "turtle", "application/n-triples": "nt", "text/plain": "nt",
                "application/rdf+xml": "xml", "application/ld+json": "json-ld"}


class TimedOut(Exception):
    """The query passed its deadline."""


@dataclass
class Outcome:
    """What a query produced, already cut to the row limit."""

    form: str
    names: list[str] = field(default_factory=list)
    rows: list[dict[str, Node]] = field(default_factory=list)
    boolean: bool | None = None
    graph: Graph | None = None
    truncated: bool = False
    seconds: float = 0.0


def run_limited(store: Store, sparql: str, bindings: dict[str, Node] | None, *, max_rows: int,
                deadline: float) -> Outcome:
    """Run a query, keeping at most ``max_rows`` rows (or triples); raise TimedOut past ``deadline``."""
    started = time.monotonic()
    form = query_form(sparql)
    if form == "UPDATE":
        raise QueryError("this is an update; send it to /update")
    outcome = Outcome(form)
    if form == "ASK":
        outcome.boolean = store.ask(sparql, bindings)
    elif form in ("CONSTRUCT", "DESCRIBE"):
        g = store.construct(sparql, bindings)
        if len(g) > max_rows:
            outcome.truncated = True
            cut = Graph()
            for triple in islice(g, max_rows):
                cut.add(triple)
            g = cut
        outcome.graph = g
    else:
        outcome.names, rows = store.select_vars(sparql, bindings)
        for row in rows:
            if time.monotonic() > deadline:
                raise TimedOut
            if len(outcome.rows) == max_rows:
                outcome.truncated = True
                break
            outcome.rows.append(row)
    outcome.seconds = time.monotonic() - started
    return outcome


def _error(status: int, message: str) -> Response:
    return Response(message.rstrip() + "\n", status=status, mimetype="text/plain")


class SparqlEndpoint:
    """The WSGI application. ``SparqlEndpoint(store)(environ, start_response)``."""

    def __init__(self, store: Store, *, writable: bool = False, timeout: float = 30.0, max_rows: int = 10_000,
                 workers: int = 4) -> None:
        self.store = store
        self.writable = writable
        self.timeout = timeout
        self.max_rows = max_rows
        self._pool = concurrent.futures.ThreadPoolExecutor(max_workers=workers, thread_name_prefix="dkg-query")
        self._routes = {"/": self.page, "/query": self.query, "/sparql": self.query, "/update": self.update,
                        "/store": self.graph_store}

    def __call__(self, environ: dict[str, Any], start_response: Any) -> Iterable[bytes]:
        request = Request(environ)
        handler = self._routes.get(request.path.rstrip("/") or "/")
        try:
            response = handler(request) if handler else _error(404, f"no such page: {request.path}")
        except HTTPException as e:
            response = _error(e.code or 400, e.description or "bad request")
        except QueryError as e:
            response = _error(400, str(e))
        except DkgError as e:
            response = _error(500, str(e))
        return response(environ, start_response)

    def close(self) -> None:
        """Stop the worker threads (running queries finish first)."""
        self._pool.shutdown(wait=False, cancel_futures=True)

    # -- running -------------------------------------------------------------------------------------------
    def run(self, sparql: str, bindings: dict[str, Node] | None = None) -> Outcome:
        """Run a query under the timeout and row limit; raises TimedOut or the store's error."""
        deadline = time.monotonic() + self.timeout
        future = self._pool.submit(run_limited, self.store, sparql, bindings, max_rows=self.max_rows,
                                   deadline=deadline)
        try:
            return future.result(timeout=self.timeout)
        except concurrent.futures.TimeoutError:
            future.cancel()
            raise TimedOut from None

    # -- SPARQL 1.1 Protocol ---------------------------------------------------------------------------
    def query(self, request: Request) -> Response:
        if request.method == "GET":
            sparql = request.args.get("query")
        elif request.method == "POST":
            sparql = _posted(request, "query", "application/sparql-query")
        else:
            return _error(405, "use GET or POST")
        if not sparql or not sparql.strip():
            return _error(400, "missing query: send ?query=SPARQL")
        if request.values.get("default-graph-uri") or request.values.get("named-graph-uri"):
            return _error(400, "default-graph-uri and named-graph-uri are not supported; use GRAPH in the query")
        try:
            outcome = self.run(sparql)
        except TimedOut:
            return _error(503, f"query timed out after {self.timeout:g} s")
        return self._respond(request, outcome)

    def _respond(self, request: Request, outcome: Outcome) -> Response:
        wanted = request.args.get("format", "").lower()
        out = io.BytesIO()
        if outcome.graph is not None:
            fmt = wanted if wanted in RDF_MEDIA_TYPES else _GRAPH_TYPES.get(
                request.accept_mimetypes.best_match(list(_GRAPH_TYPES), default="text/turtle"), "turtle")
            out.write(outcome.graph.serialize(format="nt" if fmt == "ntriples" else "turtle", encoding="utf-8"))
            media = RDF_MEDIA_TYPES[fmt]
        else:
            fmt = wanted if wanted in RESULT_MEDIA_TYPES else _RESULT_TYPES[
                request.accept_mimetypes.best_match(list(_RESULT_TYPES), default="application/sparql-results+json")]
            if outcome.boolean is not None:
                write_boolean(outcome.boolean, out, fmt)
            else:
                write_rows(outcome.names, outcome.rows, out, fmt)
            media = RESULT_MEDIA_TYPES[fmt]
        response = Response(out.getvalue(), content_type=media)
        response.headers["Vary"] = "Accept"
        if outcome.truncated:
            response.headers["DKG-Truncated"] = "true"
        return response

    def update(self, request: Request) -> Response:
        if request.method != "POST":
            return _error(405, "send updates with POST")
        if not self.writable:
            return _error(403, "this endpoint is read-only; start it with 'dkg serve --writable' to allow updates")
        sparql = _posted(request, "update", "application/sparql-update")
        if not sparql:
            return _error(400, "missing update")
        self.store.update(sparql)
        return Response(status=204)

    def graph_store(self, request: Request) -> Response:
        iri = request.args.get("graph")
        if not iri:
            return _error(400, "name the graph: /store?graph=IRI")
        if request.method in ("GET", "HEAD"):
            g = self.store.construct("CONSTRUCT { ?s ?p ?o } WHERE { GRAPH ?graph { ?s ?p ?o } }",
                                     {"graph": URIRef(iri)})
            if not len(g):
                return _error(404, f"no graph {iri}")
            return Response(g.serialize(format="nt", encoding="utf-8"), content_type=RDF_MEDIA_TYPES["ntriples"])
        if request.method not in ("PUT", "DELETE"):
            return _error(405, "use GET, PUT or DELETE")
        if not self.writable:
            return _error(403, "this endpoint is read-only; start it with 'dkg serve --writable' to allow writes")
        if request.method == "DELETE":
            self.store.remove_graph(iri)
            return Response(status=204)
        rdf_format = _PARSE_TYPES.get(request.mimetype)
        if rdf_format is None:
            return _error(415, f"cannot read {request.mimetype or 'a body without Content-Type'}; "
                               "send text/turtle or application/n-triples")
        try:
            g = Graph().parse(data=request.get_data(as_text=True), format=rdf_format)
        except Exception as e:  # rdflib raises many parser exception types
            return _error(400, f"cannot parse the graph: {e}")
        self.store.replace_graph(iri, g)
        return Response(status=204)

    # -- the HTML page -----------------------------------------------------------------------------------
    def page(self, request: Request) -> Response:
        queries = library()
        name = request.values.get("name", "")
        text = request.values.get("query", "")
        binds_text = request.values.get("bind", "")
        result: Outcome | None = None
        error = ""
        if not text.strip() and name in queries:
            text = queries[name].sparql
        if text.strip() and request.values.get("run", "1") != "0":
            try:
                result = self._run_page_query(text, name, binds_text)
            except TimedOut:
                error = f"The query timed out after {self.timeout:g} s."
            except DkgError as e:
                error = str(e)
        html, nonce = render_page(queries=queries, name=name, text=text, binds=binds_text, result=result,
                                  error=error, max_rows=self.max_rows, writable=self.writable)
        response = Response(html, content_type="text/html; charset=utf-8")
        response.headers["Content-Security-Policy"] = (
            f"default-src 'none'; script-src 'nonce-{nonce}'; style-src 'nonce-{nonce}'; "
            "form-action 'self'; base-uri 'none'; frame-ancestors 'none'")
        response.headers["X-Content-Type-Options"] = "nosniff"
        return response

    def _run_page_query(self, text: str, name: str, binds_text: str) -> Outcome:
        named: NamedQuery = parse_query(text, name=name or "query")
        values = parse_binds(line for line in binds_text.splitlines() if line.strip())
        return self.run(*named.prepare(values))


def _posted(request: Request, field_name: str, direct_type: str) -> str | None:
    if request.mimetype == direct_type:
        return request.get_data(as_text=True)
    return request.form.get(field_name)


def make_server(store: Store, *, host: str = "127.0.0.1", port: int = 7878, writable: bool = False,
                timeout: float = 30.0, max_rows: int = 10_000) -> BaseWSGIServer:
    """A threaded HTTP server for ``SparqlEndpoint(store)``; call ``serve_forever()`` then ``shutdown()``.

    ``port=0`` picks a free port (read it back from ``server.port``).
    """
    app = SparqlEndpoint(store, writable=writable, timeout=timeout, max_rows=max_rows)
    server = werkzeug_server(host, port, app, threaded=True)
    log.info("SPARQL endpoint on http://%s:%s/query (%s)", host, server.port,
             "writable" if writable else "read-only")
    return server
