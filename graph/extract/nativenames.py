"""The native Latin spelling of foreign officials' names written in Russian script.

A Russian text writes "Кайри Мянд", "Айварс Круминьш" or "Рикарду Бастус Алмейда"; a reader of the graph
expects the spelling of the person's own language ("Kairi Mänd", "Aivars Kruminš", "Ricardo Bastos Almeida"),
not a Russian-style transliteration ("Kayri Myand", "Rikardu Bastus Almeyda"). Once the state an official
represents is known, :func:`native_spelling` renders the name with the scheme of that state's language
(``ru/native_names.json``): usual given names from a table, the rest by the regular correspondences of that
language in Russian script. Officials of states not listed there (Russia, Ukraine, Belarus, Kazakhstan...)
keep their transliteration; the Cyrillic original always stays an alternate name.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from graph.extract import lexicon, translit
from graph.extract.germanspell import respell_german_forms

__all__ = ["native_spelling", "respell_people"]


#: Name particles written in lower case inside a name ("Луис Инасиу Лула да Силва": Lula da Silva).
_PARTICLES = {"да": "da", "ду": "do", "дус": "dos", "душ": "dos", "дас": "das", "де": "de", "дель": "del", "дос": "dos",
              "ла": "la", "лос": "los", "ван": "van", "фон": "von", "дер": "der"}
#: Surname endings of Russian, Ukrainian, Caucasian and Central Asian names: never a name of the scheme languages.
_EASTERN_SURNAME = re.compile(r"(?:ов|ев|ёв|ова|ева|ёва|енко|швили|дзе|ян)$")


@dataclass(frozen=True, slots=True)
class _Scheme:
    given: dict[str, str]
    rules: tuple[tuple[re.Pattern[str], str], ...]
    letters: dict[str, str]
    patronymic: re.Pattern[str] | None = None  # "Батбаярын Энхтайван": a father's name in the genitive, first
    own_surnames: bool = False  # -ов/-ев surnames are the language's own (Azerbaijani "Гаджиев" = Hajiyev)


@cache
def _schemes() -> tuple[dict[str, str], dict[str, _Scheme]]:
    """(state -> scheme name, scheme name -> compiled scheme), read once."""
    data = lexicon.load("native_names", "ru")
    schemes = {
        name: _Scheme(
            given=dict(raw.get("given", {})),
            rules=tuple((re.compile(rx), latin) for rx, latin in raw.get("rules", [])),
            letters=dict(raw.get("letters", {})),
            patronymic=re.compile(raw["patronymic"]) if raw.get("patronymic") else None,
            own_surnames=bool(raw.get("own_surnames")),
        )
        for name, raw in data.get("schemes", {}).items()
    }
    return dict(data.get("states", {})), schemes


@cache
def _given() -> dict[str, str]:
    """Given names of any origin with their usual Latin form (``ru/names.json``: "Хасан" -> "Hassan")."""
    return dict(lexicon.load("names", "ru").get("given", {}))


def _word(word: str, scheme: _Scheme, alternate: bool = False) -> str:
    """One Cyrillic name word in the scheme's spelling ("Круминьш" -> "Kruminš" in Latvian).

    A table entry "Than|Thant" names two spellings Russian writes alike: the first, or the second if ``alternate``.
    """
    known = scheme.given.get(word) or _given().get(word)  # the language's form, else the usual Latin one
    if known:
        forms = known.split("|")
        return forms[-1] if alternate else forms[0]
    text = word.lower()
    for pattern, latin in scheme.rules:
        text = pattern.sub(latin, text)
    latin = "".join(scheme.letters.get(ch, ch) for ch in text)
    if translit.has_cyrillic(latin):
        latin = translit.to_latin(latin)
    return "-".join(part[:1].upper() + part[1:] for part in latin.split("-"))


def native_spelling(name: str, country: str | None, alternate: bool = False) -> str | None:
    """The spelling of ``name`` (Cyrillic nominative) in the language of ``country``, or None.

    None when the name is not in Russian script or the state has no scheme (its officials keep the usual
    transliteration): ``native_spelling("Паулу Роберту Фрейтас", "BR") == "Paulo Roberto Freitas"``.
    With ``alternate``, words written alike for two native spellings take the second ("Тан": Than, Thant).
    """
    if not country or not translit.has_cyrillic(name):
        return None
    states, schemes = _schemes()
    scheme = schemes.get(states.get(country, ""))
    if scheme is None or (_EASTERN_SURNAME.search(name) and not scheme.own_surnames):
        return None  # "Тимур Алибаев" in Riga: the state was a guess, the name is not Latvian
    words = name.split()
    if scheme.patronymic is not None and len(words) == 2 and scheme.patronymic.search(words[0]):
        words = [words[1], scheme.patronymic.sub("", words[0])]  # "Батбаярын Энхтайван": Enkhtaivan Batbayar
    return " ".join(_PARTICLES[word.lower()] if n and word.lower() in _PARTICLES and word not in scheme.given
                    else _word(word, scheme, alternate) for n, word in enumerate(words))


def _cyrillic_original(person: object) -> str | None:
    """The Cyrillic nominative ``person``'s Latin name was transliterated from, if any."""
    names = [n for n in person.alternate_names if translit.has_cyrillic(n)]  # type: ignore[attr-defined]
    wanted = translit.name_key(person.name)  # type: ignore[attr-defined]
    return next((n for n in names if translit.name_key(n) == wanted), None)


def respell_people(persons: list) -> None:
    """Rename foreign officials known only in Russian script to their native spelling (in place).

    The Russian-style form stays an alternate name, so cross-article resolution finds either spelling.
    Eastern officials written the German way ("Sergej Lawrow") get their usual English form as an alternate name.
    """
    respell_german_forms(persons)
    for person in persons:
        if person.country is None:
            continue
        original = _cyrillic_original(person)
        native = native_spelling(original, person.country) if original else None
        if native and native != person.name:
            person.alternate_names.add(person.name)
            person.name = native
        other = native_spelling(original, person.country, alternate=True) if native else None
        if other and other != person.name:
            person.alternate_names.add(other)  # "Аунг Мьо Тан": Aung Myo Than, also Aung Myo Thant
