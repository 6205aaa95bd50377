"""Cyrillic -> Latin for personal names (BGN/PCGN-like), and a transliteration-insensitive name key.

``to_latin("Сергей Лавров") == "Sergey Lavrov"``. Usual English spellings of frequent given names
("Александр" -> "Alexander", "Юрий" -> "Yuri") come from the Russian name lexicon, whose ``given`` table
maps Cyrillic nominatives to their English form.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache

from graph.extract import lexicon

__all__ = ["to_latin", "has_cyrillic", "name_key", "transliterate_name"]

_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
_LETTERS = {
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "yo", "ж": "zh", "з": "z", "и": "i",
    "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t",
    "у": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch", "ъ": "", "ы": "y", "ь": "",
    "э": "e", "ю": "yu", "я": "ya", "і": "i", "ї": "yi", "є": "ye", "ґ": "g", "ў": "w",
}  # fmt: skip
_VOWELS = set("аеёиоуыэюяіїє")
_YE_AFTER = _VOWELS | {"ъ", "ь"}
_WORD = re.compile(r"[\u0400-\u04ff]+")


def has_cyrillic(text: str) -> bool:
    """Whether ``text`` contains a Cyrillic letter."""
    return bool(_CYRILLIC.search(text))


def _word_to_latin(word: str) -> str:
    lower = word.lower()
    out: list[str] = []
    for i, ch in enumerate(lower):
        prev = lower[i - 1] if i else ""
        if ch == "е" and (not prev or prev in _YE_AFTER):
            out.append("ye")
        elif ch == "й" and prev in "иы" and i == len(lower) - 1:
            continue  # "-ий"/"-ый" at the end: "Dmitry", "Zhukovsky" ("i"/"y" already written)
        elif ch == "ы" and i == len(lower) - 2 and lower.endswith("ый"):
            out.append("y")
        elif ch == "и" and i == len(lower) - 2 and lower.endswith("ий"):
            out.append("y")
        else:
            out.append(_LETTERS.get(ch, ch))
    latin = "".join(out)
    if word[:1].isupper():
        latin = latin[:1].upper() + latin[1:]
    if word.isupper() and len(word) > 1:
        latin = latin.upper()
    return latin


def to_latin(text: str) -> str:
    """Transliterate every Cyrillic word of ``text`` (other characters are kept)."""
    return _WORD.sub(lambda m: _word_to_latin(m.group()), text)


@cache
def _given_names() -> dict[str, str]:
    data = lexicon.load("names", "ru")
    given = data.get("given", {})
    return given if isinstance(given, dict) else {}


def transliterate_name(name: str) -> str:
    """Latin form of a (nominative) Cyrillic name, using usual English forms of known given names."""
    known = _given_names()
    parts = []
    for part in name.split():
        parts.append(known.get(part) or to_latin(part))
    return " ".join(parts)


_KEY_RULES = (
    ("dzh", "j"), ("dj", "j"), ("tsch", "ch"), ("sch", "sh"), ("tch", "ch"), ("kh", "h"), ("ph", "f"),
    ("ck", "k"), ("w", "v"), ("x", "ks"), ("q", "k"), ("ou", "u"), ("j", "y"), ("y", "i"), ("ts", "c"),
)  # fmt: skip
_DROP = frozenset({"jr", "sr", "ii", "iii", "dr", "mr", "mrs", "ms", "prof"})


def name_key(name: str) -> str:
    """A transliteration-insensitive key: "Sergej Lawrow", "Sergey Lavrov" and "Сергей Лавров" agree.

    Diacritics, case, initials ("Antony J. Blinken") and suffixes ("Jr.") are ignored; frequent spelling
    variants of transliterations (w/v, j/y/i, sch/sh, kh/h, doubled letters) are folded.
    """
    text = to_latin(name) if has_cyrillic(name) else name
    text = unicodedata.normalize("NFKD", text.replace("ß", "ss").replace("ı", "i"))
    text = "".join(ch for ch in text if not unicodedata.combining(ch)).lower()
    words = [w for w in re.split(r"[^a-z]+", text) if len(w) > 1 and w not in _DROP]
    keyed = []
    for word in words:
        for old, new in _KEY_RULES:
            word = word.replace(old, new)
        keyed.append(re.sub(r"(.)\1+", r"\1", word))
    return " ".join(keyed)
