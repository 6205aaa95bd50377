"""One state for two titled officials joined by a conjunction: "Indonesia's Minister for Foreign Affairs, Dr A,
and Minister of Defence, B", "der polnische Außenminister A und Verteidigungsminister B", "el canciller chileno,
A, y el ministro de Defensa, B". The second title names no state of its own: it shares the first one's.

Runs in :func:`graph.extract.people.find_people` before the sentence's states; it only fills a state still unknown.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from graph.extract.nameshape import PersonMention

__all__ = ["shared_states"]

#: Between the first official's name and the second title: a conjunction, an article at most.
_AND = re.compile(
    r"\s*,?\s*(?:and|und|sowie|y|e|et|и)\s+(?:(?:the|der|die|den|dem|des|el|la|le|les|l['’])\s*)?",
    re.IGNORECASE,
)


def shared_states(text: str, mentions: list[PersonMention]) -> None:
    """Give an official of no known state, whose title joins the name of an official of a title's state by a
    conjunction alone, that state."""
    ordered = sorted((m for m in mentions if m.person is not None), key=lambda m: m.start)
    for first, second in zip(ordered, ordered[1:]):
        hit, other = first.title, second.title
        if hit is None or other is None or not hit.countries or other.countries or other.org is not None:
            continue
        person, state = second.person, first.person.country
        if person.country is not None or person.organization is not None or state not in hit.countries:
            continue
        if first.sentence == second.sentence and first.end <= other.phrase_start \
                and _AND.fullmatch(text, first.end, other.phrase_start):
            person.country = state
