"""The day a sentence of detail gives the act told just before: "Die Regierung hat den Botschafter einbestellt.
Staatssekretär X habe Botschafter Y gestern Nachmittag klargemacht, dass ...", "The envoy was summoned. Deputy
Minister X told him on Tuesday that ...".

Private to :mod:`graph.extract._dateshare`. A report often tells an act without its day, then what was said at it,
with the day but with no act word of its own. An undated act told as taken place takes the one day (no range, no
"since" or "until") the next sentence gives when that sentence tells no act and names one of the act's people,
and the day is not after the report's.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from graph.extract import dates as dates_mod
from graph.extract.events import GROUPS
from graph.model import DateValue

if TYPE_CHECKING:
    from graph.extract.assemble import Context
    from graph.extract.events import EventMention

__all__ = ["detail_days"]


def detail_days(ctx: Context, mentions: list[EventMention]) -> None:
    """Date the undated acts whose next sentence tells their day (see the module docstring); ``mentions`` in text
    order, dropped ones included."""
    if ctx.reference is None:
        return
    told = {m.sentence for m in mentions}
    for m in mentions:
        if m.dropped or m.background or m.earlier or m.status != "Occurred" or m.date is not None or m.date_text:
            continue
        index = m.sentence + 1
        if GROUPS[m.type] == "statement" or not m.persons or index >= len(ctx.sentences) or index in told:
            continue
        day = _day(ctx, index, m)
        if day is not None:
            m.date, m.date_text = day, day.text


def _day(ctx: Context, index: int, m: EventMention) -> DateValue | None:
    span = ctx.sentences[index]
    named = {id(p.person) for p in ctx.people.mentions if p.person is not None and span.start <= p.start < span.end}
    if not named & set(map(id, m.persons)):
        return None
    found = [d for d in dates_mod.find_dates(ctx.text, ctx.lang, within=((span.start, span.end),)) if span.start <= d.span.start < span.end]
    if len(found) != 1 or not _a_day(found[0]):
        return None
    value, status = dates_mod.resolve_for(found[0], ctx.reference, "Occurred")
    if value is None or status != "Occurred" or len(value) != 10 or value > ctx.reference.isoformat():
        return None
    return DateValue(value, found[0].text, found[0].span)


def _a_day(mention: dates_mod.DateMention) -> bool:
    """A single day: a weekday, "yesterday", or a day of a month (no range, no "since" or "until")."""
    if mention.bound or mention.end_day is not None or mention.anchored:
        return False
    return mention.weekday is not None or mention.relative_days is not None or mention.day is not None
