"""Two states, then their officials under one plural title, in the same order: "Le Congo et la Guinée
équatoriale étaient représentés par leurs Premiers ministres, A et B", "Chile and Peru sent their foreign
ministers, A and B": the first official acts for the first state, the second for the second. Two officials
listed right after "the two countries" ("министров иностранных дел двух стран A и B", "die Außenminister beider
Länder, A und B") act for the last pair of states named before anywhere in the text ("Kenia und Uganda ...").

Runs in :func:`graph.extract.home.assign_home`; the order of the sentence wins over the state a nearby country
word gave each official.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from graph.extract.text import lower, lower_regex, plain_case
from graph.extract.units import spans_within

if TYPE_CHECKING:
    from graph.extract.people import People

__all__ = ["both_countries_before", "both_countries_paired", "paired_states"]

#: A plural possessive right before the title: the officials are the states' own ("leurs", "their", "sus").
_THEIR = re.compile(r"\b(?:leurs|their|sus|ihre|ihren|своих|своими|свои|их)\s+(?:[^\W\d_]+\s+)?$", re.IGNORECASE)
#: What joins the two states: a conjunction only ("Le Congo et la Guinée équatoriale").
_AND = re.compile(r"^\s*(?:et|and|y|e|und|и)\s+(?:(?:la|le|les|l['’]|the|el|los|die|das|der)\s+)?$", re.IGNORECASE)
#: "The two countries" right before the two officials' names.
_BOTH = re.compile(
    r"\b(?:(?:two|both)\s+(?:countries|states|nations)(?:['’](?=\s))?|beider\s+(?:Länder|Staaten)|beiden\s+(?:Länder|Staaten)|"
    r"deux\s+(?:pays|États|Etats)|(?:ambos|dos)\s+(?:países|Estados)|(?:двух|обеих|обоих)\s+(?:стран|государств))"
    r"[ \t]*,?[ \t]*(?=[^\W\d_])",
    re.IGNORECASE,
)
#: :data:`_BOTH` for the lower-cased text (case-sensitive: several times faster over a whole article).
_BOTH_LOW = re.compile(lower_regex(_BOTH.pattern))
#: Between the two officials' names.
_JOIN = re.compile(r"\s*,?\s*(?:and|et|y|e|und|и)\s+", re.IGNORECASE)
#: How far (characters) before the title the two states may stand ("their"), and the pair "the two countries" means.
_REACH = 120
_BOTH_REACH = 2000
_FORMS = frozenset({"name", "genitive"})


def paired_states(people: People, text: str, countries: list) -> None:
    """Give each of two officials under a plural possessive title the state named in the same place of a pair
    ("A et B ... leurs Premiers ministres, X et Y") shortly before it."""
    groups: dict[int, list] = {}
    for mention in sorted(people.mentions, key=lambda m: m.start):
        hit = mention.title
        if hit is not None and hit.entry.plural and mention.person is not None:
            group = groups.setdefault(hit.phrase_start, [])
            if mention.person not in group:
                group.append(mention.person)
    for start, group in groups.items():
        if len(group) != 2 or not _THEIR.search(text, max(0, start - 30), start):
            continue
        pair = _state_pair(text, countries, start)
        if pair is not None and all(p.organization is None for p in group):
            group[0].country, group[1].country = pair
    _both_countries(people, text, countries)


def _both_countries(people: People, text: str, countries: list) -> None:
    """Two officials named right after "the two countries" take the last pair of states named before, in order,
    unless their own words gave them those two states already."""
    both, searched = (_BOTH_LOW, lower(text)) if plain_case(text) else (_BOTH, text)
    for match in both.finditer(searched):  # offsets only: the same in the lower-cased text
        after = sorted((m for m in people.mentions if m.person is not None and m.start >= match.end()),
                       key=lambda m: m.start)
        if len(after) < 2 or match.end() not in (after[0].start, _title_start(after[0])) \
                or not _JOIN.fullmatch(text, after[0].end, after[1].start):
            continue
        first, second = after[0].person, after[1].person
        pair = _state_pair(text, countries, match.start(), _BOTH_REACH)
        if pair is None or first is second or first.organization is not None or second.organization is not None:
            continue
        if {first.country, second.country} != set(pair):
            first.country, second.country = pair


def _title_start(mention) -> int:
    """Where the plural title of ``mention`` starts ("the two countries' foreign ministers, A and B"), or -1."""
    hit = mention.title
    return hit.phrase_start if hit is not None and hit.entry.plural else -1


def both_countries_before(text: str, start: int) -> bool:
    """Whether "the two countries" ends right before ``start`` (the first of two officials' names)."""
    return any(m.end() == start for m in _BOTH.finditer(text, max(0, start - 40), start + 1))


def both_countries_paired(text: str, countries: list, start: int) -> bool:
    """Whether "the two countries" ends right before ``start`` and a pair of states joined by a conjunction
    ("Kenia und Uganda") stands before it, which orders the two officials named there."""
    return any(m.end() == start and _state_pair(text, countries, m.start(), _BOTH_REACH) is not None
               for m in _BOTH.finditer(text, max(0, start - 40), start + 1))


def _state_pair(text: str, countries: list, title: int, reach: int = _REACH) -> tuple[str, str] | None:
    """The last two different states named and joined by a conjunction before ``title``, in its sentence unless
    ``reach`` goes further back."""
    stop = max(text.rfind(". ", 0, title), text.rfind("\n", 0, title)) if reach <= _REACH else -1
    named = [(s, m) for s, m in spans_within(countries, max(stop + 1, title - reach), title) if m.form in _FORMS]
    for (first, a), (second, b) in zip(reversed(named[:-1]), reversed(named[1:])):
        if a.code != b.code and _AND.fullmatch(text[first.end : second.start]):
            return a.code, b.code
    return None
