"""A visit named again by a bare noun right after it was told ("Ganzorig traf am Montag in Moskau ein ... Im
Programm des Besuchs steht kein Treffen mit dem Präsidenten"): the noun, with no date and no traveller or state
but the visit's own, is the visit just told; a bare noun without a tense (read as held) joins a planned one too."""

from __future__ import annotations

from typing import TYPE_CHECKING

from graph.model import City, Venue

if TYPE_CHECKING:
    from graph.extract.assemble import Draft
    from graph.extract.triggers import EventMention

#: How many sentences back the visit told may stand (its own, the one before, the one before that).
_BACK = 2


def visit_named_again(same: list[Draft], m: EventMention) -> Draft | None:
    """The visit draft of ``same`` that the bare visit noun ``m`` names again, or None."""
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
