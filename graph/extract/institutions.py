"""Genitive words of an institution's name that may stand between a title and its name: "статс-секретарь
Федерального департамента иностранных дел Швейцарии NAME", "Председатель Великого государственного хурала
Монголии NAME", "Председатель Кабмина NAME" (``institution_words`` and ``institution_heads`` of
``<lang>/roles.json``); the preposition of an institution a title sits in ("Staatsminister im
Außenministerium, NAME": ``seat_prepositions``).
"""

from __future__ import annotations

import re
from functools import cache

from graph.extract import lexicon, translit

__all__ = ["institution_word", "seat_preposition", "seat_prepositions"]


@cache
def _institution_words(lang: str) -> re.Pattern[str] | None:
    """Words of an institution's name in the genitive (``institution_words`` of ``<lang>/roles.json``), if any:
    "Федерального департамента иностранных дел"."""
    pattern = lexicon.load("roles", lang).get("institution_words")
    return re.compile(f"(?:{pattern})") if pattern else None


@cache
def _institution_heads(lang: str) -> re.Pattern[str] | None:
    """Genitive nouns naming an institution by themselves (``institution_heads``), which may be capitalised
    right before the name: "Председатель Кабмина NAME", "спикер Сейма NAME"."""
    pattern = lexicon.load("roles", lang).get("institution_heads")
    return re.compile(f"(?:{pattern})") if pattern else None


def institution_word(lang: str, units: list, u: int) -> bool:
    """A genitive word of an institution's name; a capitalised one only before a lower-case one (a genitive
    surname, "Толстого Льва", is followed by a name, "Вишневской заявила" by a verb) and never a given name."""
    x = units[u]
    if x.kind != "word":
        return False
    words = _institution_words(lang)
    if words is None or not words.fullmatch(x.text.lower()):
        return False
    if x.text[:1].islower():
        return True
    heads = _institution_heads(lang)
    if heads is not None and heads.fullmatch(x.text.lower()):
        return True
    nxt = units[u + 1] if u + 1 < len(units) else None
    if nxt is None or nxt.kind != "word" or not nxt.text[:1].islower() or translit.ru_given(x.text) is not None:
        return False
    return words.fullmatch(nxt.text) is not None  # "Евразийской экономической комиссии"


@cache
def seat_prepositions(lang: str) -> frozenset[str]:
    """Prepositions before the institution a title is held in ("im", "at"; ``seat_prepositions``)."""
    return frozenset(lexicon.load("roles", lang).get("seat_prepositions", []))


def seat_preposition(lang: str, units: list, u: int, government: frozenset[str]) -> bool:
    """Whether unit ``u`` is a preposition (``seat_prepositions`` of ``<lang>/roles.json``) before a noun of a
    state's institutions (``government``): the office a title is held in, its complement
    ("Staatsminister im Außenministerium, NAME", "Minister of State at the foreign ministry, NAME")."""
    if u + 1 >= len(units) or units[u].kind != "word" or units[u].lower not in seat_prepositions(lang):
        return False
    k = u + 1
    if k + 1 < len(units) and units[k].kind == "word" and units[k].text[:1].islower() and units[k].lower not in government:
        k += 1  # "at the foreign ministry", "en el ministerio": one determiner
    return units[k].kind == "word" and units[k].lower in government
