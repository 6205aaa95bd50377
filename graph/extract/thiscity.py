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
from graph.extract.datelines import named_city as dateline_city
from graph.model import City, Span

__all__ = ["dateline_city", "this_city"]

@cache
def _pattern(lang: str) -> re.Pattern[str] | None:
    phrase = lexicon.load("venues", lang).get("this_city")
    return lexicon.gate(re.compile(phrase, re.IGNORECASE)) if phrase else None


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
