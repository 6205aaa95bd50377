"""The state of an official whose counterpart the text names: "Foreign Minister X and his Norwegian counterpart
Y", "traf sie ihren kasachischen Kollegen Y". X is not of Y's state; where the headline and its lead name
exactly one other state ("Jordan, Norway rally donors ...", "Berlin wirbt in Zentralasien ..."), X is of it,
unless the headline names X going there ("Albers reist nach Norwegen und Island": she is of neither).
The headline is read alone when it names a state, else with the line after it. The one whose counterpart it is
right before the title ("X and his Canadian counterpart") loses that state where an earlier rule gave it to him
(a meeting he attended in Canada made him its host): he gets the other state of the headline, or none.

Runs in :func:`graph.extract.home.assign_home`; it only fills states still unknown.
"""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING

from graph.extract import lexicon
from graph.extract.localstates import after_locative

if TYPE_CHECKING:
    from graph.extract.people import People

__all__ = ["counterpart_holders", "counterpart_possessors"]

#: How far (characters) before a counterpart title its possessor may be named (this or the sentence before).
_REACH = 400
@cache
def _his() -> re.Pattern[str]:
    """A conjunction or "with" and a possessive between the possessor's name and his counterpart's title ("X and
    his", "X mit seiner"): the ``conjunctions``, ``met_with`` and ``owner_possessives`` of every language's
    ``roles.json``."""
    links = [w for key in ("conjunctions", "met_with") for entry in lexicon.every_language("roles", key)
             for w in entry.split("|") if w]
    owners = "|".join(f"(?:{entry})" for entry in lexicon.every_language("roles", "owner_possessives"))
    return re.compile(rf"\s*,?\s+(?:{lexicon.phrases(links)})\s+(?:{owners})\s+")


@cache
def _origin() -> re.Pattern[str]:
    """An origin before a state ("from Jordan", "aus Jordanien": the traveller's own state, no destination): the
    ``origin`` cues of every language's ``events.json``."""
    words = [w for cues in lexicon.every_language("events", "cues") for w in cues.get("origin", "").split("|") if w]
    return re.compile(rf"(?:^|[\s(])(?:{lexicon.phrases(words)})\s+$", re.IGNORECASE)


@cache
def _and() -> re.Pattern[str]:
    """What coordinates two states after one locative ("nach Norwegen und Island", "to Chile and Peru"): a comma or
    the ``conjunctions`` of every language's ``roles.json``."""
    words = [w for entry in lexicon.every_language("roles", "conjunctions") for w in entry.split("|") if w]
    return re.compile(rf"\s*(?:,|,?\s*(?:{lexicon.phrases(words)}))\s*", re.IGNORECASE)
#: How many non-empty lines open the text as its headline and lead.
_HEAD_LINES = 2


def counterpart_possessors(people: People, text: str, countries: list) -> None:
    """Officials without a state named last before a counterpart title of another state: the one other state
    the headline and lead name (``countries``: ``(Span, CountryMention)`` pairs)."""
    titles = [(r.hit, r.person) for r in people.refs if r.hit.entry.counterpart and r.hit.countries]
    titles += [(m.title, m.person) for m in people.mentions if m.title is not None and m.person is not None
               and m.title.entry.counterpart and m.title.countries]  # fmt: skip
    if not titles:
        return
    head = _head_states(text, countries)
    named = sorted((m for m in people.mentions if m.person is not None), key=lambda m: m.start)
    _not_of_counterparts(titles, named, text, head)
    if not head:
        return
    going = _destinations(text, countries) if len(head) >= 2 else set()
    headline = text.find("\n")
    travellers = {id(m.person) for m in named if m.start < headline} if going else set()
    for hit, holder in titles:
        others = head - set(hit.countries)
        if len(others) != 1:
            continue
        before = [m for m in named if hit.phrase_start - _REACH <= m.start < hit.phrase_start and m.person is not holder]
        if not before:
            continue
        person = before[-1].person
        if id(person) in travellers and others <= going:
            continue  # "Albers reist nach Norwegen und Island": the headline's traveller is of neither
        if person.country is None and person.organization is None and person.role:
            person.country = next(iter(others))


def _not_of_counterparts(titles: list, named: list, text: str, head: set[str]) -> None:
    """"X and his Canadian counterpart": X, named right before, is not Canadian; a state of the counterpart's
    title that he holds becomes the one other state of the headline, or none."""
    for hit, holder in titles:
        before = [m for m in named if m.end <= hit.phrase_start and m.person is not holder]
        if not before or not _his().fullmatch(text, before[-1].end, hit.phrase_start):
            continue
        person = before[-1].person
        if person.country is not None and person.country in hit.countries:
            others = head - set(hit.countries)
            person.country = next(iter(others)) if len(others) == 1 else None


def counterpart_holders(people: People, text: str, countries: list) -> None:
    """"Bundespräsident A ist zu einem Staatsbesuch in Slowenien eingetroffen ... sprach der Gast aus Wien mit
    seiner Amtskollegin B": one named only by a counterpart title of no state is of the state the headline and
    lead name besides that of the person named last before the title (within ``_REACH``)."""
    head: set[str] | None = None
    named = sorted((m for m in people.mentions if m.person is not None), key=lambda m: m.start)
    for mention in named:
        hit, person = mention.title, mention.person
        if hit is None or not hit.entry.counterpart or hit.countries or person.country or person.organization is not None:
            continue
        before = [m for m in named if hit.phrase_start - _REACH <= m.start < hit.phrase_start and m.person is not person]
        if not before or before[-1].person.country is None:
            continue
        head = _head_states(text, countries) if head is None else head
        others = head - {before[-1].person.country}
        if len(head) <= 2 and len(others) == 1:
            person.country = next(iter(others))


def _destinations(text: str, countries: list) -> set[str]:
    """The states the headline names as where someone goes or acts ("Albers reist nach Norwegen und Island",
    "talks in Astana"), each after a locative or coordinated with one that is: places, not the parties whose
    officials travel (not after "from", "aus": "Minister from Jordan" names his state)."""
    end = text.find("\n")
    end = len(text) if end < 0 else end
    found: set[str] = set()
    last = -1
    for span, m in countries:
        if span.start >= end:
            break
        if m.form == "metonym":
            continue
        if after_locative(text, span.start) and not _origin().search(text, max(0, span.start - 8), span.start) or (
                last >= 0 and _and().fullmatch(text, last, span.start)):
            found.add(m.code)
            last = span.end
    return found


def _head_states(text: str, countries: list) -> set[str]:
    """The states named (by name, adjective or capital) in the headline, else in the headline and the line after
    it (a lead that opens with "Berlin wirbt ...")."""
    end, seen = 0, 0
    while seen < _HEAD_LINES and end < len(text):
        nxt = text.find("\n", end)
        nxt = len(text) if nxt < 0 else nxt
        if text[end:nxt].strip():
            seen += 1
            found = {m.code for span, m in countries if span.start < nxt and m.form != "metonym"}
            if found:
                return found
        end = nxt + 1
    return set()
