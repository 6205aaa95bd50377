"""Two officials under one plural title: "los presidentes Carvalho Menezes y Peralta", "the foreign ministers X and Y".

A plural title naming two officials of the same rank names one of each party. When the state of one is known
and the article's parties (the states of its officials and the states it names, not by their capitals) leave
exactly one other state, the second official is of that state. When neither state is known and the article's
parties are exactly two states it joins by a conjunction ("Chile y Bolivia", "Казахстана и Киргизии"), the two
officials are of those states in that order ("los presidentes X y Y": X Chile's, Y Bolivia's).

Two officials a plural title names without any state ("die Außenminister Rodrigo Vasconcelos und Choi Ji-won",
"переговоров министров иностранных дел Олега Сорокина и Родриго Васконселоса"), whose only mentions are under it,
in an article whose other officials serve exactly two states, are of those states in the order the article's
body (below its headline) first named their officials (:func:`introduced_pairs`): the lead's protagonist's
side is listed first, as readouts and reports list the sides; what a nearby place or another rule guessed for
them gives way. Where the other officials serve more states (a third state's spokesperson), the two states of the
article's heads of state or government, if two, are the sides.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from graph.extract.coref import LEADER_ROLES
from graph.extract.pairedstates import both_countries_before, both_countries_paired

if TYPE_CHECKING:
    from graph.extract.people import People

__all__ = ["introduced_pairs", "plural_title_pairs"]

#: Country forms that name a party (a capital or seat of government may name a place only).
_PARTY_FORMS = frozenset({"name", "genitive", "adjective", "demonym", "prefix"})
#: What joins two states named as a pair ("Chile y Bolivia", "Kenya and Ethiopia", "Казахстана и Киргизии").
_JOIN = re.compile(r"\s+(?:and|und|et|y|e|и)\s+$")


#: How long (characters) a first line may be to be a headline above the body.
_HEADLINE = 200


def _pairs(people: People, plural: bool = True) -> list[list]:
    """The pairs of persons one plural title names ("the foreign ministers X and Y"); with ``plural`` False,
    also a title whose plural has the singular's form ("die Außenminister X und Y")."""
    groups: dict[int, list] = {}
    for mention in people.mentions:
        hit = mention.title
        if hit is not None and (hit.entry.plural or not plural) and mention.person is not None:
            group = groups.setdefault(hit.phrase_start, [])
            if mention.person not in group:
                group.append(mention.person)
    return [group for group in groups.values() if len(group) == 2]


def introduced_pairs(people: People, text: str, countries: list = (), host: str | None = None) -> None:
    """Give two officials only a stateless plural title names the two states of the article's other officials,
    in the order the body first names an official of each; after "the two countries", only where no pair of
    states joined by a conjunction before it orders them (``countries``: the text's ``(Span, CountryMention)``),
    and then the ``host`` (the state of the article's first city) first, as reports on a visit list the sides."""
    pairs = _pairs(people, plural=False)
    if not pairs:
        return
    line = text.find("\n")
    body = line + 1 if 0 < line <= _HEADLINE and text[:line].rstrip()[-1:] not in ".!?" and text[line:].strip() else 0
    for pair in pairs:
        if any(p.organization is not None for p in pair) or not all(_only_plural(people, p) for p in pair):
            continue
        lead = min((m for m in people.mentions if m.person is pair[0] or m.person is pair[1]), key=lambda m: m.start)
        starts = (lead.start,) if lead.title is None else (lead.start, lead.title.phrase_start)
        if any(both_countries_paired(text, countries, start) for start in starts):
            continue  # "Kenia und Uganda ... die Außenminister beider Länder, A und B": graph.extract.pairedstates
        both = any(both_countries_before(text, start) for start in starts)
        for leaders in (False, True):  # else the two states of the article's leaders ("In Anwesenheit der beiden
            order = _sides(people, pair, body, leaders)  # Präsidenten unterzeichneten die Außenminister A und B")
            if order is not None and both and host in order:
                order = [host] + [code for code in order if code != host]
            if order is not None:
                pair[0].country, pair[1].country = order
                break


def _sides(people: People, pair: list, body: int, leaders: bool) -> list[str] | None:
    """The two states of the officials but ``pair`` (only heads of state or government with ``leaders``), in
    the order the body first names one of each; None unless there are exactly two."""
    others = [p for p in people.persons if all(p is not q for q in pair) and p.country and p.organization is None
              and (not leaders or p.role in LEADER_ROLES)]
    if len({p.country for p in others}) != 2:
        return None
    ids = {id(p) for p in others}
    order: list[str] = []
    for mention in sorted(people.mentions, key=lambda m: m.start):
        if mention.start >= body and id(mention.person) in ids and mention.person.country not in order:
            order.append(mention.person.country)
    return order if len(order) == 2 else None


def _only_plural(people: People, person) -> bool:
    """Whether every mention of ``person`` stands under the one title that names no state, and none gave a state."""
    mentions = [m for m in people.mentions if m.person is person]
    return bool(mentions) and all(
        m.title is not None and m.title.phrase_start == mentions[0].title.phrase_start and not m.title.countries
        and m.country is None for m in mentions)


def plural_title_pairs(people: People, countries: list, text: str = "") -> None:
    """Give the official of unknown state sharing a plural title with one of known state the article's other party.

    Args:
        people: the people found, whose mentions carry their titles.
        countries: the ``(Span, CountryMention)`` pairs of the text.
        text: the text, whose first pair of states joined by a conjunction orders the two parties.
    """
    pairs = _pairs(people)
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
