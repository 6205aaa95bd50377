"""A weekday told with its day of the month but no month: "el próximo viernes 21" (graph/extract/_dateweekdayday.py)."""

from __future__ import annotations

from datetime import date

import pytest

from graph.extract.dates import find_dates, resolve


def _values(text: str, lang: str, published: date) -> list[tuple[str, str | None]]:
    return [(m.text, resolve(m, published)) for m in find_dates(text, lang)]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("es", "Los cancilleres se verán el próximo viernes 21 en Cuenca.", ("el próximo viernes 21", "2026-08-21")),
        ("fr", "Les deux ministres se retrouveront vendredi 14 à Lomé.", ("vendredi 14", "2026-08-14")),
        ("en", "The envoys met on Monday 3rd in Accra.", ("on Monday 3rd", "2026-08-03")),
        ("ru", "Министры встретятся в пятницу 21 в Казани.", ("в пятницу 21", "2026-08-21")),
    ],
)
def test_a_weekday_with_a_day_number_resolves_to_that_day(lang: str, text: str, expected: tuple[str, str]) -> None:
    assert _values(text, lang, date(2026, 8, 12)) == [expected]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("es", "La reunión empezará el viernes 21 horas."),
        ("de", "Am Freitag 3 Minister empfangen."),
        ("en", "The talks start on Friday 10:30 local time."),
    ],
)
def test_a_clock_time_or_a_count_after_a_weekday_is_no_day(lang: str, text: str) -> None:
    assert [v for _, v in _values(text, lang, date(2026, 8, 12))] == ["2026-08-07"]
