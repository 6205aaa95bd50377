"""A date told before a statement's own speech verb dates the statement named right after the verb ("On Tuesday
afternoon, X said at a news conference", "Por la tarde, el canciller X afirmó en conferencia de prensa"): the verb
is no clause break between them (_dateassign._spoken_at)."""

from __future__ import annotations

from extracted import date_of, events_of


def test_a_part_of_yesterday_dates_a_press_conference_told_after_its_verb() -> None:
    text = ("Lima, 9 oct. – La Cancillería peruana convocó ayer a la embajadora de Bolivia, Carla Mendoza Ríos, "
            "por un incidente fronterizo.\n\nPor la tarde, el canciller Julio Paredes Vega afirmó en conferencia de "
            "prensa que Perú defenderá a sus ciudadanos.")
    assert date_of(events_of(text, "es", "2026-10-09"), "Statement") == "2026-10-08"


def test_a_weekday_afternoon_dates_a_news_conference_told_after_said() -> None:
    text = ("OSLO, June 5 - Norway summoned Iceland's ambassador, Jon Gunnarsson, on Wednesday over a fishing "
            "dispute.\n\nOn Wednesday afternoon, Foreign Minister Kari Dahl Berg said at a news conference that "
            "Norway expected an explanation.")
    assert date_of(events_of(text, "en", "2026-06-05"), "Statement") == "2026-06-03"
