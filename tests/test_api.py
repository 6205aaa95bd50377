"""The Python API: the same library as the command line, with Python values in and out."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from rdflib import Dataset, Literal, URIRef

from graph import api
from graph.errors import QueryError


def test_query_returns_python_values(diplomacy_store) -> None:  # noqa: ANN001
    rows = api.query(diplomacy_store, "meetings-between", country1="RU", country2="US", since=date(2025, 4, 1))
    assert [r["date"] for r in rows] == [date(2025, 4, 10), "2025-05"]  # a month stays text
    assert rows[0]["sources"] == 1 and rows[0]["event"] == "https://w3id.org/dkg/id/event-e2"


def test_query_can_keep_rdflib_terms(diplomacy_store) -> None:  # noqa: ANN001
    rows = api.query(diplomacy_store, "officials", country="UA", terms=True)
    assert rows[0]["person"] == URIRef("https://w3id.org/dkg/id/person-olena_koval")
    assert rows[0]["name"] == Literal("Olena Koval")


def test_query_accepts_sparql_text(diplomacy_store) -> None:  # noqa: ANN001
    rows = api.query(diplomacy_store, "SELECT (COUNT(DISTINCT ?e) AS ?n) WHERE { ?e a schema:Event }")
    assert rows == [{"n": 9}]


def test_query_errors(diplomacy_store) -> None:  # noqa: ANN001
    with pytest.raises(QueryError, match="unknown parameter 'colour'"):
        api.query(diplomacy_store, "meetings", colour="red")
    with pytest.raises(QueryError, match="use construct"):
        api.query(diplomacy_store, "event-graph", event="https://w3id.org/dkg/id/event-e1")


def test_construct_returns_a_graph(diplomacy_store) -> None:  # noqa: ANN001
    g = api.construct(diplomacy_store, "event-graph", event="https://w3id.org/dkg/id/event-e7")
    assert (URIRef("https://w3id.org/dkg/id/event-e7"), None, None) in g


def test_list_queries() -> None:
    queries = api.list_queries()
    assert len(queries) >= 12 and queries["officials"].startswith("The officials of a country")


def test_export_writes_the_whole_dataset(diplomacy_store, tmp_path: Path) -> None:  # noqa: ANN001
    path = api.export(diplomacy_store, tmp_path / "out" / "graph.nq")
    ds = Dataset()
    ds.parse(path, format="nquads")
    assert {str(g.identifier) for g in ds.graphs() if len(g)} >= {
        f"https://w3id.org/dkg/id/article-a{i}" for i in (1, 2, 3)}
    assert not (tmp_path / "out" / "graph.nq.part").exists()


def test_ingest_files_and_text(tmp_path: Path, sample_dir: Path) -> None:
    path = next(p for p in sorted(sample_dir.iterdir()) if p.suffix in (".txt", ".json", ".html"))
    with api.open_store(tmp_path / "store") as store:
        summary = api.ingest(store, path, published="2025-04-10")
        assert summary.ingested >= 1 and summary.failed == 0
        iri = api.ingest_text(store, "The two foreign ministers met on Monday.", title="Short note",
                              published=date(2025, 3, 3), language="en", key="note-1")
        assert iri.startswith("https://w3id.org/dkg/id/")
        headlines = {r.get("headline") for r in api.query(store, "articles")}
        assert "Short note" in headlines and len(headlines) >= 2
        # the same key again replaces, never duplicates
        api.ingest_text(store, "The two foreign ministers met on Tuesday.", title="Short note", language="en",
                        key="note-1")
        assert [r["headline"] for r in api.query(store, "articles")].count("Short note") == 1


def test_bad_date_is_an_error(tmp_path: Path) -> None:
    with api.open_store(tmp_path / "store") as store, pytest.raises(QueryError, match="not a date"):
        api.ingest_text(store, "Text.", published="10.04.2025", language="en")
