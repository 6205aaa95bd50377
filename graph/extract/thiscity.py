""""This city": a phrase that points back to the city of the dateline.

A report filed from a city may say an act took place "in this city" instead of naming it again
("Tapachula, Chis.— La canciller se reunió ayer en esta ciudad con ..."). The phrases are regular
expressions of ``<lang>/venues.json`` (``this_city``); each found is given as a mention of the dateline's
city, which opens one of the first lines of the text.
"""

from __future__ import annotations

import re
from functools import cache

from graph.extract import lexicon
from graph.model import City, Span

__all__ = ["dateline_city", "this_city"]

#: A dateline opens one of the first lines of a report (after the headline and a kicker).
_DATELINE_LINES = 4
#: What follows the city of a dateline: a comma, bracket, dash or full stop ("Tapachula, Chis.—", "PARIS (AFP) -").
_AFTER_DATELINE = re.compile(r"\s*(?:[,(–—-]|\.\s|\s*$)", re.MULTILINE)


@cache
def _pattern(lang: str) -> re.Pattern[str] | None:
    phrase = lexicon.load("venues", lang).get("this_city")
    return re.compile(phrase, re.IGNORECASE) if phrase else None


def _line_starts(text: str) -> list[int]:
    starts = [0]
    for match in re.finditer(r"\n+", text):
        if len(starts) >= _DATELINE_LINES:
            break
        starts.append(match.end())
    return starts


def dateline_city(text: str, cities: list[tuple[Span, City]]) -> City | None:
    """The city opening one of the first lines of ``text`` as its dateline ("Tapachula, Chis.—"), if any."""
    firsts = set(_line_starts(text))
    for span, city in cities:
        if span.start in firsts and _AFTER_DATELINE.match(text, span.end):
            return city
    return None


def this_city(text: str, lang: str, cities: list[tuple[Span, City]]) -> list[tuple[Span, City]]:
    """The phrases of ``text`` naming the dateline's city as "this city" (or "here": "arrived here on Tuesday"),
    as ``(span, city)`` pairs (none when the text has no dateline city); the last group of a match that took part
    in it names the city."""
    pattern = _pattern(lang)
    if pattern is None or pattern.search(text) is None:
        return []
    city = dateline_city(text, sorted(cities, key=lambda c: c[0].start))
    if city is None:
        return []
    return [(Span(m.start(m.lastindex or 0), m.end(m.lastindex or 0)), city) for m in pattern.finditer(text)]
