"""Implicit subjects of event mentions: who takes part in a trigger whose clause names nobody before it.

A verb after a subject pronoun ("où il rencontrera", "wird sie ... treffen"), after a purpose cue ("pour y
rencontrer") or in a "where" clause of a trip ("viajará a Guatemala, donde se reunirá con X") takes the
sentence's or the article's current subject; "he and X held talks" joins the pronoun's referent to X.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from graph.extract import lexicon
from graph.extract.cues import cue_after, cue_before, cue_between, hangs_on, opens_with
from graph.extract.events import GROUPS, compiled
from graph.extract.parties import subject_before
from graph.extract.subjects import pronoun_noun_subject

if TYPE_CHECKING:
    from graph.extract.assemble import Context
    from graph.extract.events import EventMention
    from graph.model import Person, Span

__all__ = ["argument_follows", "inherit_subjects"]

_WORDS = re.compile(r"\w+")
_BRACKET = 14  # words from a German pronoun subject to the verb closing its clause ("wird sie am Dienstag (20.01.) mit ... zusammentreffen")


def argument_follows(ctx: Context, m: EventMention, cue: str = "argument") -> bool:
    """Whether the participants of a noun trigger follow it ("the call between A and B")."""
    pattern = compiled(ctx.lang).fast.get(cue)
    return m.entry.pos == "noun" and pattern is not None and bool(pattern.match(ctx.low[m.end : m.end + 20].lstrip()))


def inherit_subjects(ctx: Context, others: list[EventMention], items: list[tuple[int, int, Person]]) -> None:
    """Implicit subjects: "où il rencontrera", "pour y rencontrer", "посетит ... и примет участие"."""
    for i, m in enumerate(others):
        if i and m.entry.pos == "verb" and hangs_on(ctx, others[i - 1], m):
            m.inherit = others[i - 1]  # "expelled ... on Tuesday and summoned", "nach Vilnius, wo sie ... trifft"
        prev = next((o for o in reversed(others[:i]) if o.persons), None)
        subject = prev.persons[0] if prev is not None else ctx.subject
        span = ctx.sentences[m.sentence]
        since = others[i - 1].end if i else span.start
        named_before = any(since <= start < m.start for start, _, _ in items)
        pronoun = cue_before(ctx, "pronoun", m.start, span, 3) or cue_after(ctx, "pronoun", m.end, span)
        pronoun = pronoun or (lexicon.grammar(ctx.lang, "verb_bracket") and cue_before(ctx, "pronoun", m.start, span, _BRACKET))  # "wird sie ... treffen"
        pronoun = pronoun or (not i and not named_before and opens_with(ctx, "pronoun", span))  # "Elle doit notamment être reçue"
        pronoun = pronoun or (m.entry.pos == "verb" and _pronoun_inside(ctx, m, span))  # "legte er ... einen Kranz nieder"
        joined = _pronoun_and(ctx, m, span)  # "he and X held talks"
        purpose = cue_before(ctx, "purpose", m.start, span, 2) and not named_before
        where = i > 0 and not named_before and _where_trip_goes(ctx, others[:i], m)
        pronoun = pronoun or not i and not named_before and _dropped_subject(ctx, m, subject)  # "Mañana viajará a Lisboa"
        if (m.entry.pos == "verb" and (pronoun or purpose) or where or joined) and subject is not None \
                and not (m.agreed and prev is None and not (pronoun or joined)):  # "they agreed to meet": both, found at merging
            if subject not in m.persons:
                m.persons.insert(0, subject)
            continue
        referent = pronoun_noun_subject(ctx, m, named_before)  # "Sie hatte ... in einem Telefonat mit X"
        if referent is not None:
            m.persons.insert(0, referent)
            continue
        if len(m.persons) == 1 and subject is not None and _with_one(ctx, m, subject, named_before):
            m.persons.insert(0, subject)  # "Ob es zu einer Begegnung mit X kommt": the protagonist's meeting
            continue
        if not m.persons and prev is not None and cue_between(ctx, "conjunction", prev.end, m.start):
            m.persons = list(prev.persons)
            m.inherit = prev
        elif i and prev is others[i - 1] and m.entry.pos == "verb" and not named_before \
                and cue_between(ctx, "conjunction", prev.end, m.start) and subject_before(prev, items) \
                and prev.persons[0] not in m.persons:
            m.persons.insert(0, prev.persons[0])  # "X besuchte München und traf dort Y": X met Y
    firsts = [m.persons[0] for m in others if m.persons]
    ctx.subject = firsts[0] if firsts else ctx.subject


def _dropped_subject(ctx: Context, m: EventMention, subject: Person | None) -> bool:
    """A finite trip verb told with nobody in a language that drops subject pronouns ("Mañana viajará a Lisboa,
    donde ..."; ``pro_drop`` of ``grammar.json``): the trip of the current subject, when the sentence before names
    that person (not one an unnamed title in between stands for: "El mandatario dominicano ... llegó ...")."""
    if subject is None or m.sentence == 0 or m.entry.pos != "verb" or m.entry.infinitive or GROUPS[m.type] != "visit":
        return False
    if m.persons or not lexicon.grammar(ctx.lang, "pro_drop"):
        return False
    before = ctx.sentences[m.sentence - 1]
    return any(pm.person is subject and before.start <= pm.start < before.end for pm in ctx.people.mentions)


def _pronoun_inside(ctx: Context, m: EventMention, span: Span) -> bool:
    """A subject pronoun right after the first word of a split verb trigger ("kamen sie ... zusammen")."""
    gap = ctx.text.find(" ", m.start, m.end)
    return gap > 0 and cue_after(ctx, "pronoun", gap, span)


def _with_one(ctx: Context, m: EventMention, subject: Person, named_before: bool) -> bool:
    """A meeting noun whose one party follows it as "with X" (or an audience granted "to X": ``recipient`` of
    ``events.json``, the last word of the trigger), no one named before it in its clause."""
    if GROUPS[m.type] != "meet" or named_before or subject in m.persons:
        return False
    last = _WORDS.findall(ctx.low[m.start : m.end])[-1:]  # "meeting with", "reunión con"
    recipient = lexicon.cue("events", ctx.lang, "recipient")  # "la dernière audience a été accordée à X"
    if recipient is not None and last and recipient.fullmatch(last[0]):
        return not cue_before(ctx, "pronoun", m.start, ctx.sentences[m.sentence], 3)
    if m.entry.pos == "noun":
        return argument_follows(ctx, m)
    pattern = compiled(ctx.lang).fast.get("argument")
    return bool(last and pattern and pattern.fullmatch(last[0])) and not cue_before(ctx, "pronoun", m.start, ctx.sentences[m.sentence], 3)


def _pronoun_and(ctx: Context, m: EventMention, span: Span) -> bool:
    """"He and President X met", "Anschließend trafen sie und X ...": a pronoun joined to a named party."""
    cues = compiled(ctx.lang).fast
    pronoun, conjunction = cues.get("pronoun"), cues.get("conjunction")
    if pronoun is None or conjunction is None:
        return False
    words = _WORDS.findall(ctx.low[max(span.start, m.start - 120) : m.start])
    return any(pronoun.fullmatch(a) and conjunction.fullmatch(b) for a, b in zip(words, words[1:]))


def _where_trip_goes(ctx: Context, earlier: list[EventMention], m: EventMention) -> bool:
    """"viajará a Guatemala, donde se reunirá con X", "travels to Manila for a visit, where she will hold talks":
    who travels meets there (no subject named in between)."""
    trips = [o for o in earlier if GROUPS[o.type] == "visit"]
    return any(o.persons for o in trips) and cue_between(ctx, "relative", earlier[-1].end, m.start)
