"""A season told as the next one to come ("au printemps prochain", "next spring", "im nächsten Sommer",
"следующей осенью"; ``seasons_next`` of dates.json) is the next such season after publication, and the act it
dates lies ahead (_dateseason, dates.resolve)."""

from __future__ import annotations

from datetime import date

import pytest

from extracted import events_of


from graph.extract import dates

CASES = [
    ("fr", "Une conférence de suivi doit se tenir au printemps prochain.", date(2026, 11, 12), "2027"),
    ("es", "La cumbre se celebrará en la primavera próxima.", date(2026, 11, 12), "2027"),
    ("en", "The conference will be held next spring.", date(2026, 11, 12), "2027"),
    ("de", "Die Konferenz soll im nächsten Sommer stattfinden.", date(2026, 3, 12), "2026"),
    ("ru", "Саммит пройдёт следующей осенью.", date(2026, 11, 12), "2027"),
]


@pytest.mark.parametrize(("lang", "text", "published", "year"), CASES)
def test_the_next_season_is_the_next_one_after_publication(lang: str, text: str, published: date, year: str) -> None:
    found = dates.find_dates(text, lang)
    assert [dates.resolve_for(m, published, "Occurred") for m in found] == [(year, "Planned")]


def test_a_bare_season_keeps_its_reading() -> None:
    found = dates.find_dates("Il s'était rendu à Beyrouth au printemps.", "fr")
    assert [dates.resolve(m, date(2026, 11, 12)) for m in found] == ["2026"]


def test_a_visit_next_spring_is_planned() -> None:
    text = "Der Bundespräsident Karl Weidner will im nächsten Frühjahr nach Ghana reisen."
    visits = [e for e in events_of(text, "de", date(2026, 11, 12)) if e.type == "Visit"]
    assert [(v.date.value if v.date else None, v.status) for v in visits] == [("2027", "Planned")]
