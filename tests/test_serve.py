"""``dkg serve``: SPARQL 1.1 Protocol, content negotiation, read-only default, limits, the query page."""

from __future__ import annotations

import csv
import io
import json
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterator

import pytest
from rdflib import Graph, Literal, URIRef
from werkzeug.test import Client

from graph.query import NamedQuery
from graph.serve import SparqlEndpoint, make_server
from graph.serve_page import render_page
from graph.store.sparql import SparqlStore

COUNTRIES = "SELECT ?code WHERE { ?c dkg:countryCode ?code } GROUP BY ?code ORDER BY ?code"
HOSTILE = '</td><script>alert("x")</script><img src=x onerror=alert(1)>'


@pytest.fixture
def client(diplomacy_store) -> Client:  # noqa: ANN001
    return Client(SparqlEndpoint(diplomacy_store, max_rows=1000))


def test_get_query_defaults_to_sparql_results_json(client: Client) -> None:
    response = client.get("/query", query_string={"query": COUNTRIES})
    assert response.status_code == 200
    assert response.mimetype == "application/sparql-results+json"
    codes = [b["code"]["value"] for b in response.get_json()["results"]["bindings"]]
    assert codes == ["CH", "DE", "FR", "RU", "UA", "US"]


@pytest.mark.parametrize("accept, mimetype", [
    ("application/sparql-results+xml", "application/sparql-results+xml"),
    ("text/csv", "text/csv"),
    ("text/tab-separated-values", "text/tab-separated-values"),
    ("application/sparql-results+json;q=0.2, text/csv", "text/csv"),
])
def test_content_negotiation_for_results(client: Client, accept: str, mimetype: str) -> None:
    response = client.get("/sparql", query_string={"query": COUNTRIES}, headers={"Accept": accept})
    assert response.mimetype == mimetype
    assert b"UA" in response.data


def test_post_form_and_direct_body(client: Client) -> None:
    form = client.post("/query", data={"query": COUNTRIES}, headers={"Accept": "text/csv"})
    assert form.text.splitlines()[:2] == ["code", "CH"]
    direct = client.post("/query", data=COUNTRIES, content_type="application/sparql-query")
    assert len(direct.get_json()["results"]["bindings"]) == 6


def test_construct_gives_turtle_or_ntriples(client: Client) -> None:
    query = "CONSTRUCT { ?c <urn:code> ?code } WHERE { ?c dkg:countryCode ?code }"
    turtle = client.get("/query", query_string={"query": query}, headers={"Accept": "text/turtle"})
    assert turtle.mimetype == "text/turtle"
    assert len(Graph().parse(data=turtle.text, format="turtle")) == 6
    nt = client.get("/query", query_string={"query": query, "format": "ntriples"})
    assert nt.mimetype == "application/n-triples"


def test_ask(client: Client) -> None:
    response = client.get("/query", query_string={"query": "ASK { ?c dkg:countryCode 'FR' }"})
    assert response.get_json() == {"head": {}, "boolean": True}


def test_bad_requests_are_400(client: Client) -> None:
    assert client.get("/query").status_code == 400
    bad = client.get("/query", query_string={"query": "SELECT * WHERE { ?s ?p }"})
    assert bad.status_code == 400 and "invalid SPARQL" in bad.text
    update = client.get("/query", query_string={"query": "DROP ALL"})
    assert update.status_code == 400 and "/update" in update.text


def test_updates_are_refused_unless_writable(diplomacy_store) -> None:  # noqa: ANN001
    insert = "INSERT DATA { GRAPH <urn:g> { <urn:s> <urn:p> 'new' } }"
    refused = Client(SparqlEndpoint(diplomacy_store)).post("/update", data={"update": insert})
    assert refused.status_code == 403 and "read-only" in refused.text
    assert not diplomacy_store.ask("ASK { ?s ?p 'new' }")
    writable = Client(SparqlEndpoint(diplomacy_store, writable=True))
    assert writable.post("/update", data={"update": insert}).status_code == 204
    assert diplomacy_store.ask("ASK { ?s ?p 'new' }")


def test_graph_store_protocol(diplomacy_store) -> None:  # noqa: ANN001
    read_only = Client(SparqlEndpoint(diplomacy_store))
    got = read_only.get("/store", query_string={"graph": "https://w3id.org/dkg/id/article-a3"})
    assert got.status_code == 200 and "Anna Schmidt" in got.text
    put = read_only.put("/store", query_string={"graph": "urn:g"}, data="<urn:s> <urn:p> <urn:o> .\n",
                        content_type="application/n-triples")
    assert put.status_code == 403
    assert read_only.get("/store", query_string={"graph": "urn:g"}).status_code == 404


def test_row_limit_cuts_and_says_so(diplomacy_store) -> None:  # noqa: ANN001
    client = Client(SparqlEndpoint(diplomacy_store, max_rows=2))
    response = client.get("/query", query_string={"query": COUNTRIES})
    assert len(response.get_json()["results"]["bindings"]) == 2
    assert response.headers["DKG-Truncated"] == "true"


class _SlowStore:
    """A store whose rows come slowly, to check the timeout."""

    location = "slow"
    calls = 0

    def select_vars(self, sparql: str, bindings: object = None) -> tuple[list[str], Iterator[dict]]:
        def rows() -> Iterator[dict]:
            while True:
                self.calls += 1
                time.sleep(0.05)
                yield {"x": Literal(1)}

        return ["x"], rows()


def test_slow_queries_time_out_and_stop() -> None:
    store = _SlowStore()
    client = Client(SparqlEndpoint(store, timeout=0.3, max_rows=10_000))
    started = time.monotonic()
    response = client.get("/query", query_string={"query": "SELECT ?x WHERE { ?x ?p ?o }"})
    assert response.status_code == 503 and "timed out after 0.3 s" in response.text
    assert time.monotonic() - started < 2
    time.sleep(0.2)
    calls = store.calls
    time.sleep(0.2)
    assert store.calls == calls  # the worker stopped pulling rows


# -- the page -------------------------------------------------------------------------------------------
def test_page_offers_the_library_and_runs_a_named_query(client: Client) -> None:
    page = client.get("/", query_string={"name": "officials", "bind": "country=DE"})
    assert page.status_code == 200 and page.mimetype == "text/html"
    assert '<option value="meetings-between"' in page.text
    assert "<td>Anna Schmidt</td>" in page.text
    assert "script-src 'nonce-" in page.headers["Content-Security-Policy"]


def test_page_shows_errors_escaped(client: Client) -> None:
    page = client.get("/", query_string={"name": "officials", "bind": "country=<b>"})
    assert "is not a two-letter country code" in page.text and "&lt;b&gt;" in page.text and "<b>" not in page.text


def test_page_escapes_everything_from_the_store_and_request(diplomacy_store) -> None:  # noqa: ANN001
    g = Graph()
    g.add((URIRef("urn:x"), URIRef("urn:says"), Literal(HOSTILE)))
    diplomacy_store.replace_graph("urn:hostile", g)
    client = Client(SparqlEndpoint(diplomacy_store))
    query = "SELECT ?o WHERE { ?s <urn:says> ?o } # </textarea><script>alert(2)</script>"
    page = client.get("/", query_string={"query": query})
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;" in page.text  # the row, as text
    bad_bind = client.get("/", query_string={"query": query, "bind": "</textarea><script>alert(3)</script>"})
    assert "write NAME=VALUE" in bad_bind.text
    for text in (page.text, bad_bind.text):
        assert "<script>alert" not in text and "<img" not in text and "</textarea><script" not in text
        assert text.count("<script") == 2  # the library JSON block and the page script


def test_library_json_cannot_close_its_script_block() -> None:
    evil = NamedQuery(name="evil", sparql="# </script><script>alert(1)</script>\nASK {}", summary="</script>")
    html, _ = render_page(queries={"evil": evil}, name="", text="", binds="", result=None, error="",
                          max_rows=10, writable=False)
    assert html.count("</script>") == 2


# -- real clients against a real server -----------------------------------------------------------------
@pytest.fixture
def server_url(diplomacy_store) -> Iterator[str]:  # noqa: ANN001
    server = make_server(diplomacy_store, host="127.0.0.1", port=0, writable=False)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.port}"
    finally:
        server.shutdown()
        server.server_close()
        server.app.close()


@pytest.mark.parametrize("fmt", ["json", "xml", "csv"])
def test_sparqlwrapper_reads_results(server_url: str, fmt: str) -> None:
    from SPARQLWrapper import CSV, JSON, XML, SPARQLWrapper

    client = SPARQLWrapper(server_url + "/query")
    client.setQuery("PREFIX dkg: <https://w3id.org/dkg/ontology#> " + COUNTRIES)
    client.setReturnFormat({"json": JSON, "xml": XML, "csv": CSV}[fmt])
    result = client.query().convert()
    if fmt == "json":
        codes = [b["code"]["value"] for b in result["results"]["bindings"]]
    elif fmt == "xml":
        codes = [n.firstChild.data for n in result.getElementsByTagName("literal")]
    else:
        codes = [r["code"] for r in csv.DictReader(io.StringIO(result.decode("utf-8")))]
    assert codes == ["CH", "DE", "FR", "RU", "UA", "US"]


def test_sparqlwrapper_update_is_refused(server_url: str) -> None:
    from SPARQLWrapper import POST, SPARQLWrapper

    client = SPARQLWrapper(server_url + "/query", updateEndpoint=server_url + "/update")
    client.setMethod(POST)
    client.setQuery("INSERT DATA { <urn:s> <urn:p> <urn:o> }")
    with pytest.raises(urllib.error.HTTPError) as info:
        client.query()
    assert info.value.code == 403


def test_rdflib_sparqlstore_reads(server_url: str) -> None:
    from rdflib.plugins.stores.sparqlstore import SPARQLStore

    g = Graph(store=SPARQLStore(server_url + "/query"))
    rows = list(g.query("SELECT ?name WHERE { ?p <https://schema.org/name> ?name ; "
                        "<https://w3id.org/dkg/ontology#represents> ?c } ORDER BY ?name"))
    assert {str(r[0]) for r in rows} >= {"Anna Schmidt", "Jane Doe", "Olena Koval"}


def test_remote_store_through_dkg_serve(diplomacy_store) -> None:  # noqa: ANN001
    server = make_server(diplomacy_store, port=0, writable=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        remote = SparqlStore(f"http://127.0.0.1:{server.port}")
        g = Graph()
        g.add((URIRef("urn:s"), URIRef("urn:p"), Literal("via dkg serve")))
        remote.replace_graph("urn:g", g)
        assert remote.ask("ASK { GRAPH <urn:g> { ?s ?p 'via dkg serve' } }")
        names, rows = remote.select_vars(COUNTRIES)
        assert names == ["code"] and len(list(rows)) == 6
    finally:
        server.shutdown()
        server.server_close()
        server.app.close()


def test_read_only_server_refuses_graph_writes_from_a_remote_store(server_url: str) -> None:
    from graph.errors import StoreError

    with pytest.raises(StoreError, match="HTTP 403"):
        SparqlStore(server_url).replace_graph("urn:g", Graph())


def test_plain_http_answers(server_url: str) -> None:
    with urllib.request.urlopen(server_url + "/") as response:
        assert response.headers.get_content_type() == "text/html"
    with pytest.raises(urllib.error.HTTPError) as info:
        urllib.request.urlopen(server_url + "/nothing-here")
    assert info.value.code == 404
    body = json.loads(urllib.request.urlopen(server_url + "/query?query=ASK%7B%7D").read())
    assert body["boolean"] is True


def test_dkg_serve_command_starts_read_only_on_localhost(diplomacy_location: str) -> None:
    import re
    import subprocess
    import sys

    process = subprocess.Popen(
        [sys.executable, "-c", "from graph.cli import main; main()", "serve", "--store", diplomacy_location,
         "--port", "0", "--timeout", "5", "--max-rows", "3"],
        stderr=subprocess.PIPE, text=True)
    try:
        line = process.stderr.readline()
        assert "(read-only) at http://127.0.0.1:" in line
        base = re.search(r"http://127\.0\.0\.1:\d+", line).group(0)
        with urllib.request.urlopen(base + "/query?query=" + urllib.parse.quote(COUNTRIES)) as response:
            assert response.headers["DKG-Truncated"] == "true"
            assert len(json.load(response)["results"]["bindings"]) == 3
        request = urllib.request.Request(base + "/update", data=b"update=CLEAR%20ALL", method="POST")
        with pytest.raises(urllib.error.HTTPError) as info:
            urllib.request.urlopen(request)
        assert info.value.code == 403
    finally:
        process.terminate()
        process.wait(timeout=10)
        process.stderr.close()
