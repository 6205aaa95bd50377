"""Two officials under one plural title: "los presidentes Carvalho Menezes y Peralta", "the foreign ministers X and Y".

A plural title naming two officials of the same rank names one of each party. When the state of one is known
and the article's parties (the states of its officials and the states it names, not by their capitals) leave
exactly one other state, the second official is of that state.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from graph.extract.people import People

__all__ = ["plural_title_pairs"]

#: Country forms that name a party (a capital or seat of government may name a place only).
_PARTY_FORMS = frozenset({"name", "genitive", "adjective", "demonym", "prefix"})


def plural_title_pairs(people: People, countries: list) -> None:
    """Give the official of unknown state sharing a plural title with one of known state the article's other party.

    Args:
        people: the people found, whose mentions carry their titles.
        countries: the ``(Span, CountryMention)`` pairs of the text.
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
        known, unknown = (first, second) if first.country else (second, first)
        if not known.country or unknown.country or unknown.organization is not None:
            continue
        others = parties - {known.country}
        if len(others) == 1:
            unknown.country = next(iter(others))
