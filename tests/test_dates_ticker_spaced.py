"""A live ticker whose entries are stamped the French way, with a spaced hour mark ("18 h 05 –"), dates its
undated entries by the day of publication (graph/extract/_dateticker.py)."""

from __future__ import annotations

from datetime import date

from extracted import events_of


def test_a_ticker_stamped_with_spaced_hours_dates_its_entries_by_publication() -> None:
    text = ("Sommet pour le Soudan : suivez la journée en direct\n\n"
            "17 h 10 – Le sommet s'achève. « Nous avons avancé », a déclaré la ministre Hélène Garnier lors de sa "
            "conférence de presse de clôture.\n\n"
            "13 h 25 – La ministre Hélène Garnier s'est entretenue avec son homologue tchadien, Idriss Mahamat.\n\n"
            "9 h 00 – Le sommet s'ouvre à Genève en présence d'une trentaine de délégations.")
    events = events_of(text, "fr", date(2026, 5, 12))
    dated = {e.type: e.date.value if e.date else None for e in events}
    assert dated.get("Meeting") == "2026-05-12", dated
