"""States named in a list of officials: "Los cancilleres de República Dominicana, A, y de Haití, B", "the
foreign ministers of Chile, A, and of Peru, B": each name that follows a state's name after a conjunction
(and a preposition) acts for that state; so does a name the state follows after a comma and a preposition, as
its own apposition ("los mandatarios A, de Perú, y B, de Bolivia", "the presidents A, of Peru, and B, of Bolivia").
A state named after a pronoun standing for a delegation named before, right before a title, is the state of that
title's holder ("Die sudanesische Delegation führt A, jene Südsudans der Sondergesandte des Präsidenten, B",
"celle du Soudan du Sud l'envoyé spécial B").

Runs in :func:`graph.extract.home.assign_home`; it only fills states still unknown.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from graph.extract.people import People

__all__ = ["listed_states"]

#: A conjunction and an optional preposition ending right before the state's name ("y de", "and of", "et du").
_JOINED = re.compile(
    r"(?i:,|\b(?:y|e|and|et|und|и))\s+(?i:(?:de\s+la|de|del|of\s+the|of|the|du|des|d['’]|von|der)\s*)?"
    r"(?:[A-ZÀ-ÖØ-ÞА-ЯЁ][^\W\d_]+\s+(?:(?:of|de|de\s+la|du|del)\s+)?){0,2}$"  # "des Königreichs Marokko"
)
#: Between the state's name and the official's name.
_COMMA = re.compile(r"\s*,\s*")
#: A comma and a preposition of origin between an official's name and his state ("X, de Bolivia", "X, of Peru").
_OF = re.compile(r"\s*,\s*(?i:de\s+la|de|del|du|d['’]|of|from|aus|из)\s*")
#: What closes such an apposition right after the state: punctuation or the sentence's end.
_CLOSED = re.compile(r"\s*(?:[,;.)]|$)")
#: A pronoun for something named before, ending right before a state's name ("jene Südsudans", "that of Chad").
_THAT_OF = re.compile(
    r"[,;]\s*(?i:jene[rns]?|diejenigen?|that\s+of|those\s+of|cel(?:le|ui)s?\s+(?:de\s+la|de|du|des|d['’])|"
    r"(?:la|el|las|los)\s+(?:de\s+la|de|del))\s*$"
)
#: An article between that state and the title ("jene Südsudans der Sondergesandte").
_ARTICLE = re.compile(r"\s*(?i:(?:der|die|das|the|le|la|l['’]|el)\s*)?")
#: How far (characters) before a state's name its conjunction may stand.
_REACH = 48


def listed_states(people: People, text: str, countries: list) -> None:
    """Officials without a state named right after ", and of <state>," in a list of a plural title's holders."""
    ends = {span.end: mention for span, mention in countries if mention.form in ("name", "genitive")}
    if not ends:
        return
    starts = {mention.span.start: mention for mention in ends.values()}
    for mention in people.mentions:
        person = mention.person
        if person is None or person.country or person.organization is not None:
            continue
        if (code := _of_pronoun(text, mention, ends)) is not None:
            person.country = code  # "jene Südsudans der Sondergesandte X"
            continue
        after = _OF.match(text, mention.end)
        state = starts.get(after.end()) if after else None
        if state is not None and _CLOSED.match(text, state.span.end):
            person.country = state.code  # "el presidente X, de Bolivia,"
            continue
        gap = text.rfind(",", max(0, mention.start - 4), mention.start)
        if gap < 0 or not _COMMA.fullmatch(text, gap - _trailing(text, gap), mention.start):
            continue
        state = ends.get(gap - _trailing(text, gap))
        if state is not None and _JOINED.search(text, max(0, state.span.start - _REACH), state.span.start):
            person.country = state.code


def _of_pronoun(text: str, mention, ends: dict) -> str | None:
    """The state named between a pronoun for a delegation and the mention's title ("jene Südsudans der ...")."""
    hit = mention.title
    if hit is None or hit.countries or hit.organization is not None:
        return None
    state = next((m for end, m in ends.items() if end < hit.phrase_start and _ARTICLE.fullmatch(text, end, hit.phrase_start)), None)
    if state is None or not _THAT_OF.search(text, max(0, state.span.start - _REACH), state.span.start):
        return None
    return state.code


def _trailing(text: str, pos: int) -> int:
    """The number of spaces right before ``pos``."""
    k = pos
    while k > 0 and text[k - 1] == " ":
        k -= 1
    return pos - k
