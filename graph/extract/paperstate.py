"""The state a paper writes from when it names its own officials without their state: the state most of the
article's towns lie in, twice as often as any other.

A national paper needs no "South Korea's" before its own prime minister ("Prime Minister Han held a phone
conversation with Polish Prime Minister X" in a report from Seoul about talks in Seoul and Tokyo); an official
still without a state at the end, in an article whose town mentions lie mostly in one state, is that state's.
"""

from __future__ import annotations

import re
from collections import Counter
from typing import TYPE_CHECKING

from graph.extract.coref import LEADER_ROLES
from graph.extract.officials import meets_counterpart
from graph.extract.people_cues import LOCAL_ROLES

if TYPE_CHECKING:
    from graph.extract.people import People

__all__ = ["paper_elsewhere", "paper_state", "town_state"]

#: The national offices a paper names without their state ("Prime Minister", "Sports Minister", "Chancellor"):
#: not a president or secretary-general, who may head a commission or a party.
_NATIONAL = re.compile(r"Minister|Secretary of State|Foreign Secretary|Chancellor")
#: How many times the article must name towns of its main state for that state to be the paper's.
_MIN_TOWNS = 2


def paper_state(people: People, paper: str | None, countries: list | None = None) -> None:
    """Ministers and chancellors (not staff, governors or mayors) still without a state, in a paper writing from D
    (``paper``: :func:`town_state` of the text's towns): D's. Not where two such
    officials share a title (one is the other's counterpart), nor for an official a sentence puts with
    another holder of his title of D, or with his counterpart of D (he is its guest). A president or other
    leader whose title names no ministry only where a sentence puts him with his counterpart of a state other than D
    (``countries``: the ``(Span, CountryMention)`` pairs): "la presidenta X habló con su homólogo de Guatemala"."""
    lone = [p for p in people.persons if p.country is None and p.organization is None and p.role
            and p.role not in people.staff_roles and p.role not in LOCAL_ROLES
            and (_NATIONAL.search(p.role) or p.role in LEADER_ROLES)]  # fmt: skip
    code = paper if lone else None
    if code is None:
        return
    roles = Counter(p.role for p in lone)
    mentions = sorted((m for m in people.mentions if m.person is not None), key=lambda m: m.start)
    foreign = {c.code for _, c in countries or () if c.code != code}
    for person in lone:
        if roles[person.role] != 1 or meets_counterpart(mentions, person, code, people.refs):
            continue
        if person.role in LEADER_ROLES and not _NATIONAL.search(person.role) \
                and not any(meets_counterpart(mentions, person, other, people.refs) for other in foreign):
            continue  # a president only as one side of a talk with a foreign counterpart ("con su homólogo de Guatemala")
        person.country = code


def town_state(cities: list) -> str | None:
    """The state at least two town mentions (``cities``: ``(Span, City)`` pairs) lie in, twice as many as in any
    other state, if any: the state the paper writes from."""
    towns = Counter(city.country for _, city in cities if city.country)
    if not towns:
        return None
    (code, count), *rest = towns.most_common(2)
    return None if count < _MIN_TOWNS or rest and count < 2 * rest[0][1] else code


def paper_elsewhere(paper: str | None, codes: set[str]) -> bool:
    """Whether the paper's state (``paper``, see :func:`town_state`) is none of ``codes``: an official without a
    state may be the paper's own, and another state named a third party ("La presidenta X ... con su homólogo de
    Guatemala ... una posible cumbre trilateral con Honduras" in a paper writing from Tapachula)."""
    return paper is not None and paper not in codes
