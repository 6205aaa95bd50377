"""An agenda's day lines: "Freitag, 10. April 2026" alone on its line dates the acts listed under it.

Programmes and weekly previews list the acts of each day below a line holding only that day's date
("Montag, 6. April 2026", "Monday 6 April", "6 avril 2026"); an act of the lines below it, up to the next such
line, took (or takes) place that day unless it tells a date of its own. Only a text with two such lines or
more is an agenda: one date alone on a line is a dateline or a heading (a dateline counts as a day line when
it names its weekday, as the day lines of an agenda do). Private to
:mod:`graph.extract.assemble`.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from graph.extract import dates as dates_mod
from graph.extract.text import line_spans
from graph.model import DateValue

if TYPE_CHECKING:
    from graph.extract.assemble import Context
    from graph.extract.events import EventMention

__all__ = ["agenda_days"]

_TRAILING = " \t.:,"
_SHORT = 40  # characters of a day line at most ("Donnerstag, 9. April 2026")


def agenda_days(ctx: Context, mentions: list[EventMention]) -> None:
    """Date the acts listed under an agenda's day lines (those without a date, or dated by another day line)."""
    lines = tuple((s.start, s.end) for s in line_spans(ctx.text) if s.end - s.start <= _SHORT
                  and any(c.isdigit() for c in ctx.text[s.start : s.end]))
    if len(lines) < 2:
        return
    found = dates_mod.find_dates(ctx.text, ctx.lang, within=lines)
    heads = [d for d in found if d.day is not None and d.end_day is None and _alone(ctx.text, d)
             and (d.weekday is not None or ctx.dateline is None or d.span != ctx.dateline.span)]
    if len(heads) < 2:
        return
    spans = {d.span for d in heads}
    for m in mentions:
        before = [d for d in heads if d.span.end <= m.start]
        if not before:
            continue
        head = before[-1]
        if m.date is not None and m.date.span not in spans:
            _weekday_of_agenda(ctx, m, head)
            continue
        if m.date_text and not (m.date is not None and m.date.span != head.span):
            continue  # a date of its own; but a day line dates only the acts under it, not those of the day before
        value, status = dates_mod.resolve_for(head, ctx.reference, m.status, past_tense=m.background)
        if value is None:
            continue
        m.status, m.date_text = status, head.text
        m.date = DateValue(value, head.text, head.span)


def _weekday_of_agenda(ctx: Context, m: EventMention, head) -> None:
    """"Mittwoch, 8. April 2026 / Der für Mittwoch und Donnerstag geplante Staatsbesuch": a bare weekday under a
    day line is the one of that day's week (the nearest to it), not the one nearest to publication."""
    told = next((d for d in ctx.dates if d.span == m.date.span), None)
    if told is None or told.weekday is None or told.day is not None or told.week_of is not None or told.direction:
        return
    day = dates_mod.resolve(head, ctx.reference)
    if day is None or len(day) != 10:
        return
    base = dt.date.fromisoformat(day)
    shift = (told.weekday - base.weekday() + 3) % 7 - 3
    m.date = DateValue((base + dt.timedelta(days=shift)).isoformat(), m.date.text, m.date.span)


def _alone(text: str, mention) -> bool:
    """Whether the date fills its line (but for punctuation)."""
    start = text.rfind("\n", 0, mention.span.start) + 1
    end = text.find("\n", mention.span.end)
    end = len(text) if end < 0 else end
    return not text[start : mention.span.start].strip(_TRAILING) and not text[mention.span.end : end].strip(_TRAILING)
