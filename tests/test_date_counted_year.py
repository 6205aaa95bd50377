"""The "this year" of an apposition counting the act as the year's first dates nothing: the account's day does
(_dateordinal.counted_year)."""

from __future__ import annotations

from datetime import date

from extracted import events_of


TEXT = ("The Minister of Foreign Affairs, Dato' Seri Amirul Hakim Zainuddin, attended the ASEAN Foreign Ministers' "
        "Retreat in Manila on 29 January 2026. The Retreat, the first ministerial meeting under the Philippines' ASEAN "
        "Chairmanship this year, was chaired by the Secretary of Foreign Affairs of the Philippines, Maria Cristina "
        "Villaroman, and was also attended by the Secretary-General of ASEAN, Dr. Vilayphone Sisouk.")


def test_the_year_of_a_count_dates_no_act() -> None:
    events = events_of(TEXT, "en", date(2026, 1, 30))
    assert events and all(e.date is None or e.date.value != "2026" for e in events)


def test_a_year_without_a_count_still_dates() -> None:
    text = ("Malaysian Foreign Minister Amirul Hakim Zainuddin will meet Philippine Foreign Secretary Maria Cristina "
            "Villaroman in Manila this year.")
    assert [e.date.value if e.date else None for e in events_of(text, "en", date(2026, 1, 30))] == ["2026"]
