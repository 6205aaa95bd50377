"""Russian names in the nominative: a declined name after a title or a verb is brought back to the form a
name list shows ("Президента Сербии Драгана Петровича" -> "Драган Петрович"), without patronymics.

The patronymic endings and the given-name endings that never decline come from ``ru/names.json``; the case of
a word from :mod:`graph.extract.translit`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING

from graph.extract import lexicon, translit
from graph.extract.units import Unit

if TYPE_CHECKING:
    from graph.extract.nameshape import PersonMention
    from graph.extract.titles import TitleHit

__all__ = ["case_hint", "cases_agree", "nominative", "unify_declined"]


@dataclass(frozen=True, slots=True)
class _Russian:
    female: re.Pattern[str]  # regular patronymics: never a surname
    male: re.Pattern[str]  # a surname only after a title
    undeclined: frozenset[str]  # last letters of given names that do not decline


@cache
def _russian() -> _Russian:
    """Patronymic endings and undeclined given-name endings of ``ru/names.json``."""
    data = lexicon.load("names", "ru")
    letters = data.get("undeclined_endings", [])
    return _Russian(
        female=re.compile(data.get("patronymic_female") or "(?!)"),
        male=re.compile(data.get("patronymic_male") or "(?!)"),
        undeclined=frozenset(letters) | frozenset(letter.upper() for letter in letters),
    )


def case_hint(units: list[Unit], first: int, hit: TitleHit | None) -> str | None:
    """Grammatical case of a Russian name from the word before it or its title's head word."""
    if not translit.has_cyrillic(units[first].text):
        return None
    if hit is not None:  # the first word of the phrase: "заместитель помощника госсекретаря Линда Парк" is nominative
        head = next((u.text for u in units if u.start >= hit.phrase_start and u.kind in ("title", "word")), "")
        return translit.ru_case_of(head.split()[0]) if head else None
    if first > 0 and units[first - 1].kind == "word":
        return translit.ru_case_of(units[first - 1].text) if units[first - 1].text[:1].islower() else None
    return None


def _surname(token: str, i: int, count: int, titled: bool) -> bool:
    """Whether a patronymic-looking last token is a surname: after a title ("Драгана Петровича"), or when it
    is no regular patronymic ("Марко Иличем") or stands alone ("Лазаревич заявил": nobody is named by a
    patronymic alone); a middle token is always the patronymic."""
    russian = _russian()
    if i != count - 1 or russian.female.search(token.lower()):
        return False
    return titled or count == 1 or not russian.male.search(token.lower())


def cases_agree(units: list[Unit], hit: TitleHit, first: int) -> bool:
    """Russian: a title and its name agree in case ("Президента" does not introduce "Александр")."""
    given = translit.ru_given(units[first].text) if translit.has_cyrillic(units[first].text) else None
    if given is None or first + 1 >= len(units) or units[first + 1].kind != "word":
        return True
    title_case = case_hint(units, first, hit)
    pairs = {frozenset({"gen", "acc"})}
    return title_case in (None, given[1]) or frozenset({title_case, given[1]}) in pairs


def nominative(tokens: tuple[str, ...], case: str | None, *, titled: bool = False) -> tuple[str, ...]:
    """Russian name tokens in the nominative, without patronymics; after a title the last of two or more tokens
    is a surname even when it looks like a patronymic ("Президента Сербии Драгана Петровича")."""
    if not tokens or not translit.has_cyrillic(tokens[0]):
        return tokens
    given = translit.ru_given(tokens[0]) if len(tokens) > 1 else None
    if given and not (given[1] == "nom" and case != "nom" and tokens[0][-1:] in _russian().undeclined):
        case = given[1]  # the given name tells the case, unless it never declines ("Марко Иличем")
    out = []
    for i, token in enumerate(tokens):
        if translit.is_patronymic(token) and not _surname(token, i, len(tokens), titled):
            continue
        if i == 0 and given:
            out.append(given[0])
        elif case == "nom":
            out.append(token)
        else:
            out.append(translit.ru_nominative(token, case))
    return tuple(out)


_A_DECLENSION = ("у", "ы", "е", "ой")  # acc, gen, dat/prep, ins of a surname ending in -а ("Барта")


def unify_declined(mentions: list[PersonMention]) -> None:
    """Russian: bring surnames of the -а declension to the form the article also uses in the nominative.

    "принял министра ... Ласло Барту" and "Барта прибыл": the case of the first could not be told from its
    title (genitive or accusative), the second shows the nominative, so both become "Барта". A surname is only
    changed when the article names the same stem with -а, so names that never decline ("Шойгу") stay.
    """
    nominal = {m.nominative[-1] for m in mentions if m.nominative and m.nominative[-1].endswith("а")}
    nominal = {word for word in nominal if translit.has_cyrillic(word) and len(word) > 3}
    if not nominal:
        return
    for mention in mentions:
        last = mention.nominative[-1] if mention.nominative else ""
        for ending in _A_DECLENSION:
            if last.endswith(ending) and last[: -len(ending)] + "а" in nominal:
                mention.nominative = (*mention.nominative[:-1], last[: -len(ending)] + "а")
                break
