"""An act named as the day another day is counted from: "On the eve of the talks, on Thursday, the ministry
summoned X", "Накануне переговоров, в четверг, в МИД был вызван ...", "Am Vorabend der Gespräche, am Donnerstag,
bestellte ... ein", "La veille des entretiens, jeudi, ... a convoqué". The act noun of such a phrase is another
act, told as a point of reference: the sentence's date dates the act told after that date, not it
(:func:`eve_referents`, for :mod:`graph.extract._dateassign`). With no date of its own ("On the eve of the talks, the
ministry summoned X") the act after the noun lies the phrase's count of days from the named act's day
(:func:`eve_days`, for :mod:`graph.extract._dateshare`).

The phrases are ``eve_of`` of ``graph/data/lexicons/<lang>/dates.json``
(a language without them keeps every act as a target). A day counted back that opens its sentence and runs
straight into its act noun ("Накануне брифинга посла вызвали ...") is :func:`past_eve_noun`.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from functools import cache
from typing import TYPE_CHECKING

from graph.extract import lexicon
from graph.model import DateValue

if TYPE_CHECKING:
    from graph.extract.assemble import Context
    from graph.extract.events import EventMention
    from graph.model import Span

__all__ = ["eve_days", "eve_referents", "past_eve_noun"]

#: How far (characters) before its act noun an ``eve_of`` phrase may start (with articles, an ordinal: "on the eve
#: of the second round of").
_GAP = 48
#: How far (characters) after the act noun the date may stand ("the talks in Prague, on Thursday").
_NEAR = 40


@cache
def _phrases(lang: str) -> tuple[re.Pattern[str] | None, dict[str, int]]:
    """The ``eve_of`` phrases run up to the act noun after them (group ``p``: the phrase), with the days each counts."""
    words = ((lexicon.load("dates", lang) if lang.isalpha() else None) or {}).get("eve_of") or {}
    if not words:
        return None, {}
    counts = {" ".join(w.lower().split()): int(n) for w, n in words.items()}
    alternation = "|".join(r"\s+".join(map(re.escape, w.split())) for w in sorted(counts, key=len, reverse=True))
    return re.compile(rf"(?<!\w)(?P<p>{alternation})(?:\s+[\w'’-]+){{0,4}}?\s*$|(?<!\w)(?P<q>{alternation})[’']$"), counts


def eve_referents(ctx: Context, candidates: list[EventMention], mention: object) -> list[EventMention]:
    """``candidates`` but an act noun told before the date ``mention`` right after an ``eve_of`` phrase ("On the
    eve of the talks, on Thursday, ..."), when an act of the sentence follows the date: the day the phrase counts
    from, not the act dated."""
    start = mention.span.start
    if not any(m.start >= mention.span.end for m in candidates):
        return candidates
    told = [m for m in candidates if m.end <= start]
    if not told or told[-1].entry.pos != "noun" or start - told[-1].end > _NEAR:
        return candidates
    pattern = _phrases(ctx.lang)[0]
    noun = told[-1]
    if pattern is None or not pattern.search(ctx.low, max(0, noun.start - _GAP), noun.start):
        return candidates
    return [m for m in candidates if m is not noun]


def past_eve_noun(ctx: Context, candidates: list[EventMention], mention: object) -> list[EventMention]:
    """``candidates`` but the act noun right after a day counted back that opens its sentence ("Накануне брифинга
    посла вызвали ...": the eve of the briefing told before), the day it counts from, when another act follows."""
    eve = [m for m in candidates if m.entry.pos == "noun" and m.start >= mention.span.end
           and not ctx.text[mention.span.end : m.start].strip()]
    if not eve or not any(m.start > eve[0].end for m in candidates):
        return candidates
    return [m for m in candidates if m is not eve[0]]


def eve_days(ctx: Context, by_sentence: dict[int, list[EventMention]],
             told_day: Callable[[EventMention], DateValue | None]) -> None:
    """"On the eve of the talks, the ministry summoned X", "Накануне переговоров в МИД был вызван X": the undated acts
    told after an ``eve_of`` phrase opening its sentence lie the phrase's count of days from the day of the phrase's
    act noun (its own, or ``told_day``: the day of the act of its kind told before)."""
    pattern, counts = _phrases(ctx.lang)
    if pattern is None:
        return
    for index, group in by_sentence.items():
        span: Span = ctx.sentences[index]
        for i, noun in enumerate(group[:-1]):
            if noun.entry.pos != "noun" or noun.start - span.start > _GAP * 2:
                continue
            match = pattern.search(ctx.low, max(span.start, noun.start - _GAP), noun.start)
            if match is None:
                continue
            acts = [m for m in group[i + 1:] if not m.background and m.start >= noun.end]
            acts = [m for m in acts if m.date is None and not m.date_text and m.status == "Occurred"]  # "hosted a dinner"
            base = (noun.date if noun.date is not None else told_day(noun)) if acts else None
            if base is not None and len(base.value) == 10:
                told = base.span is not None and match.start() <= base.span.start < noun.start  # "Am Vorabend der
                # Gespräche": the phrase, a day counted back itself, went to the noun and is the act's day
                days = 0 if told else counts[" ".join((match.group("p") or match.group("q")).split())]
                day = DateValue((dt.date.fromisoformat(base.value) + dt.timedelta(days=days)).isoformat(), base.text, base.span)
                for act in acts:
                    act.date, act.date_text = day, base.text
            break
