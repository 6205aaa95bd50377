"""Resolving dates against the publication day: days without year, months, weeks and weekdays.

Private to :mod:`graph.extract.dates`, whose :func:`~graph.extract.dates.resolve` chooses among these: a day
or month without year is the latest one on or before publication for a report, the next one on or after it
for a plan; a weekday likewise, unless the text says "last" or "next".
"""

from __future__ import annotations

import calendar
import datetime as dt
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from graph.extract.dates import DateMention

__all__ = ["AHEAD_DAYS", "directed_month", "exists", "month_ahead", "next_within", "resolve_day_month", "resolve_relative", "week_days",
           "year_of_month"]


def exists(year: int | None, month: int, day: int) -> bool:
    """Whether ``day``.``month`` exists in ``year`` (in some year when ``year`` is None)."""
    if not 1 <= month <= 12 or day < 1:
        return False
    return day <= calendar.monthrange(2000 if year is None else year, month)[1]  # 2000: leap year


def resolve_day_month(
    year: int | None, month: int, day: int, published: dt.date | None, future: bool
) -> str | None:
    if year is None:
        if published is None:
            return None
        year = published.year
        for _ in range(8):  # 29 February needs up to 8 years to recur
            if exists(year, month, day) and _on_side(dt.date(year, month, day), published, future):
                break
            year += 1 if future else -1
    if not exists(year, month, day):
        return None
    return f"{year:04d}-{month:02d}-{day:02d}"


#: A day without year told in a report is the coming one when it comes within this many days ("am 12. Mai" in
#: an April report), not the one almost a year back.
AHEAD_DAYS = 62


def next_within(month: int, day: int, published: dt.date, days: int) -> dt.date | None:
    """The first ``day``.``month`` after publication when it comes within ``days`` days, else None."""
    for year in (published.year, published.year + 1):
        if exists(year, month, day):
            when = dt.date(year, month, day)
            if when > published:
                return when if (when - published).days <= days else None
    return None


def _on_side(day: dt.date, published: dt.date, future: bool) -> bool:
    return day >= published if future else day <= published


def year_of_month(month: int, published: dt.date | None, future: bool) -> int | None:
    if published is None:
        return None
    if future:
        return published.year if month >= published.month else published.year + 1
    return published.year if month <= published.month else published.year - 1


def directed_month(month: int, direction: int, published: dt.date) -> str:
    """A month told with "next" or "last" ("en mai prochain", "el pasado mayo"): the next one after the month
    of publication, or the last one before it."""
    if direction > 0:
        year = published.year if month > published.month else published.year + 1
    else:
        year = published.year if month < published.month else published.year - 1
    return f"{year:04d}-{month:02d}"


def resolve_relative(mention: DateMention, published: dt.date, future: bool) -> str | None:
    if mention.relative_days is not None:
        return (published + dt.timedelta(days=mention.relative_days)).isoformat()
    if mention.weekday is not None and mention.week_of is not None:
        monday = published - dt.timedelta(days=published.weekday())
        return (monday + dt.timedelta(days=7 * mention.week_of + mention.weekday)).isoformat()
    if mention.weekday is not None:
        return _resolve_weekday(mention.weekday, mention.direction, published, future).isoformat()
    if mention.relative_months is not None:
        index = published.year * 12 + published.month - 1 + mention.relative_months
        return f"{index // 12:04d}-{index % 12 + 1:02d}"
    if mention.relative_years is not None:
        return f"{published.year + mention.relative_years:04d}"
    if mention.relative_weeks is not None and mention.weekend:
        return _weekend(mention.relative_weeks, published, future)
    if mention.relative_weeks is not None:
        return _week(mention.relative_weeks, published, future)
    return None


def _week(weeks: int, published: dt.date, future: bool) -> str | None:
    """The week ``weeks`` from publication, a range, at its first day when all its days lie in one month
    ("last week's talks", "la semaine prochaine": its Monday; "met this week": this week's Monday); a plan for
    the rest of this week, whose days are not told, at month precision. Across a month's end "last week" is
    the month of its Wednesday (where most of it lies) and "this week" its year; nothing across the new year."""
    monday, sunday = week_days(weeks, published, future)
    if monday.month == sunday.month:
        return monday.isoformat() if weeks != 0 or not future else f"{monday.year:04d}-{monday.month:02d}"
    if monday.year != sunday.year:
        return None
    if weeks != 0:
        wednesday = monday + dt.timedelta(days=2)
        return f"{wednesday.year:04d}-{wednesday.month:02d}"
    return f"{monday.year:04d}"


def week_days(weeks: int, published: dt.date, future: bool) -> tuple[dt.date, dt.date]:
    """The first and last day of the week ``weeks`` from publication's; of this week ("met this week", "will
    meet this week") the days up to publication or after it."""
    monday = published + dt.timedelta(days=7 * weeks - published.weekday())
    sunday = monday + dt.timedelta(days=6)
    if weeks == 0:
        monday, sunday = (published, sunday) if future else (monday, published)
    return monday, sunday


def _weekend(weeks: int, published: dt.date, future: bool) -> str | None:
    """The weekend of the week ``weeks`` from publication, at month precision when it lies in one month; "this
    weekend" told as past before Saturday is the one just gone ("met this weekend" in a Monday report)."""
    saturday = published + dt.timedelta(days=7 * weeks + 5 - published.weekday())
    if weeks == 0 and not future and published < saturday:
        saturday -= dt.timedelta(days=7)
    sunday = saturday + dt.timedelta(days=1)
    if saturday.month == sunday.month:
        return f"{saturday.year:04d}-{saturday.month:02d}"
    return None


def _resolve_weekday(weekday: int, direction: int, published: dt.date, future: bool) -> dt.date:
    back = (published.weekday() - weekday) % 7
    ahead = (weekday - published.weekday()) % 7
    if direction < 0:
        return published - dt.timedelta(days=back or 7)
    if direction > 0:
        return published + dt.timedelta(days=ahead or 7)
    return published + dt.timedelta(days=ahead) if future else published - dt.timedelta(days=back)


def month_ahead(year: int | None, month: int | None, published: dt.date | None) -> bool:
    """Whether a month told with its year lies after publication's month ("in August 2026" in February 2026)."""
    return published is not None and year is not None and month is not None and (year, month) > (published.year, published.month)
