"""The day a guest was welcomed dates the visit told with it: "X ist am Mittwoch mit militärischen Ehren empfangen
worden. Es ist sein erster Staatsbesuch in der Region", "X was welcomed on Monday at the palace ... his first visit".

Private to :mod:`graph.extract._dateshare`. A host verb that receives only the guest is no act of its own (it is
dropped as one), but its day is the day the visit began: an undated visit told as taken place in the same sentence
or the next, of that guest (or of nobody named), takes it. So does the visit noun of the guest a planned reception
kept as an act (a meeting) is told with in its sentence ("empfängt am Mittwoch den Präsidenten zu dessen erstem
offiziellen Besuch").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from graph.extract.events import GROUPS

if TYPE_CHECKING:
    from graph.extract.events import EventMention

__all__ = ["welcome_days"]


def welcome_days(mentions: list[EventMention]) -> None:
    """Date the undated visits of a welcome's sentence or the next one; ``mentions`` in text order, dropped ones included."""
    for welcome in mentions:
        if not welcome.dropped and welcome.entry.needs_object and not welcome.background:
            _occasion(mentions, welcome)
        if not welcome.dropped or not welcome.entry.needs_object or not _day(welcome) or welcome.background:
            continue
        guests = set(map(id, welcome.persons))
        for m in mentions:
            if m.dropped or m.sentence not in (welcome.sentence, welcome.sentence + 1) or GROUPS[m.type] != "visit":
                continue
            if m.date is not None or m.date_text or m.background or m.earlier or m.status != welcome.status:
                continue
            if not m.persons or guests & set(map(id, m.persons)):
                m.date, m.date_text = welcome.date, welcome.date_text


def _occasion(mentions: list[EventMention], welcome: EventMention) -> None:
    """"Der Bundeskanzler empfängt am kommenden Mittwoch, den 28. Januar, den Präsidenten Ghanas zu dessen erstem
    offiziellen Besuch": a planned reception kept as an act (a meeting), dated to a day, dates the undated visit noun
    of its guest told after it in its sentence, the occasion of the reception, which is planned with it. Not a
    reception told as taken place: the visit it was part of began on the guest's arrival ("recibió este jueves al
    canciller chino, en la visita ...", "принял в четверг министра, находящегося в Ташкенте с визитом")."""
    if welcome.date is None or welcome.date.precision != "day" or welcome.status != "Planned":
        return
    guests = set(map(id, welcome.persons))
    for m in mentions:
        if m.sentence != welcome.sentence or m.start < welcome.end or m.dropped or GROUPS[m.type] != "visit" \
                or m.entry.pos != "noun" or m.date is not None or m.date_text or m.background or m.earlier:
            continue
        if m.status in ("Planned", "Occurred") and guests & set(map(id, m.persons)):
            m.date, m.date_text, m.status = welcome.date, welcome.date_text, "Planned"


def _day(m: EventMention) -> bool:
    return m.date is not None and m.date.precision == "day" and m.status == "Occurred"
