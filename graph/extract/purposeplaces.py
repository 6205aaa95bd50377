"""Where the acts a trip is told with happened: the city the trip goes to.

General cause: a sentence that sends a traveller to a city and names what the trip is for ("will travel to
Lisbon on Friday, where she will hold talks with her counterpart", "viajará a Quito para participar en la
cumbre", "reist nach Riga, um am Ostseerat teilzunehmen", "отправится в Ереван для переговоров") gives the city
to the trip's verb; the act named after it (the talks, the summit) was left without a city, or only with the
state of that city. Such an act took place where the trip went. Run by
:func:`graph.extract.dayplaces.same_day_cities` before the acts of a day place one another.

Only acts of the trip's status and time (no date, or one agreeing with the trip's) named after the trip in the
sentence, sharing a participant with it, naming none, or held between the trip's own states (the host who
co-chairs the talks the traveller comes for), take its city; calls, summonses and expulsions
never do (they are placed by the states taking part), nor do statements (said about a trip, not on it: "a
trip to Tehran is not on the agenda, a spokesman said"), nor does any act when the sentence sends its
travellers to two cities.
"""

from __future__ import annotations

from graph.extract.assemble import Draft
from graph.model import City, Country, city_of

__all__ = ["trip_purpose_cities"]

#: Acts a trip's destination never places: a call has no place, a summons or expulsion is the state's own.
_NOT_PLACED = frozenset({"PhoneCall", "Summons", "Expulsion"})


def _same_time(trip: Draft, act: Draft) -> bool:
    """No date on either side, or one date holding the other ("in October" and "on 12 October")."""
    if trip.date is None or act.date is None:
        return True
    return trip.date.value.startswith(act.date.value) or act.date.value.startswith(trip.date.value)


def _unplaced(act: Draft, city: City) -> bool:
    """An act placed nowhere, or only in the state the trip's city lies in."""
    return act.location is None or (isinstance(act.location, Country) and act.location.code == city.country)


def trip_purpose_cities(drafts: list[Draft]) -> None:
    """Give each act told after a trip in the trip's sentence, and placed nowhere else, the trip's city."""
    trips: dict[int, list[tuple[int, Draft, City]]] = {}  # sentence -> (trigger start, trip, city)
    for trip in drafts:
        city = city_of(trip.location)
        if trip.group != "visit" or trip.background or city is None:
            continue
        for m in trip.mentions:
            trips.setdefault(m.sentence, []).append((m.start, trip, city))
    for act in drafts:
        if act.group in ("visit", "statement") or act.background or act.type in _NOT_PLACED:
            continue
        for m in act.mentions:
            told = trips.get(m.sentence, [])
            if len({c.geonames_id for _, _, c in told}) != 1:
                continue  # no trip in the sentence, or one to two cities ("from Rome to Paris")
            before = [(trip, city) for start, trip, city in told if start < m.start and _fits(trip, act, city)]
            if before:
                act.location = before[0][1]
                break


def _fits(trip: Draft, act: Draft, city: City) -> bool:
    people, travellers = act.people, trip.people
    states = set(trip.countries) | {p.country for p in trip.attendees} | {city.country}
    hosts = {p.country for p in act.attendees} == {city.country}  # "which she will co-chair with Mr X" of there
    shared = not people or not travellers or bool(people & travellers) or hosts or act.countries <= states
    return trip.status == act.status and shared and _same_time(trip, act) and _unplaced(act, city)
