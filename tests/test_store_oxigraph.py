"""The embedded Oxigraph store: atomic graph replacement, bound queries, locking, sorted dumps (issue 2)."""

from __future__ import annotations

import io

import pytest
from rdflib import Graph, Literal, URIRef

from graph.errors import StoreError, StoreInUseError
from graph.store import open_store, resolve_location

EX = "http://example.org/"


def graph_of(*triples: tuple[str, str, object]) -> Graph:
    g = Graph()
    for s, p, o in triples:
        g.add((URIRef(EX + s), URIRef(EX + p), o if isinstance(o, Literal) else URIRef(EX + str(o))))
    return g


def test_replace_graph_replaces_only_that_graph(tmp_path) -> None:
    with open_store(tmp_path / "s") as store:
        store.replace_graph(EX + "g1", graph_of(("a", "p", Literal("old"))))
        store.replace_graph(EX + "g2", graph_of(("b", "p", Literal("other"))))
        store.replace_graph(EX + "g1", graph_of(("a", "p", Literal("new"))))
        rows = list(store.select("SELECT ?g ?o WHERE { GRAPH ?g { ?s ?p ?o } } ORDER BY ?g"))
    assert [(str(r["g"]), str(r["o"])) for r in rows] == [(EX + "g1", "new"), (EX + "g2", "other")]


def test_bindings_are_terms_not_text(tmp_path) -> None:
    hostile = 'x" } ; DROP ALL ; SELECT * WHERE { "'
    with open_store(tmp_path / "s") as store:
        store.replace_graph(EX + "g", graph_of(("a", "p", Literal(hostile))))
        rows = list(store.select("SELECT ?s WHERE { GRAPH ?g { ?s ?p ?o } }", {"o": Literal(hostile)}))
        assert [str(r["s"]) for r in rows] == [EX + "a"]
        assert store.ask("ASK { GRAPH ?g { ?s ?p ?o } }")


def test_second_writer_gets_store_in_use(tmp_path) -> None:
    with open_store(tmp_path / "s"):
        with pytest.raises(StoreInUseError, match="store is in use"):
            open_store(tmp_path / "s")


def test_read_only_open_of_missing_store_is_a_clear_error(tmp_path) -> None:
    with pytest.raises(StoreError, match="no store here yet"):
        open_store(tmp_path / "missing", read_only=True)


def test_turtle_dump_is_sorted_and_repeatable(tmp_path) -> None:
    with open_store(tmp_path / "s") as store:
        store.replace_graph(EX + "g2", graph_of(("z", "p", Literal("2")), ("a", "p", Literal("1"))))
        store.replace_graph(EX + "g1", graph_of(("a", "p", Literal("1"))))
        first, second = io.BytesIO(), io.BytesIO()
        store.dump(first, "turtle")
        store.dump(second, "turtle")
    assert first.getvalue() == second.getvalue()
    text = first.getvalue().decode()
    assert text.index(EX + "a") < text.index(EX + "z")
    assert text.count('"1"') == 1  # the union: a triple in two graphs is written once


@pytest.mark.parametrize("fmt", ["turtle", "trig", "nquads", "ntriples", "jsonld"])
def test_every_export_format_parses_back(tmp_path, fmt: str) -> None:
    g = graph_of(("a", "p", Literal('quote " and \\ and\nnewline', lang="de")), ("a", "q", "b"))
    with open_store(tmp_path / "s") as store:
        store.replace_graph(EX + "g", g)
        out = io.BytesIO()
        store.dump(out, fmt)
    parse_format = {"turtle": "turtle", "trig": "trig", "nquads": "nquads", "ntriples": "nt", "jsonld": "json-ld"}[fmt]
    if fmt in ("trig", "nquads", "jsonld"):
        from rdflib import Dataset

        back = Dataset().parse(data=out.getvalue().decode(), format=parse_format)
        triples = {(s, p, o) for s, p, o, _ in back.quads()}
    else:
        triples = set(Graph().parse(data=out.getvalue().decode(), format=parse_format))
    assert triples == set(g)


def test_location_defaults(monkeypatch) -> None:
    monkeypatch.delenv("DKG_STORE", raising=False)
    assert resolve_location(None) == "dkg-store"
    monkeypatch.setenv("DKG_STORE", "/data/kg")
    assert resolve_location(None) == "/data/kg"
    assert resolve_location("here") == "here"


def test_batched_replace_and_compaction_keep_every_graph(tmp_path) -> None:
    with open_store(tmp_path / "s") as store:
        store.replace_graphs([(EX + f"g{i}", graph_of(("a", "p", Literal(str(i))))) for i in range(50)])
        store.replace_graphs([(EX + "g3", graph_of(("a", "p", Literal("again"))))])
        before = io.BytesIO()
        store.dump(before, "nquads")
        store.optimize()
        after = io.BytesIO()
        store.dump(after, "nquads")
        rows = store.select_text("SELECT ?o WHERE { GRAPH ?g { ?s ?p ?o } }", {"g": URIRef(EX + "g3")})
        assert [r["o"] for r in rows] == ["again"]
    assert after.getvalue() == before.getvalue()
    assert before.getvalue().count(b"\n") == 50
