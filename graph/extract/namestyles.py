"""Officials written in the style of one state's names: a surname in capitals before the given name ("Mr. SAITO
Ken, Deputy Chief Cabinet Secretary") is how Japanese readouts write their own officials, while the guests
keep their own order ("H.E. Mr. Tran Van Long"). An official so written without a state, in an article whose
other officials so written serve one state, serves that state.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from graph.extract.people import People
    from graph.model import Person

__all__ = ["styled_states"]


def _capitalised_surname(person: Person) -> bool:
    """Whether the person's name opens with a surname in capitals and goes on in lower case ("SAITO Ken")."""
    words = person.name.split()
    return len(words) > 1 and len(words[0]) > 1 and words[0].isalpha() and words[0].isupper() \
        and not words[1].isupper()


def styled_states(people: People) -> None:
    """Give the officials without a state whose names open with a capitalised surname the one state of the
    others so named."""
    styled = [p for p in people.persons if p.organization is None and _capitalised_surname(p)]
    if len(styled) < 2:
        return
    states = {p.country for p in styled if p.country}
    if len(states) != 1:
        return
    state = next(iter(states))
    for person in styled:
        if person.country is None and person.role:
            person.country = state
