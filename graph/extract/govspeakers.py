"""A government's spokesperson ("Regierungssprecher X", "government spokesman X", "porte-parole du
gouvernement") speaks for the government whose head (prime minister, chancellor) the text named before him,
where all such heads named before him are of one state, not for the first state the text named (a visiting
president's)."""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

from graph.extract import lexicon

if TYPE_CHECKING:
    from graph.extract.people import People
    from graph.model import Person

__all__ = ["government_head_state"]

#: Roles that head a government.
_HEADS = frozenset({"Prime Minister", "Chancellor", "Head of Government"})


@cache
def _words(lang: str) -> tuple[str, ...]:
    """Words of a spokesperson's title that make him the government's (``government_spokes`` of roles.json)."""
    return tuple((lexicon.load("roles", lang) or {}).get("government_spokes") or ())


def government_head_state(people: People, person: Person, first_seen: dict[int, int]) -> str | None:
    """The state of the heads of government named before ``person``, a spokesperson whose title names a
    government, when they are all of one state; None for other staff, or when heads of two states (a call
    between two leaders) or none with a state were named before him."""
    words = _words(people.lang)
    if not words or not any(w in t.lower() for t in person.titles for w in words):
        return None
    seen = first_seen[id(person)]
    heads = {p.country for p in people.persons if p.role in _HEADS and p.country and first_seen[id(p)] < seen}
    return heads.pop() if len(heads) == 1 else None
