"""Join adjacent date mentions into one: "Friday, 14 March", "heute (02.01.)", "30 April to 2 May", "on
Wednesday and Thursday".

Private to :mod:`graph.extract.dates`. The scanner finds a weekday and a day of the month, or the two ends of a
range, as separate mentions; a weekday label before the date it names (when the date falls on that weekday), the
two days of a range joined by a range word (``range_gap``) and two bare weekdays of one week joined by "and"
(``day_lists``) make one mention, a range keeping its end in the ``end_*`` fields and a list its first day.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from typing import TYPE_CHECKING

from graph.extract import _dategrammar as grammar
from graph.extract import _dateresolve as resolving
from graph.model import Span

if TYPE_CHECKING:
    from graph.extract.dates import DateMention

__all__ = ["merge"]


def merge(mentions: list[DateMention], text: str, compiled: grammar.Compiled) -> list[DateMention]:
    """Join "Friday, 14 March", "heute (02.01.)" and "30 April to 2 May" into one mention."""
    merged: list[DateMention] = []
    for mention in mentions:
        previous = merged[-1] if merged else None
        gap = text[previous.span.end : mention.span.start] if previous else ""
        if previous and mention.day is not None and previous.day is None and _names_day(previous):
            if re.fullmatch(r"\s*[,(]?\s*", gap) and _weekday_fits(previous, mention):
                merged[-1] = _join_day_label(previous, mention, text)
                continue
        if previous and previous.day is not None and mention.day is not None and previous.end_day is None:
            joined = _join_range(previous, mention, text) if compiled.range_gap.fullmatch(gap) else None
            if joined is not None:
                merged[-1] = joined
                continue
        if previous and _weekday_list(previous, mention, gap, compiled):
            span = Span(previous.span.start, mention.span.end)  # "Mittwoch und Donnerstag": the first day
            merged[-1] = dataclasses.replace(previous, span=span, text=text[span.start : span.end])
            continue
        merged.append(mention)
    return merged


def _weekday_list(first: DateMention, second: DateMention, gap: str, compiled: grammar.Compiled) -> bool:
    """Two bare weekdays of one week joined by "and" or a dash ("on Wednesday and Thursday")."""
    bare = all(m.weekday is not None and m.day is None and m.relative_days is None and m.week_of is None for m in (first, second))
    return bare and second.weekday > first.weekday and second.direction in (0, first.direction) \
        and grammar.key(gap) in compiled.day_lists


def _weekday_fits(label: DateMention, date: DateMention) -> bool:
    """Whether a full date falls on the weekday before it: "samedi soir, le 27 juin 1977" names two days."""
    if label.weekday is None or date.year is None or date.month is None:
        return True
    return not resolving.exists(date.year, date.month, date.day) \
        or dt.date(date.year, date.month, date.day).weekday() == label.weekday


def _names_day(mention: DateMention) -> bool:
    return mention.weekday is not None or mention.relative_days is not None


def _join_day_label(label: DateMention, date: DateMention, text: str) -> DateMention:
    end = date.span.end
    if "(" in text[label.span.end : date.span.start]:
        closing = re.match(r"\s*\)", text[end:])
        end += closing.end() if closing else 0
    span = Span(label.span.start, end)
    return dataclasses.replace(date, span=span, text=text[span.start : span.end], weekday=label.weekday)


def _join_range(start: DateMention, end: DateMention, text: str) -> DateMention | None:
    year = start.year
    if year is None and end.year is not None and start.month is not None and end.month is not None:
        year = end.year if start.month <= end.month else end.year - 1
    first, last = (year or 0, start.month or 0, start.day or 0), (end.year or 0, end.month or 0, end.day or 0)
    if first == last or (year is not None and end.year is not None and first > last):
        return None  # "am 05.03.2024 und am 5. März" is no range
    span = Span(start.span.start, end.span.end)
    return dataclasses.replace(
        start, span=span, text=text[span.start : span.end], year=year,
        end_year=end.year, end_month=end.month, end_day=end.day,
    )  # fmt: skip
