"""Name normalisation: keys that survive transliteration, diacritics and spelling conventions.

``name_key("Sergej Lawrow") == name_key("Sergey Lavrov") == name_key("Сергей Лавров") == name_key("Sergueï Lavrov")``.
The key is for matching and IRIs only; it is never shown as a name.
"""

from __future__ import annotations

import re
import unicodedata

__all__ = ["name_key", "strip_diacritics", "slug", "CYRILLIC"]

#: Cyrillic to Latin, close to BGN/PCGN (Russian, Ukrainian, Belarusian letters).
CYRILLIC = {
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "yo", "ж": "zh", "з": "z", "и": "i",
    "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t",
    "у": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch", "ъ": "", "ы": "y", "ь": "",
    "э": "e", "ю": "yu", "я": "ya", "і": "i", "ї": "yi", "є": "ye", "ґ": "g", "ў": "w",
}

# spelling conventions of German, French, Spanish and English transliterations, applied in order to
# lower-case ASCII text: all map onto one coarse phonetic spelling
_RULES = [
    (re.compile(r"tsch"), "ch"),
    (re.compile(r"sch"), "sh"),
    (re.compile(r"tch"), "ch"),
    (re.compile(r"dsh"), "j"),
    (re.compile(r"dj"), "j"),
    (re.compile(r"ou"), "u"),
    (re.compile(r"gu(?=[eiy])"), "g"),
    (re.compile(r"kh"), "h"),
    (re.compile(r"zh"), "j"),
    (re.compile(r"ck"), "k"),
    (re.compile(r"ph"), "f"),
    (re.compile(r"[wv]"), "v"),
    (re.compile(r"[jy]"), "i"),
    (re.compile(r"ts|tz|z"), "s"),
    (re.compile(r"c(?=[eiy])"), "s"),
    (re.compile(r"[cq]"), "k"),
    (re.compile(r"x"), "ks"),
    (re.compile(r"(.)\1+"), r"\1"),
    (re.compile(r"h(?=\s|$)"), ""),
    (re.compile(r"e(?=r(?:\s|$))"), ""),
    (re.compile(r"(?<=\w\w\w)e(?=\s|$)"), ""),
]


def strip_diacritics(text: str) -> str:
    """Remove combining marks: "Çavuşoğlu" -> "Cavusoglu", "Sergueï" -> "Serguei"."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).replace("ı", "i").replace("ß", "ss")


def _translit(text: str) -> str:
    return "".join(CYRILLIC.get(ch, ch) for ch in text)


def name_key(name: str) -> str:
    """A matching key for a person's name, insensitive to script, diacritics and transliteration style.

    >>> name_key("Sergej Lawrow") == name_key("Sergey Lavrov") == name_key("Сергей Лавров")
    True
    >>> name_key("S. Jaishankar")
    's jaishankar'
    """
    text = _translit(name.lower())
    text = strip_diacritics(text)
    text = re.sub(r"[^a-z\s-]", " ", text).replace("-", " ")
    text = " ".join(text.split())
    for pattern, repl in _RULES:
        text = pattern.sub(repl, text)
    return " ".join(text.split())


def slug(text: str, max_len: int = 60) -> str:
    """An IRI-safe lower-case ASCII slug: "Sergey Lavrov" -> "sergey-lavrov"."""
    ascii_text = strip_diacritics(_translit(text.lower()))
    out = re.sub(r"[^a-z0-9]+", "-", ascii_text).strip("-")
    return out[:max_len].strip("-") or "x"
