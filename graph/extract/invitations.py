"""An invitation to visit names the host, who is no traveller of a visit of his own.

"arrived in Vientiane for a two-day official visit at the invitation of his Lao counterpart, Khamphet
Sisouphanh": a visit of the sentence whose only person is the one first named after the phrase (cue
``invitation_of`` of ``<lang>/events.json``) names no traveller of its own; it is the visit the traveller of the
sentence makes. A visit naming both keeps them both: the host takes part in the programme ("По приглашению
Президента России Владимира Путина Председатель КНР Си Цзиньпин посетит ..."), and so does the one who invites
("Индийский лидер подтвердил приглашение Президенту России посетить Индию": the real gold of the development set
lists both).
"""

from __future__ import annotations


from graph.extract import lexicon
from graph.extract.events import GROUPS, EventMention
from graph.model import Span

__all__ = ["inviting_hosts"]

#: How far (characters) after the start of "his invitation to" a visit trigger of that invitation may start.
_VISIT_REACH = 80

#: How far (characters) after "at the invitation of" its inviter's name may start.
_NAME_REACH = 80


def inviting_hosts(text: str, lang: str, span: Span, mentions: list[EventMention], items: list) -> None:
    """Leave the visits of the sentence that name only the inviter after "at the invitation of" with no one
    (see the module doc); ``items`` are the sentence's named people as ``(start, end, person)``."""
    visits = [m for m in mentions if GROUPS[m.type] == "visit" and m.persons]
    pattern = lexicon.cue("events", lang, "cues", "invitation_of")
    if not visits or pattern is None:
        return
    _own_invitations(text, lang, span, visits, items)
    for phrase in pattern.finditer(text, span.start, span.end):
        host = next((person for start, _, person in items if phrase.end() <= start <= phrase.end() + _NAME_REACH), None)
        if host is None:
            continue
        for m in visits:
            if m.persons == [host]:
                m.persons = []


def _own_invitations(text: str, lang: str, span: Span, visits: list[EventMention], items: list) -> None:
    """"She conveyed the greetings of President X and his invitation to pay an official visit to Mongolia", "передал
    приветствие от Президента X и его приглашение посетить Ирак": the one named last before a possessive
    invitation to visit (cue ``own_invitation``) invites; he is no traveller of the visit it tells."""
    own = lexicon.cue("events", lang, "cues", "own_invitation")
    if own is None:
        return
    for phrase in own.finditer(text, span.start, span.end):
        host = next((person for start, end, person in reversed(items) if end <= phrase.start()), None)
        for m in visits:
            if host is not None and phrase.start() <= m.start <= phrase.start() + _VISIT_REACH and host in m.persons:
                m.persons = [p for p in m.persons if p is not host]
