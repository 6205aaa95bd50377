"""A bare weekday told after a weekday of a named week lies in that week.

"Am Dienstag vergangener Woche traf sie X, am Mittwoch flog sie weiter": the Wednesday is that of last week,
not the one before publication. A later weekday of the same paragraph, told without a week of its own and
falling after the first in the week, takes the first one's week; a date with a day of its own ends the chain.
Private to :mod:`graph.extract.dates`.
"""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from graph.extract.dates import DateMention

__all__ = ["same_week"]

_REACH = 300  # characters from the weekday of a named week to a later bare weekday


def same_week(mentions: list[DateMention], text: str) -> list[DateMention]:
    """``mentions`` with the bare weekdays after a weekday of a named week placed in that week."""
    if not any(m.week_of is not None for m in mentions):
        return mentions
    out: list[DateMention] = []
    week: DateMention | None = None
    for mention in mentions:
        if mention.week_of is not None:
            week = mention
        elif week is not None and _bare_weekday(mention) and mention.weekday > week.weekday \
                and mention.span.start - week.span.end <= _REACH and "\n" not in text[week.span.end : mention.span.start]:
            mention = dataclasses.replace(mention, week_of=week.week_of)
            week = mention
        elif mention.day is not None or mention.weekday is not None or mention.relative_days is not None:
            week = None
        out.append(mention)
    return out


def _bare_weekday(mention: DateMention) -> bool:
    return mention.weekday is not None and mention.direction == 0 and mention.relative_days is None and not mention.bound
