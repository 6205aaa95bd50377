"""A ministers' gathering of two or three states is a meeting: "kamen Hartl und Vondráček in Prag mit dem
slowakischen Außenminister Peter Hudec zum Außenministertreffen im Slavkov-Format zusammen", "les deux Ministres
ont coprésidé les travaux de la 4e session du Comité mixte", "co-chaired a ministerial side meeting".

An act told by a gathering noun ("Ministertreffen", "session", "заседание") whose parties are two or three named
officials, each of another state, and no state beyond theirs, is a meeting of those states, not a conference of
many; an act named a conference or an organisation's council ("conference", "OSZE-Ministerrat": the ``proper``
triggers of ``<lang>/events.json``)
stays one, and so does a gathering of more states or of an organisation's officials, or one that frames a meeting
of the same people ("met with Y at the NATO Foreign Ministerial").
"""

from __future__ import annotations

from graph.extract.assemble import Draft

__all__ = ["few_state_meetings"]

#: At most this many states meet at a "meeting" (a trilateral format); more make a conference.
_MOST = 3


def few_state_meetings(drafts: list[Draft]) -> None:
    """Type as a meeting each conference of two or three named officials of as many states (see the module)."""
    for draft in drafts:
        if draft.type != "Conference" or not 2 <= len(draft.attendees) <= _MOST:
            continue
        states = {p.country for p in draft.attendees}
        if None in states or len(states) != len(draft.attendees) or not draft.countries <= states:
            continue  # an organisation's official, two of one state, or a state more than its officials
        if any(m.entry.proper for m in draft.mentions) or _framing(drafts, draft):
            continue
        draft.type = "Meeting"


def _framing(drafts: list[Draft], gathering: Draft) -> bool:
    """Whether a meeting of the gathering's people is told in one of its sentences: "X met with Y at the NATO
    Foreign Ministerial in Brussels": the gathering frames their meeting, its parties are more than the two."""
    people = set(map(id, gathering.attendees))
    return any(d.group == "meet" and d.sentences & gathering.sentences and set(map(id, d.attendees)) == people
               for d in drafts if d is not gathering)
