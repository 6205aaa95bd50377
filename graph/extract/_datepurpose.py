"""The day of an act a trip is made for: "Park will then fly to Kuala Lumpur on Tuesday for a meeting with X",
"reist am Dienstag nach Rom zu einem Treffen mit X", "viajará el martes a Lima para una reunión con X".

Private to :mod:`graph.extract._dateshare`. An undated act told in the same clause right after a trip dated to a
day, behind a word of purpose (``purpose_before`` of ``graph/data/lexicons/<lang>/dates.json``, a regular
expression matching the words that end right before the act's trigger), takes place on the trip's day and shares
its status (an act told in the present for a trip still to come is planned). Only an act with someone named
besides the travellers is dated so ("for talks with Philippine officials" is the trip's own business).
"""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING

from graph.extract import lexicon
from graph.extract.events import GROUPS

if TYPE_CHECKING:
    from graph.extract.assemble import Context
    from graph.extract.events import EventMention

__all__ = ["purpose_days"]

#: At most this many characters between the trip's trigger and the act it is made for.
_GAP = 80


@cache
def _pattern(lang: str) -> re.Pattern[str] | None:
    words = lexicon.load("dates", lang).get("purpose_before")
    return re.compile(rf"(?<!\w)(?:{words})\s*\Z", re.IGNORECASE) if words else None


def purpose_days(ctx: Context, mentions: list[EventMention]) -> None:
    """Date the undated acts a dated trip is made for (see the module docstring); ``mentions`` in text order."""
    pattern = _pattern(ctx.lang)
    if pattern is None:
        return
    for i, m in enumerate(mentions):
        if m.date is not None or m.date_text or m.background or m.dropped or GROUPS[m.type] == "visit":
            continue
        trips = [v for v in mentions[:i] if v.sentence == m.sentence and GROUPS[v.type] == "visit" and not v.dropped
                 and v.date is not None and v.date.precision == "day" and _status(ctx, v, m) is not None]
        if not trips or m.start - trips[-1].end > _GAP or "," in ctx.text[trips[-1].end : m.start]:
            continue
        if not set(map(id, m.persons)) - set(map(id, trips[-1].persons)):
            continue  # "for talks with Philippine officials": no one met by name, the trip's own business
        if pattern.search(ctx.text, max(trips[-1].end, m.start - 30), m.start):
            m.date, m.date_text, m.status = trips[-1].date, trips[-1].date_text, _status(ctx, trips[-1], m)


def _status(ctx: Context, trip: EventMention, m: EventMention) -> str | None:
    """The status ``m`` takes from the trip: the same, or planned when the trip lies after publication and ``m`` is
    told in the present ("reist am Dienstag nach Rom zu einem Treffen")."""
    if trip.status == m.status:
        return m.status
    ahead = ctx.reference is not None and trip.date is not None and trip.date.value > ctx.reference.isoformat()
    return "Planned" if ahead and trip.status == "Planned" and m.status == "Occurred" else None
