"""Per-language name word sets read from ``<lang>/names.json`` for :mod:`graph.extract.nameshape`: whether a title
word after a name may be a surname, region nouns, and the words only OTHER Latin-script languages stop names at.

Latin-script texts quote each other, so the stop words and common nouns of every such language stop a name in
any of them; a word only another language lists ("Sin", Spanish "without"; "Ville", French "town") is still a
name word between two others ("U Thant Sin Oo") or as a known given name ("Ville Virtanen").
"""

from __future__ import annotations

from functools import cache

from graph.extract import lexicon
from graph.extract.roles import compiled

__all__ = ["foreign_words", "region_nouns", "title_surnames"]


@cache
def title_surnames(lang: str) -> bool:
    """Whether a capitalised title word right after a name is a surname (``title_word_surnames`` of
    ``<lang>/names.json``: languages that write titles in lower case or before the name)."""
    return bool(lexicon.load("names", lang).get("title_word_surnames"))


@cache
def foreign_words(lang: str) -> frozenset[str]:
    """Stop words and common nouns of the other Latin-script languages only: between two name words they are
    one ("Thant Sin Oo"), and a known given name among them is one ("Ville Virtanen" in English)."""
    lex, own = compiled(lang), lexicon.load("names", lang)
    return (lex.stop | lex.nonnames) - frozenset(own.get("stop", [])) - frozenset(own.get("nonnames", []))


@cache
def region_nouns(lang: str) -> frozenset[str]:
    """Nouns of a region its capitalised adjective stands before (``region_nouns`` of ``<lang>/names.json``)."""
    return frozenset(lexicon.load("names", lang).get("region_nouns", []))
