"""Where the acts of a day happened when the text places only some of them.

Helpers of :mod:`graph.extract.settle`, run on the merged drafts once the visits have their places and dates:
an act without a city of its own (a signing "after the talks", a banquet in the evening, remarks "at a joint
news conference") took place in the one city where its participants are reported that same day; an act of
travellers during a trip to a city, in the next days and with no other city reported for them in between,
took place in that city ("arrived in Dakar on Tuesday ... was received on Wednesday morning by the Prime
Minister").
"""

from __future__ import annotations

from datetime import date

from graph.extract.assemble import Draft
from graph.model import City, Country, Venue

__all__ = ["same_day_cities"]

#: How many days after its start an act of the travellers may still be part of a trip placed in one city.
_TRIP_DAYS = 3


def _people(draft: Draft) -> set[int]:
    return set(map(id, draft.attendees)) | ({id(draft.speaker)} if draft.speaker is not None else set())


def _city(place: object) -> City | None:
    if isinstance(place, Venue):
        return place.city
    return place if isinstance(place, City) else None


def _day(draft: Draft) -> date | None:
    if draft.date is None or draft.date.precision != "day":
        return None
    try:
        return date.fromisoformat(draft.date.value)
    except ValueError:
        return None


def _placeable(draft: Draft) -> bool:
    """An act of its own day that no city places yet (a country at most)."""
    if draft.background or draft.type == "PhoneCall" or draft.group == "visit" or _day(draft) is None:
        return False
    return draft.location is None or isinstance(draft.location, Country)


def same_day_cities(drafts: list[Draft]) -> None:
    """Give each act without a city the one city where its participants were that day, else the city of
    the trip they are on (see the module docstring)."""
    placed = [d for d in drafts if not d.background and d.type != "PhoneCall" and _day(d) is not None
              and _city(d.location) is not None]  # fmt: skip
    trips = [d for d in drafts if d.group == "visit" and d.date is not None]
    for draft in drafts:
        if not _placeable(draft) or not _people(draft):
            continue
        if any(t.date.span == draft.date.span and _people(t) & _people(draft) for t in trips):
            continue  # an act dated only by the trip it is part of ("visitará Perú del 27 al 29 de julio")
        city = _where_that_day(draft, placed) or _where_on_trip(draft, placed)
        if city is not None and (draft.location is None or draft.location.code == city.country):
            draft.location = city


def _where_that_day(draft: Draft, placed: list[Draft]) -> City | None:
    """The one city of the acts (not trips, which span days) of the same day sharing a participant."""
    people, day = _people(draft), _day(draft)
    cities = {c.geonames_id: c for d in placed if d.status == draft.status and _day(d) == day and d.group != "visit"
              and people & _people(d) and (c := _city(d.location)) is not None}  # fmt: skip
    return next(iter(cities.values())) if len(cities) == 1 else None


def _where_on_trip(draft: Draft, placed: list[Draft]) -> City | None:
    """The city of the trip whose travellers take part, begun at most a few days before, when no other city
    is reported for them from its start to this day."""
    people, day = _people(draft), _day(draft)
    trips = [t for t in placed if t.group == "visit" and t.status == draft.status and people & set(map(id, t.attendees))
             and 0 < (day - _day(t)).days <= _TRIP_DAYS]  # fmt: skip
    if len(trips) != 1:
        return None
    trip, city = trips[0], _city(trips[0].location)
    travellers = set(map(id, trip.attendees))
    elsewhere = any(_day(trip) <= _day(d) <= day and travellers & _people(d) and _city(d.location) != city for d in placed)
    return None if elsewhere else city
