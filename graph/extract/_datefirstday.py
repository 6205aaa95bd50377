"""The first day of the days told before: "The conference was held in Minsk on Thursday and Friday. ... On the
first day, the minister held talks with X", "В первый день российский министр провёл переговоры".

Private to :mod:`graph.extract._dateassign`. A sentence opened by a "first day" phrase (``first_day`` of
``dates.json``) tells what happened on the first of the days an earlier sentence gave: its undated acts take the
day of the latest date told within a few sentences before it (the start of a range, "from 14 to 16 May"), when
that date names a day and they are told as taken place on a past day (as planned on a day to come); a coarser
date, or none within reach, dates nothing.
"""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING

from graph.extract import dates as dates_mod
from graph.extract import lexicon
from graph.model import DateValue, Span

if TYPE_CHECKING:
    from graph.extract.assemble import Context
    from graph.extract.events import EventMention

__all__ = ["first_days"]

#: At most this many sentences back the days counted may be told.
_REACH = 8


@cache
def _opening(lang: str) -> re.Pattern[str] | None:
    words = (lexicon.load("dates", lang) or {}).get("first_day") if lang.isalpha() else None
    return re.compile(rf"[\"«„“(]?(?:{words})(?!\w)") if words else None


def first_days(ctx: Context, mentions: list[EventMention], span: Span) -> None:
    """Date the undated acts of a sentence opened by a "first day" phrase (see the module docstring)."""
    undated = [m for m in mentions if m.date is None and not m.date_text and not m.background and not m.earlier]
    if not undated or not mentions:
        return
    pattern = _opening(ctx.lang)
    if pattern is None or pattern.match(ctx.low or ctx.text.lower(), span.start) is None:
        return
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
