"""Cyrillic -> Latin for personal names (BGN/PCGN-like), and a transliteration-insensitive name key.

``to_latin("Дмитрий Песков") == "Dmitry Peskov"``. Usual English spellings of frequent given names
("Александр" -> "Alexander", "Юрий" -> "Yuri") come from the Russian name lexicon, whose ``given`` table
maps Cyrillic nominatives to their English form. The case endings that bring a Russian name to the
nominative, the patronymic pattern (``ru/names.json``) and the honorifics that :func:`name_key` leaves out
(``names.json``) are lexicon data too; the letter tables of the script stay here.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cache, lru_cache

from graph import pinyin
from graph.extract import lexicon
from graph.names import CYRILLIC

__all__ = [
    "to_latin", "has_cyrillic", "name_key", "transliterate_name", "ru_given", "ru_case_of", "ru_nominative", "is_patronymic",
]

_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
_LETTERS = CYRILLIC  # one BGN/PCGN-like table for the whole project (graph.names)
_VOWELS = set("аеёиоуыэюяіїє")
_YE_AFTER = _VOWELS | {"ъ", "ь"}
_WORD = re.compile(r"[\u0400-\u04ff]+")


def has_cyrillic(text: str) -> bool:
    """Whether ``text`` contains a Cyrillic letter."""
    return not text.isascii() and bool(_CYRILLIC.search(text))


def _word_to_latin(word: str) -> str:
    lower = word.lower()
    out: list[str] = []
    for i, ch in enumerate(lower):
        prev = lower[i - 1] if i else ""
        if ch == "д" and lower[i + 1 : i + 2] == "ж":
            out.append("j")  # "Джалали" -> "Jalali": дж spells a foreign j
            continue
        if ch == "ж" and prev == "д":
            continue
        if ch == "е" and (not prev or prev in _YE_AFTER):
            out.append("ye")
        elif ch == "й" and prev in "иы" and i == len(lower) - 1:
            continue  # "-ий"/"-ый" at the end: "Dmitry", "Zhukovsky" ("i"/"y" already written)
        elif ch == "ь" and lower[i + 1 : i + 2] == "о":
            out.append("y")  # "Сулистьовати" -> "Sulistyowati": a soft sign before "о" spells a foreign "yo"
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


@cache
def _from_palladius() -> dict[str, str]:
    """Palladius (Russian spelling of Chinese) syllable -> pinyin; palatal initials for i/ü finals."""
    table: dict[str, str] = {}
    for syllable, cyrillic in sorted(pinyin.syllables().items()):
        palatal = syllable[:1] in "jqx"
        final = syllable.lstrip("bpmfdtnlgkhjqxzcsrwy")
        usual = palatal == final.startswith(("i", "v", "u")) if palatal else not final.startswith(("i", "v"))
        if cyrillic not in table or usual:
            table[cyrillic] = syllable
    return table


def _chinese(word: str) -> str | None:
    """Pinyin of a Russian-script Chinese name part ("Цзиньпин" -> "Jinping"), or None if it is not one."""
    table = _from_palladius()
    text = word.lower()
    best: list[list[str] | None] = [None] * (len(text) + 1)
    best[0] = []
    for end in range(1, len(text) + 1):
        for start in range(max(0, end - 6), end):
            prefix, piece = best[start], text[start:end]
            if prefix is not None and piece in table and (best[end] is None or len(prefix) + 1 < len(best[end])):
                best[end] = prefix + [table[piece]]
    parts = best[len(text)]
    if not parts or len(parts) > 2:  # a Chinese name part has one or two syllables; "Такэси" is Japanese
        return None
    return "".join(parts).replace("v", "ü").capitalize()


def transliterate_name(name: str) -> str:
    """Latin form of a (nominative) Cyrillic name, using usual English forms of known given names.

    Chinese names written in the Palladius system come back in pinyin ("Си Цзиньпин" -> "Xi Jinping").
    """
    known = _given_names()
    words = name.split()
    if len(words) > 1 and words[0] not in known:
        chinese = [_chinese(w) for w in words]
        if all(chinese):
            return " ".join(c for c in chinese if c)
    parts = []
    for part in name.split():
        parts.append(known.get(part) or to_latin(part))
    return " ".join(parts)


_KEY_RULES = (
    ("dzh", "j"), ("dj", "j"), ("tsch", "ch"), ("sch", "sh"), ("tch", "ch"), ("kh", "h"), ("ph", "f"),
    ("ck", "k"), ("ct", "kt"), ("gh", "g"), ("ca", "ka"), ("co", "ko"), ("cu", "ku"), ("w", "v"), ("x", "ks"), ("q", "k"), ("ou", "u"), ("j", "y"), ("y", "i"), ("ts", "c"),
)  # fmt: skip
_NON_LETTERS = re.compile(r"[^a-z]+")
_GLIDE = re.compile(r"(?<=[aeou])i(?=e)")  # "Yermolayev"/"Yermolaev", "Sergeyev"/"Sergeev": an optional y glide
_DOUBLED = re.compile(r"(.)\1+")
#: Spellings of one sound that differ between the Russian-style transliteration of a foreign name and its native
#: Latin form: a "zh" inside a word ("Батжаргал" -> "Batzhargal", "Batjargal"), and a final "-ich" for the
#: South Slavic "-ić" ("Драгович" -> "Dragovich", "Dragović"). A word-initial "Zh" is kept: "Zhang" is not "Yang".
_MEDIAL_ZH = re.compile(r"(?<=[a-z])zh")
_FINAL_ICH = re.compile(r"ich$")
#: Spellings that Russian-style transliteration adds to a name's usual form: "ё" as "yo" or "ye" after a consonant
#: ("Vorobyov", "Vorobyev"), a soft "л" before "a" ("Салям" -> "Salyam", "Salam"; "Natalya", "Natalia") and an
#: Arabic "th" written "t" ("Аль-Харти" -> "Al-Kharti", "Al Harthi").
_SOFT_E = re.compile(r"(?<=[bcfghklmnprstvz])[yj][eo]")
_SOFT_A = re.compile(r"(?<=l)[yji](?=a)")
_TH = re.compile(r"th")
#: German and Persian spellings: German writes a voiced s between vowels "s" where English writes "z" ("Resai",
#: "Rezai"), and a Persian "-aei" is also written "-ai" or "-ayi" ("Rezaei", "Rezai", "Rezayi").
_VOICED_S = re.compile(r"(?<=[aeiou])z(?=[aeiou])")
_PERSIAN_AEI = re.compile(r"ae(?=i)")
#: An "ö" after a consonant, written "ё" in Russian and so "yo" by the transliteration ("Сёдерлунд" ->
#: "Syoderlund", "Söderlund"): folded like that "yo", to "e" (an initial "Ö" is written "О" or "Э": kept).
_CONSONANT_OE = re.compile(r"(?<=[bcdfghklmnprstvz])ö", re.IGNORECASE)


@cache
def _ignored_words() -> frozenset[str]:
    """Honorifics and suffixes left out of :func:`name_key` (``translit_key_ignored_words`` of ``names.json``)."""
    return frozenset(lexicon.load("names").get("translit_key_ignored_words", []))


@cache
def _variants() -> dict[str, str]:
    """Name words the key reads alike ("ben" -> "bin"; ``translit_key_variants`` of ``names.json``)."""
    return dict(lexicon.load("names").get("translit_key_variants", {}))


@lru_cache(maxsize=8192)
def name_key(name: str) -> str:
    """A transliteration-insensitive key: "Dmitri Peskow", "Dmitry Peskov" and "Дмитрий Песков" agree.

    Diacritics, case, initials ("Antony J. Blinken") and suffixes ("Jr.") are ignored; frequent spelling
    variants of transliterations (w/v, j/y/i, sch/sh, kh/h, gh/g, hard c/k as in "Marco"/"Марко" or "Victor", doubled letters, a
    medial zh/j and a final -ich/-ić) are
    folded, and so are a y glide between vowels ("Yermolayev", "Yermolaev"), a soft sign's y before a vowel
    ("Vorobyov", "Vorobyev"; "Salyam", "Salam"), th/t, a z/s between vowels ("Rezai", German "Resai") and a
    Persian -aei/-ai ("Rezaei") and an ö after a consonant, which Russian writes ё ("Söderlund", "Сёдерлунд").
    """
    text = transliterate_name(name) if has_cyrillic(name) else _CONSONANT_OE.sub("e", name)
    text = unicodedata.normalize("NFKD", text.replace("ß", "ss").replace("ı", "i"))
    text = "".join(ch for ch in text if not unicodedata.combining(ch)).lower()
    ignored = _ignored_words()
    variants = _variants()
    words = [variants.get(w, w) for w in _NON_LETTERS.split(text) if len(w) > 1 and w not in ignored]
    keyed = []
    for word in words:
        word = _FINAL_ICH.sub("ic", _MEDIAL_ZH.sub("j", word))
        word = _TH.sub("t", _SOFT_A.sub("", _SOFT_E.sub("e", word)))
        word = _PERSIAN_AEI.sub("a", _VOICED_S.sub("s", word))
        for old, new in _KEY_RULES:
            word = word.replace(old, new)
        keyed.append(_DOUBLED.sub(r"\1", _GLIDE.sub("", word)))
    return " ".join(keyed)


# --- Russian names: recover the nominative of inflected forms -------------------------------------------
_CONSONANTS = set("бвгджзклмнпрстфхцчшщ")


@dataclass(frozen=True, slots=True)
class _Cases:
    """Russian case endings of ``ru/names.json`` (see its ``_doc``), compiled once."""

    given: tuple[tuple[str, str, str], ...]  # (ending, what replaces it, case) of given names
    title: tuple[tuple[str, str], ...]  # (ending, case) of titles
    title_nominative: tuple[str, ...]  # last letters of a title in the nominative
    surname: dict[str, tuple[tuple[str, str], ...]]  # case -> (ending, replacement) of surnames
    any_case: tuple[tuple[re.Pattern[str], str, int], ...]  # (ending in parentheses, replacement, min. length)
    patronymic: re.Pattern[str]
    preposition: dict[str, str]  # preposition -> case it gives the name after it


@cache
def _cases() -> _Cases:
    """The Russian case endings, read and compiled once."""
    data = lexicon.load("names", "ru")
    surname = data.get("surname_case_endings", {})
    return _Cases(
        given=tuple((ending, repl, case) for ending, repl, case in data.get("given_case_endings", [])),
        title=tuple((ending, case) for ending, case in data.get("title_case_endings", [])),
        title_nominative=tuple(data.get("title_nominative_endings", [])),
        surname={case: tuple((ending, repl) for ending, repl in rules) for case, rules in surname.items()},
        any_case=tuple((re.compile(rx), repl, size) for rx, repl, size in data.get("surname_any_case", [])),
        patronymic=re.compile(data.get("patronymic") or "(?!)"),
        preposition=dict(data.get("preposition_cases", {})),
    )


@lru_cache(maxsize=8192)
def ru_given(token: str) -> tuple[str, str] | None:
    """``(nominative, case)`` when ``token`` is a known Russian-script given name in some case."""
    known = _given_names()
    if token in known:
        return token, "nom"
    for ending, replacement, case in _cases().given:
        if token.endswith(ending) and len(token) > len(ending) + 1:
            stem = token[: -len(ending)] + replacement
            if stem in known:
                return stem, case
    return None


def ru_case_of(word: str) -> str | None:
    """Grammatical case suggested by the ending of a title or honorific ("Министром" -> "ins")."""
    lower = word.lower()
    cases = _cases()
    if lower in cases.preposition:  # "с Петровым"
        return cases.preposition[lower]
    for ending, case in cases.title:
        if lower.endswith(ending):
            return case
    return "nom" if lower.endswith(cases.title_nominative) else None


@lru_cache(maxsize=8192)
def ru_nominative(token: str, case: str | None) -> str:
    """Nominative of a Russian-script surname or foreign name in ``case`` ("Путиным", "ins" -> "Путин").

    Names ending in a vowel other than the case ending stay as they are ("Моди", "Аракчи"): they do not
    decline. Without a known case only unambiguous endings are removed.
    """
    lower = token.lower()
    cases = _cases()
    if case is None:
        for pattern, replacement, size in cases.any_case:
            found = pattern.search(lower)
            if found and len(token) >= size:  # "Лавровым" -> "Лавров", "Иличем" -> "Илич"
                start, end = (len(token) - len(lower) + found.start(1), len(token) - len(lower) + found.end(1))
                return token[:start] + replacement + token[end:]
        return token
    rules = cases.surname.get(case, ())
    for ending, replacement in rules:
        if lower.endswith(ending) and len(token) > len(ending) + 1:
            stem = token[: -len(ending)]
            vowel_stem = stem[-1:].lower() in _VOWELS
            if (not replacement and not stem[-1:].lower() in _CONSONANTS) or (replacement == "й" and not vowel_stem):
                continue  # "Лэем" -> "Лэй", "Сергея" is a given name; "Аракчи" does not decline
            return stem + replacement
    return token


def is_patronymic(token: str) -> bool:
    """Whether a Russian-script token is a patronymic ("Никитич", "Викторовна")."""
    return bool(_CYRILLIC.match(token)) and len(token) > 5 and bool(_cases().patronymic.search(token.lower()))
