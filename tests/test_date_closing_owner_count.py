"""An act told on its last day with a possessive between the "after" word and its count ("Zum Abschluss seines
dreitägigen Staatsbesuchs kommt X heute nach Dresden", "at the end of her three-day visit") is dated by its first
day, and lasts the days counted, so the act of the next sentence keeps the day told (_dateclosing._right_after)."""

from __future__ import annotations

from extracted import date_of, events_of

DE = ("Dresden. Zum Abschluss seines dreitägigen Staatsbesuchs in Deutschland kommt der finnische Präsident Mikko "
      "Lehtinen Aalto heute nach Dresden. Ministerpräsident Uwe Brandner empfängt den Gast um 10.30 Uhr in der "
      "Staatskanzlei.")


def test_a_three_day_state_visit_closing_today_began_two_days_ago() -> None:
    events = events_of(DE, "de", "2026-06-10")
    assert date_of(events, "StateVisit") == "2026-06-08"
    assert date_of(events, "Meeting") == "2026-06-10"


def test_at_the_end_of_her_three_day_visit() -> None:
    text = ("WELLINGTON, March 6 - Japanese Foreign Minister Yoko Tanabe Mori travels to Auckland today at the end "
            "of her three-day visit to New Zealand.")
    events = events_of(text, "en", "2026-03-06")
    assert date_of(events, "Visit") == "2026-03-04"
