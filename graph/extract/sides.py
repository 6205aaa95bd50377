"""States whose side of a border the text places something on: they win a town name two states share.

Reads a locative "side" phrase around a country adjective ("en el lado peruano del puente", "on the Peruvian
side", "auf der peruanischen Seite", "на казахстанской стороне"): a town of that name in that state is the one
meant ("la localidad fronteriza de Desaguadero" lies in Peru and in Bolivia). Only a tie-break between
homonymous towns, so "the Russian side said" (no locative) is never read, and a misread phrase
moves no town of a state that has none of that name.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from graph.extract.countries import CountryMention

__all__ = ["sided_states"]

#: Per language: (words ending right before the adjective, words starting right after it).
_SIDE = {
    "es": (re.compile(r"\b(?:en|del|al|hacia)\s+(?:el\s+)?lado\s+$", re.IGNORECASE), None),
    "en": (re.compile(r"\b(?:on|to|from)\s+the\s+$", re.IGNORECASE), re.compile(r"\s+side\b", re.IGNORECASE)),
    "fr": (re.compile(r"\b(?:du|au)\s+côté\s+$", re.IGNORECASE), re.compile(r"\s+de\s+la\s+frontière\b", re.I)),
    "de": (re.compile(r"\bauf\s+(?:der\s+)?$", re.IGNORECASE), re.compile(r"\s+Seite\b")),
    "ru": (re.compile(r"\bна\s+$", re.IGNORECASE), re.compile(r"\s+стороне\b", re.IGNORECASE)),
}
#: How far (characters) before the adjective its opening words may start.
_REACH = 20


def sided_states(text: str, lang: str, countries: Iterable[CountryMention]) -> frozenset[str]:
    """Codes of the states named by an adjective in a locative side phrase ("en el lado peruano")."""
    rule = _SIDE.get(lang)
    if rule is None:
        return frozenset()
    before, after = rule
    out = set()
    for m in countries:
        if m.form != "adjective":
            continue
        if not before.search(text[max(0, m.span.start - _REACH) : m.span.start]):
            continue
        if after is not None and not after.match(text, m.span.end):
            continue
        out.add(m.code)
    return frozenset(out)
