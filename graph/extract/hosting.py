"""Host verbs ("received", "hosted", "принял") make a meeting only with a person received.

"welcomed the talks", "begrüßte die Entscheidung": a host verb without a person as object is no meeting of
its own. When its object is an act the article reports ("hosted the one-day meeting", "accueille le
sommet"), the host takes part in that act; an act noun before it that its relative pronoun object stands for
("the Conference ... (COP17), which Mongolia will host in Ulaanbaatar") takes the place the host verb is given.
"""

from __future__ import annotations

import re

from graph.extract.triggers import EventMention, compiled

__all__ = ["host_objects", "host_states", "subject_after"]

#: How far (characters) after a host verb the act it hosts may start ("hosted the one-day meeting").
_OBJECT_REACH = 24


def host_objects(ctx: object, mentions: list[EventMention], items: list[tuple[int, int, object]]) -> None:
    """Drop host verbs of a sentence that receive no person; their people join the act they host, if named."""
    text = ctx.text
    between = compiled(ctx.lang).fast.get("between")
    for i, m in enumerate(mentions):
        if not m.entry.needs_object or len(m.persons) >= 2:
            continue
        if any(start >= m.end and p in m.persons for start, _, p in items):
            continue
        if _received_pronoun(ctx, m):
            continue  # "Mayor X received him at the town hall": the person told of before is received
        m.dropped = True
        hosted = mentions[i + 1] if i + 1 < len(mentions) else None
        if hosted is None or hosted.entry.pos != "noun" or hosted.type == "Statement" or hosted.start - m.end > _OBJECT_REACH:
            m.hosted = _antecedent(ctx, mentions, i)  # "the Conference ..., which Mongolia will host in Ulaanbaatar"
            continue
        if any(m.end <= start < hosted.start for start, _, _ in items) or "," in text[m.end : hosted.start]:
            continue  # "received the envoy at the meeting", "hosted, as every year, ...": not the object
        if between is not None and between.match(ctx.low[hosted.end : hosted.end + 20].lstrip()):
            continue  # "welcomed the talks between Serbia and Kosovo": others' act
        m.hosted = hosted
        for person in m.persons:
            if person not in hosted.persons:
                hosted.persons.insert(0, person)


#: How far (characters) before a host verb the act its relative pronoun stands for may end.
_ANTECEDENT_REACH = 120
#: A comma, a relative pronoun and at most three words (the host) ending right before the host verb.
_RELATIVE_OBJECT = re.compile(r",\s*([^\W\d_]+)\s+(?:[^\W\d_][\w'’-]*\s+){0,3}$")
#: The same without the comma, the pronoun right after the act noun ("the summit that Jamaica will host").
_RESTRICTIVE_OBJECT = re.compile(r"\s+([^\W\d_]+)\s+(?:[^\W\d_][\w'’-]*\s+){0,3}")
_STOP = re.compile(r"[;:.!?]\s")


def _antecedent(ctx: object, mentions: list[EventMention], i: int) -> EventMention | None:
    """The act noun right before a host verb whose object is a relative pronoun standing for it ("the session of
    the Conference of the Parties (COP17), which Mongolia will host in Ulaanbaatar"; without a comma right after
    the noun: "the CARICOM-Canada summit that Jamaica will host in Montego Bay"), else None."""
    pattern = compiled(ctx.lang).fast.get("object_relative")
    if pattern is None or i == 0:
        return None
    m, noun = mentions[i], mentions[i - 1]
    if noun.entry.pos != "noun" or noun.type == "Statement" or m.start - noun.end > _ANTECEDENT_REACH:
        return None
    gap = ctx.low[noun.end : m.start]
    found = _RELATIVE_OBJECT.search(gap) or _RESTRICTIVE_OBJECT.fullmatch(gap)
    if found is None or _STOP.search(gap) or not pattern.fullmatch(found.group(1)):
        return None
    return noun


def _received_pronoun(ctx: object, m: EventMention) -> bool:
    """Whether a host verb receives a pronoun ("received him", "empfing den Diplomaten", "lo recibió"): the
    person named last before it, not yet a party, joins the act (False when there is none); one of the host's own
    state named last (an earlier host) gives way to the last one named of another state."""
    triggers = compiled(ctx.lang)
    after = ctx.low[m.end : m.end + 24].lstrip()
    before = ctx.low[max(0, m.start - 12) : m.start].rstrip()
    clitic = triggers.fast.get("object_clitic")
    pronoun = triggers.fast.get("object_pronoun")
    if not (pronoun is not None and pronoun.match(after) or clitic is not None and _ends(clitic, before)):
        return False
    people = getattr(ctx.people, "mentions", [])
    earlier = [pm.person for pm in people if pm.person is not None and pm.end <= m.start and pm.person not in m.persons]
    if not earlier or not m.persons:
        return False
    hosts = {p.country for p in m.persons if p.country}
    if earlier[-1].country in hosts:  # "Bundespräsident X empfing den Gast" after a host of X's state: a guest of
        earlier = [p for p in earlier if p.country and p.country not in hosts] or earlier  # another state
    m.persons.append(earlier[-1])
    return True


def _ends(pattern: object, window: str) -> bool:
    """Whether a match of ``pattern`` ends ``window``."""
    return any(found.end() == len(window) for found in pattern.finditer(window))


def host_states(mentions: list[EventMention]) -> None:
    """The states a dropped host verb drew ("Saudi Arabia will host next year's summit") host the act it names."""
    for m in mentions:
        if m.dropped and m.hosted is not None:
            m.hosted.countries |= m.countries


#: How far (characters) a subject may stand before its verb ("X held talks", "X, the minister, met").
_SUBJECT_REACH = 3


def subject_after(ctx: object, noun: EventMention, start: int, end: int, verb: EventMention) -> bool:
    """Whether a person named between an act noun and a verb trigger is the subject of a clause opened by
    "after"/"before" ("the summit came a day after X held talks"): X takes part in the verb's act only."""
    if noun.entry.pos != "noun" or verb.entry.pos != "verb" or verb.start - end > _SUBJECT_REACH:
        return False
    pattern = compiled(ctx.lang).fast.get("after")
    return pattern is not None and pattern.search(ctx.low, noun.end, start) is not None
