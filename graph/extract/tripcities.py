"""The city of a trip the text places only in a country: where the travellers' acts of the trip were held.

"President X is on an official working visit to Austria" ... "talks in the Hofburg": a visit placed in a
state took its travellers to the one city of that state where their acts of the same status and time (the
trip's first day, a month holding it, no date, or a day of the span its date states: "from 9-12 November")
are placed. Run by :func:`graph.extract.dayplaces.same_day_cities`.
"""

from __future__ import annotations

import re
from datetime import date

from graph.extract.assemble import Draft
from graph.model import Country, city_of

__all__ = ["country_trip_cities"]


def _same_time(trip: Draft, act: Draft) -> bool:
    """Whether an act may be where the trip went: no date, the trip's first day, a coarser date holding it, or
    a day of a planned trip's announced span ("an official visit to Qatar from 7 to 9 April. On 8 April he will
    hold talks in Doha") or of the span a trip's date states ("is on an official visit to India from 9-12
    November"); an act reported only on a later day of a trip told in the past without its span says nothing of
    where the traveller arrived."""
    if act.date is None or trip.date is None:
        return True
    if trip.date.value.startswith(act.date.value):
        return True
    if trip.status == act.status == "Planned" and 0 < _days(trip, act) <= _PLANNED_DAYS:
        return True
    return 0 < _days(trip, act) <= _stated_span(trip)  # "on an official visit to India from 9-12 November"


#: The longest span of days (after the first) a trip's own date may state for its acts to be placed by it.
_SPAN_DAYS = 6
_NUMBER = re.compile(r"\d+")


def _stated_span(trip: Draft) -> int:
    """The days after its first that a trip's date states it lasts ("from 9-12 November": 3), else 0."""
    if trip.date is None or trip.date.precision != "day":
        return 0
    first = int(trip.date.value[8:10])
    days = [int(n) for n in _NUMBER.findall(trip.date_text or "") if int(n) <= 31]
    last = max(days, default=first)
    return last - first if len(days) >= 2 and 0 < last - first <= _SPAN_DAYS else 0


#: How many days after a planned trip's start its programme's acts are still part of it.
_PLANNED_DAYS = 3


def _days(trip: Draft, act: Draft) -> int:
    """Days from the trip's first day to the act's (-1 when either is no day)."""
    if trip.date.precision != "day" or act.date.precision != "day":
        return -1
    try:
        return (date.fromisoformat(act.date.value) - date.fromisoformat(trip.date.value)).days
    except ValueError:
        return -1


def country_trip_cities(drafts: list[Draft]) -> None:
    """Place each current trip placed in a country in the one city of that country its travellers' acts have."""
    for trip in drafts:
        if trip.group != "visit" or trip.background or not isinstance(trip.location, Country) or not trip.attendees:
            continue
        travellers, state = set(map(id, trip.attendees)), trip.location.code
        cities = {c.geonames_id: c for d in drafts
                  if d.group != "visit" and not d.background and d.status == trip.status and _same_time(trip, d)
                  and travellers & set(map(id, d.attendees)) and (c := city_of(d.location)) is not None
                  and c.country == state}  # fmt: skip
        if len(cities) == 1:
            trip.location = next(iter(cities.values()))
