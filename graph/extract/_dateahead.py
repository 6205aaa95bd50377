"""Readings that put a date with no full day after publication: a bare weekday or month told next to a present
event verb ("empfängt am Donnerstag" in a Monday report), a month or year no tense can put in the past ("next
month", "early next year"), a bare month within half a year of a possible act ("perhaps in November").
:func:`graph.extract.dates.resolve_for` reads them to date an act told as done or uncertain ahead of publication.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from graph.extract import _dateresolve as resolving
from graph.extract import _datetense as tensing

if TYPE_CHECKING:
    from graph.extract.dates import DateMention

__all__ = ["later_period", "soon", "told_ahead"]


def later_period(mention: DateMention, published: dt.date | None) -> bool:
    """A month or year after publication's that no tense can put in the past: "next month", "early next year",
    "in der ersten Jahreshälfte 2027" in a 2026 report (the act "agreed to hold" then is planned). Not "the first
    meeting in three years", which looks back."""
    if published is None or mention.bound or mention.anchor is not None or mention.anchored or mention.day is not None:
        return False
    if mention.year is not None:
        return mention.year > published.year
    if mention.season is not None and mention.direction > 0:
        return True  # "au printemps prochain": the next spring to come
    return (mention.relative_years == 1 or mention.relative_months == 1) and mention.direction > 0 and mention.weekday is None


def told_ahead(mention: DateMention, published: dt.date | None) -> bool:
    """A bare weekday other than the day of publication, or a month within half a year after it, told next to a
    present event verb or a verb of intent ("empfängt am Donnerstag" in a Monday report, "Im Juli will sie eine
    Konferenz ausrichten" in June): the coming one; so is a month told with a later year or a later month of the
    year of publication ("will host in August 2026" in February)."""
    return mention.tense == tensing.PRESENT and (soon(mention, published) or (
        mention.day is None and not mention.bound and resolving.month_ahead(mention.year, mention.month, published)))


def soon(mention: DateMention, published: dt.date | None) -> bool:
    """Whether a mention is a bare weekday other than publication's or a bare month (or season) within half a year
    after it."""
    if published is None or mention.bound or mention.anchor is not None:
        return False  # "hält sich seit Montag in Berlin auf": since a past day
    if mention.anchored or mention.day is not None or mention.relative_days is not None or mention.direction:
        return False
    if mention.weekday is not None:
        return mention.weekday != published.weekday()
    if mention.season is not None and mention.year is None:  # "could visit in the autumn" in March
        return 0 < (mention.season - published.month) % 12 <= _AHEAD_MONTHS
    bare_month = mention.month is not None and mention.year is None and mention.relative_years is None
    return bare_month and 0 < (mention.month - published.month) % 12 <= _AHEAD_MONTHS


#: A month without year told as to come lies at most this many months after publication.
_AHEAD_MONTHS = 6
