"""The second leg of a trip told by its acts: a visit to the further state.

"M. Marchetti s'est rendu en Namibie et au Botswana du 29 septembre au 1er octobre. À Windhoek, ... Le 1er
octobre, à Gaborone, il s'est entretenu avec le vice-président du Botswana": the trip names a stop where the
account tells the traveller's acts but no visit of its own. A traveller of a visit (held or planned) whose acts
of the same status (a meeting, talks, a conference, a ceremony; not background), with a host of that state,
stand in a city of a foreign state none of their visits goes to visited that state too: a visit there, at the
city and on the day of the first such act.

Only a traveller who makes a trip in the account gets a leg (an act abroad of someone who travels nowhere is
no trip); a place in the traveller's own state or in a state already visited adds nothing ("Dawit travelled
to Mombasa" after the visit to Nairobi is the same visit), nor does an act told in a sentence that places one of
their trips ("recibió ... a su homólogo, quien realiza una visita oficial a Guatemala": at that trip's stop). A trip whose acts lie in several further states is a
tour programme told as one visit ("se rendra en France, en Turquie, en Géorgie ... À Paris, il rencontrera
..."): it gets no legs.
"""

from __future__ import annotations

from datetime import date

from graph.extract.assemble import Draft
from graph.model import City, Country, Person, city_of

__all__ = ["leg_visits", "drop_inland_legs"]

#: The groups of the acts that place a traveller in a state.
_ACTS = ("meet", "summit", "ceremony")
#: How many days after the start of a visit under way a planned stop in the same state still belongs to it.
_VISIT_DAYS = 7


def _state(place: object) -> str | None:
    if isinstance(place, Country):
        return place.code
    city = city_of(place)
    return city.country if city is not None else None


def _travellers(visit: Draft) -> list[Person]:
    """The people of a visit who come from outside the state it goes to."""
    there = _state(visit.location)
    return [p for p in visit.attendees if p.country and p.country != there]


def _destinations(visit: Draft, person: Person) -> set[str]:
    """The states a visit of ``person`` goes to: its place's, else the states it names besides the traveller's."""
    there = _state(visit.location)
    return {there} if there is not None else visit.countries - {person.country}


def leg_visits(drafts: list[Draft], told_past: set[int]) -> list[Draft]:
    """``drafts`` with a visit added for the further state a traveller's acts are told in (see the module doc).

    ``told_past`` are the ids of the drafts the text itself tells as background: a trip made before the act
    that dates the news is still the trip of its later legs (a tour's first stops), not one the text recalls.
    """
    trips = [d for d in drafts if d.group == "visit" and id(d) not in told_past and d.attendees]
    if not trips:
        return drafts
    added: list[Draft] = []
    for trip in trips:
        for person in _travellers(trip):
            if not _destinations(trip, person):
                continue
            visited = {s for d in trips + added if person in d.attendees for s in _destinations(d, person)}
            told_with = {m.sentence for d in trips if person in d.attendees for m in d.mentions if m.location is not None}
            legs = [(city, act) for city, act in _legs(drafts, trip, person, visited) if not act.sentences & told_with]
            if len({city.country for city, _ in legs}) == 1:
                city, act = legs[0]
                added.append(Draft(type="Visit", mentions=list(act.mentions[:1]), status=act.status, attendees=[person],
                                   countries={person.country, city.country}, location=city, date=act.date,
                                   date_text=act.date_text))  # fmt: skip
    return drafts + added if added else drafts


def _legs(drafts: list[Draft], trip: Draft, person: Person, visited: set[str]) -> list[tuple[City, Draft]]:
    """The acts of ``person`` with a host, of the trip's status, in a city of a state none of their visits goes to."""
    legs = []
    for act in drafts:
        if act.group not in _ACTS or act.background or act.status != trip.status or person not in act.attendees:
            continue
        city = city_of(act.location)
        if city is None or act.date is None or city.country in visited or city.country == person.country:
            continue
        if any(p.country == city.country for p in act.attendees if p is not person):  # a host of that state takes part
            legs.append((city, act))
    return legs


def drop_inland_legs(drafts: list[Draft]) -> list[Draft]:
    """``drafts`` without the planned visits that continue a visit under way inside the same state.

    "20 ноября гость посетит Казань, где запланирована его встреча с Раисом Республики Татарстан", "Mañana el
    Primer Ministro viajará a la Ciudad de México, donde será recibido por la presidenta": a planned trip to
    another city of the state where a held visit is under way (begun in a city a few days before), by its
    traveller (or by no one named), to meet someone there that day, is the rest of that visit; the meeting
    is the event of that stop, the trip no visit of its own.
    """
    held = [d for d in drafts if d.group == "visit" and d.status == "Occurred" and isinstance(d.location, City) and _day(d) is not None]
    if not held:
        return drafts
    meetings = [d for d in drafts if d.group == "meet" and d.status == "Planned" and _day(d) is not None]
    return [d for d in drafts if not _continues(d, held, meetings)]


def _continues(draft: Draft, held: list[Draft], meetings: list[Draft]) -> bool:
    if draft.group != "visit" or draft.status != "Planned" or draft.background or _day(draft) is None:
        return False
    city = draft.location
    if not isinstance(city, City):
        return False
    travellers = [p for p in draft.attendees if p.country != city.country]
    if not any(city_of(m.location) == city and _day(m) == _day(draft) and all(p in m.attendees for p in travellers)
               for m in meetings):  # fmt: skip
        return False
    for visit in held:
        if visit.location.country != city.country or visit.location == city:
            continue
        if 0 < (_day(draft) - _day(visit)).days <= _VISIT_DAYS and all(p in visit.attendees for p in travellers):
            return True
    return False


def _day(draft: Draft) -> date | None:
    return date.fromisoformat(draft.date.value) if draft.date is not None and draft.date.precision == "day" else None
