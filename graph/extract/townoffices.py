"""A town in the genitive between a title and its holder's name: "мэр Пскова Борис Елкин", "глава Казани Ильсур
Метшин". Languages that decline place names (``noun_case_inflection``) put the town of an office right after
the title, so the town word would otherwise be read as the first word of the name ("Pskova Boris Yelkin").

:func:`town_before_name` tells whether the first word of a name linked to a title is such a town (a form of a
gazetteer city by the ``place_case_endings`` of ``<lang>/names.json``, or a city's own name before a known given
name; no given name itself; two name words left after it) and returns the town's state: the holder of a
town's office is one of that state's officials.
"""

from __future__ import annotations

from graph.extract import lexicon, translit
from graph.extract.gazetteer import city_index
from graph.extract.places import city_variants  # the gazetteer keys of an inflected name

__all__ = ["town_before_name"]


def town_before_name(sent: object, first: int, last: int) -> str | None:
    """The state of the town named by unit ``first`` of the name ``first``..``last`` (exclusive) right after a
    title, when that word is a declined town's name and a full name follows it; else None."""
    lex = sent.lex  # type: ignore[attr-defined]
    if last - first < 3 or not lexicon.grammar(lex.lang, "noun_case_inflection"):
        return None
    units = sent.units  # type: ignore[attr-defined]
    word = units[first]
    if word.kind != "word" or _given(lex, word.text):
        return None
    gazetteer = city_index()
    for key in (word.text, *city_variants(lex.lang)(word.text)):
        ids = gazetteer.index.entries.get(key)
        if ids and (key != word.text or _given(lex, units[first + 1].text)):  # declined, or a given name follows
            return gazetteer.cities[ids[0]][0].country
    return None


def _given(lex: object, word: str) -> bool:
    """Whether ``word`` is a known given name (Russian-script ones in any case), whatever the sentence made of it."""
    if translit.has_cyrillic(word):
        return translit.ru_given(word) is not None
    return word in lex.given  # type: ignore[attr-defined]
