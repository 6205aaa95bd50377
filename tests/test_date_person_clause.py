"""A date in a relative clause about a person set off by commas before the act dates no act when the sentence
dates its act otherwise (_dateperson.about_person_before)."""

from __future__ import annotations

from datetime import date

from extracted import events_of


def test_the_date_of_a_clause_about_the_subject_dates_no_act() -> None:
    text = ("TOKYO - Foreign Minister Kenji Mori held talks with his Peruvian counterpart, Lucía Paredes Rojas, on "
            "Wednesday.\n\nParedes, who took office in March, is scheduled to pay a courtesy call on Prime Minister "
            "Aiko Tanaka on Friday.")
    calls = [e for e in events_of(text, "en", date(2026, 11, 26)) if e.status == "Planned"]
    assert [c.date.value if c.date else None for c in calls] == ["2026-11-27"]
