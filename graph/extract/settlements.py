"""Names of towns told with a settlement noun: "la localidad haitiana de Juana Méndez", "the border town of
Kamal Pura", "в посёлке Иван-Город" name a place, not a person, although the name starts with a given name.

The nouns are lexicon data (``settlement_heads`` of ``<lang>/names.json``, lower case). A name is a town's when
a settlement noun stands right before it, or before it with at most two adjectives and a genitive word ("de",
"of", "von") between them.
"""

from __future__ import annotations

from functools import cache

from graph.extract import lexicon
from graph.extract.units import Unit

__all__ = ["settlement_before"]

_ADJECTIVES = 2  # words between the noun and "de": "la pequeña localidad fronteriza haitiana de"


@cache
def _heads(lang: str) -> frozenset[str]:
    data = lexicon.load("names", lang) if lang.isalpha() else {}
    return frozenset(word.lower() for word in (data or {}).get("settlement_heads", []))


def settlement_before(lang: str, units: list[Unit], u: int, genitive: frozenset[str] | set[str]) -> bool:
    """Whether a settlement noun names the place whose name starts at unit ``u``."""
    heads = _heads(lang)
    if not heads or u == 0:
        return False
    k = u - 1
    if units[k].lower in heads and units[k].kind == "word":
        return True  # "la ciudad Juana Méndez", "в посёлке Иван-Город"
    if units[k].lower not in genitive:
        return False
    k -= 1
    for _ in range(_ADJECTIVES):
        if k < 0:
            return False
        unit = units[k]
        if unit.kind == "word" and unit.lower in heads:
            return True
        if not (unit.kind == "country" or unit.kind == "word" and unit.text[:1].islower()):
            return False
        k -= 1
    return k >= 0 and units[k].kind == "word" and units[k].lower in heads
