"""German city adjectives before a building: "in der Dresdner Staatskanzlei", "im Münchner Rathaus" name the city.

German names the city of a building by an adjective made of its name ("Berliner", "Dresdner", "Moskauer"). Read
only right before a building word (``adjective_buildings`` of ``venues.json``: a seat of government, a town hall,
a palace), where it cannot be a newspaper ("Berliner Zeitung") or a treaty ("Pariser Abkommen"); the stem is
looked up in the gazetteer ("Dresdner" -> Dresden, "Wiener" -> Wien, "Bremer" -> Bremen).
"""

from __future__ import annotations

import re
from functools import cache

from graph.extract import lexicon
from graph.extract.gazetteer import city_index
from graph.model import City, Span

__all__ = ["adjective_cities"]

_SUFFIX = r"\b([A-ZÄÖÜ][a-zäöüß]{2,}er) "  # a capitalised adjective in -er ("Dresdner", "Wiener")


def _stems(word: str) -> tuple[str, ...]:
    """The city names an adjective may be made of: "Berliner" -> "Berlin", "Dresdner" -> "Dresden", "Bremer" ->
    "Bremen"."""
    return word[:-2], word[:-3] + "en", word[:-2] + "en"


@cache
def _pattern(lang: str) -> re.Pattern[str] | None:
    """A city adjective right before one of the language's building words (``adjective_buildings`` of
    ``venues.json``), or None where it has none."""
    buildings = lexicon.load("venues", lang).get("adjective_buildings")
    return re.compile(rf"{_SUFFIX}(?:{buildings})\b") if buildings else None


def adjective_cities(text: str, lang: str) -> list[tuple[Span, City]]:
    """The cities German ``text`` names by an adjective before a building word, with the adjective's span."""
    pattern = _pattern(lang)
    if pattern is None or "er " not in text:
        return []
    gazetteer = city_index()
    out = []
    for m in pattern.finditer(text):
        for stem in _stems(m.group(1)):
            ids = gazetteer.index.entries.get(stem)
            if ids:
                out.append((Span(m.start(1), m.end(1)), gazetteer.cities[ids[0]][0]))
                break
    return out
