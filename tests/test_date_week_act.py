"""An act dated only by its week happened on the one day of that week its participants are told acting
(_dateweekact.week_acts); never on the day of publication."""

from __future__ import annotations

from datetime import date

from extracted import events_of


def test_a_signing_of_this_week_takes_the_day_its_signers_met() -> None:
    text = ("El presidente de Chile, Tomás Araya, y su homólogo de Uruguay, Martín Suárez Lema, se reunieron el pasado "
            "martes en Montevideo, donde acordaron un plan conjunto.\n\nEl último encuentro entre Araya y Suárez Lema "
            "se remonta a marzo. El memorando firmado esta semana por Araya y Suárez Lema entra en vigor en enero.")
    events = events_of(text, "es", date(2026, 11, 27))
    days = {(e.type, e.date.value if e.date else None) for e in events if e.type in ("Meeting", "Ceremony")}
    assert ("Ceremony", "2026-11-24") in days


def test_an_act_earlier_this_week_is_not_dated_today() -> None:
    text = ("Today, Foreign Minister Anna Berg met with her Kenyan counterpart, Daniel Otieno, in Nairobi. "
            "Berg and Otieno welcomed the signing earlier this week of a memorandum on energy cooperation.")
    events = events_of(text, "en", date(2026, 7, 10))
    signings = [e for e in events if e.type == "Ceremony"]
    assert all(e.date is None or e.date.value != "2026-07-10" for e in signings)
