"""A trip told for a week ("kommende Woche", "next week") that runs into the next month starts on the first day
its travellers are reported doing something during that week (_datetrip.visit_dates, dates.week_bounds)."""

from __future__ import annotations

from datetime import date

import pytest

from graph.model import Event
from extracted import events_of


def _trip(events: list[Event]) -> Event:
    found = [e for e in events if e.type in ("Visit", "StateVisit")]
    assert found, [e.type for e in events]
    return found[0]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("de", "Bundespräsident Karl Weber reist kommende Woche zu einem Staatsbesuch nach Kenia. Am Dienstag, "
               "30. Juni, führt er in Nairobi Gespräche mit Präsident Samuel Mwangi."),
        ("en", "President Anna Berg will travel to Kenya next week for a state visit. On Tuesday, June 30, she "
               "will hold talks with President Samuel Mwangi in Nairobi."),
        ("fr", "Le président Marc Dubois se rendra la semaine prochaine au Kenya pour une visite d'État. Le mardi "
               "30 juin, il aura des entretiens avec le président Samuel Mwangi à Nairobi."),
        ("es", "El presidente Julio Márquez viajará la próxima semana a Kenia en visita de Estado. El martes 30 de "
               "junio mantendrá conversaciones con el presidente Samuel Mwangi en Nairobi."),
        ("ru", "Президент Иван Петров на следующей неделе посетит Кению с государственным визитом. Во вторник, "
               "30 июня, он проведёт переговоры с президентом Сэмюэлом Мвангой в Найроби."),
    ],
)
def test_a_trip_of_next_week_across_two_months_starts_on_its_first_told_day(lang: str, text: str) -> None:
    trip = _trip(events_of(text, lang, date(2026, 6, 23)))
    assert (trip.status, trip.date.value if trip.date else None) == ("Planned", "2026-06-30")


def test_a_day_after_the_week_does_not_date_the_trip() -> None:
    text = ("President Anna Berg will travel to Kenya next week for a state visit. On July 14 she will hold talks "
            "with President Samuel Mwangi in Nairobi.")
    trip = _trip(events_of(text, "en", date(2026, 6, 23)))
    assert trip.date is None or trip.date.value != "2026-07-14"
