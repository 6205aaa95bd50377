"""Issue 2 acceptance: the sample article through ingest, SPARQL, validate and export."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner
from rdflib import Literal
from rdflib.namespace import XSD

from graph.cli import cli
from graph.store import open_store

pytestmark = pytest.mark.issue(2)

PREFIXES = """
PREFIX schema: <https://schema.org/>
PREFIX dkg: <https://w3id.org/dkg/ontology#>
PREFIX prov: <http://www.w3.org/ns/prov#>
"""


def run(*args: str) -> object:
    result = CliRunner().invoke(cli, list(args), catch_exceptions=False)
    return result


@pytest.fixture(scope="module")
def ingested(tmp_path_factory) -> Path:
    store = tmp_path_factory.mktemp("sample") / "store"
    from tests.conftest import SAMPLE_DE

    result = run("ingest", str(SAMPLE_DE), "--store", str(store), "--published", "2025-04-10")
    assert result.exit_code == 0, result.output
    return store


def select(store: Path, sparql: str, **bindings) -> list[dict]:
    with open_store(store, read_only=True) as s:
        return list(s.select(PREFIXES + sparql, bindings or None))


def test_talks_in_istanbul_at_the_russian_consulate(ingested: Path) -> None:
    rows = select(ingested, """
        SELECT ?event ?venueName ?cityName ?countryCode WHERE { GRAPH ?g {
          ?event a dkg:Talks ; schema:startDate ?date ; schema:location ?venue .
          ?venue schema:name ?venueName ; schema:containedInPlace ?city .
          ?city a schema:City ; schema:name ?cityName ; schema:containedInPlace ?country .
          ?country dkg:countryCode ?countryCode .
        } }""", date=Literal("2025-04-10", datatype=XSD.date))
    assert rows, "no talks dated 2025-04-10 located at a venue in a city"
    row = rows[0]
    assert "consulate" in str(row["venueName"]).lower()
    assert str(row["cityName"]) == "Istanbul"
    assert str(row["countryCode"]) == "TR"


@pytest.mark.parametrize("name,code", [("Alexander Darchiev", "RU"), ("Sonata Coulter", "US")])
def test_talks_attendees_represent_their_countries(ingested: Path, name: str, code: str) -> None:
    rows = select(ingested, """
        SELECT ?person ?name ?code WHERE { GRAPH ?g {
          ?event a dkg:Talks ; schema:startDate ?date ; schema:attendee ?person .
          ?person schema:name ?name ; dkg:represents/dkg:countryCode ?code .
        } }""", date=Literal("2025-04-10", datatype=XSD.date))
    assert (name, code) in {(str(r["name"]), str(r["code"])) for r in rows}


def test_earlier_meeting_lasting_six_hours(ingested: Path) -> None:
    rows = select(ingested, """
        SELECT ?event ?duration ?cityName WHERE { GRAPH ?g {
          ?event a schema:Event ; schema:startDate ?date ; schema:duration ?duration ; schema:location ?place .
          ?place schema:name ?cityName .
        } }""", date=Literal("2025-02-27", datatype=XSD.date))
    assert rows
    assert str(rows[0]["duration"]) == "PT6H"
    assert str(rows[0]["cityName"]) == "Istanbul"


def test_foreign_ministers_met_in_saudi_arabia(ingested: Path) -> None:
    rows = select(ingested, """
        SELECT ?event ?place ?name ?code WHERE { GRAPH ?g {
          ?event a schema:Event ; schema:startDate ?date ; schema:location ?place ; schema:attendee ?person .
          ?person schema:name ?name ; dkg:represents/dkg:countryCode ?code .
          ?place dkg:countryCode "SA" .
        } }""", date=Literal("2025-02-18", datatype=XSD.date))
    people = {(str(r["name"]), str(r["code"])) for r in rows}
    assert ("Sergej Lawrow", "RU") in people or ("Sergey Lavrov", "RU") in people
    assert ("Marco Rubio", "US") in people


def test_spokesperson_speaks_and_attends_nothing(ingested: Path) -> None:
    speaker = select(ingested, """
        SELECT ?event WHERE { GRAPH ?g { ?event a dkg:Statement ; dkg:speaker/schema:name "Tammy Bruce" } }""")
    assert speaker
    attends = select(ingested, """
        SELECT ?event WHERE { GRAPH ?g { ?event schema:attendee/schema:name "Tammy Bruce" } }""")
    assert attends == []


def test_president_has_his_title(ingested: Path) -> None:
    rows = select(ingested, """
        SELECT ?title WHERE { GRAPH ?g { ?p schema:name "Donald Trump" ; schema:jobTitle ?title } }""")
    assert any("präsident" in str(r["title"]).lower() for r in rows)


def test_every_event_has_evidence_with_correct_offsets(ingested: Path) -> None:
    text_rows = select(ingested, "SELECT ?text WHERE { GRAPH ?g { ?a a schema:NewsArticle ; schema:text ?text } }")
    text = str(text_rows[0]["text"])
    events = select(ingested, "SELECT DISTINCT ?event WHERE { GRAPH ?g { ?event a schema:Event } }")
    assert len(events) >= 4
    for row in events:
        evidence = select(ingested, """
            SELECT ?text ?start ?end WHERE { GRAPH ?g {
              ?event dkg:evidence ?ev . ?ev schema:text ?text ; dkg:startOffset ?start ; dkg:endOffset ?end } }""",
                          event=row["event"])
        assert evidence, f"{row['event']} has no evidence"
        for ev in evidence:
            assert text[int(ev["start"]):int(ev["end"])] == str(ev["text"])


def test_no_event_or_date_from_a_duration(ingested: Path) -> None:
    rows = select(ingested, "SELECT ?d WHERE { GRAPH ?g { ?e dkg:dateText ?d } }")
    assert not any("Stunden" in str(r["d"]) for r in rows)


def test_validate_passes(ingested: Path) -> None:
    result = run("validate", "--store", str(ingested))
    assert result.exit_code == 0, result.output


def test_without_publication_date_no_year_is_invented(tmp_path: Path, sample_de: Path) -> None:
    result = run("ingest", str(sample_de), "--store", str(tmp_path / "s"))
    assert result.exit_code == 0, result.output
    rows = select(tmp_path / "s", "SELECT ?d WHERE { GRAPH ?g { ?e schema:startDate ?d } }")
    # only dates the text states with their year may appear
    assert {str(r["d"]) for r in rows} <= {"2022"}
    texts = select(tmp_path / "s", "SELECT ?t WHERE { GRAPH ?g { ?e dkg:dateText ?t } }")
    assert any("27. Februar" in str(r["t"]) for r in texts)


def test_ingesting_twice_changes_nothing(tmp_path: Path, sample_de: Path) -> None:
    store = str(tmp_path / "s")
    outputs = []
    for _ in range(2):
        assert run("ingest", str(sample_de), "--store", store, "--published", "2025-04-10").exit_code == 0
        out = tmp_path / f"graph{len(outputs)}.ttl"
        assert run("export", "--store", store, "-o", str(out)).exit_code == 0
        outputs.append(out.read_bytes())
    assert outputs[0] == outputs[1]
