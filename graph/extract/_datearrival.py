"""A trip starts on the day its traveller arrived: "X held talks in Y on Wednesday. X, who arrived late on Tuesday,
...", "X war am Dienstagabend in Berlin eingetroffen", "X, que llegó anoche a la capital", "прибывший накануне".

Private to :mod:`graph.extract.rules`. Daily copy dates a visit by the day of its main act (the dateline's day, the
talks) and recalls the arrival the evening before in passing. A trip told as taken place and dated to a day
starts on the day a sentence naming one of its travellers tells an arrival (``arrival_verbs`` of
``graph/data/lexicons/<lang>/dates.json``) with a past day of its own one or two days earlier, unless that
sentence names a city other than the trip's, or outside the country it went to (an arrival elsewhere on the way).
A trip told as taken place without a date of its own, in the arrival's sentence or the next one, starts on the
arrival's day ("X war am Mittwochabend in Berlin eingetroffen. Es ist sein erster Besuch in Deutschland").
"""

from __future__ import annotations

import re
from datetime import date
from functools import cache
from typing import TYPE_CHECKING

from graph.extract import dates as dates_mod
from graph.extract import lexicon
from graph.model import DateValue, city_of

if TYPE_CHECKING:
    from graph.extract.assemble import Context, Draft

__all__ = ["arrival_days", "arrival_verbs"]

#: How far (characters) from its arrival verb the day of the arrival may stand.
_NEAR = 60
#: How many days before the trip's day an arrival may lie.
_BEFORE = 2


@cache
def arrival_verbs(lang: str) -> re.Pattern[str] | None:
    """The verbs of arriving of ``lang`` (``arrival_verbs``: "arrived", "eingetroffen", "llegó"), whole words."""
    data = (lexicon.load("dates", lang) if lang.isalpha() else None) or {}
    words = data.get("arrival_verbs")
    return re.compile(rf"(?<!\w)(?:{words})(?!\w)", re.IGNORECASE) if words else None


def arrival_days(ctx: Context, drafts: list[Draft]) -> None:
    """Move the day of the trips told as taken place back to their travellers' arrival (see the module docstring)."""
    pattern = arrival_verbs(ctx.lang)
    if pattern is None or ctx.reference is None:
        return
    made = [d for d in drafts if d.group == "visit" and d.status == "Occurred" and not d.background]
    trips = [d for d in made if d.date is not None and d.date.precision == "day"]
    undated = [d for d in made if d.date is None and not d.date_text and d.location is not None]
    if not trips and not undated:
        return
    for index, span in enumerate(ctx.sentences):
        for verb in pattern.finditer(ctx.text, span.start, span.end):
            day = _arrival_day(ctx, span, verb)
            if day is None:
                continue
            for trip in trips:
                if _arrived_for(ctx, trip, span, day[0]):
                    trip.date, trip.date_text = DateValue(day[0], day[1].text, day[1].span), day[1].text
            for trip in undated:
                told = trip.date is None and trip.sentences & {index, index + 1}
                if told and _arrived_in(ctx, trip, span, _travellers_named(ctx, trip, span)):
                    trip.date, trip.date_text = DateValue(day[0], day[1].text, day[1].span), day[1].text


def _arrival_day(ctx: Context, span: object, verb: re.Match[str]) -> tuple[str, object] | None:
    """The past day (ISO value, date mention) told nearest to the arrival verb, within its clause."""
    best = None
    told = ctx.dates_by.get(span.start)
    if told is None:  # a sentence naming no act: its dates were not read ("X war am Vorabend eingetroffen.")
        told = dates_mod.find_dates(ctx.text, ctx.lang, within=((span.start, span.end),))
    for mention in told:
        if mention is ctx.dateline or mention.bound or mention.end_day is not None:
            continue
        if mention.span.start >= verb.end():
            gap = ctx.text[verb.end() : mention.span.start]
        else:
            gap = ctx.text[mention.span.end : verb.start()]
        if len(gap) > _NEAR or any(c in gap for c in ",;:"):
            continue
        if best is None or len(gap) < best[0]:
            best = (len(gap), mention)
    if best is None:
        return None
    value, status = dates_mod.resolve_for(best[1], ctx.reference, "Occurred")
    if value is None or status != "Occurred" or len(value) != 10 or value > ctx.reference.isoformat():
        return None
    return value, best[1]


def _arrived_for(ctx: Context, trip: Draft, span: object, value: str) -> bool:
    """Whether the arrival on ``value`` told in sentence ``span`` starts ``trip``."""
    gap = (date.fromisoformat(trip.date.value) - date.fromisoformat(value)).days
    if not 0 < gap <= _BEFORE or not trip.attendees:
        return False
    return _arrived_in(ctx, trip, span, _travellers_named(ctx, trip, span))


def _travellers_named(ctx: Context, trip: Draft, span: object) -> bool:
    """Whether sentence ``span`` names one of the travellers of ``trip``, or the trip names none."""
    travellers = set(map(id, trip.attendees))
    if not travellers:
        return True
    return any(span.start <= m.start < span.end and id(m.person) in travellers for m in ctx.people.mentions if m.person is not None) \
        or any(span.start <= r.start < span.end and id(r.person) in travellers for r in ctx.people.refs if r.person is not None)


def _arrived_in(ctx: Context, trip: Draft, span: object, named_traveller: bool) -> bool:
    """Whether the arrival told in sentence ``span`` is at the trip's place: no other city, nor one outside the
    country it went to."""
    if not named_traveller:
        return False
    place = city_of(trip.location)
    named = [city for cspan, city in ctx.cities if span.start <= cspan.start < span.end]
    if place is None:  # a trip to a country: an arrival in one of its cities
        code = getattr(trip.location, "code", None)
        return not named or any(city.country == code for city in named)
    return not named or any(city.geonames_id == place.geonames_id for city in named)
