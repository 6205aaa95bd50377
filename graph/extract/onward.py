"""The onward leg of a trip is the traveller's, not the host's named before it: "Este viernes Han viajará a
Montevideo, donde será recibido por el presidente X, y el domingo seguirá viaje a Brasilia", "will fly to A,
where she meets B, and then travel on to C".

A visit verb whose only people are parties of a meeting told after an earlier visit verb of the same sentence
(the hosts of that stop) is the earlier verb's traveller going on.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from graph.extract.events import EventMention

__all__ = ["onward_travellers"]

_VISITS = ("Visit", "StateVisit")
_MEETS = ("Meeting", "Talks", "Negotiation")


def onward_travellers(mentions: list[EventMention]) -> None:
    """Give each onward visit verb the traveller of the sentence's earlier visit verb (see the module doc)."""
    trip: EventMention | None = None
    hosts: set[int] = set()
    for m in mentions:
        if trip is not None and m.sentence != trip.sentence:
            trip, hosts = None, set()
        if m.type in _MEETS and trip is not None:
            hosts |= {id(p) for p in m.persons if p not in trip.persons[:1]}
        if m.type not in _VISITS or m.entry.pos != "verb":
            continue
        if trip is not None and m.persons and all(id(p) in hosts for p in m.persons):
            m.countries -= {p.country for p in m.persons}  # the hosts' state is the last stop's, not this one's
            m.persons = trip.persons[:1]
            m.countries |= {p.country for p in m.persons if p.country}
        elif m.persons:
            trip, hosts = m, set()
