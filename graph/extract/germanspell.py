"""The usual English spelling of eastern officials' names written the German way.

German news write names from Russian, Georgian, Armenian or Persian script with German letters: "Sergej Lawrow",
"Irakli Dschaparidse", "Lewan Tschcheidse". The graph names a person by the usual Latin (English) form
("Sergey Lavrov", "Irakli Japaridze", "Levan Chkheidze"): that form becomes the name, the German one an
alternate name. German z is the Russian ц ("Saizew": "Saitsev"), a single s between vowels its з; an initial
s is either, so a surname starting so keeps its other reading as an alternate name too ("Zaitsev"). Only
officials of the states listed in ``names.json`` (``eastern_names_in_german``) whose name shows a spelling
that only the German convention writes ("sch", "w", "-dse", a final "j") are respelled, so a German
official's "Schmidt" or an English text's "Japaridze" are left as they are.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from graph.extract import lexicon

__all__ = ["english_form", "respell_german_forms"]


@dataclass(frozen=True, slots=True)
class _Convention:
    states: frozenset[str]
    marker: re.Pattern[str]
    rules: tuple[tuple[re.Pattern[str], str], ...]
    surname: tuple[tuple[re.Pattern[str], str], ...]  # a surname's other possible reading ("Saizew": "Z...")


@cache
def _convention() -> _Convention:
    """The German convention of ``names.json``, compiled once."""
    data = lexicon.load("names").get("eastern_names_in_german", {})
    return _Convention(
        states=frozenset(data.get("states", [])),
        marker=re.compile(data.get("marker") or "(?!)"),
        rules=tuple((re.compile(rx), repl) for rx, repl in data.get("rules", [])),
        surname=tuple((re.compile(rx), repl) for rx, repl in data.get("surname_alternates", [])),
    )


def _word(word: str, rules: tuple[tuple[re.Pattern[str], str], ...]) -> str:
    """One name word in the English convention, its capitals kept at the start ("Lawrow" -> "Lavrov")."""
    text = word.lower()
    for pattern, repl in rules:
        text = pattern.sub(repl, text)
    return text[:1].upper() + text[1:] if word[:1].isupper() else text


def english_form(name: str, country: str | None) -> str | None:
    """The usual English form of ``name`` of an official of ``country`` written the German way, or None.

    ``english_form("Irakli Dschaparidse", "GE") == "Irakli Japaridze"``; None for a state whose names are
    not written that way, for a name without a German-only spelling, and for non-Latin text.
    """
    conv = _convention()
    if country not in conv.states or not name.isascii() and not _latin(name):
        return None
    if not conv.marker.search(name.lower()):
        return None
    parts = re.split(r"([\s-]+)", name)
    return "".join(part if not part.strip(" -") else _word(part, conv.rules) for part in parts)


def _other_reading(english: str) -> str | None:
    """``english`` with its surname read the other way German spelling allows ("Dmitri Saitsev" ->
    "Dmitri Zaitsev": German writes an initial з and с both "s"), or None."""
    head, space, last = english.rpartition(" ")
    if not space:
        return None
    word = last.lower()
    for pattern, repl in _convention().surname:
        word = pattern.sub(repl, word)
    if word == last.lower():
        return None
    return f"{head} {word[:1].upper() + word[1:] if last[:1].isupper() else word}"


def _latin(name: str) -> bool:
    """Whether every letter of ``name`` is a Latin one (diacritics allowed)."""
    return all(ch < "\u0250" for ch in name if ch.isalpha())


def respell_german_forms(persons: list) -> None:
    """Give eastern officials written the German way their usual English form as their name (in place).

    The name as written stays an alternate name, so a search for the article's spelling still finds them, and
    cross-article resolution joins "Irakli Japaridze" (which no transliteration-insensitive key equates with
    "Dschaparidse") with the German report.
    """
    for person in persons:
        english = english_form(person.name, person.country)
        if english and english != person.name:
            person.alternate_names.add(person.name)
            person.name = english
            other = _other_reading(english)
            if other:
                person.alternate_names.add(other)
