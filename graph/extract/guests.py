"""Who joins an act named without them: a trip's traveller its meetings, the official who speaks to a summoned envoy.

The traveller of a trip takes part in the meetings its account names with only the other side.

"Die Ministerin reist am 12. Mai nach Belgrad. In Belgrad sind ein Treffen mit dem Außenminister X sowie ein
Gespräch mit der Ministerpräsidentin Y geplant": each meeting names only the host, yet the traveller meets
them. After merging, a meeting (or talks) of one named party, held where and when a trip told before it
goes (same status, no other city, no conflicting date), gains the trip's traveller. A meeting whose one party
is of the traveller's own state (a delegation member) or which the trip does not reach is left alone.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from graph.model import city_id, city_of

if TYPE_CHECKING:
    from graph.extract.assemble import Context, Draft
    from graph.model import Person

__all__ = ["join_travellers", "join_summons"]

#: How many sentences after a trip is first told its meetings may be named.
_REACH = 3


def _reached(trip: Draft) -> set[str]:
    """The states a trip involves, with the state of its destination ("will arrive in Moscow": Russia)."""
    city = city_of(trip.location)
    return trip.countries | ({city.country} if city is not None and city.country else set())


def _fits(trip: Draft, meeting: Draft) -> bool:
    """Whether ``meeting`` may be one held during ``trip``: same status, its place and date the trip's or none."""
    if trip.status != meeting.status or trip.background or meeting.background:
        return False
    first = min(meeting.sentences)
    told = max((s for s in trip.sentences if s <= first), default=None)
    if told is None or first - told > _REACH:
        return False
    here, there = city_id(meeting.location), city_id(trip.location)
    if here is not None and here != there:
        return False
    if meeting.date is not None and trip.date is not None:
        n = min(len(meeting.date.value), len(trip.date.value))
        if meeting.date.value[:n] != trip.date.value[:n]:
            return False
    return True


def join_travellers(drafts: list[Draft]) -> None:
    """Add a trip's traveller to the one-party meetings held during it (see the module docstring)."""
    trips = [d for d in drafts if d.group == "visit" and len(d.attendees) == 1 and d.attendees[0].country]
    if not trips:
        return
    for meeting in drafts:
        if meeting.group != "meet" or len(meeting.attendees) != 1:
            continue
        host = meeting.attendees[0]
        trip = next((t for t in reversed(trips) if min(t.sentences) <= min(meeting.sentences) and _fits(t, meeting)), None)
        if trip is None:
            continue
        guest = trip.attendees[0]
        reached = _reached(trip)
        if host is guest or host.country == guest.country or (host.country and host.country not in reached):
            continue
        meeting.attendees.insert(0, guest)
        meeting.countries |= {guest.country, host.country} if host.country else reached


def join_summons(ctx: Context, drafts: list[Draft], index: int, items: list[tuple[int, int, Person]], reporters: frozenset[str]) -> None:
    """"X summoned the ambassador. Vice Minister Y told the ambassador ...": whoever speaks to the summoned
    envoy in sentence ``index`` (naming no act of its own) takes part in the summons (``reporters`` do not)."""
    summons = [d for d in drafts if d.type == "Summons" and index - 1 in d.sentences and not d.background]
    if len(summons) != 1:
        return
    draft = summons[0]
    envoy = {id(p) for p in draft.attendees}
    addressed = any(r.sentence == index and r.person is not None and id(r.person) in envoy for r in ctx.people.refs)
    if not addressed:
        return
    for _, _, person in items:
        if person not in draft.attendees and person.role not in reporters and person.organization is None:
            draft.attendees.append(person)
