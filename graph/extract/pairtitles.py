"""Two officials under one plural title: "los presidentes Carvalho Menezes y Peralta", "the foreign ministers X and Y".

A plural title naming two officials of the same rank names one of each party. When the state of one is known
and the article's parties (the states of its officials and the states it names, not by their capitals) leave
exactly one other state, the second official is of that state. When neither state is known and the article's
parties are exactly two states it joins by a conjunction ("Chile y Bolivia", "Казахстана и Киргизии"), the two
officials are of those states in that order ("los presidentes X y Y": X Chile's, Y Bolivia's).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from graph.extract.people import People

__all__ = ["plural_title_pairs"]

#: Country forms that name a party (a capital or seat of government may name a place only).
_PARTY_FORMS = frozenset({"name", "genitive", "adjective", "demonym", "prefix"})
#: What joins two states named as a pair ("Chile y Bolivia", "Kenya and Ethiopia", "Казахстана и Киргизии").
_JOIN = re.compile(r"\s+(?:and|und|et|y|e|и)\s+$")


def plural_title_pairs(people: People, countries: list, text: str = "") -> None:
    """Give the official of unknown state sharing a plural title with one of known state the article's other party.

    Args:
        people: the people found, whose mentions carry their titles.
        countries: the ``(Span, CountryMention)`` pairs of the text.
        text: the text, whose first pair of states joined by a conjunction orders the two parties.
    """
    groups: dict[int, list] = {}
    for mention in people.mentions:
        hit = mention.title
        if hit is not None and hit.entry.plural and mention.person is not None:
            group = groups.setdefault(hit.phrase_start, [])
            if mention.person not in group:
                group.append(mention.person)
    pairs = [group for group in groups.values() if len(group) == 2]
    if not pairs:
        return
    parties = {p.country for p in people.persons if p.country} | {m.code for _, m in countries if m.form in _PARTY_FORMS}
    for first, second in pairs:
        if not first.country and not second.country:
            _ordered_pair(first, second, parties, countries, text)
            continue
        known, unknown = (first, second) if first.country else (second, first)
        if not known.country or unknown.country or unknown.organization is not None:
            continue
        others = parties - {known.country}
        if len(others) == 1:
            unknown.country = next(iter(others))


def _ordered_pair(first, second, parties: set, countries: list, text: str) -> None:
    """Give two officials of unknown state the article's two parties in the order a conjunction first joins them."""
    if len(parties) != 2 or first.organization is not None or second.organization is not None:
        return
    named = sorted(((span, m.code) for span, m in countries if m.form in _PARTY_FORMS), key=lambda item: item[0].start)
    for (span_a, code_a), (span_b, code_b) in zip(named, named[1:]):
        if code_a != code_b and 0 < span_b.start - span_a.end <= 5 and _JOIN.search(text, span_a.end, span_b.start):
            first.country, second.country = code_a, code_b
            return
