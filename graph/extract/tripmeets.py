"""Who the traveller meets: a meeting told during a trip names only its host ("In Accra wird sie am Dienstag mit
der Außenministerin X zusammentreffen", "À Abidjan, des entretiens avec le Premier ministre Y sont prévus"), or
no one at all in a building of the visited state ("será recibida hoy en la Moncloa por el presidente"); the
traveller, left to a pronoun or a title, is the other party (a trip told twice, "reist vom 6. bis 9. Oktober nach
X" and "Am Dienstag trifft er in Y ein", is one traveller's); a meeting placed nowhere and dated to one of the
trip's first days is held in the trip's city of that state.

Runs in :func:`graph.extract.rules._settle`, before :func:`graph.extract.mainevent.finish` drops meetings with one
party only.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from graph.extract import places
from graph.model import Venue

if TYPE_CHECKING:
    from graph.extract.assemble import Draft

__all__ = ["travellers_meet_hosts"]


def _visited(trip: Draft) -> set[str]:
    """The states a trip goes to: where it is placed, and the states it names besides its travellers'."""
    home = {p.country for p in trip.attendees if p.country}
    where = places.country_of(trip.location)
    return ({where} if where else set()) | (trip.countries - home)


def _hosts_only(draft: Draft) -> str | None:
    """The one state of a meeting whose named parties all belong to it, or of one naming nobody held in a
    building of that state ("será recibida hoy en el Palacio de la Moncloa por el presidente"), else None."""
    if draft.group != "meet" or draft.background:
        return None
    if not draft.attendees:
        seat = places.country_of(draft.location) if isinstance(draft.location, Venue) else None
        return seat if seat is not None and draft.countries <= {seat} else None
    states = {p.country for p in draft.attendees}
    if states == {None} and len(draft.attendees) == 1:
        return places.country_of(draft.location) or _ANY  # a mayor, a governor: a local host of no state named
    if len(states) != 1 or None in states:
        return None
    return states.pop() if draft.countries <= states else None


#: The state of a local host whose state no word names ("Oberbürgermeister X empfing ihn"): the trip's.
_ANY = "*"


def _trip_for(drafts: list[Draft], draft: Draft, state: str) -> Draft | None:
    """The one trip to ``state`` told before ``draft``, of travellers of another state, that can hold it."""
    first = _told_at(draft)
    trips = [
        t for t in drafts
        if t.group == "visit" and not t.background and t.attendees and _told_at(t) < first
        and (state in _visited(t) or state == _ANY and _visited(t)) and all(p.country != state for p in t.attendees)
        and (t.status == draft.status or (t.status, draft.status) == ("Occurred", "Planned"))
    ]  # fmt: skip
    if len({tuple(map(id, t.attendees)) for t in trips}) == 1:
        same = [t for t in trips if t.status == draft.status]  # "arrives on Tuesday" told as done, the stay planned
        return (same or trips)[-1]  # one traveller's trip told twice: the same travellers either way
    return None


def _told_at(draft: Draft) -> int:
    """Where the text first tells ``draft`` (its first trigger)."""
    return min((m.start for m in draft.mentions), default=10**9)


def _days_into(trip: Draft, draft: Draft) -> bool:
    """Whether ``draft`` is dated to a day of the first days of ``trip`` (both dated to the day)."""
    a, b = trip.date, draft.date
    if a is None or b is None or len(a.value) != 10 or len(b.value) != 10:
        return False
    return 0 <= (date.fromisoformat(b.value) - date.fromisoformat(a.value)).days <= _TRIP_DAYS


#: How many days after a trip's first day an act of it may fall.
_TRIP_DAYS = 4


def travellers_meet_hosts(drafts: list[Draft]) -> None:
    """A meeting during a trip naming only officials of the visited state, in that state, gets the travellers."""
    for draft in drafts:
        state = _hosts_only(draft)
        if state is None or places.country_of(draft.location) not in (None, state):
            continue
        trip = _trip_for(drafts, draft, state)
        if trip is None:
            continue
        draft.attendees[:0] = [p for p in trip.attendees if p not in draft.attendees]
        draft.countries |= {p.country for p in trip.attendees if p.country}
        if draft.location is None and places.country_of(trip.location) == state and _days_into(trip, draft):
            draft.location = trip.location  # "Am selben Tag ist ein Treffen mit Präsidentin X vorgesehen": where the trip is
        if state == _ANY and len(_visited(trip)) == 1:
            draft.countries |= _visited(trip)  # the host's state: the one the trip goes to
