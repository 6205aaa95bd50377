"""The day a scene-setting sentence tells: "Es ist kurz nach neun Uhr, als sich am Montag die Tür öffnet.
Der Premierminister empfängt die Kanzlerin am Eingang ...", "It was late on Tuesday when the motorcade
arrived. The two leaders talked for an hour ...".

Private to :mod:`graph.extract._dateshare`. A reportage often sets the scene in a sentence that names a day but
no act, and tells the act in the sentence right after it without a date. That act took place on the scene's day,
not on the day of the dateline nor on a day told later for another act: an undated meeting, call or ceremony
told by a verb as taken place in the sentence right after a sentence with no act (dropped triggers included) and one recent day (not told in the
pluperfect, which recalls an earlier day) takes that day, unless an act told before and dated to a day shares a
participant with it (the act told again, after a sentence on something else).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from graph.extract import dates as dates_mod
from graph.extract._datedateline import is_dateline
from graph.extract._datetense import pluperfect_at
from graph.extract.events import GROUPS
from graph.model import DateValue

if TYPE_CHECKING:
    from graph.extract.assemble import Context
    from graph.extract.triggers import EventMention

__all__ = ["scene_days"]

#: The acts a scene dates, told by a verb ("empfängt", "received"): meetings, calls and ceremonies.
_TAKERS = frozenset({"meet", "call", "ceremony"})


def scene_days(ctx: Context, mentions: list[EventMention]) -> None:
    """Date the undated acts told right after a scene-setting sentence (see the module docstring)."""
    if ctx.reference is None or len(ctx.sentences) < 3:
        return
    told = {m.sentence for m in mentions}
    seen: dict[int, object] = {}
    for m in mentions:
        index = m.sentence - 1
        if index < 1 or index in told or m.date is not None or m.date_text or m.background or m.status != "Occurred":
            continue
        if GROUPS[m.type] not in _TAKERS or m.entry.pos != "verb":
            continue  # a statement ("told reporters") or a noun names the report or an act told before
        if _dated_before(mentions, m):
            continue  # "X summoned the envoy on Friday. On Thursday a helicopter had ... The envoy was received by Y"
        if index not in seen:
            seen[index] = _scene_day(ctx, index)
        day = seen[index]
        if day is None:
            continue
        value, status = dates_mod.resolve_for(day, ctx.reference, m.status)
        if value is not None and len(value) == 10 and status == "Occurred" and value <= ctx.reference.isoformat():
            m.date, m.date_text = DateValue(value, day.text, day.span), day.text


#: A scene-setting sentence has at least this many words.
_WORDS = 6


def _dated_before(mentions: list[EventMention], m: EventMention) -> bool:
    """Whether an act told before ``m`` and dated to a day shares a participant with it (``m`` tells it again)."""
    people = set(map(id, m.persons))
    return any(
        o.start < m.start and o.date is not None and o.date.precision == "day" and not o.background
        and people & set(map(id, o.persons))
        for o in mentions
    )


def _scene_day(ctx: Context, index: int) -> dates_mod.DateMention | None:
    """The one day sentence ``index`` names (a weekday, "yesterday" or a day of a month told this year or last)."""
    span = ctx.sentences[index]
    if len(ctx.text[span.start : span.end].split()) < _WORDS:
        return None  # a dateline ("MOSCOW, May 20.") sets no scene
    found = dates_mod.find_dates(ctx.text, ctx.lang, within=((span.start, span.end),))  # a sentence of no act: unread
    days = [d for d in found if span.start <= d.span.start < span.end and not is_dateline(ctx.text, d, span.start)]
    if ctx.dateline is not None:
        days = [d for d in days if d.span != ctx.dateline.span]
    if len(days) != 1:
        return None
    day = days[0]
    if day.bound or day.end_day is not None or not dates_mod.dates_act(day):
        return None
    if day.weekday is None and day.relative_days is None and day.day is None:
        return None
    if day.year is not None and day.year < ctx.reference.year - 1:
        return None
    return None if pluperfect_at(ctx.text, day.span.start, day.span.end, ctx.lang) else day
