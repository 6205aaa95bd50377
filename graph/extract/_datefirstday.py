"""The first day of the days told before: "The conference was held in Minsk on Thursday and Friday. ... On the
first day, the minister held talks with X", "В первый день российский министр провёл переговоры".

Private to :mod:`graph.extract._dateassign`. A sentence opened by a "first day" phrase (``first_day`` of
``dates.json``) tells what happened on the first of the days an earlier sentence gave: its undated acts take the
day of the latest date told within a few sentences before it (the start of a range, "from 14 to 16 May"), when
that date names a day and they are told as taken place on a past day (as planned on a day to come); a coarser
date, or none within reach, dates nothing. A sentence opened by a "last day" phrase (``last_day``: "On the final day
of the visit", "Am letzten Tag") tells what happened on the last day of the latest range of days told before it
("paid an official visit to Japan on 16-18 March"): its undated acts take that range's last day, but for a trip
("travelled to Osaka"), a leg of the trip told before, which that trip's first day dates.
"""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING

from graph.extract import dates as dates_mod
from graph.extract import lexicon
from graph.extract.events import GROUPS
from graph.model import DateValue, Span

if TYPE_CHECKING:
    from graph.extract.assemble import Context
    from graph.extract.events import EventMention

__all__ = ["first_days"]

#: At most this many sentences back the days counted may be told.
_REACH = 8


@cache
def _opening(lang: str, key: str = "first_day") -> re.Pattern[str] | None:
    data = (lexicon.load("dates", lang) if lang.isalpha() else None) or {}
    words = data.get(key)
    return re.compile(rf"[\"«„“(]?(?:{words})(?!\w)") if words else None


def first_days(ctx: Context, mentions: list[EventMention], span: Span) -> None:
    """Date the undated acts of a sentence opened by a "first day" phrase (see the module docstring)."""
    undated = [m for m in mentions if m.date is None and not m.date_text and not m.background and not m.earlier]
    if not undated or not mentions:
        return
    pattern, last = _opening(ctx.lang), _opening(ctx.lang, "last_day")
    low = ctx.low or ctx.text.lower()
    if last is not None and last.match(low, span.start) is not None:
        undated = [m for m in undated if GROUPS[m.type] != "visit"]  # "travelled to Osaka": a leg of the trip told before
        value = _range_end(ctx, mentions[0].sentence)
    elif pattern is None or pattern.match(low, span.start) is None:
        return
    else:
        value = _first_told(ctx, mentions[0].sentence)
    if value is None:
        return
    past = ctx.reference is None or value.value <= ctx.reference.isoformat()
    for m in undated:
        if m.status == ("Occurred" if past else "Planned"):  # not what the day prepares ("посвящённые подготовке заседания")
            m.date, m.date_text = value, value.text


def _first_told(ctx: Context, index: int) -> DateValue | None:
    """The day the latest date told in the sentences before ``index`` starts on, if it names one."""
    for back in range(index - 1, max(-1, index - 1 - _REACH), -1):
        told = ctx.dates_by.get(ctx.sentences[back].start)
        if not told:
            continue
        last = told[-1]
        value = dates_mod.resolve(last, ctx.reference)
        if not value or len(value) != 10:
            return None
        return DateValue(value, last.text, last.span)
    return None


def _range_end(ctx: Context, index: int) -> DateValue | None:
    """The last day of the latest range of days told in the sentences before ``index`` ("paid an official visit to
    Japan on 16-18 March"), if one is told within reach."""
    for back in range(index - 1, max(-1, index - 1 - _REACH), -1):
        for told in reversed(ctx.dates_by.get(ctx.sentences[back].start) or ()):
            if told.end_day is None or told.bound:
                continue
            value = dates_mod.resolve_end(told, ctx.reference)
            return DateValue(value, told.text, told.span) if value and len(value) == 10 else None
    return None
