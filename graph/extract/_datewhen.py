"""A date before "when" dates the act the "when" clause tells: "El momento central llegó el martes, cuando X se
reunió con Y", "It came on Tuesday, when X met Y", "mardi, lorsque X a reçu Y".

Private to :mod:`graph.extract.assemble`. A "where" clause may tell an act of another day ("arrived on Monday,
where he will meet X on Tuesday"), so the clause break that keeps dates from acts across "where" and "when"
(cue ``relative``) stays; only a temporal relative word (``dates.json``: ``when_words``) right after the
comma that ends the date's clause carries the date over, to the first act of its clause that has none. An act
the clause names as a topic (``when_topic``: "discussed preparations for the visit") is not told there.
"""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING

from graph.extract import lexicon
from graph.extract.cues import cue_between

if TYPE_CHECKING:
    from graph.extract.assemble import Context
    from graph.extract.triggers import EventMention
    from graph.model import Span

__all__ = ["in_relative", "when_targets"]

#: At most this many characters from a date to the comma before "when", and from "when" to the act.
_TO_COMMA, _TO_ACT = 40, 100


@cache
def _topic(lang: str) -> re.Pattern[str] | None:
    phrase = lexicon.load("dates", lang).get("when_topic")
    return re.compile(phrase, re.IGNORECASE) if phrase else None


def _told(ctx: Context, act: EventMention, topic: re.Pattern[str] | None) -> bool:
    """Whether the clause tells ``act`` rather than naming it as a topic ("preparations for the visit")."""
    return topic is None or topic.search(ctx.text, max(0, act.start - 40), act.start) is None


@cache
def _when(lang: str) -> re.Pattern[str] | None:
    words = lexicon.load("dates", lang).get("when_words")
    return re.compile(rf",\s*(?:{'|'.join(words)})(?!\w)", re.IGNORECASE) if words else None


def when_targets(ctx: Context, mentions: list[EventMention], span: Span, taken: set[int]) -> list[tuple[int, object, EventMention]]:
    """``(distance, date mention, event mention)`` for the acts of "when" clauses dated by the date before them
    (acts whose ids are in ``taken`` already have a date of the sentence)."""
    pattern = _when(ctx.lang)
    if pattern is None:
        return []
    out = []
    for mention in ctx.dates_by.get(span.start, []):
        if mention is ctx.dateline:
            continue
        end = mention.span.end
        match = pattern.search(ctx.text, end, min(span.end, end + _TO_COMMA))
        if match is None or "," in ctx.text[end : match.start()] or any(end <= m.start < match.start() for m in mentions):
            continue  # the date's own clause ends at the comma before "when" and tells no act of its own
        acts = [m for m in mentions if match.end() <= m.start <= match.end() + _TO_ACT and _told(ctx, m, _topic(ctx.lang))]
        if not acts:
            continue
        act = acts[0]  # commas may stand between ("cuando el presidente chileno, X, se reunió")
        own = _own_date(ctx, act, ctx.dates_by.get(span.start, []), span.end)
        if id(act) not in taken or not own:  # a date of another clause after it yields to the "when" date
            out.append((act.start - end if own else -1, mention, act))
    return out


def _own_date(ctx: Context, act: EventMention, dates: list, limit: int) -> bool:
    """Whether a date follows ``act`` in its own clause ("cuando se reunió con X el martes"); a date after a
    comma belongs to another clause ("cuando Chequia expulsó a 18 diplomáticos, acusándolos ... en 2014")."""
    for date in dates:
        if act.start < date.span.start < limit and "," not in ctx.text[act.end : date.span.start]:
            return True
    return False


def in_relative(ctx: Context, date: Span, act_start: int, span: Span) -> bool:
    """Whether ``date`` stands in a "where"/"when" clause closed by a comma before the act at ``act_start``
    ("In Samarkand, wo er am Sonntag eingetroffen war, traf er am Montag X"): that clause's time, not the act's."""
    if act_start < date.end or "," not in ctx.text[date.end : act_start]:
        return False
    opening = ctx.text.rfind(",", span.start, date.start)
    return cue_between(ctx, "relative", max(opening, span.start), date.start)
