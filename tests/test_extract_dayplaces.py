"""Acts placed by the acts of their day and the trips around them (graph.extract.dayplaces)."""

from __future__ import annotations

from datetime import date

from where import city_name

from extracted import events_of


_TRIP = """Fiji and Tonga to sign shipping deal

Tonga's Prime Minister Viliami Taufa arrived in Suva yesterday afternoon for a three-day official visit to Fiji.

Speaking to reporters in Nuku'alofa on Monday before his departure, Mr Taufa said the deal was overdue.

This morning Mr Taufa held talks with his Fijian counterpart, Josaia Ravula, at the Prime Minister's Office. \
Mr Ravula will host an official dinner for his guest tonight.
"""


def test_talks_the_day_after_arrival_are_where_the_trip_went_despite_remarks_at_home_before_leaving() -> None:
    events = events_of(_TRIP, "en", date(2026, 6, 16))
    talks = next(e for e in events if e.type in ("Talks", "Meeting"))
    assert city_name(talks) == "Suva"


def test_an_act_placed_by_its_day_places_the_next_act_of_its_people() -> None:
    """The dinner names only the host; the talks placed by the trip place it in turn."""
    events = events_of(_TRIP, "en", date(2026, 6, 16))
    dinner = next(e for e in events if e.type == "Ceremony")
    assert city_name(dinner) == "Suva"
