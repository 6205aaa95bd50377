"""Load the lexicon files of ``graph/data/lexicons/`` (JSON), once per process.

``load("countries")`` reads ``lexicons/countries.json``; ``load("roles", "de")`` reads
``lexicons/de/roles.json``. A missing file gives an empty dict (a language without that lexicon);
a file that is not valid JSON raises :class:`LexiconError`. Callers must not mutate what they get.
``grammar("ru", "articles")`` reads one boolean property of a language from ``lexicons/<lang>/grammar.json``
(documented in that file's ``_doc``), so that code tests properties, never language codes.
"""

from __future__ import annotations

import json
import logging
import re
from functools import lru_cache
from importlib import resources
from typing import Any

from graph.errors import DkgError
from graph.lang import supported_languages

__all__ = ["load", "grammar", "phrases", "whole_words", "cue", "LexiconError"]

log = logging.getLogger(__name__)


class LexiconError(DkgError):
    """A lexicon file exists but cannot be parsed."""


@lru_cache(maxsize=None)
def load(name: str, lang: str | None = None) -> dict[str, Any]:
    """Return the parsed lexicon ``name`` (of ``lang``, or language-independent when ``lang`` is None).

    Args:
        name: file name without ``.json`` ("countries", "venues", "roles"...).
        lang: language folder ("de"), or None for a file directly under ``lexicons/``.

    Returns:
        The JSON object of the file, or an empty dict when there is no such file.

    Raises:
        LexiconError: the file is not valid JSON or not a JSON object.
    """
    parts = ("data", "lexicons", *((lang,) if lang else ()), f"{name}.json")
    path = resources.files("graph").joinpath(*parts)
    if not path.is_file():
        log.debug("no lexicon %s", "/".join(parts))
        return {}
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except ValueError as e:
        raise LexiconError(f"graph/{'/'.join(parts)}: invalid JSON: {e}") from e
    if not isinstance(data, dict):
        raise LexiconError(f"graph/{'/'.join(parts)}: expected a JSON object")
    return data


def every_language(kind: str, key: str) -> list[Any]:
    """The entry ``key`` of ``<lang>/<kind>.json`` of every language that has one, for cues read in an article
    whatever its language ("accompanied by", "acompañado por"): a new language adds its entries with its files."""
    return [entry for lang in supported_languages() if (entry := load(kind, lang).get(key))]


def phrases(words: list[str]) -> str:
    """Literal lexicon phrases as one regular-expression alternation: longest first, each word escaped, the spaces
    between words matching any run of whitespace ("im Anschluss" also across a line break)."""
    return "|".join(r"\s+".join(re.escape(w) for w in word.split()) for word in sorted(words, key=len, reverse=True))


def whole_words(entry: str | list[str] | None) -> re.Pattern[str] | None:
    """A lexicon entry (a regular expression, or a list of them) as a case-insensitive pattern of whole words.

    Returns None for a missing or empty entry (the language has no such cue).
    """
    if not entry:
        return None
    alternatives = entry if isinstance(entry, str) else "|".join(entry)
    return re.compile(rf"(?<!\w)(?:{alternatives})(?!\w)", re.IGNORECASE)


@lru_cache(maxsize=None)
def cue(kind: str, lang: str, *path: str) -> re.Pattern[str] | None:
    """The whole-word pattern (:func:`whole_words`) of the entry at ``path`` in ``<lang>/<kind>.json``, compiled
    once per process: ``cue("dates", "fr", "at_once")``, ``cue("events", "en", "cues", "leaders")``."""
    entry: object = load(kind, lang)
    for key in path:
        entry = entry.get(key) if isinstance(entry, dict) else None
    return whole_words(entry)  # type: ignore[arg-type]


def grammar(lang: str, key: str) -> bool:
    """Return the grammatical property ``key`` of ``lang`` (``<lang>/grammar.json``).

    A language without a grammar file gets the English properties, as it gets the English title data.

    Args:
        lang: language folder ("de").
        key: property name ("articles", "noun_case_inflection"...), see the file's ``_doc``.

    Returns:
        The boolean value of the property.

    Raises:
        LexiconError: the file does not give ``key`` a boolean value.
    """
    data = load("grammar", lang) or load("grammar", "en")
    value = data.get(key)
    if not isinstance(value, bool):
        raise LexiconError(f"graph/data/lexicons/{lang}/grammar.json: {key!r} must be true or false")
    return value
