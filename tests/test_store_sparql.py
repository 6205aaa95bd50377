"""The remote store over a real Oxigraph server: same results as the embedded store, writes by GSP PUT."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from rdflib import Dataset, Graph, Literal, URIRef

from graph.errors import QueryError, StoreError
from graph.query import library, run_select
from graph.store import open_store
from graph.store.sparql import SparqlStore, endpoints

pytestmark = pytest.mark.server

G = "https://w3id.org/dkg/id/article-test"
S, P = URIRef("https://example.org/s"), URIRef("https://example.org/p")


@pytest.mark.parametrize("url, query, update, gsp", [
    ("http://h:7878", "http://h:7878/query", "http://h:7878/update", "http://h:7878/store"),
    ("http://h:7878/query", "http://h:7878/query", "http://h:7878/update", "http://h:7878/store"),
    ("http://h:3030/news", "http://h:3030/news/sparql", "http://h:3030/news/update", "http://h:3030/news/data"),
    ("http://h:3030/news/sparql", "http://h:3030/news/sparql", "http://h:3030/news/update", "http://h:3030/news/data"),
    ("http://h:7200/repositories/news", "http://h:7200/repositories/news",
     "http://h:7200/repositories/news/statements", "http://h:7200/repositories/news/rdf-graphs/service"),
    ("http://h:8890/sparql", "http://h:8890/sparql", "http://h:8890/sparql", "http://h:8890/sparql-graph-crud"),
])
def test_service_urls_follow_the_server_convention(url: str, query: str, update: str, gsp: str) -> None:
    found = endpoints(url)
    assert (found.query, found.update, found.gsp) == (query, update, gsp)


def test_environment_overrides_service_urls(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DKG_QUERY_URL", "http://q/sparql")
    monkeypatch.setenv("DKG_GSP_URL", "http://g/gsp")
    found = endpoints("http://h:7878")
    assert (found.query, found.update, found.gsp) == ("http://q/sparql", "http://h:7878/update", "http://g/gsp")


def test_credentials_leave_the_url_and_become_a_header(monkeypatch: pytest.MonkeyPatch) -> None:
    store = SparqlStore("http://ann:s%40cret@h:3030/news")
    assert store.location == "http://h:3030/news" and "ann" not in store.urls.query
    assert store._auth == "Basic YW5uOnNAY3JldA=="
    monkeypatch.setenv("DKG_SPARQL_TOKEN", "t0ken")
    assert SparqlStore("http://h:7001/")._auth == "Bearer t0ken"


def test_open_store_picks_the_remote_backend_for_urls() -> None:
    assert isinstance(open_store("http://127.0.0.1:9/"), SparqlStore)


def test_unreachable_server_is_a_store_error() -> None:
    store = SparqlStore("http://127.0.0.1:9", timeout=2)
    with pytest.raises(StoreError, match="cannot reach the SPARQL server"):
        store.ask("ASK { ?s ?p ?o }")


@pytest.fixture
def remote(oxigraph_server: str, trig_loader) -> SparqlStore:  # noqa: ANN001
    store = SparqlStore(oxigraph_server)
    trig_loader(store)
    return store


def _canonical(store, name: str, values: dict[str, str]) -> list[tuple]:  # noqa: ANN001
    q = library()[name]
    if q.form != "SELECT":
        g = store.construct(q.sparql, q.bind(values))
        return sorted((str(s), str(p), o.n3()) for s, p, o in g)
    names, rows = run_select(store, q, values)
    # GROUP_CONCAT order is unspecified: compare concatenations as sets
    return sorted(tuple(frozenset(str(r[n]).split(", ")) if n in r else None for n in names) for r in rows)


PIPELINE_CASES = [(name, {p.name: v for p, v in zip(q.params, ["DE", "UA"]) if not p.optional})
                  for name, q in library().items() if name not in ("events-at-place", "statements",
                                                                  "event-evidence", "event-graph")]
PIPELINE_CASES += [("events-at-place", {"place": "Geneva"}), ("statements", {"speaker": "Jane Doe"}),
                   ("event-evidence", {"event": "https://w3id.org/dkg/id/event-e1"}),
                   ("event-graph", {"event": "https://w3id.org/dkg/id/event-e1"}),
                   ("meetings-between", {"country1": "US", "country2": "RU", "since": "2025-04"})]


@pytest.mark.parametrize("name, values", PIPELINE_CASES)
def test_library_gives_the_same_results_on_both_backends(remote: SparqlStore, diplomacy_store, name: str,
                                                         values: dict[str, str]) -> None:  # noqa: ANN001
    expected = _canonical(diplomacy_store, name, values)
    assert expected, f"{name} finds nothing on the fixture: a weak comparison"
    assert _canonical(remote, name, values) == expected


def test_replace_graph_replaces_and_remove_graph_drops(oxigraph_server: str) -> None:
    store = SparqlStore(oxigraph_server)
    for value in ("first", "second"):
        g = Graph()
        g.add((S, P, Literal(value)))
        store.replace_graph(G, g)
    found = [str(r["o"]) for r in store.select("SELECT ?o WHERE { GRAPH ?g { ?s ?p ?o } }", {"g": URIRef(G)})]
    assert found == ["second"]
    store.remove_graph(G)
    store.remove_graph(G)  # absent: no error
    assert not store.ask("ASK { GRAPH ?g { ?s ?p ?o } }", {"g": URIRef(G)})


def test_update_ask_construct_and_streaming(oxigraph_server: str) -> None:
    store = SparqlStore(oxigraph_server)
    store.update(f'INSERT DATA {{ GRAPH <{G}> {{ <{S}> <{P}> "x"@de }} }}')
    assert store.ask("ASK { ?s ?p ?o }", {"o": Literal("x", lang="de")})
    g = store.construct("CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }")
    assert (S, P, Literal("x", lang="de")) in g
    out = io.BytesIO()
    store.query_to("SELECT ?o WHERE { ?s ?p ?o }", out, "json")
    assert json.loads(out.getvalue())["results"]["bindings"][0]["o"]["xml:lang"] == "de"
    out = io.BytesIO()
    store.query_to("CONSTRUCT WHERE { ?s ?p ?o }", out, "csv")
    assert Graph().parse(data=out.getvalue().decode(), format="turtle").__len__() == 1


def test_dump_keeps_named_graphs(remote: SparqlStore) -> None:
    out = io.BytesIO()
    remote.dump(out, "nquads")
    ds = Dataset()
    ds.parse(data=out.getvalue().decode("utf-8"), format="nquads")
    names = {str(g.identifier) for g in ds.graphs() if len(g)}
    assert {"https://w3id.org/dkg/id/article-a1", "https://w3id.org/dkg/id/article-a3"} <= names


def _ground(data: bytes, fmt: str) -> set[tuple[str, ...]]:
    """The statements of an export without blank nodes, as strings (graph name last where there is one)."""
    import pyoxigraph as ox

    parsed = ox.parse(data, format={"turtle": ox.RdfFormat.TURTLE, "nquads": ox.RdfFormat.N_QUADS,
                                    "trig": ox.RdfFormat.TRIG, "ntriples": ox.RdfFormat.N_TRIPLES}[fmt])
    return {tuple(str(x) for x in (q.subject, q.predicate, q.object) + ((q.graph_name,) if fmt in ("nquads", "trig") else ()))
            for q in parsed if not any(isinstance(x, ox.BlankNode) for x in (q.subject, q.object))}


@pytest.mark.parametrize("fmt", ["turtle", "nquads", "trig", "ntriples"])
def test_remote_export_streams_the_same_statements_as_the_embedded_one(remote: SparqlStore, diplomacy_store,
                                                                       fmt: str) -> None:  # noqa: ANN001
    first, again, embedded = io.BytesIO(), io.BytesIO(), io.BytesIO()
    remote.dump(first, fmt)
    remote.dump(again, fmt)
    diplomacy_store.dump(embedded, fmt)
    assert first.getvalue() == again.getvalue()  # deterministic
    want = _ground(embedded.getvalue(), fmt)
    assert want and want <= _ground(first.getvalue(), fmt)  # the server may hold other tests' graphs too
    if fmt == "ntriples":  # the union is written without duplicates
        lines = first.getvalue().decode("utf-8").splitlines()
        assert len(lines) == len(set(lines))


def test_read_only_refuses_writes(oxigraph_server: str) -> None:
    store = SparqlStore(oxigraph_server, read_only=True)
    with pytest.raises(StoreError, match="read-only"):
        store.replace_graph(G, Graph())
    with pytest.raises(StoreError, match="read-only"):
        store.update("CLEAR ALL")


def test_bad_query_is_a_query_error(oxigraph_server: str) -> None:
    with pytest.raises(QueryError, match="rejected"):
        SparqlStore(oxigraph_server).ask("ASK { ?s ?p }")


@pytest.mark.parametrize("value", ['x" } ; DROP ALL ; SELECT * { "', "a\n} DELETE WHERE { ?s ?p ?o }"])
def test_hostile_bindings_change_nothing_remotely(remote: SparqlStore, value: str) -> None:
    before = remote.select("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }")
    _, rows = run_select(remote, library()["statements"], {"speaker": value})
    assert list(rows) == []
    after = remote.select("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }")
    assert list(before) == list(after)


def test_cli_query_against_the_server(remote: SparqlStore, tmp_path: Path) -> None:
    from click.testing import CliRunner

    from graph.cli import cli

    result = CliRunner().invoke(cli, ["query", "officials", "--store", remote.location, "-b", "country=DE",
                                      "-f", "csv"])
    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines()[1].startswith("Anna Schmidt,")
