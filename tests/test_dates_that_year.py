"""A month "of that year" is in the last year written before it (_datethatyear): "Relations soured in 2024. In
October of that year ..." is October 2024, not the October of publication's year."""

from __future__ import annotations

from datetime import date

import pytest

from graph.extract.dates import find_dates, resolve


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Relations soured in 2024. In October of that year, the authorities expelled two diplomats."),
        ("fr", "Les relations s'étaient dégradées en 2024. En octobre de cette année-là, les autorités avaient expulsé deux diplomates."),
        ("es", "Las relaciones se deterioraron en 2024. En octubre de ese año, las autoridades expulsaron a dos diplomáticos."),
        ("de", "Die Beziehungen verschlechterten sich 2024. Im Oktober desselben Jahres wies die Regierung zwei Diplomaten aus."),
        ("ru", "Отношения ухудшились в 2024 году. В октябре того же года власти выслали двух дипломатов."),
    ],
)
def test_a_month_of_that_year_takes_the_year_written_before(lang: str, text: str) -> None:
    values = [resolve(m, date(2026, 5, 7)) for m in find_dates(text, lang)]
    assert values[-1] == "2024-10"


def test_this_year_still_means_the_year_of_publication() -> None:
    text = "Les relations s'étaient dégradées en 2024. En octobre de cette année, le ministre se rendra à Abidjan."
    assert resolve(find_dates(text, "fr")[-1], date(2026, 5, 7), future=True) == "2026-10"
