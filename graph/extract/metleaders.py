"""The state of a head of state or government met on a trip abroad, told without a state word: "Am selben Tag
ist ein Treffen mit Staatspräsidentin X vorgesehen", "am Mittwoch wurde sie von Präsidentin X empfangen", "his
meeting with President X". The leader is the one met (after "with", or the agent of a passive: "by", "von"), so
a host: of the state of the place his own sentence names ("reist er weiter nach Botsuana, wo ein Treffen mit
Präsident X geplant ist"), else of the place the report has last put someone in or sent someone to before him
("in San José", "nach Panama-Stadt", "to Iceland"), preferring a state the text also names otherwise (by an
adjective: "seinem ägyptischen Amtskollegen"), even further back, as a place alone may be a topic ("über den
Wiederaufbau in Libyen" after "seine erste Reise nach Kairo"); the state of the article's first official aside
(when his state is known; else nothing is decided: a first-person release).

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
    parties = {c.code for _, c in countries if c.form not in ("name", "capital")}  # "ägyptischen", not "in Libyen"
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
        earlier = [(start, code) for start, code in places if start < hit.phrase_start and code not in own]
        opening = max(text.rfind(". ", 0, hit.phrase_start), text.rfind("\n", 0, hit.phrase_start))
        here = [code for start, code in earlier if start > opening]  # "reist nach Botsuana, wo ein Treffen mit ..."
        before = [code for start, code in earlier if start >= hit.phrase_start - _BACK]
        sides = [code for code in before if code in parties] or [code for _, code in earlier if code in parties]
        if here or sides or before:
            person.country = (here or sides or before)[-1]
