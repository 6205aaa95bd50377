"""Officials met where a traveller went: "flog Mutai nach Dschibuti, wo er mit Außenminister X sprach", "flew
on to Nairobi, where she met Foreign Minister X", "viajó a Lima, donde se reunió con el canciller X": an
official without a stated state, named in the "where" clause right after a place, is of that place's state.
Envoys are left out (an ambassador met abroad is usually a foreigner there).

The "where" words are ``origin_where`` of ``<lang>/venues.json``. Runs in :func:`graph.extract.home.assign_home`.
"""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING

from graph.extract import lexicon
from graph.extract.people_cues import ENVOY_ROLES

if TYPE_CHECKING:
    from graph.extract.people import People

__all__ = ["where_states"]

#: How far (characters) after "where" the official's name may stand.
_REACH = 90
_SENTENCE_END = re.compile(r"[.!?]\s")


@cache
def _where() -> re.Pattern[str] | None:
    parts = [p.lstrip("^") for p in lexicon.every_language("venues", "origin_where")]
    return re.compile("|".join(f"(?:{p})" for p in parts)) if parts else None


def where_states(people: People, text: str, countries: list, cities: list) -> None:
    """Give officials whose state no title states the state of the place a "where" clause before them follows
    (the state of the sentence or of the wire's dateline is a weaker guess)."""
    where = _where()
    if where is None:
        return
    points: list[tuple[int, str]] = []
    for span, city in cities:
        match = where.match(text, span.end, span.end + 20)
        if match and city.country:
            points.append((match.end(), city.country))
    for span, mention in countries:
        match = where.match(text, span.end, span.end + 20)
        if match and mention.form in ("name", "capital"):
            points.append((match.end(), mention.code))
    if not points:
        return
    first: dict[int, int] = {}
    stated: set[int] = set()  # persons a title or nationality gave a state
    for mention in people.mentions:
        if mention.person is not None:
            first[id(mention.person)] = min(first.get(id(mention.person), mention.start), mention.start)
            if mention.title is None or mention.title.countries:
                stated.add(id(mention.person))
    for person in people.persons:
        if (person.country and id(person) in stated) or person.organization is not None:
            continue
        if not person.role or person.role in ENVOY_ROLES:
            continue
        start = first.get(id(person))
        code = next((c for at, c in points if start is not None and at <= start < at + _REACH
                     and not _SENTENCE_END.search(text, at, start) and not _state_between(countries, at, start)), None)
        person.country = code or person.country


def _state_between(countries: list, low: int, high: int) -> bool:
    """Whether a state is named between "where" and the official ("donde el Paraguay estará representado por")."""
    return any(low <= span.start < high for span, _ in countries)
