"""Seasons as dates: "im Herbst", "à l'automne", "this spring", "осенью", "en verano 2026".

Private to :mod:`graph.extract.dates`. The phrases of a language are the ``seasons`` table of its
``dates.json`` (phrase -> month the season starts in); a phrase may be followed by a year, or by words
of the running year (``season_this_year``: "durante el segundo semestre del año", "in the second half of the
year"), which date it to the year of publication whatever the tense, or of the next year (``season_next_year``:
"весной следующего года", "im ersten Quartal nächsten Jahres", "in the spring of next year"). A season names no month or day: it dates
an act to its year only. A phrase of ``seasons_next`` ("au printemps prochain", "next spring", "следующей весной")
names the next such season after publication (told with direction +1, the act ahead).
"""

from __future__ import annotations

import re
from functools import cache

from graph.extract import lexicon

__all__ = ["find_seasons", "is_next", "NEXT_YEAR", "THIS_YEAR"]

#: The year given for a season of the running year ("second half of the year"): resolved to publication's.
THIS_YEAR = 0
#: ... and for a season of the year after ("весной следующего года"): resolved to the year after publication's.
NEXT_YEAR = 1

_YEAR = r"(?:\s+(?:(?:de|del|of)\s+)?(?P<year>(?:19|20)\d\d)(?:\s+года|\s*г\.)?)?"  # "в первом полугодии 2027 года"


@cache
def _pattern(lang: str) -> tuple[re.Pattern[str] | None, dict[str, int]]:
    data = lexicon.load("dates", lang)
    table = {_key(k): v for k, v in data.get("seasons", {}).items()}
    table.update((_key(k), v) for k, v in data.get("seasons_next", {}).items())
    if not table:
        return None, {}
    current = sorted(data.get("season_this_year", []), key=len, reverse=True)
    coming = sorted(data.get("season_next_year", []), key=len, reverse=True)
    this = rf"(?P<coming>\s+(?:{_alternatives(coming)}))?" if coming else ""  # before "de l'année": "... prochaine"
    this += rf"(?P<this>\s+(?:{_alternatives(current)}))?" if current else ""
    body = _alternatives(sorted(table, key=len, reverse=True))
    return lexicon.gate(re.compile(rf"(?<!\w)(?P<season>{body})(?:{this}{_YEAR})(?!\w)", re.IGNORECASE)), table


def _key(phrase: str) -> str:
    return " ".join(phrase.lower().replace("’", "'").split())


@cache
def _next(lang: str) -> frozenset[str]:
    """The phrases of the next season to come ("au printemps prochain", "next spring"): ``seasons_next``."""
    return frozenset(_key(k) for k in lexicon.load("dates", lang).get("seasons_next", {}))


def is_next(text: str, start: int, end: int, lang: str) -> bool:
    """Whether the season phrase at ``text[start:end]`` names the next season to come."""
    return _key(text[start:end]) in _next(lang)


def _alternatives(forms: list[str]) -> str:
    return "|".join(re.escape(f).replace(r"\ ", r"\s+").replace("'", "['’]") for f in forms)


def find_seasons(text: str, lang: str, within: tuple[tuple[int, int], ...] | None) -> list[tuple[int, int, int, int | None]]:
    """``(start, end, first month, year or None)`` of each season phrase in ``within`` (the whole text if None);
    the year is :data:`THIS_YEAR` for a season of the running year."""
    pattern, table = _pattern(lang)
    if pattern is None:
        return []
    found = []
    for start, end in within if within is not None else ((0, len(text)),):
        for match in pattern.finditer(text, start, end):
            key = _key(match.group("season"))
            year = match.group("year")
            this = THIS_YEAR if match.groupdict().get("this") or _says_this_year(key, lang) else None
            this = NEXT_YEAR if match.groupdict().get("coming") else this
            found.append((match.start(), match.end(), table[key], int(year) if year else this))
    return found


@cache
def _year_words(lang: str) -> tuple[str, ...]:
    return tuple(" ".join(w.lower().replace("’", "'").split()) for w in lexicon.load("dates", lang).get("season_this_year", []))


def _says_this_year(phrase: str, lang: str) -> bool:
    """Whether a season phrase itself ends with words of the running year ("in the second half of the year")."""
    return any(phrase.endswith(" " + w) for w in _year_words(lang))
