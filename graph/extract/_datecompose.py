"""Mentions joined or added after the date grammar's scan: a month and the year it is counted from ("in August
last year"), seasons ("im Herbst 2026") and months said inside a compound word ("in der zweiten Maiwoche").

Helpers of :func:`graph.extract.dates.find_dates`; ``make`` builds a mention (the :class:`DateMention` class).
"""

from __future__ import annotations

import dataclasses
import re
from typing import TYPE_CHECKING

from graph.extract._datemonthword import find_month_words
from graph.extract._dateseason import NEXT_YEAR, THIS_YEAR, find_seasons, is_next
from graph.extract.units import Intervals
from graph.model import Span

if TYPE_CHECKING:
    from graph.extract.dates import DateMention

__all__ = ["month_of_year", "with_month_words", "with_seasons"]


_OF_YEAR = re.compile(r"\s{1,3}(?:(?:of|de|del|des|d['’])\s{1,3})?")


def month_of_year(mentions: list[DateMention], text: str) -> list[DateMention]:
    """Join a month and the year it is counted from ("in August last year", "в августе прошлого года")."""
    out: list[DateMention] = []
    for mention in mentions:
        month = out[-1] if out else None
        if month is not None and month.month is not None and month.day is None and month.year is None \
                and month.relative_years is None and mention.relative_years is not None and mention.month is None \
                and _OF_YEAR.fullmatch(text, month.span.end, mention.span.start):  # fmt: skip
            span = Span(month.span.start, mention.span.end)
            out[-1] = dataclasses.replace(month, span=span, text=text[span.start : span.end], relative_years=mention.relative_years)
            continue
        out.append(mention)
    return out


def with_seasons(mentions: list[DateMention], text: str, lang: str, within, make) -> list[DateMention]:
    """Add the seasons ("im Herbst 2026") in place of the bare years they contain."""
    seasons = find_seasons(text, lang, within)
    if not seasons:
        return mentions
    kept = [m for m in mentions if not any(s <= m.span.start and m.span.end <= e for s, e, _, _ in seasons)]
    taken = Intervals((m.span.start, m.span.end) for m in kept)
    for start, end, month, year in seasons:
        if not taken.overlaps(start, end):
            this = year if year in (THIS_YEAR, NEXT_YEAR) else None  # "durante el segundo semestre del año": the running year
            kept.append(make(Span(start, end), text[start:end], year=None if this is not None else year, season=month, relative_years=this,
                             direction=1 if year is None and is_next(text, start, end, lang) else 0))
    return sorted(kept, key=lambda m: m.span.start)


def with_month_words(mentions: list[DateMention], text: str, lang: str, within, make) -> list[DateMention]:
    """Add the months said inside a compound word ("in der zweiten Maiwoche")."""
    words = find_month_words(text, lang, within)
    if not words:
        return mentions
    taken = Intervals((m.span.start, m.span.end) for m in mentions)
    added = [make(Span(s, e), text[s:e], month=month) for s, e, month in words if not taken.overlaps(s, e)]
    return sorted([*mentions, *added], key=lambda m: m.span.start)
