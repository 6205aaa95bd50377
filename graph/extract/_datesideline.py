"""The date of a meeting held on the sidelines of a gathering the text dated before: "La cumbre de la CAN se celebrará
el 27 de noviembre en Lima. No se confirmó si al margen de la cita habrá una reunión bilateral".

Private to :mod:`graph.extract._dateshare`. A meeting told without a date of its own in a sentence with a
``sidelines`` cue ("on the sidelines", "al margen", "en marge", "am Rande", "на полях") takes place at the gathering
it names, often by a word that is no trigger ("la cita", "the gathering") or by the gathering's trigger again without
its date: the latest summit or conference dated before it, within a few sentences, dates it; when the gathering
named within them is undated, the latest one of its kind dated farther back (the same gathering named again). A
gathering of several days dates it to the month only (the day of the meeting among them is not told). A meeting
told as taken place does not take the date of a gathering still to come.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from graph.extract.cues import cue_between
from graph.extract.dates import find_dates
from graph.extract.events import GROUPS
from graph.model import DateValue

if TYPE_CHECKING:
    from graph.extract.assemble import Context
    from graph.extract.events import EventMention

__all__ = ["sideline_days"]

#: How many sentences back the gathering may be told.
_REACH = 4


def sideline_days(ctx: Context, mentions: list[EventMention]) -> None:
    """Date the undated sidelines meetings (see the module docstring); ``mentions`` in text order."""
    for m in mentions:
        if GROUPS[m.type] != "meet" or m.date is not None or m.date_text or m.background or m.dropped or m.earlier:
            continue
        span = ctx.sentences[m.sentence]
        if not cue_between(ctx, "sidelines", span.start, span.end):
            continue
        gathering = _latest_gathering(mentions, m)
        if gathering is None or m.status == "Occurred" and gathering.status != "Occurred":
            continue
        date = gathering.date
        if len(date.value) == 10 and any(d.end_day is not None for d in find_dates(date.text, ctx.lang)):
            date = DateValue(date.value[:7], date.text, date.span)  # "del 24 al 25 de noviembre": one of those days
        m.date, m.date_text = date, date.text


def _latest_gathering(mentions: list[EventMention], m: EventMention) -> EventMention | None:
    """The latest gathering dated before ``m`` within :data:`_REACH` sentences, or farther back when a gathering
    told again without a date stands within them (the same gathering: "la conferencia", named again)."""
    near = [o for o in mentions if m.sentence - _REACH <= o.sentence <= m.sentence and o.start < m.start
            and GROUPS[o.type] == "summit" and not o.background and not o.dropped]
    if not near:
        return None
    named = {id(o) for o in near}
    dated = [o for o in mentions if o.start < m.start and GROUPS[o.type] == "summit" and o.date is not None
             and not o.background and not o.dropped and (id(o) in named or o.type == near[-1].type)]
    return dated[-1] if dated else None
