"""The head of state a text calls "the President of the Republic" without naming the republic ("presidente de la
República", "Président de la République"): a state's own texts call their own head of state so, and name a
foreign one with his state ("presidente de la República de Colombia").

The titles are lexicon data (``own_republic`` of ``<lang>/roles.json``, a pattern the whole title matches).
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any

from graph.extract import lexicon

__all__ = ["own_republic_heads"]


@cache
def _pattern(lang: str) -> re.Pattern[str] | None:
    words = (lexicon.load("roles", lang) or {}).get("own_republic")
    return re.compile(words, re.IGNORECASE) if words else None


def own_republic_heads(people: Any, text: str, countries: list, filed_in: str | None) -> None:
    """"San José, 21 de agosto ... al presidente de la República, X": a person named with such a title and no
    state of his own is the head of state of the state the text speaks for, the issuing one (``people.home``) or
    the one whose capital the text is filed from (``filed_in``) where the text names that state beyond the
    dateline ("de Costa Rica"; a report filed abroad, "NUEVA YORK - El presidente de la República, X", may be
    on its own president's trip); ``countries``: the ``(Span, CountryMention)`` pairs of the text."""
    pattern = _pattern(getattr(people, "lang", ""))
    if pattern is None:
        return
    state = people.home
    if state is None and filed_in is not None and any(
        m.code == filed_in and m.form not in ("capital", "metonym") for _, m in countries
    ):
        state = filed_in
    state = state or _protagonist_state(people)
    if state is None:
        return
    for mention in people.mentions:
        hit, person = mention.title, mention.person
        if hit is None or person is None or hit.countries or person.country or person.organization is not None:
            continue
        if pattern.fullmatch(text, hit.start, hit.phrase_end) or pattern.fullmatch(text, hit.phrase_start, hit.phrase_end):
            person.country = state


def _protagonist_state(people: Any) -> str | None:
    """The state of the first official the text names, where his own title names none ("El canciller X
    participó hoy en ...", whose state the text gave otherwise): a text that names its protagonist so speaks for
    his state."""
    first = min((m for m in people.mentions if m.title is not None and m.person is not None), key=lambda m: m.start, default=None)
    if first is None or first.title.countries or first.person.organization is not None:
        return None
    return first.person.country
