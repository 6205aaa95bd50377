"""A signing or a statement tied by a pronoun to the act told just before it: "talks tomorrow, after which the
ministers will sign ...", "Un accord pourrait être signé à cette occasion", "По их итогам министры подписали ...",
"в ходе которых", "bei dieser Gelegenheit", "en esa ocasión".

Private to :mod:`graph.extract._dateshare`. A sentence holding such a phrase (``after_anaphor`` of
``graph/data/lexicons/<lang>/dates.json``) tells an act that followed, or took place during, the act the pronoun
points back to: the latest act told before the phrase, in the same sentence or the two before, dated to the day
(a meeting before a trip told with it).
Its undated signings and statements take that day; an act told as done takes only the day of an act told as done.
A signing or statement planned after the phrase takes the date of the latest plan before it (at any precision)
over the day of an act told as done ("realizará una visita oficial a Abu Dabi en noviembre, ocasión en la que
está prevista la firma").
A plan told after the phrase ("Der Besuch ... sei für Juni vorgesehen. Bei dieser Gelegenheit sollen auch die
Regierungskonsultationen ... stattfinden, die im vergangenen Jahr ... verschoben worden waren"; "lors du
déplacement de la ministre à Manille en mai prochain. À cette occasion, les deux ministres coprésideront ...")
takes the date, to the day or coarser, of the latest plan told before the phrase, unless a date of its own
dates it outside a relative clause opened after it.
"""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING

from graph.extract import lexicon
from graph.extract._datereport import relative_clause_at
from graph.extract.events import GROUPS

if TYPE_CHECKING:
    from graph.extract.assemble import Context
    from graph.extract.events import EventMention

__all__ = ["anaphor_days"]

#: The acts that take the day of the act the pronoun names.
_FOLLOWERS = frozenset({"statement", "ceremony"})
#: The acts a pronoun names before others: a meeting, not the trip told with it.
_ACTS = frozenset({"meet", "summit", "call"})
#: How many sentences before the phrase the act it names may be told.
_REACH = 2


@cache
def _pattern(lang: str) -> re.Pattern[str] | None:
    words = lexicon.load("dates", lang).get("after_anaphor", [])
    return lexicon.whole_words(lexicon.phrases(words))  # the text it searches is lower-cased


def anaphor_days(ctx: Context, mentions: list[EventMention], by_sentence: dict[int, list[EventMention]]) -> None:
    """Date the undated followers of a sentence tying them by a pronoun to the act before (see the module docstring)."""
    pattern = _pattern(ctx.lang)
    if pattern is None:
        return
    for index, group in by_sentence.items():
        followers = [m for m in group if GROUPS[m.type] in _FOLLOWERS and not m.background and not m.dropped
                     and m.date is None and not m.date_text]  # fmt: skip
        planned = [m for m in group if m.status == "Planned" and GROUPS[m.type] != "visit" and not m.background
                   and not m.dropped and m not in followers]  # fmt: skip
        if not followers and not planned:
            continue
        span = ctx.sentences[index]
        match = pattern.search(ctx.low, span.start, span.end)
        if match is None:
            continue
        for m in followers:
            act = _named_act(mentions, index, match.start(), m)
            if m.status == "Planned" and (act is None or act.status != "Planned") and match.end() <= m.start:
                # "una visita ... en noviembre, ocasión en la que está prevista la firma": the plan's date, not a call's before it
                act = _named_plan(mentions, index, match.start()) or act
            if act is not None:
                m.date, m.date_text = act.date, act.date_text
        for m in planned:
            act = _named_plan(mentions, index, match.start()) if match.end() <= m.start and _open(ctx, m) else None
            if act is not None:
                m.date, m.date_text = act.date, act.date_text


def _open(ctx: Context, m: EventMention) -> bool:
    """Whether a plan has no date of its own but one of a relative clause opened after it ("die im vergangenen Jahr
    ... verschoben worden waren": the plan's history)."""
    if m.date is None:
        return not m.date_text
    if m.date.span is None or m.date.span.start < m.end:
        return False
    clause = relative_clause_at(ctx.text, m.date.span.start, ctx.sentences[m.sentence], ctx.lang)
    return clause is not None and clause[0] >= m.end


def _named_plan(mentions: list[EventMention], index: int, start: int) -> EventMention | None:
    """The latest plan with a date told before ``start`` within :data:`_REACH` sentences."""
    return next((m for m in reversed(mentions) if index - _REACH <= m.sentence <= index and m.start < start
                 and not m.background and m.status == "Planned" and m.date is not None), None)  # fmt: skip


def _named_act(mentions: list[EventMention], index: int, start: int, follower: EventMention) -> EventMention | None:
    """The latest act dated to the day told before ``start`` within :data:`_REACH` sentences, a meeting before a
    trip ("talks with X, who arrived the evening before; after which ..."), if its status fits."""
    told = [m for m in reversed(mentions) if index - _REACH <= m.sentence <= index and m.start < start and m is not follower
            and not m.background and m.date is not None and m.date.precision == "day"]  # fmt: skip
    act = next((m for m in told if GROUPS[m.type] in _ACTS), told[0] if told else None)
    if act is None or follower.status == "Occurred" and act.status != "Occurred":
        return None
    return act
