"""Months inside a compound word as dates: "in der zweiten Maiwoche", "in der ersten Junihälfte", "zur Julimitte".

Private to :mod:`graph.extract.dates`. German joins a month and a part of it into one word, which the date grammar
(whole words) does not read. The suffixes are lexicon data (``dates.json``: ``month_compound_suffixes``); the
month names are the language's ``months``. Such a word dates an act to its month only.
"""

from __future__ import annotations

import re
from functools import cache

from graph.extract import lexicon

__all__ = ["find_month_words"]


@cache
def _pattern(lang: str) -> tuple[re.Pattern[str] | None, dict[str, int]]:
    data = lexicon.load("dates", lang) if lang.isalpha() else {}
    suffixes, months = (data or {}).get("month_compound_suffixes", []), (data or {}).get("months", {})
    if not suffixes or not months:
        return None, {}
    names = "|".join(sorted(map(re.escape, months), key=len, reverse=True))
    parts = "|".join(sorted(map(re.escape, suffixes), key=len, reverse=True))
    return re.compile(rf"(?<!\w)(?P<month>{names})(?:{parts})(?!\w)", re.IGNORECASE), {k.lower(): v for k, v in months.items()}


def find_month_words(text: str, lang: str, within: tuple[tuple[int, int], ...] | None) -> list[tuple[int, int, int]]:
    """``(start, end, month)`` of each compound of a month and a part of it in ``within`` (the whole text if None)."""
    pattern, months = _pattern(lang)
    if pattern is None:
        return []
    found = []
    for start, end in within if within is not None else ((0, len(text)),):
        for match in pattern.finditer(text, start, end):
            found.append((match.start(), match.end(), months[match.group("month").lower()]))
    return found
