"""The state of an official introduced as the staff of another named person: "Gasimov's spokeswoman, A",
"Gasimovs Sprecherin A", "la porte-parole de Gasimov, A", "el asesor de Gasimov, A". Where an article names
officials of two states, such a spokesperson or aide serves the state of the person named with the title,
not the first state the article names. Likewise staff named with a possessive right after a ministry ("Das
Außenministerium in Minsk sprach von ... Sein Sprecher A") serve that ministry's state.

Runs in :func:`graph.extract.home.assign_home`; it only fills states still unknown.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from functools import cache

from graph.extract import lexicon
from graph.extract.countries import governs_from
from graph.lang import supported_languages
from graph.extract.translit import name_key

if TYPE_CHECKING:
    from graph.extract.people import People

__all__ = ["ministry_state", "ministry_staff_owner", "staff_states"]

#: The word right before a title phrase on its line ("Gasimov's", "Gasimovs", "Гасымова"); a headline's last
#: word ("... mit Japans Premierminister Morimoto" over "Regierungssprecher X teilt mit:") owns nothing below it.
_BEFORE = re.compile(r"([^\W\d_][\w'’-]*)[^\S\n]+$")
#: Between a title and its holder's name: a short preposition and the possessor ("de Gasimov, ", "von Gasimov, ").
_OWNER = re.compile(r"\s*[^\W\d_A-ZÀ-ÞА-ЯЁ]{1,4}\s+([^\W\d_][\w'’-]*)\s*,?\s*$")
#: How long the text between a title and its holder's name may be to hold the possessor.
_GAP = 40
#: How many letters a possessor's form may add to the surname ("Gasimovs", "Гасымова").
_ENDING = 2


def staff_states(people: People, text: str) -> None:
    """Give an official without a state the state of the person whose title's possessor he names."""
    surnames: dict[str, set[str]] = {}
    for person in people.persons:
        key = name_key(person.name).split()
        if person.country and len(key) > 0:
            surnames.setdefault(key[-1], set()).add(person.country)
    if not surnames:
        return
    for mention in people.mentions:
        person, hit = mention.person, mention.title
        if person is None or person.country or person.organization is not None or hit is None or hit.entry.plural:
            continue
        own = set(name_key(person.name).split())
        words = []
        before = _BEFORE.search(text, max(0, hit.phrase_start - 40), hit.phrase_start)
        if before:
            words.append(before.group(1))
        owner = _OWNER.match(text, hit.end, mention.start) if 0 < mention.start - hit.end <= _GAP else None
        if owner:
            words.append(owner.group(1))
        states = {c for w in words if w[:1].isupper() for c in _owner_states(w, surnames, own)}
        if len(states) == 1:
            person.country = states.pop()


def _owner_states(word: str, surnames: dict[str, set[str]], own: set[str]) -> set[str]:
    """The states of the known people whose surname ``word`` is, possibly with a possessive or case ending."""
    keys = name_key(word).split()
    if not keys:
        return set()
    key = keys[0]
    for surname, states in surnames.items():
        if surname in own or len(surname) < 3:
            continue
        if key == surname or (key.startswith(surname) and len(key) - len(surname) <= _ENDING):
            return states if len(states) == 1 else set()
    return set()


def ministry_state(venue: Any) -> str | None:
    """The state a ministry serves: its owner, else that of the seat of government it stands in ("das
    Außenministerium in Minsk": Belarus's)."""
    city = venue.city
    return venue.owner or (city.country if city is not None and governs_from(city) else None)


#: How far (characters) before a possessive staff title the ministry it belongs to may be named.
_MINISTRY_REACH = 250


@cache
def _possessive() -> re.Pattern[str]:
    """A third-person possessive right before a title, in any language (``owner_possessives`` of the roles)."""
    words = [w for lang in supported_languages() if (w := (lexicon.load("roles", lang) or {}).get("owner_possessives"))]
    return re.compile(rf"(?<!\w)(?:{'|'.join(words)})\s+$", re.IGNORECASE)


def ministry_staff_owner(people: People, text: str, venues: list) -> None:
    """A spokesperson or other staff title without a state after a possessive ("Sein Sprecher A", "its
    spokesman, A"), with a ministry of known state (``venues``: ``(Span, Venue)`` pairs) named shortly before
    and no person named in between: that ministry's state ("Das Außenministerium in Minsk sprach von einer
    Provokation. Sein Sprecher A kündigte ... an")."""
    ministries = [(span, code) for span, v in venues if v.kind == "ministry" and (code := ministry_state(v))]
    if not ministries:
        return
    for mention in people.mentions:
        person, hit = mention.person, mention.title
        if person is None or person.country or person.organization is not None or hit is None:
            continue
        if person.role not in people.staff_roles or hit.countries or hit.org is not None or hit.entry.org or hit.entry.country:
            continue
        if _possessive().search(text, max(0, hit.phrase_start - 14), hit.phrase_start) is None:
            continue
        before = [(span, code) for span, code in ministries if hit.phrase_start - _MINISTRY_REACH <= span.start < hit.phrase_start]
        if not before:
            continue
        span, code = before[-1]
        if not any(m.person is not None and span.end <= m.start < hit.phrase_start for m in people.mentions):
            person.country = code
