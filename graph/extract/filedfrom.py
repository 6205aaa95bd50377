"""Acts the account places nowhere took place where the report was filed: the dateline's city.

A wire report or readout opens with the city it was filed from ("ULAANBAATAR, June 11 (Kabar) -", "Asunción,
12 de noviembre de 2026.-"). The city is no venue of its own (:mod:`graph.extract.rules` keeps it out of the
places the account names), but a reporter files from where the talks, the reception or the statement took
place: an act that ends up with no city and is not placed in another state takes the dateline's city. Phone
calls have no venue; an earlier act told in passing is placed there only when the dateline's state took part
in it (a summons by the same ministry months ago), not when it was between others. A trip of the dateline
state's own officials only (no host of another state named) is not placed there: a journey's destination is
never the traveller's home; nor are the acts of the days of a trip to another state of its travellers or of the
visited state ("Bern, 05.10. – Bundesrat X reist nach Costa Rica ... Am 7. Oktober unterzeichnet er ...").
"""

from __future__ import annotations

from datetime import date, timedelta

from graph.model import City, Country, Event, Venue

__all__ = ["dateline_places"]

_NO_VENUE = frozenset({"PhoneCall"})
_TRIPS = frozenset({"Visit", "StateVisit"})


def dateline_places(events: list[Event], city: City | None) -> None:
    """Place the current acts without a city in the dateline's ``city`` (None: no dateline, nothing to do)."""
    if city is None:
        return
    away = _trips_abroad(events, city.country)
    for event in events:
        if event.type in _NO_VENUE or (event.background and city.country not in event.countries):
            continue
        if event.type in _TRIPS and event.attendees and all(p.country == city.country for p in event.attendees):
            continue  # "BERLIN. ... die Kanzlerin, die im September nach Astana gereist war": not a trip to Berlin
        if event.date is not None and _on_trip(event, away.get(event.date.value, set())):
            continue  # the signing on the minister's trip to San José, told from Bern
        place = event.location
        if place is None or (isinstance(place, Country) and place.code == city.country):
            event.location = city


#: The days of a trip abroad counted from its first day.
_TRIP_DAYS = 5


def _on_trip(event: Event, away: set) -> bool:
    """Whether an act of a trip day involves one of its travellers (by ``id``) or the visited state."""
    return any(id(p) in away for p in event.attendees) or any(code in away for code in event.countries if event.attendees)


def _trips_abroad(events: list[Event], home: str) -> dict[str, set]:
    """The travellers (by ``id``) and visited states abroad on each day ("2026-10-07") of the trips to another
    state that the events place there."""
    away: dict[str, set] = {}
    for trip in events:
        place = trip.location
        state = place.code if isinstance(place, Country) else getattr(place, "country", None)
        if state is None and isinstance(place, Venue) and place.city is not None:
            state = place.city.country
        if trip.type not in _TRIPS or state in (None, home) or trip.date is None or trip.date.precision != "day":
            continue
        travellers = {id(p) for p in trip.attendees if p.country == home}
        if not travellers:
            continue
        first = date.fromisoformat(trip.date.value)
        for n in range(_TRIP_DAYS):
            away.setdefault((first + timedelta(days=n)).isoformat(), set()).update(travellers | {state})
    return away
