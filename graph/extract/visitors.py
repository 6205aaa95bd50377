"""Visitors come from abroad: "Besuch des Vize-Außenministers X in Berlin" in a German-Iranian report.

An official of unknown state whose only part in the article's acts is a visit to a place of one of the two
states the article is about comes from the other one: the visited state is the host's, not the visitor's (the
rule that gives the issuing state's officials without a state to it must not make the guest one of them); one
state has one leader of a title, so a second president of the visit is the host.
"""

from __future__ import annotations

from typing import Any

from graph.extract.coref import LEADER_ROLES

__all__ = ["visitors_from_abroad"]


def visitors_from_abroad(drafts: list[Any], main: Any, staff: frozenset[str], country_of: Any) -> None:
    """Give each lone visitor of unknown state the other of the article's two states (see the module doc).

    ``country_of`` maps a draft's location to its state's code (None when unknown).
    """
    if main is None:
        return
    states = set(main.countries) | {p.country for p in main.attendees if p.country}
    if len(states) != 2:
        return
    elsewhere = {id(p) for d in drafts if d.group not in ("visit", "statement") for p in d.attendees}
    for draft in drafts:
        place = country_of(draft.location) if draft.group == "visit" else None
        if place not in states:
            continue
        other = next(iter(states - {place}))
        for person in draft.attendees:
            if person.country is None and person.organization is None and person.role and person.role not in staff \
                    and id(person) not in elsewhere and not _has_leader(draft.attendees, person.role, other):
                person.country = other
                draft.countries.add(other)


def _has_leader(people: list[Any], role: str, state: str) -> bool:
    """Whether a visit's attendees already hold a leading role for the visitor's state: the other holder of it is
    the host ("the State Visit of President A to South Africa ... at the invitation of President B")."""
    return role in LEADER_ROLES and any(p.country == state and p.role == role for p in people)
