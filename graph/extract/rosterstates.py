"""The states of a plural title's roster: "Cancilleres de Chile, Argentina y Bolivia acuerdan ...", "the foreign
ministers of Kenya, Uganda and Tanzania": when the text names as many holders of that role as the list names
states, and every holder but one already acts for a listed state of his own, the last one acts for the state left
("El canciller X" in the Chilean release, beside "la canciller argentina" and the Bolivian minister).

Runs in :func:`graph.extract.people.find_people` before the sentence's states; it only fills a state still unknown.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from graph.extract.people import People

__all__ = ["roster_states"]

#: What may stand between two states of the list ("Chile, Argentina y Bolivia", "Kenya, Uganda and Tanzania").
_BETWEEN = re.compile(r"\s*(?:,\s*(?:(?:y|e|and|et|und|и)\s+)?|(?:y|e|and|et|und|и)\s+)(?:(?:de|of|du|de\s+la|von)\s+)?")


def roster_states(people: People, text: str, countries: list) -> None:
    """Give the one holder of a plural title's role still without a state the one listed state no holder has."""
    plural = [r for r in people.refs if r.hit.entry.plural and r.hit.countries and r.hit.entry.role]
    if not plural:
        return
    for ref in plural:
        listed = _listed(text, countries, ref.hit.phrase_start, ref.hit.phrase_end)
        if len(listed) < 2:
            continue
        holders = [p for p in people.persons if p.role == ref.hit.entry.role and p.organization is None]
        if len(holders) != len(listed):
            continue
        unknown = [p for p in holders if p.country is None]
        known = [p.country for p in holders if p.country is not None]
        left = [code for code in listed if code not in known]
        if len(unknown) == 1 and len(left) == 1 and len(set(known)) == len(known) and set(known) <= set(listed):
            unknown[0].country = left[0]


def _listed(text: str, countries: list, start: int, end: int) -> list[str]:
    """The states a list names from the first one inside the title ``[start, end)`` on, joined by commas and a
    conjunction only."""
    found: list[str] = []
    last = None
    for span, mention in countries:
        if last is None:
            if start <= span.start < end:
                found, last = [mention.code], span.end
            continue
        if span.start < last:
            continue
        if not _BETWEEN.fullmatch(text, last, span.start):
            break
        if mention.code not in found:
            found.append(mention.code)
        last = span.end
    return found
