"""The host of an envoy: an official without a state whose first sentence puts him with an ambassador accredited
to a state ("Foreign Secretary X handed the envoy a protest note", "X received Myanmar's ambassador in Dhaka") acts
for that state, the envoy's host, where the sentence names no one else of a known state."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from graph.extract.people import People

__all__ = ["envoy_hosts"]

#: Roles of envoys accredited to a host state.
_ENVOYS = frozenset({"Ambassador", "Chargé d'affaires", "High Commissioner"})


def envoy_hosts(people: People) -> None:
    """Officials (not staff, nor an organisation's) still without a state whose first sentence names, by name or by
    title, exactly one other person of a known state, an envoy accredited to another state: that host state's."""
    first: dict[int, int] = {}
    for m in sorted(people.mentions, key=lambda m: m.start, reverse=True):
        if m.person is not None:
            first[id(m.person)] = m.sentence
    for person in people.persons:
        if person.country or person.organization is not None or not person.role or person.role in people.staff_roles:
            continue
        sentence = first.get(id(person))
        if sentence is None:
            continue
        others = {id(m.person): m.person for m in people.mentions if m.sentence == sentence and m.person is not None}
        others.update({id(r.person): r.person for r in people.refs if r.sentence == sentence and r.person is not None})
        others.pop(id(person), None)
        known = [p for p in others.values() if p.country or p.organization is not None]
        if len(known) != 1:
            continue
        envoy = known[0]
        if envoy.role in _ENVOYS and envoy.accredited_to and envoy.accredited_to != envoy.country:
            person.country = envoy.accredited_to
