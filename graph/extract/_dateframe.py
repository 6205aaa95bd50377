"""The date of a trip named as the frame of a dated act: "The ministers last met in Ottawa in March, during the
minister's official visit to Canada", "se reunieron en mayo durante la visita oficial de X".

Private to :mod:`graph.extract._dateassign`. Each date of a sentence goes to one trigger, the one nearest to it, so
the trip noun after a ``frame`` cue ("during", "lors de", "durante", "во время", "während") that follows the act it
frames in the same clause gets none; the act took place during the trip, so the trip is dated with it when the act
is dated no finer than to the month (a day may be any day of a longer trip) and both are told with the same status.
An act dated to the day dates the trip when the trip noun names that day as the trip's first ("reçu mardi ... au
premier jour d'une visite de deux jours", cue ``first_day_of`` of ``dates.json``); where it names it as a later one
("held talks ... today, on the second day of a three-day state visit": ``nth_day_of``, whose group is a word of
``day_ordinals``), the trip began that many days before. The day of an earlier act recalled with the trip it was
held on dates that trip too, when no length of that trip is told ("se sont rencontrés pour la dernière
fois le 11 avril à Dakar, lors d'une visite de travail de X": all the text says of that trip). (A trip the guest is on, "recibido
este martes ... en la primera visita de Estado", may have begun before: it merges with the trip its arrival dates.)
(The reverse, an act dated by the trip it is told during, is :func:`graph.extract.parties.during_trips`.)
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from functools import cache
from typing import TYPE_CHECKING

from graph.extract import lexicon
from graph.extract.cues import cue_before
from graph.extract.events import GROUPS, EventMention
from graph.extract.frames import nth_day
from graph.model import DateValue

if TYPE_CHECKING:
    from graph.extract.assemble import Context

__all__ = ["framing_trips"]

#: Words between the frame cue and the trip noun ("during Minister X's official visit").
_FRAME_WORDS = 5
#: What ends the clause of the act before the trip: another clause cannot frame it.
_BREAK = re.compile(r"[;:.!?\"“”„«»()]|\s[–—]\s")
#: The acts a trip may frame.
_FRAMED = frozenset({"meet", "summit", "call", "ceremony"})


def framing_trips(ctx: Context, group: list[EventMention]) -> None:
    """Date each undated trip noun framing the dated act right before it in its clause (see the module docstring)."""
    for act, trip in zip(group, group[1:]):
        if GROUPS[trip.type] != "visit" or trip.entry.pos != "noun":
            continue
        if (trip.date is not None or trip.date_text) and not _shared_day(act, trip):
            continue
        if GROUPS[act.type] not in _FRAMED or act.date is None or act.status != trip.status:
            continue
        if _BREAK.search(ctx.text, act.end, trip.start) or act.date.span is None or act.date.span.start > trip.start:
            continue
        framed = cue_before(ctx, "frame", trip.start, ctx.sentences[trip.sentence], _FRAME_WORDS)
        if act.date.precision == "day":
            later = _day_of_trip(ctx, trip)
            if later:  # "held talks ... today, on the second day of a three-day state visit": the trip began the day before
                first = date.fromisoformat(act.date.value) - timedelta(days=later - 1)
                trip.date, trip.date_text = DateValue(first.isoformat(), act.date.text, act.date.span), act.date_text
                continue
            framed = _names_trip(ctx, trip) or framed and act.background and trip.background and not _lasting(ctx, trip)
            # a trip recalled by the day of its meeting ("rencontrés pour la dernière fois le 11 avril, lors d'une visite")
        if framed:
            trip.date, trip.date_text = act.date, act.date_text

def _shared_day(act: EventMention, trip: EventMention) -> bool:
    """Whether the trip got the act's own day ("held talks ... today, on the second day of ...": "today" dates every
    act of its sentence), which its ordinal day may still move."""
    return act.date is not None and trip.date is not None and act.date.span is not None and trip.date.span == act.date.span


#: How far (characters) around a trip noun the length told of it may stand ("une visite de trois jours").
_LENGTH_REACH = 40


def _lasting(ctx: Context, trip: EventMention) -> bool:
    """Whether a length is told next to the trip noun ("a three-day visit", "une visite de trois jours")."""
    return any(trip.start - _LENGTH_REACH <= span.start <= trip.end + _LENGTH_REACH
               for span, _ in ctx.durations_by.get(trip.sentence, []))


#: How far (characters) before a trip noun the words naming it as the act's trip may start.
_REACH = 60


@cache
def _trip_cues(lang: str) -> re.Pattern[str] | None:
    words = lexicon.load("dates", lang).get("first_day_of")
    return re.compile(rf"(?<!\w)(?:{words})(?:\W+[\w’'-]+){{0,3}}?\W*$") if words else None


def _names_trip(ctx: Context, trip: EventMention) -> bool:
    """Whether the words before a trip noun name the act's day as the trip's first ("au premier jour d'une")."""
    pattern = _trip_cues(ctx.lang)
    floor = max(ctx.sentences[trip.sentence].start, trip.start - _REACH)
    return pattern is not None and pattern.search(ctx.low or ctx.text.lower(), floor, trip.start) is not None


def _day_of_trip(ctx: Context, trip: EventMention) -> int:
    """The ordinal of the day the words before a trip noun name as the act's ("on the second day of a three-day
    state visit": 2), or 0."""
    pattern, counts = nth_day(ctx.lang)
    if pattern is None:
        return 0
    floor = max(ctx.sentences[trip.sentence].start, trip.start - _REACH)
    found = pattern.search(ctx.low or ctx.text.lower(), floor, trip.start)
    return counts.get(found.group(1), 0) if found is not None else 0
