"""A date in a relative clause about a thing the act's clause names further on ("una reunión en la que revisaron
los aranceles que ambos países impusieron a comienzos de año") dates no act (_dateperson.about_thing); one that
tells the act taking place ("la reunión ... que se celebró en mayo") still does."""

from __future__ import annotations

from datetime import date

from extracted import events_of


def test_the_time_tariffs_were_imposed_does_not_date_the_meeting() -> None:
    text = ("Quito, 22 de abril de 2026.— La canciller Valentina Ruiz y su homólogo Santiago Vela firmaron este "
            "miércoles un acuerdo.\n\nAntes de la firma, ambos cancilleres mantuvieron una reunión de trabajo en la que "
            "revisaron los aranceles cruzados que ambos países impusieron a comienzos de año.")
    meetings = [e for e in events_of(text, "es", date(2026, 4, 22)) if e.type == "Meeting"]
    assert [m.date.value if m.date else None for m in meetings] == ["2026-04-22"]


def test_a_clause_telling_the_act_held_still_dates_it() -> None:
    text = ("Recordó la reunión del canciller Luis Paredes con su homólogo Jorge Araya en la capital peruana que se "
            "celebró en mayo de 2025.")
    meetings = [e for e in events_of(text, "es", date(2026, 4, 22)) if e.type == "Meeting"]
    assert [m.date.value if m.date else None for m in meetings] == ["2025-05"]


def test_a_german_article_opens_no_relative_clause() -> None:
    text = ("Anlässlich des Antrittsbesuchs von Bundeskanzlerin Petra Vogt in den Vereinigten Staaten am 7. Februar "
            "2026 lud US-Präsident John Harlan zu einer gemeinsamen Pressekonferenz.")
    visits = [e for e in events_of(text, "de", date(2026, 2, 7)) if e.type == "Visit"]
    assert [v.date.value if v.date else None for v in visits] == ["2026-02-07"]
