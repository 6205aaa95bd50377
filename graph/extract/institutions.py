"""Genitive words of an institution's name that may stand between a title and its name: "статс-секретарь
Федерального департамента иностранных дел Швейцарии NAME", "Председатель Великого государственного хурала
Монголии NAME", "Председатель Кабмина NAME" (``institution_words`` and ``institution_heads`` of
``<lang>/roles.json``).
"""

from __future__ import annotations

import re
from functools import cache

from graph.extract import lexicon, translit

__all__ = ["institution_word"]


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
