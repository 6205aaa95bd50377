""""The capital", "die Hansestadt": an epithet that points back to a city named before it.

A report may name a city once and then call it by an epithet ("Bundeskanzler X traf in Nairobi ein ...
Mittwoch, toujours dans la capitale, M. Y a été reçu", "in der Hansestadt", "в столице"). The phrases are
regular expressions of ``<lang>/venues.json`` (``epithet_city``), whose group 1 is the epithet; each found is
given as a mention of the last city named before it (for a capital word, the last capital), or else of the
dateline's city. An epithet with a name or a country right after it ("in der Hauptstadt Kenias", "la capital
chilena", "en la capital, Santo Tomé") is no such phrase: the patterns stop at a comma, a full stop or a small
word after it, and a city named right after the comma is the place itself.
"""

from __future__ import annotations

import re
from functools import cache

from graph.extract import lexicon
from graph.extract.datelines import named_city
from graph.extract.gazetteer import city_index
from graph.extract.thiscity import this_city
from graph.model import City, Span

__all__ = ["epithet_cities", "pointed_cities"]

#: Stems of capital words: such an epithet points to the last capital named.
_CAPITAL = re.compile(r"capital|hauptstadt|столиц", re.IGNORECASE)

#: How far (characters) after an epithet a city named in apposition may start (", ").
_APPOSED = 3


@cache
def _pattern(lang: str) -> re.Pattern[str] | None:
    phrase = lexicon.load("venues", lang).get("epithet_city")
    return lexicon.gate(re.compile(phrase, re.IGNORECASE)) if phrase else None


def pointed_cities(text: str, lang: str, cities: list[tuple[Span, City]]) -> list[tuple[Span, City]]:
    """The phrases pointing back to a city, "this city" (:func:`this_city`) and the epithets of :func:`epithet_cities`."""
    return this_city(text, lang, cities) + epithet_cities(text, lang, cities)


def epithet_cities(text: str, lang: str, cities: list[tuple[Span, City]]) -> list[tuple[Span, City]]:
    """The epithets of ``text`` that stand for a city named before ("dans la capitale"), as ``(span, city)``
    pairs; ``cities`` are the city mentions found so far."""
    pattern = _pattern(lang)
    if pattern is None or not cities:
        return []
    found = list(pattern.finditer(text))
    if not found:
        return []
    ordered = sorted(cities, key=lambda c: c[0].start)
    capitals = city_index().capitals
    dateline = named_city(text, ordered)
    out = []
    for m in found:
        if any(0 <= s.start - m.end() <= _APPOSED for s, _ in ordered):
            continue  # "en la capital, Santo Tomé": the city is named right after
        capital = _CAPITAL.search(m.group(1)) is not None
        before = [c for s, c in ordered if s.end <= m.start() and (not capital or c.geonames_id in capitals)]
        city = before[-1] if before else dateline
        if city is not None and (before or not capital or city.geonames_id in capitals):
            out.append((Span(m.start(1), m.end(1)), city))
    return out
