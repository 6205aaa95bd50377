"""A portfolio one state gives one person: in the issuing state's text (or one filed from its capital), a second
holder of the portfolio its own minister holds serves another state ("Le ministre de l'Europe et des Affaires
étrangères, M. A, s'est rendu à Port-Soudan. Il y a rencontré ... le ministre des Affaires étrangères, M. B": B is
Sudan's, not France's).

Such a holder takes the state of the last city the text named before him that lies outside the issuing state
(where the trip had brought its minister), else none; :func:`graph.extract.officials.protagonist_home` gives him
the issuing state no more. Runs in :func:`graph.extract.home.assign_home`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from graph.extract.people import People
    from graph.model import Person

__all__ = ["second_holder", "sole_portfolio", "trip_state"]

#: Roles ("Minister of ...") that a state gives several people at once: no sole portfolio.
_SHARED = frozenset({"Minister of State"})
_PORTFOLIO = ("Minister of ", "Minister for ")


def sole_portfolio(role: str | None) -> bool:
    """Whether a state gives ``role`` ("Minister of Foreign Affairs") to one person at a time."""
    return bool(role) and role.startswith(_PORTFOLIO) and role not in _SHARED


def second_holder(people: People, person: Person, first_seen: dict[int, int], own: str) -> bool:
    """Whether an official of the issuing state ``own`` (the institution's, else the dateline capital's), named
    before ``person``, already holds his portfolio ("Minister of Foreign Affairs")."""
    role = person.role
    if not sole_portfolio(role):
        return False
    seen = first_seen[id(person)]
    return any(other is not person and other.role == role and other.country == own
               and other.organization is None and first_seen[id(other)] < seen for other in people.persons)


def trip_state(cities: list, first: int, home: str) -> str | None:
    """The state of the last city, outside ``home``, named before offset ``first`` (``cities``: the
    ``(Span, City)`` pairs): where the issuing state's traveller met him."""
    before = [city.country for span, city in cities if span.start < first and city.country and city.country != home]
    return before[-1] if before else None
