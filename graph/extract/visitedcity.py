"""A stop of a tour that the account places in no city goes to the one city of that state its acts are in.

"... followed by an official visit to the Sultanate of Oman from 4 to 6 November. In Muscat, Minister Lim will
hold talks with Oman's Minister of Foreign Affairs": the visit to Oman took place in Muscat. A trip dated to the
day, told beside another trip of the same status to a city of another state (a tour), and placed in a state
only or nowhere while it names one visited state, takes the city of that state where the account places the
current acts of the same status the state takes part in within days of it, when all of them are in that one
city (a dinner placed nowhere does not count; an act in another of its towns does: a tour of the state has no
one city). A return visit still to be dated ("will visit Moscow next year") is no stop of the tour, nor is an
earlier act of the state a part of it ("the groundwork was laid in Santiago in March"). Runs after
:func:`.settle.unplaced_visits`, which reads the travellers' acts of the trip's days.

A trip placed nowhere, dated to a month or a year, whose own sentence places an act of the same date abroad
("Les ministres sont convenus de se retrouver à Abidjan en mars, à l'occasion du déplacement de M. Morvan en
Afrique de l'Ouest", "se reunieron en Taipéi en octubre, durante la visita oficial que el presidente realizó a
Taiwán") went to that act's city (:func:`sentence_act_cities`).
"""

from __future__ import annotations

from datetime import date

from graph.extract.assemble import Draft
from graph.model import Country, city_of

__all__ = ["sentence_act_cities", "state_trip_cities"]


def state_trip_cities(drafts: list[Draft]) -> None:
    """Place each trip to one state placed in no city in the one city of that state its current acts are in."""
    for trip in drafts:
        if trip.group != "visit" or trip.background or trip.date is None or trip.date.precision != "day":
            continue
        state = _visited(trip)
        if state is None or not _other_stop(drafts, trip, state):
            continue
        found = {}
        for act in drafts:
            if act is trip or act.background or act.status != trip.status or state not in act.countries:
                continue
            if act.date is None or not _near(trip.date.value, act.date.value):
                continue  # "The groundwork for the visit was laid in Santiago in March": not this stop's
            city = city_of(act.location)
            if city is not None and city.country == state:
                found[city.geonames_id] = city
        if len(found) == 1:
            trip.location = next(iter(found.values()))


#: How many days apart a stop and an act of it may be dated (the days of a tour's stops).
_STOP_DAYS = 5


def _near(day: str, value: str) -> bool:
    """Whether an act dated ``value`` (a day or a month) may belong to a stop starting on ``day``."""
    if len(value) == 7:
        return day.startswith(value)
    try:
        return abs((date.fromisoformat(value) - date.fromisoformat(day)).days) <= _STOP_DAYS
    except ValueError:
        return False


def _other_stop(drafts: list[Draft], trip: Draft, state: str) -> bool:
    """Whether the account tells another current trip of the same status to a city of another state: a tour."""
    for other in drafts:
        city = city_of(other.location)
        if other is not trip and other.group == "visit" and not other.background and other.status == trip.status:
            if city is not None and city.country != state:
                return True
    return False


def _visited(trip: Draft) -> str | None:
    """The one state a trip placed in no city visits: the state it is placed in, else the one state it names
    that none of its travellers is of."""
    if isinstance(trip.location, Country):
        return trip.location.code
    if trip.location is not None:
        return None
    states = trip.countries - {p.country for p in trip.attendees}
    return next(iter(states)) if len(states) == 1 else None


def sentence_act_cities(drafts: list[Draft]) -> None:
    """A trip placed nowhere and dated coarser than a day takes the one city where the acts of its own sentences
    with its date are placed, when that city lies in a state other than its travellers' own and the act is
    its travellers' (or in a state of the trip, when the traveller is not among those who met; when a
    traveller's own state is not known yet, an act between the trip's own states, in one of them)."""
    for trip in drafts:
        if trip.group != "visit" or trip.location is not None or trip.date is None or trip.date.precision == "day":
            continue
        if not trip.attendees:
            continue
        homes, travellers, told = {p.country for p in trip.attendees}, set(map(id, trip.attendees)), trip.sentences
        known = None not in homes  # else the act must be between the trip's own states, in one of them
        found = {}
        for act in drafts:
            if act.group == "visit" or act.date is None or act.date.value != trip.date.value or not told & act.sentences:
                continue
            city = city_of(act.location)
            if city is None:
                continue
            ours = city.country in trip.countries and (known or act.countries == trip.countries)
            if city.country in homes or not (known and travellers & act.people or ours):
                found = {}
                break
            found[city.geonames_id] = city
        if len(found) == 1:
            trip.location = next(iter(found.values()))
