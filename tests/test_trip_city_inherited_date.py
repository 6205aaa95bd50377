"""A trip placed only in a state takes the city of its travellers' act told after it when that act's date comes from
words written before the trip's own date (a day heading of a week's review), not its own: "Friday, 13 February
... Next week: On 16-17 February the Minister will pay a working visit to Tajikistan. Talks ... are planned in
Dushanbe". An act told after the trip with a date of its own on another day places nothing."""

from types import SimpleNamespace

from graph.extract.assemble import Draft
from graph.extract.tripcities import country_trip_cities
from graph.model import City, Country, DateValue, Person, Span

_DUSHANBE = City(1221874, "Dushanbe", "TJ")


def _drafts(talks_date: DateValue) -> tuple[Draft, Draft]:
    minister = Person(name="Ilze Kalniņa", country="LV")
    trip = Draft("Visit", [SimpleNamespace(sentence=19)], status="Planned", attendees=[minister],
                 location=Country("TJ"), date=DateValue("2026-02-16", "On 16–17 February", Span(1979, 1996)))
    talks = Draft("Talks", [SimpleNamespace(sentence=20)], status="Planned", attendees=[minister],
                  location=_DUSHANBE, date=talks_date)
    return trip, talks


def test_act_dated_by_an_earlier_heading_places_the_trip() -> None:
    trip, talks = _drafts(DateValue("2026-02-13", "Friday, 13 February", Span(1634, 1653)))
    country_trip_cities([trip, talks])
    assert trip.location == _DUSHANBE


def test_act_with_its_own_later_date_places_nothing() -> None:
    trip, talks = _drafts(DateValue("2026-02-25", "on 25 February", Span(2100, 2114)))
    country_trip_cities([trip, talks])
    assert trip.location == Country("TJ")
