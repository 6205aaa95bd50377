"""The sample article end to end through the extractor (issue acceptance, extraction side)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from graph.extract import extract
from graph.model import Article, City, Country, Event, Extraction, Venue
from graph.read import read_file

SAMPLE = Path(__file__).resolve().parents[1] / "data" / "articles" / "de-istanbul-us-russia-talks.txt"
pytestmark = pytest.mark.skipif(not SAMPLE.is_file(), reason="sample article not in data/articles")


def load(published: date | None) -> Extraction:
    (article,) = read_file(SAMPLE, published=published, language="de")
    assert isinstance(article, Article)
    return extract(article)


@pytest.fixture(scope="module")
def extraction() -> Extraction:
    return load(date(2025, 4, 10))


def attendees(event: Event) -> dict[str, str | None]:
    return {p.name: p.country for p in event.attendees}


def city_name(event: Event) -> str | None:
    place = event.location
    if isinstance(place, Venue):
        return place.city.name if place.city else None
    return place.name if isinstance(place, City) else None


def test_talks_in_istanbul_at_the_russian_consulate(extraction: Extraction) -> None:
    (talks,) = [e for e in extraction.events if e.type == "Talks"]
    assert (talks.status, talks.background) == ("Occurred", False)
    assert talks.date is not None and talks.date.value == "2025-04-10"
    assert isinstance(talks.location, Venue) and talks.location.kind == "consulate" and talks.location.owner == "RU"
    assert city_name(talks) == "Istanbul"
    assert attendees(talks) == {"Alexander Darchiev": "RU", "Sonata Coulter": "US"}
    assert talks.countries == {"RU", "US"}


def test_ambassador_and_long_title(extraction: Extraction) -> None:
    people = {p.name: p for p in extraction.people}
    assert people["Alexander Darchiev"].accredited_to == "US"
    assert people["Sonata Coulter"].titles == [
        "stellvertretende Assistentin des US-Außenministers für Russland und Zentraleuropa"
    ]


def test_earlier_meeting_lasted_six_hours_and_the_talks_follow_it(extraction: Extraction) -> None:
    (earlier,) = [e for e in extraction.events if e.date is not None and e.date.value == "2025-02-27"]
    assert (earlier.type, earlier.background, earlier.duration) == ("Meeting", True, "PT6H")
    assert city_name(earlier) == "Istanbul"
    (talks,) = [e for e in extraction.events if e.type == "Talks"]
    assert talks.follows is earlier


def test_foreign_ministers_met_in_saudi_arabia(extraction: Extraction) -> None:
    (meeting,) = [e for e in extraction.events if "Marco Rubio" in attendees(e)]
    assert attendees(meeting) == {"Sergey Lavrov": "RU", "Marco Rubio": "US"}
    assert meeting.location == Country("SA")
    assert meeting.date is not None and meeting.date.value == "2025-02-18"
    assert meeting.background


def test_spokesperson_is_a_speaker_and_attends_nothing(extraction: Extraction) -> None:
    statements = [e for e in extraction.events if e.speaker is not None and e.speaker.name == "Tammy Bruce"]
    assert [e.type for e in statements] == ["Statement"]
    assert statements[0].speaker.country == "US"
    assert not any("Tammy Bruce" in attendees(e) for e in extraction.events)


def test_president_keeps_his_title(extraction: Extraction) -> None:
    trump = next(p for p in extraction.people if p.name == "Donald Trump")
    assert trump.titles == ["US-Präsident"] and trump.country == "US"


def test_news_agencies_are_not_people(extraction: Extraction) -> None:
    assert not {"Reuters", "TASS"} & {p.name for p in extraction.people}


def test_no_event_or_date_from_a_duration(extraction: Extraction) -> None:
    for event in extraction.events:
        assert "Stunden" not in (event.date_text or "")
    assert [e.duration for e in extraction.events if e.duration] == ["PT6H"]


def test_evidence_is_whole_sentences_of_the_text(extraction: Extraction) -> None:
    text = extraction.article.text
    for event in extraction.events:
        assert event.evidence
        for span in event.evidence:
            sentence = text[span.start : span.end]
            assert sentence == sentence.strip() and sentence[-1] not in ",;"


def test_without_publication_date_no_year_is_invented() -> None:
    extraction = load(None)
    values = {e.date.value for e in extraction.events if e.date is not None}
    assert values <= {"2022"}
    assert any(e.date_text == "am 27. Februar" for e in extraction.events)
