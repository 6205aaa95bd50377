"""Days of a trip as the time of another act: "В четверг, в заключительный день визита, X примет Y", "on the
last day of her visit, she met X". The visit noun only dates the act told with it (which it frames); it is no
new mention of a trip told before, so it is then dropped when the sentence reports another act.

A trip first named that way ("se reunió con Y, en el primer día de una visita oficial de dos días") is kept:
its traveller is the subject of the act it frames, not the person named nearest it (the host), unless a name
stands between the day and the noun ("on the first day of Villaruel's two-day visit").

A trip told before whose later day is named by its ordinal ("held talks today, on the second day of a three-day
state visit"; ``nth_day_of`` of ``dates.json``) is kept too: the count dates the trip's start from the act's day
(:mod:`graph.extract._dateframe`), and the mention merges with the trip told before.

The words come from the cue ``day_of`` of a language's ``events.json`` (a language without it keeps such
mentions).
"""

from __future__ import annotations

import re
from functools import cache

from graph.extract import lexicon
from graph.extract.triggers import EventMention
from graph.model import Span

__all__ = ["drop_trip_days", "framed_travellers", "nth_day"]

#: How far (characters) before a visit noun its "last day of" phrase may start.
_REACH = 72
_NAMED = re.compile(r"\b[A-ZÀ-ÖØ-ÞА-ЯЁ]")


@cache
def _pattern(lang: str) -> re.Pattern[str] | None:
    words = lexicon.load("events", lang).get("cues", {}).get("day_of")
    return re.compile(rf"(?<!\w)(?:{words})(?:\W+[\w’'-]+){{0,4}}?\W*$") if words else None


@cache
def nth_day(lang: str) -> tuple[re.Pattern[str] | None, dict[str, int]]:
    """A later day of a trip named by its ordinal (``nth_day_of`` of ``dates.json``, its group a word of
    ``day_ordinals``: "on the second day of"), with the count of each ordinal."""
    data = (lexicon.load("dates", lang) if lang.isalpha() else None) or {}
    words, counts = data.get("nth_day_of"), data.get("day_ordinals") or {}
    pattern = re.compile(rf"(?<!\w)(?:{words})(?:\W+[\w’'-]+){{0,3}}?\W*$") if words and counts else None
    return pattern, counts


def _later_day(lang: str, low: str, start: int, noun: int) -> bool:
    """Whether the day phrase from ``start`` to a trip noun at ``noun`` names a later day of the trip by its ordinal ("on the second day of a three-day state
    visit"; ``nth_day_of`` of ``dates.json``): the trip began before the act it frames, which dates it by that count
    (:mod:`graph.extract._dateframe`)."""
    pattern = nth_day(lang)[0]
    return pattern is not None and pattern.search(low, start, noun) is not None


def drop_trip_days(
    lang: str, texts: tuple[str, str], span: Span, found: list[EventMention], groups: dict[str, str], told: bool = True
) -> list[EventMention]:
    """``found`` without the visit nouns that name a day of a trip ``told`` before when another act of the
    sentence is told (``texts``: the article as written and lower-cased; ``groups``: the group of each event
    type); a trip not told before is kept, framed by that act (see the module doc)."""
    pattern = _pattern(lang)
    if pattern is None or not any(groups[m.type] not in ("visit", "statement") for m in found):
        return found
    text, low = texts
    kept = []
    for m in found:
        day = pattern.search(low, max(span.start, m.start - _REACH), m.start) if groups[m.type] == "visit" else None
        if day is None or m.entry.pos != "noun":
            kept.append(m)
            continue
        if told and not _later_day(lang, low, max(span.start, m.start - _REACH), m.start):
            continue
        act = next((o for o in reversed(found) if o.start < day.start() and groups[o.type] not in ("visit", "statement")), None)
        if act is not None and not _NAMED.search(text, day.start() + 1, m.start):
            m.frame = act
        kept.append(m)
    return kept


def framed_travellers(mentions: list[EventMention]) -> None:
    """The traveller of a trip first named as the day of an act is that act's first party."""
    for m in mentions:
        if m.frame is not None and m.frame.persons:
            m.persons = m.frame.persons[:1]
