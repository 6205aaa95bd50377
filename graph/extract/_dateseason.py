"""Seasons as dates: "im Herbst", "à l'automne", "this spring", "осенью", "en verano 2026".

Private to :mod:`graph.extract.dates`. The phrases of a language are the ``seasons`` table of its
``dates.json`` (phrase -> month the season starts in); a phrase may be followed by a year. A season
names no month or day: it dates an act to its year only.
"""

from __future__ import annotations

import re
from functools import cache

from graph.extract import lexicon

__all__ = ["find_seasons"]

_YEAR = r"(?:\s+(?:(?:de|del|of)\s+)?(?P<year>(?:19|20)\d\d)(?:\s+года|\s*г\.)?)?"  # "в первом полугодии 2027 года"


@cache
def _pattern(lang: str) -> tuple[re.Pattern[str] | None, dict[str, int]]:
    table = {" ".join(k.lower().replace("’", "'").split()): v for k, v in lexicon.load("dates", lang).get("seasons", {}).items()}
    if not table:
        return None, {}
    forms = sorted(table, key=len, reverse=True)
    body = "|".join(re.escape(f).replace(r"\ ", r"\s+").replace("'", "['’]") for f in forms)
    return re.compile(rf"(?<!\w)(?P<season>{body}){_YEAR}(?!\w)", re.IGNORECASE), table


def find_seasons(text: str, lang: str, within: tuple[tuple[int, int], ...] | None) -> list[tuple[int, int, int, int | None]]:
    """``(start, end, first month, year or None)`` of each season phrase in ``within`` (the whole text if None)."""
    pattern, table = _pattern(lang)
    if pattern is None:
        return []
    found = []
    for start, end in within if within is not None else ((0, len(text)),):
        for match in pattern.finditer(text, start, end):
            key = " ".join(match.group("season").lower().replace("’", "'").split())
            year = match.group("year")
            found.append((match.start(), match.end(), table[key], int(year) if year else None))
    return found
