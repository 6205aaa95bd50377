"""A sentence opened by "at the same time" ("Zugleich", "Al mismo tiempo") tells an act of the day of the act
before it, like "afterwards" (``afterwards`` of dates.json, _dateafter)."""

from __future__ import annotations

from datetime import date

from extracted import date_of, events_of


def test_an_expulsion_told_at_the_same_time_takes_the_day_of_the_summons() -> None:
    text = ("Das Auswärtige Amt hat gestern den Geschäftsträger Irans einbestellt.\n\nZugleich wurden zwei Mitarbeiter "
            "der iranischen Botschaft zu unerwünschten Personen erklärt.")
    assert date_of(events_of(text, "de", date(2026, 3, 12)), "Expulsion") == "2026-03-11"


def test_spanish_al_mismo_tiempo() -> None:
    text = ("El Gobierno convocó el lunes al embajador de Nicaragua.\n\nAl mismo tiempo, expulsó a dos diplomáticos "
            "nicaragüenses.")
    assert date_of(events_of(text, "es", date(2026, 3, 12)), "Expulsion") == "2026-03-09"
