"""Officials travelling with another: "el canciller surcoreano estuvo acompañado por el viceministro de Comercio,
X, y por el embajador en Asunción, Y", "the minister, accompanied by her deputy X", "в сопровождении посла X".
Those named in the list right after an "accompanied by" cue (``entourage`` of ``<lang>/roles.json``), without a
state of their own, serve the state of the official named before the cue in the sentence, not that of the
place or ministry where they are (an ambassador travels with his minister to his post).

Heads of state or government are left out (they lead, not accompany), and so is anyone the list does not reach:
the list ends at the first word between two names that is not a short function word ("y por el", "and by",
"und von"), so "accompanied by his deputy X, she then met Minister Y" leaves Y alone. A delegation's members
count as companions too ("at the head of a delegation that included Transport Minister X": ``members`` of
``<lang>/delegations.json``), and so do those after the one travelled with where he is named right after the cue
("Begleitet wird Tanner von Wirtschaftsminister X"). A companion holds the leader's state even where the place
of a meeting gave him its own (the host's), unless a mention of his names a state of its own. A cue that opens
its sentence after a pronoun for the one travelled with ("Lo acompañan la ministra X", "He is accompanied by X")
takes the state of the official named last in the sentence before. Runs in
:func:`graph.extract.home.assign_home`.
"""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING

from graph.extract import lexicon
from graph.extract.coref import LEADER_ROLES

if TYPE_CHECKING:
    from graph.extract.people import People

__all__ = ["entourage_states"]

#: How far (characters) before the cue the official travelled with may stand, and after it the first companion.
_LEAD_REACH = 160
_FIRST_REACH = 60
#: What may stand between two companions of the list: punctuation and at most three short lower-case words.
_GAP = re.compile(r"[\s,;]*(?:\b[^\W\d_A-ZА-Я]{1,4}\b[\s,;']*){0,3}")
_SENTENCE_END = re.compile(r"[.!?]\s")
#: A sentence's opening that stands for the one travelled with, right before the cue ("Lo acompañan", "He is").
_PRONOUN_OPENING = re.compile(
    r"[.!?]\s+(?i:(?:lo|la|le|ihn|him|его|её)|(?:er|sie|he|she|il|elle|él|ella|он|она)\s+"
    r"(?:wird|is|was|will\s+be|est|sera|será|es|fue|был[аи]?|будет))\s+$"
)


@cache
def _cue() -> re.Pattern[str] | None:
    return lexicon.gate(lexicon.whole_words(lexicon.every_language("roles", "entourage") + lexicon.every_language("delegations", "members")))


def entourage_states(people: People, text: str) -> None:
    """Give the companions an "accompanied by" cue lists without a state the state of the official before it."""
    cue = _cue()
    if cue is None or not people.mentions:
        return
    named = sorted((m for m in people.mentions if m.person is not None), key=lambda m: m.start)
    stated = _own_states(people)
    for match in cue.finditer(text):
        at = match.end()
        state = _leader_state(people, text, match.start())
        if state is None and (opening := _PRONOUN_OPENING.search(text, max(0, match.start() - 24), match.start())):
            state = _leader_state(people, text, opening.start())  # "... portugués desde 2019. Lo acompañan X"
        if state is None:  # "Begleitet wird Tanner von Wirtschaftsminister X": the one travelled with after the cue
            lead = next((m for m in named if m.start >= at), None)
            if lead is None or not lead.person.country or lead.title is not None \
                    or not _joined(text, at, lead.start, first=True):
                continue
            state, at = lead.person.country, lead.end
        first = True
        for mention in (m for m in named if m.start >= at):
            title = mention.title
            begin = title.phrase_start if title is not None and title.phrase_start >= at else mention.start
            if _SENTENCE_END.search(text, at, begin) or not _joined(text, at, begin, first=first):
                break
            first = False
            person = mention.person
            if person.organization is None and person.role and person.role not in LEADER_ROLES \
                    and (not person.country or id(person) not in stated):
                person.country = state
            at = max(at, mention.end)


def _own_states(people: People) -> set[int]:
    """The persons one of whose mentions names a state of its own ("the Ghanaian minister X", "X of Ghana")."""
    return {id(m.person) for m in people.mentions
            if m.person is not None and (m.country or m.title is not None and (m.title.countries or m.title.entry.country))}


def _joined(text: str, start: int, end: int, first: bool) -> bool:
    """Whether the text between the cue (or the companion before) and the next companion continues the list."""
    if first:
        return end - start <= _FIRST_REACH
    return _GAP.fullmatch(text, start, end) is not None


def _leader_state(people: People, text: str, cue: int) -> str | None:
    """The state of the official named (or titled) last before the cue in its sentence, if known."""
    before: list[tuple[int, str | None]] = []
    for mention in people.mentions:
        if mention.person is not None and cue - _LEAD_REACH <= mention.start < cue:
            before.append((mention.end, mention.person.country))
    for ref in people.refs:
        if cue - _LEAD_REACH <= ref.start < cue:
            own = ref.hit.countries[0] if len(ref.hit.countries) == 1 else None
            before.append((ref.end, own or (ref.person.country if ref.person is not None else None)))
    if not before:
        return None
    end, state = max(before, key=lambda item: item[0])
    return None if _SENTENCE_END.search(text, end, cue) else state
