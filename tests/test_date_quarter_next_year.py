"""A quarter of a year is a season (``seasons`` of dates.json: "im ersten Quartal", "au premier trimestre"): it
dates an act to its year only; a season or quarter told with words of the next year (``season_next_year``:
"весной следующего года", "in the first quarter of next year") is of the year after publication
(_dateseason, dates.resolve)."""

from __future__ import annotations

from datetime import date

import pytest

from graph.extract import dates

CASES = [
    ("es", "La próxima ronda se celebrará durante el primer trimestre de 2027.", date(2026, 11, 17), "2027"),
    ("de", "Die Konferenz soll im ersten Quartal 2027 stattfinden.", date(2026, 11, 17), "2027"),
    ("en", "The talks will resume in the first quarter of next year.", date(2026, 3, 17), "2027"),
    ("fr", "La commission se réunira au printemps de l'année prochaine.", date(2026, 3, 17), "2027"),
    ("ru", "Госвизит планируется в первом квартале следующего года.", date(2026, 3, 17), "2027"),
    ("ru", "Визит состоится весной следующего года.", date(2026, 3, 17), "2027"),
    ("de", "Der Besuch ist im Frühjahr nächsten Jahres geplant.", date(2026, 3, 17), "2027"),
    ("es", "La visita tendrá lugar en la primavera del próximo año.", date(2026, 3, 17), "2027"),
]


@pytest.mark.parametrize(("lang", "text", "published", "year"), CASES)
def test_a_quarter_or_a_season_of_next_year(lang: str, text: str, published: date, year: str) -> None:
    found = dates.find_dates(text, lang)
    assert [dates.resolve(m, published, future=True) for m in found] == [year]


def test_a_season_of_the_running_year_keeps_its_reading() -> None:
    found = dates.find_dates("Il s'y rendra au printemps de l'année.", "fr")
    assert [dates.resolve(m, date(2026, 1, 10), future=True) for m in found] == ["2026"]
