"""A visit named again by a bare noun right after it was told ("Ganzorig traf am Montag in Moskau ein ... Im
Programm des Besuchs steht kein Treffen mit dem Präsidenten"): the noun, with no date and no traveller or state
but the visit's own, is the visit just told; a bare noun without a tense (read as held) joins a planned one too.
A visit noun after an anaphor ("Это его первый визит в Азербайджан", "Es ist der erste Staatsbesuch eines
Schweizer Staatsoberhaupts in Ghana") is the visit just told whatever it names besides. A ceremony noun
with the definite article, no date and no place ("Both presidents witnessed the signing") is the ceremony told
in its sentence or the one before: those it names join it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from graph.model import City, Venue

if TYPE_CHECKING:
    from graph.extract.assemble import Draft
    from graph.extract.triggers import EventMention

#: How many sentences back the visit told may stand (its own, the one before, the one before that).
_BACK = 2
_VISITS = frozenset({"Visit", "StateVisit"})


def visit_named_again(same: list[Draft], m: EventMention) -> Draft | None:
    """The visit draft of ``same`` that the bare visit noun ``m`` names again, or None."""
    if m.anaphoric and m.type in _VISITS:
        return _anaphoric_visit(same, m)
    if m.entry.pos != "noun" or m.type != "Visit" or m.date is not None or m.indefinite or m.status == "Cancelled":
        return None
    if m.background or m.earlier or m.after or m.round or m.stop or isinstance(m.location, (City, Venue)):
        return None
    near = [d for d in same if not d.background and d.sentences and m.sentence - _BACK <= max(d.sentences) <= m.sentence]
    if len(near) != 1 or not near[0].attendees or not set(map(id, m.persons)) <= set(map(id, near[0].attendees)):
        return None  # "Ваша поездка в Бразилию" after "моей поездки": another traveller's trip
    if m.status not in (near[0].status, "Occurred"):
        return None  # a bare noun without a tense reads Occurred; one told as planned is no visit told as held
    if not m.countries <= near[0].countries:
        return None  # "Завершится турне в Омане", "Nach Turkmenistan führte die Reise nicht": another stop
    return near[0]


def ceremony_named_again(same: list[Draft], m: EventMention) -> Draft | None:
    """The ceremony draft of ``same`` that the bare ceremony noun ``m`` names again, or None."""
    if m.type != "Ceremony" or m.entry.pos != "noun" or m.indefinite or m.date is not None or m.location is not None:
        return None
    if m.background or m.earlier or m.after:
        return None
    near = [d for d in same if not d.background and d.status == m.status and d.sentences & {m.sentence, m.sentence - 1}
            and all(x.entry.kind == m.entry.kind for x in d.mentions)]
    return near[-1] if near else None


def _anaphoric_visit(same: list[Draft], m: EventMention) -> Draft | None:
    """The visit just told that an anaphoric visit noun describes ("It is her first visit to Fiji as foreign
    minister"): it keeps only the people and states of that visit, and its place unless the visit has one."""
    if m.entry.pos != "noun" or m.date is not None or m.background or m.earlier or m.status not in ("Occurred", "Planned"):
        return None
    near = [d for d in same if not d.background and d.attendees and d.sentences and d.type in _VISITS
            and m.sentence - _BACK <= max(d.sentences) <= m.sentence]
    if not near or near[-1].status != m.status:
        return None
    draft = near[-1]
    m.persons = [p for p in m.persons if p in draft.attendees]
    m.countries &= draft.countries
    if draft.location is not None:
        m.location, m.location_at = None, -1
    return draft
