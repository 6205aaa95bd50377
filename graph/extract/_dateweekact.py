"""An act dated only by its week happened on the day its participants' act is told within that week.

"Los presidentes se reunieron el pasado jueves en Desaguadero ... el memorando firmado esta semana": the
signing dated "this week" took place on Thursday, the one day of that week the same people are told acting.
Private to :mod:`graph.extract.rules` (run with the trips' dates). Only a single such day narrows the week; an
act of a week told with several days of its participants keeps the week's reading, and the day of publication
is not one ("welcomed today the signing earlier this week").
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from graph.extract import dates

if TYPE_CHECKING:
    from graph.extract.assemble import Draft

__all__ = ["week_acts"]


def week_acts(drafts: list[Draft], lang: str, published: date | None) -> None:
    """Date the acts told for a whole week to the one day of that week their participants act on."""
    if published is None or not lang:
        return
    today = published.isoformat()  # "welcomed the signing earlier this week": not today's act
    for draft in drafts:
        if draft.group == "visit" or draft.background or draft.date is None or not draft.people:
            continue
        week = dates.week_bounds(draft.date.text, lang, published, future=draft.status == "Planned")
        if week is None:
            continue
        days = {d.date.value: d.date for d in drafts if d is not draft and not d.background and d.status == draft.status
                and d.date is not None and d.date.precision == "day" and week[0] <= d.date.value <= week[1] and d.date.value != today
                and draft.people <= d.people and dates.week_bounds(d.date.text, lang, published) is None}  # fmt: skip
        if len(days) == 1:
            draft.date = next(iter(days.values()))
