"""Tests of graph.extract.settle: places of trips from the acts of their days."""

from __future__ import annotations

from graph.extract import settle
from graph.extract.assemble import Draft
from graph.model import City, Country, DateValue, Person


def _day(value: str) -> DateValue:
    return DateValue(value, value)


def test_an_unplaced_dinner_does_not_keep_a_trip_from_the_city_of_its_talks() -> None:
    guest = Person(name="Kwame Mensah", country="GH", role="Minister of Foreign Affairs")
    host = Person(name="Marc Dubois", country="BE", role="Minister of Foreign Affairs")
    brussels = City(2800866, "Brussels", "BE")
    trip = Draft("Visit", attendees=[guest], date=_day("2026-05-03"))
    talks = Draft("Talks", attendees=[guest, host], location=brussels, date=_day("2026-05-04"))
    dinner = Draft("Meeting", attendees=[guest, host], date=_day("2026-05-04"))
    settle.unplaced_visits([trip, talks, dinner])
    assert trip.location == brussels


def test_an_act_placed_in_another_state_keeps_the_trip_unplaced() -> None:
    guest = Person(name="Kwame Mensah", country="GH", role="Minister of Foreign Affairs")
    brussels = City(2800866, "Brussels", "BE")
    trip = Draft("Visit", attendees=[guest], date=_day("2026-05-03"))
    talks = Draft("Talks", attendees=[guest], location=brussels, date=_day("2026-05-04"))
    stop = Draft("Meeting", attendees=[guest], location=Country("NL"), date=_day("2026-05-05"))
    settle.unplaced_visits([trip, talks, stop])
    assert trip.location is None


def test_an_act_right_after_arriving_elsewhere_is_not_put_in_the_main_trips_state() -> None:
    guest = Person(name="Lauofo Ioane", country="WS", role="Prime Minister")
    host = Person(name="Sione Fakatava", country="TO", role="Prime Minister")
    arrival = Draft("Visit", attendees=[guest, host], location=Country("TO"), date=_day("2026-06-15"))
    other = Draft("Visit", attendees=[host], location=Country("WS"), date=_day("2026-06-16"))
    talks = Draft("Talks", attendees=[guest, host], date=_day("2026-06-16"))
    settle.during_trip([arrival, other, talks], other)
    assert talks.location is None
