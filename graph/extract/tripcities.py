"""The city of a trip the text places only in a country: where the travellers' acts of the trip were held.

"President X is on an official working visit to Austria" ... "talks in the Hofburg": a visit placed in a
state took its travellers to the one city of that state where their acts of the same status and time (the
trip's first day, a month holding it, no date, or a day of the span its date states: "from 9-12 November")
are placed; on the trip's first day, an act of the visited state's officials alone told for the travellers' state
("lud der tschechische Außenminister seine österreichische Amtskollegin zu einem Abendessen in das Czernin-Palais")
counts as theirs. Run by :func:`graph.extract.dayplaces.same_day_cities`.

A sentence after the trip's that names its programme (the ``programme`` pattern of ``<lang>/venues.json``:
"основные мероприятия", "the main events", "das Besuchsprogramm", "les principaux rendez-vous", "los actos
principales") and one city of the visited state, and tells no other act, takes the trip there: "визит в
Узбекистан ... Основные мероприятия пройдут в Самарканде" (:func:`programme_cities`, run with the visits' cities).
So does an arrival told in the trip's sentence or right after it, with a city of the visited state beside its
verb (``arrival_verbs`` of ``<lang>/dates.json``): "une visite de travail en Mauritanie. Arrivé à Nouakchott
mercredi, le ministre ...", "ist zu einem Besuch in Lettland ... In Riga eingetroffen, ...".
A sentence right after the trip's that opens with a locative and a city of the visited state (``opening_place`` of
``<lang>/venues.json``: "À Tunis, le conseiller fédéral devait signer ...") takes the trip there too, unless it
tells an act of others placed elsewhere (:func:`_opening_cities`); and, failing all these, a later act of the
travellers told in the trip's own sentence ("принял в Кремле министра ..., прибывшего в Россию 23 марта") places
the trip in its city (:func:`_told_with`).
"""

from __future__ import annotations

import re
from functools import lru_cache
from datetime import date
from typing import TYPE_CHECKING

from graph.extract import lexicon
from graph.extract._datearrival import arrival_verbs
from graph.extract.assemble import Draft
from graph.model import City, Country, city_of

if TYPE_CHECKING:
    from graph.extract.assemble import Context

__all__ = ["country_trip_cities", "programme_cities"]


def _same_time(trip: Draft, act: Draft) -> bool:
    """Whether an act may be where the trip went: no date, the trip's first day, a coarser date holding it, or
    a day of a planned trip's announced span ("an official visit to Qatar from 7 to 9 April. On 8 April he will
    hold talks in Doha") or of the span a trip's date states ("is on an official visit to India from 9-12
    November"); an act reported only on a later day of a trip told in the past without its span says nothing of
    where the traveller arrived. An act told after the trip but dated by words written before the trip's own date
    has no date of its own ("Friday, 13 February ... Next week: On 16-17 February she will visit Tajikistan. Talks
    ... are planned in Dushanbe"): it is undated."""
    if act.date is None or trip.date is None or _inherited(trip, act):
        return True
    if trip.date.value.startswith(act.date.value):
        return True
    if trip.status == act.status == "Planned" and 0 < _days(trip, act) <= _PLANNED_DAYS:
        return True
    return 0 < _days(trip, act) <= _stated_span(trip)  # "on an official visit to India from 9-12 November"


def _inherited(trip: Draft, act: Draft) -> bool:
    """Whether ``act``, told after the trip, takes its date from words written before the trip's own date."""
    ours, theirs = act.date.span, trip.date.span
    if ours is None or theirs is None or not act.sentences or not trip.sentences:
        return False
    return ours.start < theirs.start and min(act.sentences) > min(trip.sentences) and act.date.value < trip.date.value


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
                  and (travellers & set(map(id, d.attendees)) or _hosted_for(trip, d, state))
                  and (c := city_of(d.location)) is not None and c.country == state}  # fmt: skip
        if not cities:
            cities = _told_with(drafts, trip, travellers, state)
        if len(cities) == 1:
            trip.location = next(iter(cities.values()))


def _told_with(drafts: list[Draft], trip: Draft, travellers: set[int], state: str) -> dict[int, City]:
    """The cities of ``state`` where the travellers' later acts told in the trip's own sentences were held: the
    arrival told in a clause on the guest of the act ("received in the Kremlin the minister, who had arrived in
    Russia on 23 March on a working visit") was to that act's city, whatever day the act was."""
    own = trip.sentences
    return {c.geonames_id: c for d in drafts
            if d.group != "visit" and not d.background and d.status == trip.status and own & d.sentences
            and travellers & set(map(id, d.attendees)) and _not_before(trip, d)
            and (c := city_of(d.location)) is not None and c.country == state}  # fmt: skip


def _not_before(trip: Draft, act: Draft) -> bool:
    """Whether ``act`` is not dated before the trip (an undated one is not)."""
    if trip.date is None or act.date is None:
        return True
    n = min(len(trip.date.value), len(act.date.value))
    return act.date.value[:n] >= trip.date.value[:n]


def _hosted_for(trip: Draft, act: Draft, state: str) -> bool:
    """Whether ``act``, told on the trip's own first day, was given by the visited state's officials alone for
    the travellers' state without naming them ("Am Dienstagabend lud der tschechische Außenminister seine
    österreichische Amtskollegin zu einem Abendessen"): the travellers were there."""
    if trip.date is None or act.date is None or trip.date.precision != "day" or act.date.value != trip.date.value:
        return False
    homes = trip.countries - {state}
    return bool(homes) and bool(act.attendees) and all(p.country == state for p in act.attendees) \
        and act.countries == homes | {state}


#: How many sentences after one of the trip's its programme sentence may stand.
_PROGRAMME_REACH = 2


def programme_cities(ctx: Context, drafts: list[Draft]) -> None:
    """Give each current trip placed only in a country the one city of it that a programme sentence after it
    names."""
    cue = lexicon.cue("venues", ctx.lang, "programme")
    arrived = arrival_verbs(ctx.lang)
    opening = _opening(ctx.lang)
    if cue is None and arrived is None and opening is None:
        return
    for trip in drafts:
        if trip.group != "visit" or trip.background or not isinstance(trip.location, Country) or not trip.mentions:
            continue
        own = {m.sentence for m in trip.mentions}
        others = {m.sentence for d in drafts if d is not trip for m in d.mentions}
        found = {c.geonames_id: c for k in own for c in _programme_cities(ctx, cue, k, own, others)} if cue else {}
        if not found and arrived is not None:
            found = {c.geonames_id: c for k in own for c in _arrival_cities(ctx, arrived, k, trip.location.code)}
        if not found and opening is not None:
            found = {c.geonames_id: c for k in own for c in _opening_cities(ctx, opening, k, own, trip, drafts)}
        if len(found) == 1:
            city = next(iter(found.values()))
            if city.country == trip.location.code:
                trip.location = city


def _programme_cities(ctx: Context, cue: re.Pattern[str], after: int, own: set[int], others: set[int]) -> list[City]:
    """The cities a programme sentence names in the sentences right after sentence ``after`` of the trip, up to
    one telling another act."""
    for k in range(after + 1, min(after + 1 + _PROGRAMME_REACH, len(ctx.sentences))):
        if k in others:
            return []  # another act is told first: a programme sentence after it is its own
        if k in own:
            continue
        span = ctx.sentences[k]
        found = cue.search(ctx.text, span.start, span.end)
        if found:
            return [c for s, c in ctx.cities_by.get(k, []) if s.start >= found.start()]
    return []


@lru_cache(maxsize=None)
def _opening(lang: str) -> re.Pattern[str] | None:
    """``opening_place`` of ``<lang>/venues.json``: a locative opening a sentence right before a city."""
    words = lexicon.load("venues", lang).get("opening_place")
    return re.compile(rf"[\s\"'«“„]*(?:{words})\s+", re.IGNORECASE) if words else None


def _opening_cities(ctx: Context, opening: re.Pattern[str], after: int, own: set[int], trip: Draft,
                    drafts: list[Draft]) -> list[City]:  # fmt: skip
    """The city a sentence right after sentence ``after`` of the trip opens with ("Le ministre a reporté sa visite
    en Tunisie. À Tunis, il devait signer un accord"), up to one telling an act placed elsewhere or nowhere (a
    phone call, which has no place, does not stop it; nor does an act of the trip's own travellers)."""
    travellers = set(map(id, trip.attendees))
    for k in range(after + 1, min(after + 1 + _PROGRAMME_REACH, len(ctx.sentences))):
        if k in own:
            continue
        told = [d for d in drafts if d is not trip and d.group != "call" and k in d.sentences
                and not travellers & set(map(id, d.attendees))]  # fmt: skip
        span = ctx.sentences[k]
        head = opening.match(ctx.text, span.start, span.end)
        found = [c for s, c in ctx.cities_by.get(k, []) if s.start == head.end()] if head is not None else []
        if found and all(city_of(d.location) == found[0] for d in told):
            return found
        if told:
            return []
    return []


#: How far (characters) from an arrival verb the city it names may stand, before it (German) or after it.
_ARRIVAL_NEAR = 30


def _arrival_cities(ctx: Context, verbs: re.Pattern[str], told: int, state: str) -> list[City]:
    """The cities of ``state`` named beside an arrival verb in a sentence of the trip or the one after it."""
    found: list[City] = []
    for k in range(told, min(told + 2, len(ctx.sentences))):
        span = ctx.sentences[k]
        for verb in verbs.finditer(ctx.text, span.start, span.end):
            for s, c in ctx.cities_by.get(k, []):
                if c.country == state and (verb.end() <= s.start <= verb.end() + _ARRIVAL_NEAR
                                           or verb.start() - _ARRIVAL_NEAR <= s.end <= verb.start()):
                    found.append(c)
    return found
