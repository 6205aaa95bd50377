"""An invitation to visit: the invited person travels, not the one who invites.

"Sok Vannarith invited Khamphet to visit Phnom Penh later this year", "Президент Танзании пригласил Андрея
Корнилова посетить Танзанию", "Mvinchande invitó a Kornilov a visitar Tanzania": a planned visit told after an
active invitation verb of its sentence (cue ``invited_to`` of ``<lang>/events.json``) is the trip of the people
named between that verb and the visit, the invitees; the inviter named before the verb stays home. A passive
("was invited by X to visit") or an invitation noun ("accepted X's invitation to visit") is not read here.

The host who invites is no traveller either: "arrived in Vientiane for a two-day official visit at the
invitation of his Lao counterpart, Khamphet Sisouphanh": a visit of the sentence whose only person is the one
first named after the phrase (cue ``invitation_of``) names no traveller of its own; it is the visit the
traveller of the sentence makes. (A visit naming both keeps them both: the host takes part in the programme,
as in "По приглашению Президента России Владимира Путина Председатель КНР Си Цзиньпин посетит ...".)
"""

from __future__ import annotations

import re
from functools import cache

from graph.extract import lexicon
from graph.extract.events import GROUPS, EventMention
from graph.model import Span

__all__ = ["invited_travellers", "inviting_hosts"]

#: How far (characters) before the visit trigger the invitation verb may stand.
_REACH = 160
#: How far (characters) after "at the invitation of" its inviter's name may start.
_NAME_REACH = 80


@cache
def _pattern(lang: str, cue: str = "invited_to") -> re.Pattern[str] | None:
    words = lexicon.load("events", lang).get("cues", {}).get(cue)
    return re.compile(rf"(?<!\w)(?:{words})(?!\w)", re.IGNORECASE) if words else None


def invited_travellers(text: str, lang: str, span: Span, mentions: list[EventMention], items: list) -> None:
    """Keep only the invitees as the people of the planned visits an invitation verb introduces; ``items``
    are the sentence's named people as ``(start, end, person)``."""
    pattern = _pattern(lang)
    if pattern is None:
        return
    for m in mentions:
        if GROUPS[m.type] != "visit" or m.status != "Planned" or len(m.persons) < 2:
            continue
        verbs = list(pattern.finditer(text, max(span.start, m.start - _REACH), m.start))
        if not verbs:
            continue
        verb = verbs[-1]
        invitees = [person for start, _, person in items if verb.end() <= start < m.start]
        kept = [p for p in m.persons if p in invitees]
        if kept and len(kept) < len(m.persons):
            m.persons = kept


def inviting_hosts(text: str, lang: str, span: Span, mentions: list[EventMention], items: list) -> None:
    """Leave the visits of the sentence that name only the inviter after "at the invitation of" with no one
    (see the module doc); ``items`` are the sentence's named people as ``(start, end, person)``."""
    visits = [m for m in mentions if GROUPS[m.type] == "visit" and m.persons]
    pattern = _pattern(lang, "invitation_of")
    if not visits or pattern is None:
        return
    for phrase in pattern.finditer(text, span.start, span.end):
        host = next((person for start, _, person in items if phrase.end() <= start <= phrase.end() + _NAME_REACH), None)
        if host is None:
            continue
        for m in visits:
            if m.persons == [host]:
                m.persons = []
