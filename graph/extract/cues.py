"""Cue words around event triggers, looked up on the lower-cased article (``Context.low``).

Helpers of :mod:`graph.extract.assemble`: whether a cue ("said", "where", "and", "in", "seit") stands
before, after or between two offsets of a sentence. Matches inside a sentence are found once per cue and
sentence and kept in ``Context.cue_hits``; the words before an offset are kept in ``Context.windows``.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache
from typing import TYPE_CHECKING

from graph.extract import lexicon
from graph.extract.dates import dates_act
from graph.extract.events import EventMention, compiled
from graph.extract.text import sentence_of
from graph.model import Span

if TYPE_CHECKING:
    from graph.extract.assemble import Context

__all__ = ["opens_with", "cue_before", "cue_after", "cue_between", "hangs_on", "reachable", "in_since_phrase", "speaks", "said_after"]

_NEXT_WORD = re.compile(r"\s*([\w’'-]+)")
_WORDS = re.compile(r"[\w’'-]+")
_COMMA = re.compile(r"[,;:]")


def hangs_on(ctx: Context, prev: EventMention, m: EventMention) -> bool:
    """Whether ``m`` is coordinated with ``prev`` ("and") or in a relative clause after it ("where")."""
    if cue_between(ctx, "clause", prev.end, m.start):
        return False
    return cue_between(ctx, "conjunction", prev.end, m.start) or cue_between(ctx, "relative", prev.end, m.start)


def cue_after(ctx: Context, cue: str, end: int, span: Span) -> bool:
    """The word right after ``end`` is a ``cue`` ("traf er")."""
    pattern = compiled(ctx.lang).fast.get(cue)
    word = _NEXT_WORD.match(ctx.low[end : min(span.end, end + 30)])
    return bool(pattern and word and pattern.fullmatch(word.group(1)))


def opens_with(ctx: Context, cue: str, span: Span) -> bool:
    """The sentence ``span`` opens with a ``cue`` word ("Elle doit notamment être reçue ...")."""
    pattern = compiled(ctx.lang).fast.get(cue)
    word = _NEXT_WORD.match(ctx.low, span.start, min(span.end, span.start + 30))
    return bool(pattern and word and pattern.fullmatch(word.group(1)))


def cue_between(ctx: Context, cue: str, start: int, end: int) -> bool:
    """Whether a match of ``cue`` lies inside ``[start, end)`` (both in one sentence)."""
    if start >= end:
        return False
    index = sentence_of(ctx.sentences, start)
    hits = ctx.cue_hits.get((cue, index))
    if hits is None:
        pattern = compiled(ctx.lang).fast.get(cue)
        span = ctx.sentences[index] if index >= 0 else Span(0, len(ctx.text))
        found = list(pattern.finditer(ctx.low, span.start, span.end)) if pattern is not None else []
        if found and cue == "clause":  # "Zuhura Said Khamis": a word of a person's name breaks no clause
            found = [m for m in found if not (ctx.text[m.start()].isupper() and ctx.names.covers(m.start()))]
        hits = ctx.cue_hits[(cue, index)] = ([m.start() for m in found], [m.end() for m in found])
    starts, ends = hits
    k = bisect_left(starts, start)  # matches do not overlap: the first one starting inside ends first
    return k < len(starts) and ends[k] <= end


def reachable(ctx: Context, mentions: list[EventMention], start: int, end: int, *, relative: bool = True) -> list[EventMention]:
    """Mentions not separated from ``[start, end)`` by a clause break ("said"; with ``relative`` also "where")."""
    out = []
    for m in mentions:
        a, b = min(m.end, end), max(m.start, start)
        if cue_between(ctx, "clause", a, b) or (relative and cue_between(ctx, "relative", a, b)):
            continue
        out.append(m)
    return out


def in_since_phrase(ctx: Context, pos: int, span: Span, mentions: list[EventMention], cue: str = "since") -> bool:
    """Whether ``pos`` lies in a "seit der Invasion ... im Jahr 2022" phrase (context, not the event's), or
    starts a date that bounds the act without dating it ("the first visit since 2019", "hasta el jueves")."""
    if cue == "since" and _bounds_only(ctx, pos, span):
        return True
    triggers = compiled(ctx.lang)
    if cue not in triggers.fast:
        return False
    start = max(span.start, pos - 80)
    start = max([start] + [m.end for m in mentions if m.end <= pos])
    window = ctx.low[start:pos]
    window = _COMMA.split(window)[-1]
    idiom = _since_idiom(ctx.lang)
    if idiom is not None and "since" in cue:
        window = idiom.sub(" ", window)
    return triggers.search(cue, window)


@lru_cache(maxsize=None)
def _since_idiom(lang: str) -> re.Pattern[str] | None:
    """Idioms with a "since" word that open no since phrase ("seit langem", "depuis longtemps"; ``since_idiom``
    of ``<lang>/venues.json``): "als erste Regierungschefin seit langem nach Astana gereist" keeps Astana."""
    phrase = lexicon.load("venues", lang).get("since_idiom")
    return re.compile(phrase, re.IGNORECASE) if phrase else None


def _bounds_only(ctx: Context, pos: int, span: Span) -> bool:
    """Whether the date of the sentence ``span`` starting at ``pos`` only bounds an act (:func:`dates_act`)."""
    return any(d.span.start == pos and not dates_act(d) for d in ctx.dates_by.get(span.start, ()))


def cue_before(ctx: Context, cue: str, start: int, span: Span, words: int = 2) -> bool:
    """Whether ``cue`` occurs in the last ``words`` words before ``start`` (within the sentence ``span``)."""
    triggers = compiled(ctx.lang)
    if cue not in triggers.fast:
        return False
    window = ctx.windows.get((start, words))
    if window is None:
        window = ctx.windows[(start, words)] = _last_words(ctx.low, max(span.start, start - 20 * words), start, words)
    return triggers.search(cue, window)


def _last_words(low: str, floor: int, end: int, count: int) -> str:
    """The last ``count`` words of ``low[floor:end]``, joined by spaces. A shorter piece is read first: when it
    holds more than ``count`` words, its last ones are those of the whole piece (only the first word of a
    piece may be cut)."""
    near = max(floor, end - 8 * count)
    if near > floor:
        found = _WORDS.findall(low, near, end)
        if len(found) > count:
            return " ".join(found[-count:])
    return " ".join(_WORDS.findall(low, floor, end)[-count:])


def speaks(ctx: Context, mentions: list[EventMention], end: int) -> bool:
    """Whether a speech verb follows ``end`` closely (the thing before it is the speaker)."""
    for m in mentions:
        if m.type == "Statement" and m.entry.pos == "verb" and 0 <= m.start - end <= 25:
            return not _WORDS.search(ctx.text, end, m.start) or len(_WORDS.findall(ctx.text, end, m.start)) <= 2
    return False


#: Words at most between a speech verb and the trigger of "said after the talks" ("told reporters after the").
_SAID_AFTER_WORDS = 4


def said_after(ctx: Context, mentions: list[EventMention], m: EventMention, span: Span) -> bool:
    """Whether ``m`` is "after the talks" on which a speech verb hangs ("X told reporters after the talks",
    "sagte nach dem Treffen"): a reference to an act the account reports, not an act of its own."""
    if not m.after or m.indefinite or m.entry.pos != "noun":
        return False
    for s in mentions:
        if s.type == "Statement" and s.end <= m.start and not _COMMA.search(ctx.text, s.end, m.start):
            if len(_WORDS.findall(ctx.low, s.end, m.start)) <= _SAID_AFTER_WORDS:
                return True
    return cue_before(ctx, "clause", m.start, span, _SAID_AFTER_WORDS)
