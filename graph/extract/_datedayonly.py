"""A day of the month told without its month: "Los Reyes ofrecerán el día 9 una cena de gala" after "los días
9 y 10 de junio", "on the 12th" after "from 11 to 13 March".

Private to :mod:`graph.extract.dates`. The phrases are lexicon data (``dates.json``: ``day_of_month``, regular
expressions whose first group is the day's number); such a day takes the month and year of the last date of a
day told shortly before it, within the same sentence or the two before, when the day is not before that
date's day (a text moving on from "9 y 10 de junio" to "el día 9" or "el 10" stays in June).
"""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING

from graph.extract import lexicon
from graph.extract._dateanchor import sentence_breaks
from graph.extract.units import Intervals
from graph.model import Span

if TYPE_CHECKING:
    from graph.extract.dates import DateMention

__all__ = ["with_month_days"]

#: The date giving the month stands at most this many characters and sentence ends before the day.
_REACH, _SENTENCES = 400, 2


@cache
def _pattern(lang: str) -> re.Pattern[str] | None:
    data = (lexicon.load("dates", lang) if lang.isalpha() else None) or {}
    forms = data.get("day_of_month")
    return lexicon.gate(re.compile("|".join(f"(?:{f})" for f in forms), re.IGNORECASE)) if forms else None


def with_month_days(mentions: list[DateMention], text: str, lang: str, make) -> list[DateMention]:
    """``mentions`` with the days of the month told without their month added, in text order.

    Args:
        mentions: The mentions found so far, in text order.
        text: The article text.
        lang: The article's language.
        make: Builds a mention from ``(span, text, year, month, day)`` (the caller's class, kept out of imports).
    """
    pattern = _pattern(lang)
    if pattern is None or not any(m.day is not None and m.month is not None for m in mentions):
        return mentions
    taken = Intervals((m.span.start, m.span.end) for m in mentions)
    added = []
    for match in pattern.finditer(text):
        if taken.overlaps(match.start(), match.end()):
            continue
        day = int(next(g for g in match.groups() if g is not None))
        month_of = _month_before(mentions, text, match.start())
        if month_of is not None and day >= month_of.day:
            added.append(make(Span(match.start(), match.end()), match.group(0), month_of.year, month_of.month, day))
    return sorted([*mentions, *added], key=lambda m: m.span.start) if added else mentions


def _month_before(mentions: list[DateMention], text: str, start: int) -> DateMention | None:
    """The last date of a day shortly before ``start``, if any."""
    before = [m for m in mentions if m.span.end <= start and start - m.span.end <= _REACH]
    for mention in reversed(before):
        if mention.day is not None and mention.month is not None:
            return mention if sentence_breaks(text, mention.span.end, start) <= _SENTENCES else None
    return None
