"""Acts the account places nowhere took place where the report was filed: the dateline's city.

A wire report or readout opens with the city it was filed from ("ULAANBAATAR, June 11 (Kabar) -", "Asunción,
12 de noviembre de 2026.-"). The city is no venue of its own (:mod:`graph.extract.rules` keeps it out of the
places the account names), but a reporter files from where the talks, the reception or the statement took
place: an act that ends up with no city and is not placed in another state takes the dateline's city. Phone
calls have no venue; an earlier act told in passing is placed there only when the dateline's state took part
in it (a summons by the same ministry months ago), not when it was between others. A trip of the dateline
state's own officials only (no host of another state named) is not placed there: a journey's destination is
never the traveller's home; nor are the acts of the days of a trip to another state of its travellers or of the
visited state ("Bern, 05.10. – Bundesrat X reist nach Costa Rica ... Am 7. Oktober unterzeichnet er ..."), and
an undated act still to come or uncertain of a traveller with the visited state ("Ein Treffen mit dem
Staatspräsidenten ist angefragt") takes the place of the trip there. A summons of the dateline state's own
envoy by another state took place in that state's capital ("МИД Японии вызвал российского посла").

A digest of items each headed by its own dateline ("LIMA. Los cancilleres ... MANAGUA. El Gobierno de Nicaragua
declaró ...") is filed from each item's city: the acts of a paragraph opening with a city in capitals and a full
stop, comma or dash are placed there, not in the first item's city (:func:`filed_places`).

A communiqué with no dateline is signed at its foot with the place it was issued from ("Fait à Dakar, le 14
juillet 2026", "Done at Nairobi this 3rd day of May"): that city is where it was filed (:func:`closing_city`).
A report with neither names where it tells of in its headline ("GCC summit in Doha: live updates", "Soudan : à
Genève, l'ONU arrache ...", "Министры ШОС в Бишкеке ..."): the one city there after a locative places the acts
that took place (:func:`title_city`), not those still to come (the next round is often held elsewhere).
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from graph.extract.countries import government_city
from graph.extract.foreignvoices import foreign_voices
from graph.extract.occasions import ENVOYS
from graph.extract.reporthead import filed_there
from graph.extract.text import line_spans
from graph.model import City, Country, Event, Span, Venue, city_of

__all__ = ["closing_city", "dateline_places", "filed_places", "paragraph_datelines", "title_city"]

_NO_VENUE = frozenset({"PhoneCall"})
_TRIPS = frozenset({"Visit", "StateVisit"})


#: What follows the city of an item's dateline: a full stop, a comma or a dash, after an agency in brackets if any.
_ITEM_HEAD = re.compile(r"\s?(?:\([^()\n]{1,30}\)\s?)?(?:[.,]|\s?[–—-])\s")


def paragraph_datelines(text: str, cities: list[tuple[Span, City]]) -> list[tuple[int, City]]:
    """The items of a digest after the first: ``(offset, city)`` of each paragraph that opens with a city in
    capitals and a stop, comma or dash ("MANAGUA. El Gobierno ...", "SANTIAGO, 2 jul -"); none unless there are
    two such paragraphs or the text has a dateline of its own (a single shouted town is no digest)."""
    lines = line_spans(text)
    starts = {line.start for line in lines[1:]}
    return [(s.start, c) for s, c in cities
             if s.start in starts and text[s.start:s.end].isupper() and _ITEM_HEAD.match(text, s.end)]


#: A communiqué's closing signature line up to its city ("Fait à Dakar, le ...", "Hecho en Managua, a ...").
_SIGNED_AT = re.compile(r"(?:Fait|Donné|Done|Issued|Hecho|Dado|Dada|Emitido)\s+(?:à|at|in|en)\s+$", re.IGNORECASE)
#: How far from the end (characters) the signature line may stand, and how long it may be.
_FOOT, _SIGNATURE_LINE = 400, 80


def closing_city(text: str, cities: list[tuple[Span, City]]) -> City | None:
    """The city of a closing signature line near the foot of the text ("Fait à Dakar, le 14 juillet 2026"), else
    None."""
    for span, city in reversed(cities):
        if span.start < len(text) - _FOOT:
            return None
        line = text.rfind("\n", 0, span.start) + 1
        stop = text.find("\n", span.end)
        if _SIGNED_AT.fullmatch(text, line, span.start) and (stop if stop >= 0 else len(text)) - line <= _SIGNATURE_LINE:
            return city
    return None


#: The locative before a headline's city ("GCC summit in Doha", "à Genève", "в Бишкеке", "en Rabat").
_TITLE_AT = re.compile(r"(?:^|\s)(?:in|à|en|в|во)\s$", re.IGNORECASE)
#: How long a headline may be (characters).
_TITLE = 160


def title_city(text: str, cities: list[tuple[Span, City]]) -> City | None:
    """The one city a report with no dateline names in its headline, after a locative ("GCC summit in Doha: live
    updates", "Soudan : à Genève, l'ONU arrache ..."), else None: the report tells what happened there."""
    stop = text.find("\n")
    if not 0 < stop <= _TITLE or text[:stop].rstrip().endswith("."):
        return None  # no headline: a lead sentence ("X will meet Y in Nairobi on 16 May.") tells its own acts
    named = [(s, c) for s, c in cities if s.end <= stop]
    if len({c.geonames_id for _, c in named}) != 1:
        return None
    span, city = named[0]
    return city if _TITLE_AT.search(text, max(0, span.start - 4), span.start) else None


def filed_places(text: str, cities: list[tuple[Span, City]], events: list[Event], filed: City | None) -> None:
    """:func:`dateline_places` for a report filed from ``filed`` (or from nowhere said, or signed at its foot in a
    city: :func:`closing_city`), the acts of each item of a digest filed from that item's city;
    :func:`.reporthead.filed_there` picks the events a dateline may place."""
    filed = filed or closing_city(text, cities)
    items = paragraph_datelines(text, cities)
    if not items or (filed is None and len(items) < 2):
        if filed is None and not items:  # the headline's city places only what took place, not the next round
            filed = title_city(text, cities)
            events = [e for e in events if e.status == "Occurred"]
        dateline_places(_theirs(text, cities, filed_there(events, filed), filed) if filed else events, filed)
        return
    groups: dict[int, list[Event]] = {}
    for event in events:
        at = min((s.start for s in event.evidence), default=-1)
        k = sum(1 for start, _ in items if start <= at)
        groups.setdefault(k, []).append(event)
    bounds = [0, *(start for start, _ in items), len(text)]
    heads = {c.geonames_id for _, c in items} | ({filed.geonames_id} if filed else set())
    for k, group in groups.items():
        city = filed if k == 0 else items[k - 1][1]
        if city is not None:
            _own_item(group, city, heads, [c.geonames_id for s, c in cities if bounds[k] <= s.start < bounds[k + 1]])
        dateline_places(_theirs(text, cities, filed_there(group, city), city) if city else group, city)


def _theirs(text: str, cities: list[tuple[Span, City]], events: list[Event], city: City) -> list[Event]:
    """The events a dateline may place but the statements of another state (:mod:`.foreignvoices`)."""
    voices = foreign_voices(text, cities, events, city.country)
    return [e for e in events if id(e) not in voices]


def _own_item(events: list[Event], city: City, heads: set[int], named: list[int]) -> None:
    """An act of a digest's item placed in the city heading another item, which its own item never names, took
    that place from an act of the other item (the day's main event): it is placed where its item was filed."""
    for event in events:
        place = event.location
        if isinstance(place, City) and place.geonames_id in heads and place.geonames_id != city.geonames_id:
            if place.geonames_id not in named:
                event.location = None


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
        if event.date is None and event.status != "Occurred" and event.location is None:
            trips = _trips_of(event, events, city.country)
            if trips:  # "Ein Treffen mit Staatspräsident X ist angefragt" on the trip to Panama, told from Bern
                places = {t.location for t in trips}
                event.location = trips[0].location if len(places) == 1 else None
                continue
        place = event.location
        if place is None and event.status == "Planned":
            event.location = _planned_with(event, events)  # "se reunirán en Cartagena, en una cumbre": there
            if event.location is not None:
                continue
        if place is None and _own_envoy_summoned(event, city.country):
            event.location = government_city(next(c for c in event.countries if c != city.country))
            continue  # "МИД Японии вызвал российского посла", told from Moscow: summoned in Tokyo
        if place is None or (isinstance(place, Country) and place.code == city.country):
            event.location = city


def _planned_with(event: Event, events: list[Event]) -> City | None:
    """The one city of the other planned acts told in the same sentence by the same people ("Cevallos y su
    homólogo se reunirán en noviembre en Cartagena de Indias, en una cumbre presidencial"): the summit the
    meeting is told with is held there, not where the report was filed."""
    told, people = set(event.evidence), {id(p) for p in event.attendees}
    found = {}
    for other in events:
        city = city_of(other.location)
        if other is event or other.status != "Planned" or city is None or not told.intersection(other.evidence):
            continue
        if people & {id(p) for p in other.attendees}:
            found[city.geonames_id] = city
    return next(iter(found.values())) if len(found) == 1 else None


def _own_envoy_summoned(event: Event, home: str) -> bool:
    """Whether a summons calls in only officials of the dateline's state ``home``, none with a title other than an
    envoy's, and names one other state, the summoning one (not "SANTIAGO ... el canciller de Chile, X, dijo que
    el gobierno convocó al embajador de Bolivia": the summoning minister is no envoy called in)."""
    if event.type != "Summons" or not event.attendees:
        return False
    if any(p.country != home or p.role and p.role not in ENVOYS for p in event.attendees):
        return False
    return len(set(event.countries) - {home}) == 1


#: The days of a trip abroad counted from its first day.
_TRIP_DAYS = 5


def _on_trip(event: Event, away: set) -> bool:
    """Whether an act of a trip day involves one of its travellers (by ``id``) or the visited state."""
    return any(id(p) in away for p in event.attendees) or any(code in away for code in event.countries if event.attendees)


def _trips_of(event: Event, events: list[Event], home: str) -> list[Event]:
    """The current dated trips abroad (by the dateline state's officials) of a traveller of the undated ``event``
    to a state that takes part in it."""
    found = []
    for trip in events:
        state = _state(trip.location)
        if trip is event or trip.type not in _TRIPS or state in (None, home) or state not in event.countries:
            continue
        if trip.background or trip.status == "Cancelled" or trip.date is None or trip.date.precision != "day":
            continue  # "im August vergangenen Jahres besuchte er Taschkent": not the trip of the account
        travellers = {id(p) for p in trip.attendees if p.country == home}
        if any(id(p) in travellers for p in event.attendees):
            found.append(trip)
    return found


def _state(place: object) -> str | None:
    """The state of a trip's place (a country, a city or a venue in a city)."""
    if isinstance(place, Country):
        return place.code
    if isinstance(place, Venue) and place.city is not None:
        return place.city.country
    return getattr(place, "country", None)


def _trips_abroad(events: list[Event], home: str) -> dict[str, set]:
    """The travellers (by ``id``) and visited states abroad on each day ("2026-10-07") of the trips to another
    state that the events place there."""
    away: dict[str, set] = {}
    for trip in events:
        state = _state(trip.location)
        if trip.type not in _TRIPS or state in (None, home) or trip.date is None or trip.date.precision != "day":
            continue
        travellers = {id(p) for p in trip.attendees if p.country == home}
        if not travellers:
            continue
        first = date.fromisoformat(trip.date.value)
        for n in range(_TRIP_DAYS):
            away.setdefault((first + timedelta(days=n)).isoformat(), set()).update(travellers | {state})
    return away
