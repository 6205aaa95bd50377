"""The state (or organisation) an official acts for, read from the words around the title once mentions are
joined into persons: a possessive before the title ("viaja acompañado por su canciller, X": the minister of the
one named before), a "represented by" phrase ("el Paraguay estará representado por el viceministro X") and the
issuing institution's own official named before any foreign one (the protagonist of a readout).

Runs inside :func:`graph.extract.people.find_people`, after :mod:`graph.extract.coref`; it only fills states
still unknown, so whatever a title says itself wins.
"""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING, Any

from graph.extract import lexicon
from graph.extract.coref import LEADER_ROLES
from graph.extract.roles import literal_heads

if TYPE_CHECKING:
    from graph.extract.nameshape import PersonMention
    from graph.extract.roles import Titles
    from graph.model import Person

__all__ = ["owner_states", "represented_states", "protagonist_home", "dateline_state_leaders"]

_OWNER_WINDOW = 14  # characters before a title where its possessive stands ("and his ")
_REPRESENTED_WINDOW = 90  # characters between "represented by" and the name of the official


@cache
def _cues(lang: str) -> tuple[re.Pattern[str] | None, re.Pattern[str] | None, tuple[str, ...]]:
    """(possessive before a title, "represented by", literal parts of the latter without their first letter, so
    that a text holding none of them is skipped whatever its case) of ``<lang>/roles.json``, compiled once."""
    roles = lexicon.load("roles", lang) or {}
    owner, represented = roles.get("owner_possessives"), roles.get("represented_by")
    return (
        re.compile(rf"(?<!\w)(?:{owner})\s+$", re.IGNORECASE) if owner else None,
        re.compile(rf"(?<!\w)(?:{represented})(?!\w)", re.IGNORECASE) if represented else None,
        tuple(head[1:] for head in literal_heads(represented)),
    )


def _open(person: Person | None) -> bool:
    return person is not None and person.country is None and person.organization is None


def owner_states(lex: Titles, text: str, mentions: list[PersonMention], refs: list[Any]) -> None:
    """"X ... and his foreign minister, Y": a title after a third-person possessive, without a state of its own,
    is held for the state (or organisation) of the nearest person or titled office named before it in the
    sentence ("the UN secretary-general ..., his spokesperson, Z" speaks for the UN)."""
    owner = _cues(lex.lang)[0]
    if owner is None:
        return
    for mention in mentions:
        hit = mention.title
        if hit is None or not _open(mention.person) or hit.countries or hit.org is not None or hit.entry.org:
            continue
        if hit.entry.counterpart or hit.entry.plural or hit.entry.country:
            continue
        if owner.search(text, max(0, hit.phrase_start - _OWNER_WINDOW), hit.phrase_start) is None:
            continue
        state = _owner_before(mention, min(hit.phrase_start, mention.start), mentions, refs)
        if state is not None:
            country, org = state
            mention.person.country = mention.person.country or country
            if country is None:
                mention.person.organization = org


def _owner_before(mention: PersonMention, before: int, mentions: list[PersonMention], refs: list[Any]) -> tuple | None:
    """(country, organisation) of the nearest person or office of ``mention``'s sentence named before ``before``."""
    found: list[tuple[int, tuple]] = []
    for other in mentions:
        person = other.person
        if other.sentence != mention.sentence or other.start >= before or person is None or person is mention.person:
            continue
        if person.country or person.organization is not None:
            found.append((other.start, (person.country, person.organization)))
    for ref in refs:
        hit = ref.hit
        if ref.sentence != mention.sentence or ref.start >= before or hit.entry.counterpart or hit.entry.plural:
            continue
        if ref.person is not None and ref.person is not mention.person and (ref.person.country or ref.person.organization):
            found.append((ref.start, (ref.person.country, ref.person.organization)))
        elif ref.person is None and (hit.country or hit.organization is not None):
            found.append((ref.start, (hit.country, None if hit.country else hit.organization)))
    return max(found, key=lambda item: item[0])[1] if found else None


def represented_states(lex: Titles, text: str, mentions: list[PersonMention], countries: list) -> None:
    """"Paraguay will be represented by the deputy minister, X": the official named right after the phrase acts
    for the state named last before it in the sentence (``countries``: ``(Span, CountryMention)`` pairs)."""
    _, represented, heads = _cues(lex.lang)
    if represented is None or not countries or not mentions or (heads and not any(h in text for h in heads)):
        return
    cues = list(represented.finditer(text))
    if not cues:
        return
    for cue in cues:
        start, end = cue.span()
        after = [m for m in mentions if end <= m.start <= end + _REPRESENTED_WINDOW and m.person is not None]
        if not after:
            continue
        first = min(after, key=lambda m: m.start)
        before = [(s, c) for s, c in countries if start - _REPRESENTED_WINDOW <= s.start < start]
        if before and _open(first.person) and not _SENTENCE_END.search(text, before[-1][0].end, start):
            first.person.country = before[-1][1].code


_SENTENCE_END = re.compile(r"[.!?;]\s")


def protagonist_home(home: str | None, mentions: list[PersonMention], staff: frozenset[str]) -> None:
    """In a text an institution of ``home`` issued, the officials without a state named before anyone else
    (its own minister, whose readout it is; staff and its own officials aside) are its own, before an event
    abroad makes them hosts. The first one of another or an unknown state ends the opening."""
    if home is None:
        return
    for mention in sorted(mentions, key=lambda m: m.start):
        person = mention.person
        if person is None or person.country == home or (_open(person) and person.role in staff):
            continue
        if not _open(person) or not person.role or person.role in LEADER_ROLES:
            return
        person.country = home


def dateline_state_leaders(people: Any, countries: list, filed_in: str | None) -> None:
    """Wire copy filed from a capital of the only state the article names ("ANTANANARIVO, 22 oct (AFP) - Le
    gouvernement malgache ... Le Premier ministre, X"): its heads of state and government without a state are
    that state's. Not for a text an institution issued (``people.home``), nor when a second state is named:
    "WASHINGTON (AP) - President A met Ukraine's President B" leaves A to other rules."""
    if people.home or filed_in is None or not countries:
        return
    if any(mention.code != filed_in for _, mention in countries):
        return
    for person in people.persons:
        if _open(person) and person.role in LEADER_ROLES:
            person.country = filed_in
