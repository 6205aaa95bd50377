"""A trip told as made but undated in its own sentence took place on the first day its traveller is reported
doing something at its place later in the account (_datetrip.visit_dates, _datetrip._there)."""

from __future__ import annotations

from datetime import date

import pytest

from extracted import events_of


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("es", "El presidente chileno, Tomás Araya, realizó su primera visita oficial a La Paz. Araya y su par "
               "boliviano, Luis Mamani, firmaron este miércoles en el Palacio Quemado cuatro convenios."),
        ("en", "Chilean President Tomás Araya made his first official visit to La Paz. Araya and his Bolivian "
               "counterpart Luis Mamani signed four agreements at the Palacio Quemado on Wednesday."),
        ("de", "Der chilenische Präsident Tomás Araya absolvierte seinen ersten offiziellen Besuch in La Paz. Araya "
               "und sein bolivianischer Amtskollege Luis Mamani unterzeichneten am Mittwoch im Palacio Quemado vier "
               "Abkommen."),
        ("fr", "Le président chilien Tomás Araya a effectué sa première visite officielle à La Paz. Araya et son "
               "homologue bolivien Luis Mamani ont signé mercredi au Palacio Quemado quatre accords."),
    ],
)
def test_an_undated_trip_takes_the_day_of_its_travellers_acts_at_its_place(lang: str, text: str) -> None:
    trips = [e for e in events_of(text, lang, date(2026, 8, 20)) if e.type in ("Visit", "StateVisit")]
    assert [(t.status, t.date.value if t.date else None) for t in trips] == [("Occurred", "2026-08-19")]


def test_an_act_in_another_city_does_not_date_the_trip() -> None:
    text = ("Chilean President Tomás Araya made his first official visit to La Paz. Back in Santiago, Araya and "
            "Bolivian Foreign Minister Luis Mamani signed four agreements at La Moneda on Wednesday.")
    trips = [e for e in events_of(text, "en", date(2026, 8, 20)) if e.type in ("Visit", "StateVisit")]
    assert [t.date for t in trips] == [None]
