"""One state for two titled officials joined by a conjunction: "Indonesia's Minister for Foreign Affairs, Dr A,
and Minister of Defence, B", "der polnische Außenminister A und Verteidigungsminister B", "el canciller chileno,
A, y el ministro de Defensa, B". The second title names no state of its own: it shares the first one's.

Runs in :func:`graph.extract.people.find_people` before the sentence's states; it only fills a state still unknown.
The words between the two are the language's ``conjunctions`` and ``determiners`` of ``<lang>/roles.json``.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from graph.extract import lexicon

if TYPE_CHECKING:
    from graph.extract.nameshape import PersonMention
    from graph.extract.roles import Titles

__all__ = ["shared_states"]

#: Per language: between the first official's name and the second title, a conjunction, a determiner at most.
_JOINS: dict[str, re.Pattern[str] | None] = {}


def _join(lang: str) -> re.Pattern[str] | None:
    """", and the ", "und der", "y el": the words that may join two officials' phrases (None: no conjunctions)."""
    if lang not in _JOINS:
        words = lexicon.load("roles", lang) or {}
        conjunctions, determiners = words.get("conjunctions"), words.get("determiners")
        dets = rf"(?:(?:{determiners})\s*)?" if determiners else ""
        _JOINS[lang] = re.compile(rf"\s*,?\s*(?:{conjunctions})\s+{dets}", re.IGNORECASE) if conjunctions else None
    return _JOINS[lang]


def shared_states(lex: Titles, text: str, mentions: list[PersonMention]) -> None:
    """Give an official of no known state, whose title joins the name of an official of a title's state by a
    conjunction alone, that state."""
    join = _join(lex.lang)
    if join is None:
        return
    ordered = sorted((m for m in mentions if m.person is not None), key=lambda m: m.start)
    for first, second in zip(ordered, ordered[1:]):
        hit, other = first.title, second.title
        if hit is None or other is None or not hit.countries or other.countries or other.org is not None:
            continue
        person, state = second.person, first.person.country
        if person.country is not None or person.organization is not None or state not in hit.countries:
            continue
        if first.sentence == second.sentence and first.end <= other.phrase_start \
                and join.fullmatch(text, first.end, other.phrase_start):
            person.country = state
