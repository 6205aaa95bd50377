"""The states of an event's participants once mentions are merged: hosts, the other party, the venue's state.

An official of unknown state met in country L, where no one else is from L, acts for L (:func:`locate_hosts`),
unless they travel there (the visitor of a trip is no host of the meetings of the trip) or meet on the margins of
a gathering there (:func:`sideline_meetings`: guests of the gathering, as at a summit); in an article about
two states, an official of unknown state meeting officials of one acts for the other (:func:`other_party`);
events take the states of participants learnt late and of the host of visits (:func:`refresh_countries`).
"""

from __future__ import annotations

import re
from functools import cache

from graph.extract import lexicon, places
from graph.extract.assemble import Context, Draft
from graph.extract.sidelines import on_sidelines
from graph.extract.summoners import implied_summoners
from graph.extract.visitors import visitors_from_abroad
from graph.model import Country, Venue, city_of

__all__ = ["locate_hosts", "sideline_meetings", "other_party", "refresh_countries", "country_of"]

#: Venues that are a state's seat of government: a meeting there involves that state.
SEATS = frozenset({"palace", "residence", "chancellery", "ministry"})


def country_of(place: object) -> str | None:
    """The alpha-2 of the state a place lies in (a country, or the state of its city), else None."""
    if isinstance(place, Country):
        return place.code
    city = city_of(place)
    return city.country if city is not None else None


def sideline_meetings(ctx: Context, drafts: list[Draft]) -> frozenset[int]:
    """The ids of the meetings told in a sentence that puts them on the margins of a gathering ("ambos cancilleres
    acordaron reunirse en Asunción, al margen de la Asamblea General de la OEA", "am Rande des Gipfels")."""
    return frozenset(id(d) for d in drafts if d.group == "meet" and any(on_sidelines(ctx, m.sentence) for m in d.mentions))


def locate_hosts(drafts: list[Draft], staff: frozenset[str], home: str | None = None, main: Draft | None = None,
                 margins: frozenset[int] = frozenset(), text: str = "") -> None:
    """An official without a known country met in country L, where no other participant is from L, is a host
    (not staff such as ambassadors, who serve abroad); anyone met in the issuing state (``home``) is its own.
    During a visit, L is the visited country for what happens without a place of its own (on a trip of several
    legs, the state of the latest leg told before the act: "à Lima ... s'est ensuite rendu à Quito ... la ministre
    des Affaires étrangères a offert un dîner"); the traveller of a
    trip to L is no host there, nor is the one official named of a meeting still to come in L (his trip), nor are
    the officials of a meeting none of whose states is known (one of them was the guest), nor the one official of
    an act whose place is where he goes (``text``: "reist X zu Gesprächen nach Kyjiw"). One made a host of two
    states (acts of two legs merged: "Au Caire ... ont signé ... Mercredi, ... à Amman ... a coprésidé avec le
    ministre X") is of the leg of the trip where he is first named, else of none yet."""
    visitors_from_abroad(drafts, main, staff, country_of)  # a guest of the host state is not its own
    visited = country_of(main.location) if main is not None and main.group == "visit" else None
    legs = _legs(drafts, main) if visited is not None else []
    met = {id(p) for d in drafts if d.group != "statement" for p in d.attendees}
    summits = {(city_of(d.location), status) for d in drafts if d.group == "summit" and city_of(d.location) is not None
               for status in ((d.status, "Uncertain") if d.status == "Planned" else (d.status,))}  # "wird am
    # OSZE-Ministerrat in Wien teilnehmen. Dort könnte sie auch X treffen": a meeting that may happen there
    travellers = _travellers(drafts)
    given: dict[int, tuple[object, str]] = {}  # the people this makes hosts, and of which state
    torn: dict[int, set[str]] = {}  # those among them met in another state too: the states
    for draft in drafts:
        if draft.group == "visit" or draft.group == "statement" and id(draft.speaker) in met:
            continue  # visitors come from elsewhere; a participant speaking after talks abroad may be a guest
        if places.stateless_seat(draft.location):
            continue  # at the UN headquarters: guests of an organisation, none a host
        if draft.group == "summit" or (city_of(draft.location), draft.status) in summits or id(draft) in margins:
            continue  # a gathering of many states, and a meeting on its margins (not one before it), makes no one X's
        place_of = country_of(draft.location)
        if place_of and len(draft.countries) >= 2 and place_of not in draft.countries:
            continue  # a neutral venue: Americans and Iranians meeting in Muscat
        during = visited is not None and main is not None and not draft.background and draft.status == main.status
        place = country_of(draft.location) or (_leg_of(draft, legs, visited) if during else None)
        if place and draft.group != "statement":
            for p in draft.attendees:
                if given.get(id(p), (None, place))[1] != place:
                    torn.setdefault(id(p), {given[id(p)][1]}).add(place)
        if place and place == home:
            for person in draft.attendees:
                if person.country is None and person.organization is None and person.role not in staff:
                    person.country = place
        seat = draft.location if isinstance(draft.location, Venue) and draft.location.kind in SEATS else None
        if seat is not None and seat.owner == place and draft.group == "meet":
            _join_host(draft.attendees, place, staff)  # "also present was the under-secretary for X": the host's
            continue
        if not place or any(p is not None and p.country == place for p in [*draft.attendees, draft.speaker]):
            continue
        if draft.status != "Occurred" and len(draft.attendees) < 2:
            continue  # "Ein Treffen ist möglich, vielleicht in Budapest": a trip he may make, with no host named
        if _all_unknown(draft, staff, place, travellers):
            continue  # "recalled the meeting between Prime Minister A and President B in Rio": one of them was the guest
        if len(draft.attendees) == 1 and _goes_there(draft, text):
            continue  # "reist Staatssekretär X zu Gesprächen nach Kyjiw": he travels there
        for person in [*draft.attendees, draft.speaker]:
            if person is None or place in travellers.get(id(person), ()):
                continue  # "Minister X will also meet the business community in the UAE" on his trip there
            if person.country is None and person.role and person.role not in staff and person.organization is None:
                person.country = place
                given[id(person)] = (person, place)
    for key, states in torn.items():
        person = given[key][0]  # met in Cairo and in Amman on one trip: of the leg where he is named, or unknown
        at = min((m.start for d in drafts for m in d.mentions if any(q is person for q in m.persons)), default=-1)
        leg = [state for start, state in legs if start <= at]
        person.country = leg[-1] if leg and leg[-1] in states else None


def _legs(drafts: list[Draft], main: Draft) -> list[tuple[int, str]]:
    """The legs of the main trip in text order: where each visit of its traveller and status first told goes."""
    traveller = main.attendees[0] if main.attendees else None
    legs = []
    for d in drafts:
        place = country_of(d.location)
        if d.group == "visit" and place and not d.background and d.status == main.status and d.mentions and (
                traveller is None or any(p is traveller for p in d.attendees)):
            legs.append((min(m.start for m in d.mentions), place))
    return sorted(legs)


def _leg_of(draft: Draft, legs: list[tuple[int, str]], visited: str) -> str:
    """The state of the latest leg of the trip told before the act with no place of its own ("a Abuja ... Le
    lendemain à Accra ... s'est entretenu avec"), else the main trip's state."""
    start = min((m.start for m in draft.mentions), default=-1)
    before = [place for at, place in legs if at <= start]
    return before[-1] if before else visited


@cache
def _towards() -> re.Pattern[str]:
    """A destination right before an act's place ("zu Gesprächen nach Kyjiw", "travels for talks to Kyiv"): the
    ``towards`` cues of every language's ``events.json``."""
    words = [w for cues in lexicon.every_language("events", "cues") for w in cues.get("towards", "").split("|") if w]
    return re.compile(rf"(?:^|\s)(?:{lexicon.phrases(words)})\s+$", re.IGNORECASE)


def _goes_there(draft: Draft, text: str) -> bool:
    """Whether a mention of the act names its place as where its one official goes ("nach Kyjiw")."""
    return bool(text) and any(m.location_at > 0 and _towards().search(text, max(0, m.location_at - 9), m.location_at)
                              for m in draft.mentions)


def _all_unknown(draft: Draft, staff: frozenset[str], place: str, travellers: dict[int, set[str]]) -> bool:
    """Whether a meeting names two or more officials, none of a known state nor known to travel to ``place``: the
    place cannot tell host from guest."""
    if any(p.country is not None for p in draft.attendees):
        return False
    people = [p for p in draft.attendees if p.role and p.role not in staff and p.organization is None
              and place not in travellers.get(id(p), ())]  # fmt: skip
    return len(people) >= 2


def _travellers(drafts: list[Draft]) -> dict[int, set[str]]:
    """The states each traveller of a trip the article reports goes to (the trip's place, or its only state)."""
    found: dict[int, set[str]] = {}
    for draft in drafts:
        if draft.group != "visit" or draft.background or not draft.attendees:
            continue
        place = country_of(draft.location)
        states = {place} if place else set(draft.countries) if len(draft.countries) == 1 else set()
        found.setdefault(id(draft.attendees[0]), set()).update(states)
    return found


def _join_host(people: list, place: str, staff: frozenset[str]) -> None:
    """Officials of unknown state meeting in a seat of government of ``place`` (its ministry, its palace) act for it,
    but for one meeting the holder of his own title there: that is his host, he the guest."""
    hosts = {p.role for p in people if p.country == place and p.role}
    for person in people:
        if person.country is None and person.role not in staff | hosts and person.organization is None:
            person.country = place


def other_party(drafts: list[Draft], main: Draft | None, persons: list, staff: frozenset[str]) -> None:
    """In an article about two states, an official of unknown state who meets or calls officials of one of
    them acts for the other ("the call between President A and President B" in a US-Indian
    readout), unless the other state already has someone in that role or he travels there; a summons naming only the envoy's state
    was made by the other (:func:`~graph.extract.summoners.implied_summoners`)."""
    if main is None:
        return
    implied_summoners(drafts, main)
    states = set(main.countries) | {p.country for p in main.attendees if p.country}
    if len(states) != 2:
        return
    travellers = _travellers(drafts)
    for draft in drafts:
        if draft.group not in ("meet", "call", "summit"):
            continue
        unknown = [p for p in draft.attendees if p.country is None and p.organization is None]
        known = {p.country for p in draft.attendees if p.country}
        if len(unknown) != 1 or len(known) != 1 or not known <= states:
            continue
        person = unknown[0]
        other = next(iter(states - known))
        if not person.role or person.role in staff or other in travellers.get(id(person), ()):
            continue  # "reist nach Norwegen und Island ... trifft in Oslo": the traveller to both is of neither
        if any(p is not person and p.country == other and p.role == person.role for p in persons):
            continue
        person.country = other
        draft.countries.add(other)


def refresh_countries(drafts: list[Draft]) -> None:
    """Add the countries of participants learnt after assembly, and the host of visits and ceremonies."""
    for draft in drafts:
        draft.countries |= {p.country for p in draft.attendees if p.country}
        host = country_of(draft.location)
        if host and draft.group in ("visit", "ceremony"):
            draft.countries.add(host)
        elif host and draft.group == "meet" and draft.status == "Planned" and _one_state_abroad(draft, host):
            draft.countries.add(host)  # "the session will be held in Tokyo, the Kazakh delegation led by X"
        seat = draft.location if isinstance(draft.location, Venue) else None
        if seat is not None and seat.owner and seat.kind in SEATS and draft.group == "meet":
            draft.countries.add(seat.owner)  # received at the Élysée: France takes part
        if draft.speaker is not None and draft.speaker.country:
            draft.countries.add(draft.speaker.country)


def _one_state_abroad(draft: Draft, host: str) -> bool:
    """Whether a meeting names officials of one state only, and no other state, in a city of another state."""
    states = {p.country for p in draft.attendees}
    return len(states) == 1 and None not in states and draft.countries == states and host not in states
