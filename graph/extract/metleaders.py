"""The state of a head of state or government met on a trip abroad, told without a state word: "Am selben Tag
ist ein Treffen mit Staatspräsidentin X vorgesehen", "am Mittwoch wurde sie von Präsidentin X empfangen", "his
meeting with President X". The leader is the one met (after "with", or the agent of a passive: "by", "von"), so
a host: of the state of the place the report has last put someone in or sent someone to before him ("in San
José", "nach Panama-Stadt", "to Iceland"), the state of the article's first official aside (when his state is
known; else nothing is decided: a first-person release).

The words are lexicon data (``met_with`` and ``trip_locatives`` of ``<lang>/roles.json``). Runs at the end of
:func:`graph.extract.people.find_people` and only fills states still unknown.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any

from graph.extract import lexicon
from graph.extract.coref import LEADER_ROLES

__all__ = ["met_leaders"]

_CUE_REACH = 6  # characters between the cue word and the title ("with President", "mit Staatspräsidentin")
_BACK = 600  # characters before the leader within which the state of his place is named


@cache
def _cues(lang: str) -> tuple[re.Pattern[str] | None, re.Pattern[str] | None]:
    """(the "with" or passive "by" right before a title, the "in"/"to" right before a place) of
    ``<lang>/roles.json`` (``met_with``, ``trip_locatives``), compiled once."""
    roles = lexicon.load("roles", lang) or {}
    met, where = roles.get("met_with"), roles.get("trip_locatives")
    return (re.compile(rf"(?<!\w)(?:{met})\s+$", re.IGNORECASE) if met else None,
            re.compile(rf"(?<!\w)(?:{where})\s+$", re.IGNORECASE) if where else None)


def met_leaders(lang: str, text: str, people: Any, countries: list, cities: list) -> None:
    """Give a leader without a state, met (``met_with`` right before the title), the state of the place named
    last before him after a locative, other than the first official's and the issuing institution's ("reist
    nach Panama-Stadt ... Ein Treffen mit Staatspräsident X": Panama's). ``countries`` and ``cities``: ``(Span, obj)`` pairs of the text."""
    cue, where = _cues(lang)
    if cue is None or where is None:
        return
    ordered = sorted(people.mentions, key=lambda m: m.start)
    first = next((m.person for m in ordered if m.person is not None and m.person.role), None)
    protagonist = first.country if first is not None else None
    if protagonist is None:
        return  # the first official's state unknown ("Today I spoke with ..."): no traveller to set the host apart from
    own = {protagonist, people.home}
    places = sorted([(s.start, c.code) for s, c in countries] + [(s.start, c.country) for s, c in cities])
    places = [(start, code) for start, code in places if where.search(text, max(0, start - _CUE_REACH - 4), start)]
    for mention in ordered:
        person, hit = mention.person, mention.title
        if person is None or hit is None or person.country or person.organization is not None:
            continue
        if person.role not in LEADER_ROLES or hit.countries or hit.org is not None or hit.entry.country:
            continue
        if cue.search(text, max(0, hit.phrase_start - _CUE_REACH - 8), hit.phrase_start) is None:
            continue
        before = [code for start, code in places if hit.phrase_start - _BACK <= start < hit.phrase_start and code not in own]
        if before:
            person.country = before[-1]
