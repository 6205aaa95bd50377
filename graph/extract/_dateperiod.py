"""Spans of several years: "a work plan for 2026–2028", "на 2026-2028 годы", "für 2027 bis 2030".

Private to :mod:`graph.extract.dates`. A bare year followed by a dash, a slash or a "to" word and a later year
names the period a plan, a programme or an agreement covers, not the date of an act: neither year dates the
signing or the talks the sentence tells (those take their day from the account). Both years are dropped.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from graph.extract.dates import DateMention

__all__ = ["drop_periods"]

#: What joins the two years of a period, in every language read ("2026–2028", "2026 to 2028", "2026 bis 2028",
#: "2026 à 2028", "2026 a 2028", "2026 al 2028", "2026 по 2028", "2026/27").
_JOIN = r"\s*[-–—/]\s*|\s+(?:to|through|until|bis|à|au|a|al|hasta|по|до)\s+"
_PERIOD = re.compile(rf"((?:19|20)\d\d)(?:{_JOIN})((?:19|20)?\d\d)(?!\d)")
#: Before the first year: what may stand between the mention's start and the year ("for 2026", "на 2026").
_LEAD = 25


def drop_periods(mentions: list[DateMention], text: str) -> list[DateMention]:
    """``mentions`` without the bare years that open or close a span of several years."""
    periods = [(m.start(), m.end()) for m in _PERIOD.finditer(text) if _later(m.group(1), m.group(2))] if _has_two_years(mentions) else []
    if not periods:
        return mentions
    return [m for m in mentions if not (_bare_year(m) and any(s - _LEAD <= m.span.start and m.span.end <= e + _LEAD and _year_in(m, text, s, e) for s, e in periods))]


def _has_two_years(mentions: list[DateMention]) -> bool:
    return any(m.year is not None and m.month is None for m in mentions)


def _later(first: str, second: str) -> bool:
    end = int(second) if len(second) == 4 else int(first[:2] + second)
    return int(first) < end <= int(first) + 30


def _bare_year(mention: DateMention) -> bool:
    return mention.year is not None and mention.month is None and mention.day is None and mention.season is None


def _year_in(mention: DateMention, text: str, start: int, end: int) -> bool:
    """Whether the mention's own year is one of the period's (its span overlaps the period)."""
    return mention.span.start < end and start < mention.span.end and str(mention.year) in text[start:end]
