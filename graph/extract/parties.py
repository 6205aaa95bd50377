"""Parties of an event the sentence does not name as people: an official named by title only, and the
traveller of a trip whose purpose the event is.

Helpers of :mod:`graph.extract.assemble`, run on the mentions of one sentence.
"""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING

from graph.extract import lexicon, roles
from graph.extract.cues import cue_between
from graph.extract.events import GROUPS, EventMention
from graph.model import city_of

if TYPE_CHECKING:
    from graph.extract.assemble import Context

__all__ = ["unnamed_parties", "trip_purpose", "visitors", "possessed_visits", "during_trips", "subject_before"]

_PURPOSE_REACH = 100  # characters between a trip and the talks it is for ("afin de co-présider avec son homologue la session")
_UNNAMED_REACH = 40  # characters between a trigger and the title of its unnamed party
_CLAUSE_GAP = re.compile(r"[,;:!?()]|\.(?=\s|$)|\s[–—-]\s")  # not the points of "U.S.-Sri Lanka"
_VISITOR_REACH = 80  # characters between a visit noun and the title or name of its visitor
_WORD = re.compile(r"[^\W\d_]+")


def unnamed_parties(ctx: Context, mentions: list[EventMention], index: int) -> None:
    """"il doit rencontrer le président turc": an official named by title only, right after a meeting or call
    trigger, is its other party; the state of the title takes part. The state of an envoy named by title only
    takes part in the one summons of the sentence that names no one ("the Austrian chargé was summoned")."""
    meets = [m for m in mentions if GROUPS[m.type] in ("meet", "call")]
    summons = [m for m in mentions if m.type == "Summons" and not m.persons]
    for ref in ctx.people.refs:
        if ref.sentence != index or ref.person is not None or ref.persons or not ref.hit.country:
            continue
        if len(summons) == 1 and not summons[0].countries:
            summons[0].countries.add(ref.hit.country)  # "Der österreichische Geschäftsträger ... wurde einbestellt"
        before = [m for m in meets if m.end <= ref.start and ref.start - m.end <= _UNNAMED_REACH]
        if before and not _CLAUSE_GAP.search(ctx.text, before[-1].end, ref.start):
            before[-1].unnamed = True
            before[-1].countries.add(ref.hit.country)


def trip_purpose(ctx: Context, mentions: list[EventMention]) -> None:
    """"plans to travel to Muscat in April for talks with his counterpart": talks named as the purpose of a
    trip in the same clause are held by the traveller, there and then."""
    for prev, m in zip(mentions, mentions[1:]):
        if GROUPS[prev.type] != "visit" or GROUPS[m.type] != "meet" or m.entry.pos != "noun" or not prev.persons:
            continue
        if m.start - prev.end > _PURPOSE_REACH or _CLAUSE_GAP.search(ctx.text, prev.end, m.start):
            continue
        if prev.persons[0] not in m.persons:
            m.persons.insert(0, prev.persons[0])
            m.countries |= {p.country for p in m.persons if p.country}
        if m.status == prev.status:
            m.location = m.location or prev.location
            state = _state_of(m.location)
            if state:
                m.countries.add(state)  # "se rendra à New Delhi afin de co-présider ...": India takes part
            if m.date is None and not m.date_text:
                m.date, m.date_text = prev.date, prev.date_text


def _state_of(place: object) -> str | None:
    city = city_of(place)
    return city.country if city is not None else None


def visitors(ctx: Context, mentions: list[EventMention], items: list) -> None:
    """"подготовку визита премьер-министра X", "the visit of Prime Minister X": a visit noun whose visitor
    follows it in the genitive is that visitor's; those who speak of it earlier in the sentence do not travel."""
    lex = roles.compiled(ctx.lang)
    for m in mentions:
        if GROUPS[m.type] != "visit" or m.entry.pos != "noun":
            continue
        after = [(start, person) for start, _, person in items if start >= m.end]
        if not after or after[0][0] - m.end > _VISITOR_REACH or _CLAUSE_GAP.search(ctx.text, m.end, after[0][0]):
            continue
        gap = [w for w in _WORD.finditer(ctx.text, m.end, after[0][0]) if not ctx.titled.covers(w.start())]
        if any(w.group().lower() not in lex.genitive and w.group().lower() not in lex.determiners for w in gap):
            continue
        if not gap and not ctx.titled.covers(m.end + 1) and not lexicon.grammar(ctx.lang, "noun_case_inflection"):
            continue  # "the visit Prime Minister X made": no genitive link without case endings
        later = {id(person) for start, person in after}
        m.persons = [p for p in m.persons if id(p) in later]


def subject_before(m: EventMention, items: list) -> bool:
    """Whether the first person of ``m`` is named before its trigger (its subject, not its object)."""
    return any(end <= m.start and person is m.persons[0] for _, end, person in items)


@cache
def _possessive(lang: str) -> re.Pattern[str] | None:
    pattern = lexicon.load("events", lang).get("cues", {}).get("possessive")
    return re.compile(rf"(?:^|\W)(?:{pattern})\s+$", re.IGNORECASE) if pattern else None


def possessed_visits(ctx: Context, mentions: list[EventMention], items: list) -> None:
    """"thanked Minister X for the talks during her visit to Washington": a visit noun after "his"/"her" is the
    trip of the person named last before it, not of whoever else the sentence names."""
    pattern = _possessive(ctx.lang)
    if pattern is None:
        return
    for m in mentions:
        if GROUPS[m.type] != "visit":  # "her visit": a noun, whatever the entry says
            continue
        if not pattern.search(ctx.text, max(0, m.start - 12), m.start):
            continue
        before = [person for _, end, person in items if end <= m.start]
        if before and m.persons != before[-1:]:
            m.persons = [before[-1]]
            m.countries = {before[-1].country} if before[-1].country else set()


def during_trips(ctx: Context, mentions: list[EventMention]) -> None:
    """"the discussions during her visit to Washington last week": talks named as happening during a trip
    of the same clause took place where and when the trip did."""
    for m, trip in zip(mentions, mentions[1:]):
        if GROUPS[m.type] != "meet" or GROUPS[trip.type] != "visit" or m.status != trip.status:
            continue
        between = ctx.low[m.end : trip.start]
        if len(_WORD.findall(between)) > 4 or _CLAUSE_GAP.search(between) or not cue_between(ctx, "frame", m.end, trip.start):
            continue
        m.location = m.location or trip.location
        if m.date is None and not m.date_text:
            m.date, m.date_text = trip.date, trip.date_text
