"""A trip told in a "before" clause is the next leg of the act's subject: "On Thursday he is to open a school,
before flying to X on Friday", "a rencontré le Premier ministre, avant de s'envoler pour X", "antes de viajar
a X".

The infinitive of such a clause has no subject of its own: its traveller is the first person of the act told
before it in the sentence (not the host just named), it shares that act's status when that act is planned,
and the place of the clause is the leg's, not that act's. The triggers carry ``"leg": true`` in
``events.json``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from graph.extract.events import EventMention

__all__ = ["before_legs"]


def before_legs(mentions: list[EventMention]) -> None:
    """Give each "before" leg the traveller, status and place of the act told before it (see the module doc)."""
    for index, leg in enumerate(mentions):
        if not leg.entry.leg:
            continue
        act = next((m for m in reversed(mentions[:index]) if m.sentence == leg.sentence and m.persons), None)
        if act is None:
            continue
        traveller = act.persons[0]
        leg.countries -= {p.country for p in leg.persons if p is not traveller}
        leg.persons = [traveller]
        leg.countries |= {traveller.country} if traveller.country else set()
        leg.background, leg.stop = act.background, True  # a trip of its own, not a stop merged into the last
        if act.status == "Planned" or leg.status == "Planned":
            leg.status = act.status
        if leg.date is None and act.date is not None:
            leg.date, leg.date_text = act.date, act.date_text  # it leaves the day of the act, if no other is told
        if act.location is not None and act.location is leg.location and act.location_at > leg.start:
            act.location, act.location_at = None, -1  # "à X, avant de s'envoler pour Y": Y is the leg's only
