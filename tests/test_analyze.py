"""`dkg analyze`: centrality of officials and countries, communities, the chain of meetings between two people."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from rdflib import Dataset, Graph

from graph.analyze import analyze, format_analysis
from graph.cli import cli
from graph.store import open_store
from graph.viz_data import ViewError

FIXTURES = Path(__file__).parent / "fixtures"


@pytest.fixture(scope="module")
def sample_store(tmp_path_factory):  # noqa: ANN201
    store = open_store(tmp_path_factory.mktemp("analyze") / "store")
    ds = Dataset()
    ds.parse(FIXTURES / "view-sample.trig", format="trig")
    for context in ds.contexts():
        if len(context) and not str(context.identifier).startswith("urn:x-rdflib:"):
            g = Graph()
            for triple in context:
                g.add(triple)
            store.replace_graph(str(context.identifier), g)
    yield store
    store.close()


def test_officials_ranked_by_people_met_then_betweenness(sample_store) -> None:
    result = analyze(sample_store)
    top = result.officials[0]
    assert (top.name, top.country, top.events, top.degree) == ("Haruto Sato", "JP", 3, 2)
    assert top.betweenness == pytest.approx(0.2)  # Durand-Almeida, Durand-Raman: 2 of 10 pairs
    assert [r.name for r in result.officials[:2]] == ["Haruto Sato", "Lucas Almeida"]
    assert {r.name: r.degree for r in result.officials}["Priya Raman"] == 1  # a statement is not a meeting
    assert not result.approximate


def test_countries_ranked_by_partners(sample_store) -> None:
    result = analyze(sample_store)
    assert [(c.country, c.events, c.degree) for c in result.countries[:2]] == [("JP", 3, 2), ("BR", 2, 2)]
    assert "CH" not in {c.country for c in result.countries}  # a host country takes no part
    assert {c.country: c.events for c in result.countries}["IN"] == 2  # the statement counts as an event


def test_communities_group_people_who_meet(sample_store) -> None:
    groups = [{name for name, _ in c.members} for c in analyze(sample_store).communities]
    assert {"Ada Okafor", "Kofi Mensah"} in groups
    assert all(len(g) >= 2 for g in groups)
    assert sum(len(g) for g in groups) == 6


def test_chain_of_meetings_between_two_people_in_any_spelling(sample_store) -> None:
    result = analyze(sample_store, between=("Dürand", "Прия Раман"))
    assert result.between == ("Camille Durand", "Priya Raman")
    assert [(s.kind, s.name) for s in result.chain] == [
        ("person", "Camille Durand"), ("event", "Talks in Geneva, 2025-03-05"), ("person", "Haruto Sato"),
        ("event", "Meeting in Osaka, 2025-04-10"), ("person", "Lucas Almeida"),
        ("event", "Phone call, BR–IN, 2025-05"), ("person", "Priya Raman")]
    text = format_analysis(result, "table")
    assert "Chain of meetings from Camille Durand to Priya Raman (3 meetings):" in text


def test_no_chain_and_bad_names(sample_store) -> None:
    result = analyze(sample_store, between=("Sato", "Okafor"))
    assert result.chain == []
    assert "No chain of meetings links Haruto Sato and Ada Okafor." in format_analysis(result)
    with pytest.raises(ViewError, match="no person named 'Nobody'"):
        analyze(sample_store, between=("Sato", "Nobody"))
    with pytest.raises(ViewError, match="name the same person"):
        analyze(sample_store, between=("Sato", "佐藤陽翔"))


def test_csv_and_json_formats(sample_store) -> None:
    result = analyze(sample_store, between=("Durand", "Almeida"), top=3)
    rows = list(csv.DictReader(io.StringIO(format_analysis(result, "csv"))))
    assert [r["name"] for r in rows if r["section"] == "officials"] == ["Haruto Sato", "Lucas Almeida",
                                                                          "Camille Durand"]
    assert {r["section"] for r in rows} == {"officials", "countries", "community", "chain"}
    chain = [r for r in rows if r["section"] == "chain"]
    assert [r["kind"] for r in chain] == ["person", "event", "person", "event", "person"]
    doc = json.loads(format_analysis(result, "json"))
    assert doc["officials"][0]["name"] == "Haruto Sato" and len(doc["countries"]) == 3
    assert doc["chain"]["steps"][1]["name"] == "Talks in Geneva, 2025-03-05"
    with pytest.raises(ViewError):
        format_analysis(result, "xml")


def test_cli_analyze(sample_store) -> None:
    runner = CliRunner()
    result = runner.invoke(cli, ["analyze", "--store", sample_store.location, "--format", "json",
                                 "--between", "sato", "raman"])
    assert result.exit_code == 0, result.output
    assert [s["name"] for s in json.loads(result.output)["chain"]["steps"]][::2] == [
        "Haruto Sato", "Lucas Almeida", "Priya Raman"]
    table = runner.invoke(cli, ["analyze", "--store", sample_store.location])
    assert table.exit_code == 0 and table.output.startswith("Officials by people met")
    bad = runner.invoke(cli, ["analyze", "--store", sample_store.location, "--between", "sato", "nobody"])
    assert bad.exit_code == 1 and bad.output.startswith("Error: no person named 'nobody'")
