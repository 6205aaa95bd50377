"""Inflection rules used at build time to expand country adjectives, demonyms and names.

Each rule is a plain ending list: the runtime never inflects, it looks up the forms written here.
"""

from __future__ import annotations

import re

__all__ = ["adjective_forms", "demonym_forms", "ru_cases", "de_genitive", "capitalise"]

_DE_ADJ_ENDINGS = ("", "e", "en", "er", "es", "em")
_RU_ADJ_SOFT = ("ий", "ого", "ому", "им", "ом", "ая", "ой", "ую", "ое", "ие", "их", "ими", "о")
_RU_ADJ_HARD = ("ый", "ого", "ому", "ым", "ом", "ая", "ой", "ую", "ое", "ые", "ых", "ыми", "о")

#: Russian noun classes: ending -> the six cases (nom, gen, dat, acc, ins, prep) replacing it.
_RU_NOUN = (
    ("ство", ("ство", "ства", "ству", "ство", "ством", "стве")),
    ("ия", ("ия", "ии", "ии", "ию", "ией", "ии")),
    ("ея", ("ея", "еи", "ее", "ею", "еей", "ее")),
    ("ка", ("ка", "ки", "ке", "ку", "кой", "ке")),
    ("га", ("га", "ги", "ге", "гу", "гой", "ге")),
    ("ха", ("ха", "хи", "хе", "ху", "хой", "хе")),
    *((s + "а", (s + "а", s + "и", s + "е", s + "у", s + "ей", s + "е")) for s in "жшщч"),  # "Польши"
    ("а", ("а", "ы", "е", "у", "ой", "е")),
    ("я", ("я", "и", "е", "ю", "ей", "е")),
    ("ль", ("ль", "ля", "лю", "ль", "лем", "ле")),
    ("ь", ("ь", "и", "и", "ь", "ью", "и")),
    ("й", ("й", "я", "ю", "й", "ем", "е")),
    ("ы", ("ы", "ов", "ам", "ы", "ами", "ах")),
)
#: Russian adjective classes inside names (agreeing with the head noun).
_RU_ADJ_CASES = (
    ("ая", ("ая", "ой", "ой", "ую", "ой", "ой")),
    ("кий", ("кий", "кого", "кому", "кий", "ким", "ком")),
    ("ый", ("ый", "ого", "ому", "ый", "ым", "ом")),
    ("ой", ("ой", "ого", "ому", "ой", "ым", "ом")),
    ("ое", ("ое", "ого", "ому", "ое", "ым", "ом")),
    ("ые", ("ые", "ых", "ым", "ые", "ыми", "ых")),
    ("ие", ("ие", "их", "им", "ие", "ими", "их")),
)
_RU_INDECLINABLE = re.compile(r"(?:[оеиуюэё]|[А-ЯЁ]{2,})$")
_RU_CONSONANT = re.compile(r"[бвгджзклмнпрстфхцчшщ]$")
_AFTER_VELAR = re.compile(r"(?<=[гкхжчшщ])ы")


def capitalise(word: str) -> str:
    """Upper-case the first letter of each hyphen-separated part ("nord-coréen" -> "Nord-Coréen")."""
    return "-".join(part[:1].upper() + part[1:] for part in word.split("-"))


def _fr(base: str) -> list[str]:
    if base.endswith("e"):
        return [base, base + "s"]
    if base.endswith(("s", "x")):
        return [base, base + "e", base + "es"]
    if base.endswith(("en", "on")):
        return [base, base + "ne", base + "s", base + "nes"]
    if base.endswith("c"):
        return [base, base + "s"]
    return [base, base + "e", base + "s", base + "es"]


_ES_ACCENT = str.maketrans("áéíóú", "aeiou")


def _es(base: str) -> list[str]:
    if base.endswith("o"):
        stem = base[:-1]
        return [base, stem + "a", stem + "os", stem + "as"]
    if base.endswith(("e", "a")):
        return [base, base + "s"]
    if base.endswith(("í", "ú")):
        return [base, base + "es", base + "s"]
    if re.search(r"[áéíóú][ns]$", base):
        plain = base[:-2] + base[-2:].translate(_ES_ACCENT)
        return [base, plain + "a", plain + "es", plain + "as"]
    return [base, base + "a", base + "es", base + "as"]


def _ru_adj(base: str) -> list[str]:
    for ending, forms in (("ий", _RU_ADJ_SOFT), ("ый", _RU_ADJ_HARD)):
        if base.endswith(ending):
            stem = base[: -len(ending)]
            return [stem + form for form in forms]
    return [base]


def adjective_forms(base: str, lang: str) -> list[str]:
    """All inflected forms of a country adjective given in its base form."""
    if lang == "de":
        return [base + ending for ending in _DE_ADJ_ENDINGS]
    if lang == "fr":
        return _fr(base)
    if lang == "es":
        return _es(base)
    if lang == "ru":
        return _ru_adj(base)
    return [base]


def demonym_forms(base: str, lang: str) -> list[str]:
    """Forms of a demonym: de from the masculine singular, ru from the plural nominative, en as given."""
    if base.startswith("="):
        return [base[1:]]
    if lang == "de":
        if base.endswith("er"):
            return [base, base + "n", base + "in", base + "innen"]
        if base.endswith("e"):
            return [base, base + "n", base[:-1] + "in", base[:-1] + "innen"]
        if base.endswith("i"):
            return [base, base + "s"]
        return [base]
    if lang == "ru":
        return _ru_demonym(base)
    return [base]


def _ru_demonym(base: str) -> list[str]:
    if base.endswith("цы"):
        stem = base[:-2]
        return [stem + e for e in ("цы", "цев", "цам", "цами", "цах", "ец", "ца", "цу", "цем", "це")]
    if base.endswith(("ане", "яне")):
        stem = base[:-1]
        return [base, stem, stem + "ам", stem + "ами", stem + "ах", stem + "ин", stem + "ина", stem + "ину"]
    if base.endswith("ие"):
        stem = base[:-2]
        return [stem + e for e in ("ие", "их", "им", "ими")]
    if base.endswith(("ы", "и")):
        stem = base[:-1]
        return [base, stem + "ов", stem + "ам", stem + "ами", stem + "ах"]
    return [base]


def _ru_word_cases(word: str, *, adjective: bool) -> tuple[str, ...] | None:
    table = _RU_ADJ_CASES if adjective else _RU_NOUN
    for ending, forms in table:
        if word.endswith(ending):
            stem = word[: -len(ending)]
            if adjective:  # spelling rule: и, not ы, after velars and sibilants ("Карибским", not "Карибскым")
                return tuple(_AFTER_VELAR.sub("и", stem + form) for form in forms)
            return tuple(stem + form for form in forms)
    if not adjective and _RU_CONSONANT.search(word):
        return (word, word + "а", word + "у", word, word + "ом", word + "е")
    return None


def ru_cases(phrase: str) -> list[str]:
    """The six case forms (nom, gen, dat, acc, ins, prep) of a Russian name; invariant words stay.

    Leading adjectives agree with the head noun; words after the head (an apposition such as "Республика
    Казахстан" or a genitive such as "Штаты Америки") do not change.
    """
    parts = re.split(r"([ -])", phrase)
    cases = [list(parts) for _ in range(6)]
    for index, word in enumerate(parts):
        if word in (" ", "-") or not word:
            continue
        is_adj = any(word.endswith(e) for e, _ in _RU_ADJ_CASES) and index + 1 < len(parts) and parts[index + 1] == " "
        hyphenated = index + 1 < len(parts) and parts[index + 1] == "-"
        if not is_adj and not word.endswith("ство") and (_RU_INDECLINABLE.search(word) or hyphenated):
            continue  # indeclinable; only the last part of a hyphenated name inflects: "Буэнос-Айресе"
        forms = _ru_word_cases(word, adjective=is_adj)
        if forms is None:
            continue
        for case in range(6):
            cases[case][index] = forms[case]
        if not is_adj:
            break
    return list(dict.fromkeys("".join(case) for case in cases))


#: German country names said with an article, feminine or plural: their genitive takes no -s ("der Ukraine",
#: "der Philippinen"). Every other name without a sibilant ending takes it, whatever its last vowel ("Chiles",
#: "Schwedens", "Norwegens", "Ägyptens", "Mosambiks", "Belizes").
_DE_WITH_ARTICLE = frozenset({
    "Ukraine", "Elfenbeinküste", "Eurozone", "Niederlande", "Niederlanden", "Emirate", "Philippinen", "Malediven", "Seychellen", "Komoren",
    "Salomonen", "Antillen", "Kanaren", "Mongolei", "Slowakei", "Türkei", "Schweiz", "Dominikanische Republik",
})
_DE_NO_S_ENDINGS = ("s", "ß", "x", "z", "ei", "inseln", "republik")


def de_genitive(name: str) -> str | None:
    """German genitive of a country name with the -s ending ("Russlands", "Chiles", "Schwedens"), None when it
    takes none ("die Philippinen", "die Ukraine", "die Bahamas")."""
    if " " in name or name.isupper() or name in _DE_WITH_ARTICLE or name.lower().endswith(_DE_NO_S_ENDINGS):
        return None
    return name + "s"
