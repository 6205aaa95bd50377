"""A weekday told with its day of the month but no month: "el próximo viernes 21", "vendredi 14", "on Tuesday 9th".

Private to :mod:`graph.extract.dates`. The grammar reads the weekday alone; the number right after it names the
day of the month, which the weekday fixes: of the days with that number in the month of publication and the
months around it, the one falling on that weekday nearest to publication (a weekday and a day number meet again
only months later). Such a mention keeps its weekday (what other rules read) and carries the number in
``weekday_day``, which :func:`graph.extract.dates.resolve` reads first. A number read as a clock time ("viernes 21
horas", "Friday 10:30"), an amount or the start of a range is no day.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from functools import cache
from typing import TYPE_CHECKING

from graph.extract import lexicon

if TYPE_CHECKING:
    from graph.extract.dates import DateMention

__all__ = ["with_weekday_days", "weekday_day"]

#: The day number right after the weekday, with an ordinal ending, then the end of the phrase: punctuation, the end
#: of the text or a word of ``weekday_day_next`` in ``graph/data/lexicons/<lang>/dates.json`` ("viernes 21 en Lima");
#: not a clock time ("viernes 21 horas", "Friday 10:30") nor a count ("Freitag 3 Minister").
_NUMBER = r",?[ \u00a0]{1,2}(?P<day>[1-9]|[12]\d|3[01])(?:st|nd|rd|th|er|e|\.)?"


@cache
def _pattern(lang: str) -> re.Pattern[str] | None:
    data = (lexicon.load("dates", lang) if lang.isalpha() else None) or {}
    words = data.get("weekday_day_next")
    if not words:
        return None
    return re.compile(rf"{_NUMBER}(?=\s*(?:[,;)!?]|\.(?!\d)|$)|\s+(?:{lexicon.phrases(words)})(?!\w))", re.IGNORECASE)


#: How many months before and after publication the day may lie.
_MONTHS = 2


def with_weekday_days(mentions: list[DateMention], text: str, lang: str) -> list[DateMention]:
    """``mentions`` with the day number after a bare weekday joined to it (see the module docstring)."""
    pattern = _pattern(lang)
    if pattern is None:
        return mentions
    out = []
    for i, m in enumerate(mentions):
        if m.weekday is not None and m.day is None and m.month is None and m.relative_weeks is None and not m.anchored:
            match = pattern.match(text, m.span.end)
            after = mentions[i + 1].span.start if i + 1 < len(mentions) else len(text)
            if match is not None and match.end() <= after:
                text_ = text[m.span.start : match.end()]
                m = dataclasses.replace(m, span=dataclasses.replace(m.span, end=match.end()), text=text_,
                                        weekday_day=int(match.group("day")))  # fmt: skip
        out.append(m)
    return out


def weekday_day(weekday: int, day: int, published: dt.date) -> str | None:
    """The day ``day`` of a month near ``published`` that falls on ``weekday``, nearest to publication."""
    found = []
    for shift in range(-_MONTHS, _MONTHS + 1):
        year, month = divmod(published.year * 12 + published.month - 1 + shift, 12)
        try:
            candidate = dt.date(year, month + 1, day)
        except ValueError:
            continue
        if candidate.weekday() == weekday:
            found.append(candidate)
    return min(found, key=lambda d: abs((d - published).days)).isoformat() if found else None
