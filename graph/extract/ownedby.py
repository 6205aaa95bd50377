"""The state a sentence gives an official by a possessive or an "as" phrase, before any rule guesses one.

"spoke by telephone with Australia's Claire Donnelly": a state's name with a possessive right
before a person's name makes the person that state's; "X, who landed on Tuesday for her first visit as New
Zealand's foreign minister" (or "as the Australian trade minister") gives the person named last before it in its
sentence the state of the "as" phrase. Runs before the dateline's state and the places of meetings are given to officials without one
(:mod:`graph.extract.rules`); the possessive overrides a state the person was given, the "as" phrase only fills
one still unknown.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from typing import TYPE_CHECKING

from graph.extract.coref import LEADER_ROLES

if TYPE_CHECKING:
    from graph.extract.people import People

__all__ = ["dateline_government", "dateline_lead", "possessed_states"]

#: A possessive between a state's name and a person's name: "Australia's Claire Donnelly".
_POSSESSIVE = re.compile(r"['’]s? ")
#: An "as" phrase right before a state: "as New Zealand's", "as the Australian", "en tant que", "als".
_AS = {"en": re.compile(r"(?:^|\s)as (?:the )?$", re.IGNORECASE)}
#: After the state of an "as" phrase: a possessive or nothing (an adjective) before a lower-case title word.
_AS_AFTER = re.compile(r"(?:['’]s)? (?:[a-z-]+ ){0,2}?(?:minister|secretary|president|premier|ambassador|envoy|"
                       r"chancellor|foreign minister|prime minister|head of state)\b")
#: The same with a capitalised title that no name follows: "as Ireland's next Ambassador to Ghana" (but not "as
#: Ireland's Ambassador Kearney said", where "as" means "while" and the title is another person's).
_AS_AFTER_TITLE = re.compile(r"(?:['’]s)? (?:[a-z-]+ ){0,2}?(?:Minister|Secretary|President|Premier|Ambassador|Envoy|"
                             r"Chancellor|Foreign Minister|Prime Minister|Head of State)\b(?! [A-Z])")
#: How far (characters) after the name of a person an "as" phrase of the sentence may stand.
_AS_REACH = 160


def possessed_states(people: People, text: str, lang: str, countries: list) -> None:
    """Give officials without a state the state a possessive right before their name or an "as" phrase of the
    sentence first naming them says; ``countries`` are the text's ``(Span, CountryMention)`` pairs in order."""
    named = [(span, m.code) for span, m in countries if m.form in ("name", "adjective")]
    if not named:
        return
    ends = [span.end for span, _ in named]
    starts = [span.start for span, _ in named]
    mentions = sorted((m for m in people.mentions if m.person is not None), key=lambda m: m.start)
    pattern = _AS.get(lang)
    for n, mention in enumerate(mentions):
        person = mention.person
        if person.organization is not None:
            continue
        k = bisect_left(ends, mention.start - 3)
        for span, code in named[k : k + 2]:  # right before the name: stronger than any guess from elsewhere
            if span.end <= mention.start and _POSSESSIVE.fullmatch(text, span.end, mention.start):
                person.country = code
        if person.country is not None:
            continue
        if person.country is None and pattern is not None:
            following = mentions[n + 1].start if n + 1 < len(mentions) else len(text)
            person.country = _as_state(text, mention.end, min(following, mention.end + _AS_REACH), named, starts, pattern)


def _as_state(text: str, start: int, reach: int, named: list, starts: list[int], pattern: re.Pattern[str]) -> str | None:
    """The state of an "as" phrase after ``start`` in its sentence, before ``reach``, if any."""
    stops = [i for i in (text.find(". ", start), text.find("\n", start)) if i >= 0]
    end = min([reach, *stops])
    for span, code in named[bisect_left(starts, start) :]:
        if span.start >= end:
            return None
        if pattern.search(text, max(0, span.start - 10), span.start) and (
            _AS_AFTER.match(text, span.end) or _AS_AFTER_TITLE.match(text, span.end)
        ):
            return code
    return None


#: How far (characters) after the dateline the lead's first official may be named.
_LEAD_REACH = 40


def dateline_lead(people: People, text: str, head_end: int, filed_in: str | None) -> None:
    """"BOGOTÁ. El presidente X sostuvo ... con su homólogo de Kenia", "New Delhi, Feb 17 (PTI) Prime Minister X
    held a telephone conversation with Chilean President Y": the first head of state or government without a
    state in the lead sentence of a report filed from a capital (the lead opening near the dateline), whose
    sentence names only counterparts of another state, is the filed state's (not the state where the two met
    before)."""
    if filed_in is None or head_end < 0 or people.home:
        return
    lead = min((m for m in people.mentions if m.person is not None and m.start >= head_end), key=lambda m: m.start, default=None)
    if lead is None or lead.start - head_end > _LEAD_REACH:
        return
    stops = [i for i in (text.find(". ", lead.end), text.find("\n", lead.end)) if i >= 0]
    end = min(stops, default=len(text))
    first = min((m for m in people.mentions if m.person is not None and lead.start <= m.start < end
                 and m.person.country is None and m.person.organization is None and m.person.role in LEADER_ROLES),
                key=lambda m: m.start, default=None)
    if first is None:
        return
    person = first.person
    theirs = {c for r in people.refs if r.hit.entry.counterpart and first.end <= r.hit.phrase_start < end for c in r.hit.countries}
    theirs |= {m.person.country for m in people.mentions if lead.start <= m.start < end and m.person is not None
               and m.person is not person and m.person.country}  # "su homólogo de Kenia, Y", "Chilean President Y"
    if theirs and filed_in not in theirs:
        person.country = filed_in


#: A title naming the government without a state: "portavoz del Gobierno", "government spokesman".
_BARE_GOVERNMENT = re.compile(
    r"(?:\b(?:del|of the|du|der|des) (?:gobierno|government|gouvernement|regierung|bundesregierung)"
    r"|\bgovernment spokes\w+|regierungssprecher\w*|правительства)$",
    re.IGNORECASE,
)


_GOVERNMENT_REACH = 12  # "government" may stand before the title phrase ("government spokesperson")


def dateline_government(people: People, text: str, filed_in: str | None) -> None:
    """"MADRID, 20 May (EUROPA PRESS) - ... la ministra portavoz del Gobierno, X": an official of no state whose
    title names "the government" without saying whose serves the government of the state the report is filed
    from (not that of the first foreigner the report names)."""
    if filed_in is None or people.home:
        return
    for mention in people.mentions:
        person, title = mention.person, mention.title
        if person is None or person.country is not None or person.organization is not None or title is None:
            continue
        if _BARE_GOVERNMENT.search(text, max(0, title.phrase_start - _GOVERNMENT_REACH), title.phrase_end):
            person.country = filed_in
