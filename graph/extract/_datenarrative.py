"""The day an account has reached: an act told without a date took place on the last day the text told before it.

Private to :mod:`graph.extract._datelead`. A report goes on in order: once it has said "am Montag", "el jueves",
"vendredi dernier" or "во вторник", the acts it tells next without a date of their own happened that day, until it
tells another date ("Am Rande des Treffens kam X mit Y zusammen", "Il a été reçu en audience à la Gouvernance",
"a déclaré M. X à la presse"). The last date told before the act is read, in its own clause too ("hatte am
Mittwoch Buenos Aires besucht und dort mit X gesprochen": not the day told before; not one of another clause of
its sentence: "Arrivé lundi soir à Beyrouth, il s'est ensuite entretenu avec X"); not the day of a report
("a-t-on appris vendredi", "verlautete am Dienstag"), nor the dateline the report was filed under (its day dates
what is left once the events are merged). It dates the act only when it is one day told as past: a month, a
season, a "since" or "until", a day of a pluperfect account or a day ahead of publication stops the reading. An
act of a participant told after that day but dated to an earlier one (by the rules that read the acts told before
it) moves the account to its day ("avant-hier à Madagascar, puis hier à Maurice. À Antananarivo, la ministre a été
reçue par X. ... s'est ensuite entretenue avec Y": the day before yesterday).

Only acts told by a verb or an indefinite noun ("kam mit X zu einem Gespräch zusammen") as taken place with a named
participant take it, after every other rule has had its say. A signing told by a verb without a date, named
participant or not, took place on the day of the latest meeting or talks (what a signing concludes; no trip, no
statement) told in its sentence or the two before with its day ("reçu mardi par X. Il s'est ensuite entretenu avec Y. Les deux ministres ont signé une feuille de
route": Tuesday; not the day of an arrival told sentences before the talks the signing followed).

Plans go on the same way: a planned act first of its kind told without a date in the sentence of a day ahead, or
the one after it, takes that day ("X wird am Samstag an einer Feier teilnehmen. Eröffnet wird die Zeremonie von
Y"), and an act told as uncertain takes the date of the planned act told right before it ("... am OSZE-Ministerrat
in Wien teil. Dort könnte sie auch X treffen"). Not: a definite noun, which often names again an act
told before ("El encuentro se realizó en el Palacio"); acts named in passing, background and dropped acts; an act
whose participant another dated act of its kind names (the same act: the merged event takes that date), unless
each names a participant the other does not (a meeting with another counterpart); the reception of a summoned envoy (the summons, dated with it); an act told after a gathering's day ("se sont réunis
jeudi en sommet ... En marge du sommet, X s'est entretenu avec Y"), part of the gathering or held beside it, which
the rules of gatherings and their sidelines read; trips and gatherings themselves, which last several days.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from typing import TYPE_CHECKING

from graph.extract import dates as dates_mod
from graph.extract._dateafter import told_afterwards
from graph.extract._datereport import report_verb_before
from graph.extract._datetense import pluperfect_at
from graph.extract.events import GROUPS
from graph.extract.text import sentence_of
from graph.model import DateValue

if TYPE_CHECKING:
    from graph.extract.assemble import Context
    from graph.extract.triggers import EventMention

__all__ = ["after_days", "narrative_days", "planned_days", "signing_days", "uncertain_days"]

#: How many sentences after a summons the reception of the summoned envoy may be told.
_RECEIVED = 2
#: The acts of one day that take it; a trip or a gathering frames several days and is told again elsewhere.
_TAKERS = frozenset({"meet", "call", "statement", "summons"})
#: What closes the clause of a date told before the act in its own sentence.
_CLAUSE_BREAK = re.compile(r"[,;:()]|\s[–—]\s")


def narrative_days(ctx: Context, mentions: list[EventMention]) -> None:
    """Date the undated acts told as taken place with the last day told before them (see the module docstring)."""
    if ctx.reference is None or not ctx.sentences:
        return
    told = sorted((d for d in ctx.dates if d is not ctx.dateline and not ctx.duration_spans.overlaps(d.span.start, d.span.end)
                   and report_verb_before(ctx.text, d.span.start, ctx.lang) < 0), key=lambda d: d.span.start)
    if not told:
        return
    starts = [d.span.start for d in told]
    gatherings = {o.date.span.start for o in mentions if GROUPS[o.type] == "summit" and o.date is not None
                  and o.date.span is not None and not o.background}
    plans = {o.date.span.start for o in mentions if o.status == "Planned" and o.date is not None and o.date.span is not None}
    for m in mentions:
        if not _taker(m) or _told_again(m, mentions):
            continue
        before = told[: bisect_left(starts, m.start)]  # its own clause's date before it too ("hatte am Mittwoch")
        while before and _other_clause(ctx, before[-1], m):
            if _coarse(before[-1]):
                break  # "the visit ... in December last year, including his meeting with X": that time, not a day told before
            before = before[:-1]
        if not before or _other_clause(ctx, before[-1], m):
            continue
        if before[-1].span.start in plans:  # "X sera reçu ce vendredi par Y. ... Le ministre a ensuite reçu Z": the
            _after_own_act(ctx, mentions, m)  # plan's day is not the account's; "ensuite": the day of the host's act before
            continue
        value = _day(ctx, before[-1])
        if value is not None and before[-1].span.start not in gatherings:
            reached = _reached(mentions, m, before[-1])
            if reached is not None:  # "... avant-hier à Madagascar, puis hier à Maurice. À Antananarivo, la ministre a
                m.date, m.date_text = reached.date, reached.date_text  # été reçue par X. ... s'est ensuite entretenue"
                continue
            m.date, m.date_text = DateValue(value, before[-1].text, before[-1].span), before[-1].text


def after_days(mentions: list[EventMention]) -> None:
    """Date an undated act named by a noun after an "after" word ("After the ceremony, which included a 21-gun salute,
    X called on Y") with the day of the act its sentence tells after it as taken place: what it preceded that day."""
    for m in mentions:
        if not m.after or m.entry.pos != "noun" or m.date is not None or m.date_text or m.background or m.dropped \
                or m.status != "Occurred":
            continue
        then = next((o for o in mentions if o.sentence == m.sentence and o.start >= m.end and not o.after
                     and not o.dropped and o.status == "Occurred" and o.date is not None and o.date.precision == "day"), None)
        if then is not None:
            m.date, m.date_text = then.date, then.date_text


def _after_own_act(ctx: Context, mentions: list[EventMention], m: EventMention) -> None:
    """Date ``m``, told as taken place "afterwards" ("a ensuite reçu"), with the day of the latest act told before it
    as taken place and dated to the day that shares a participant with it."""
    if m.status != "Occurred" or not m.persons or not told_afterwards(ctx, m):
        return
    people = set(map(id, m.persons))
    for o in reversed(mentions):
        if o.start >= m.start or o.background or o.dropped or o.status != "Occurred":
            continue
        if o.date is not None and o.date.precision == "day" and people & set(map(id, o.persons)):
            m.date, m.date_text = o.date, o.date_text
            return


def _reached(mentions: list[EventMention], m: EventMention, last: dates_mod.DateMention) -> EventMention | None:
    """The latest act of a participant of ``m`` told after the last day told (``last``) and before ``m``, dated to
    an earlier day told before that one: the account has gone on from that act's day, not from ``last``'s."""
    people = set(map(id, m.persons))
    for o in reversed(mentions):
        if o.start >= m.start or o is m:
            continue
        if o.start < last.span.end:
            return None
        if o.background or o.dropped or o.status != "Occurred" or not people & set(map(id, o.persons)):
            continue
        if o.date is not None and o.date.precision == "day" and o.date.span is not None and o.date.span.end <= last.span.start:
            return o
    return None


def signing_days(mentions: list[EventMention]) -> None:
    """Date the undated signings told by a verb as taken place with the day of the latest act told before them (see
    the module docstring)."""
    for i, m in enumerate(mentions):
        if GROUPS[m.type] != "ceremony" or m.entry.pos != "verb" or m.status != "Occurred" or m.date is not None \
                or m.date_text or m.background or m.dropped or _told_again(m, mentions):
            continue
        base = next((o for o in reversed(mentions[:i]) if 0 <= m.sentence - o.sentence <= _SIGNED_REACH
                     and o.start < m.start and _day_act(o)), None)
        if base is not None:
            m.date, m.date_text = base.date, base.date_text


#: How many sentences before a signing the act whose day it takes may be told.
_SIGNED_REACH = 2


def _day_act(m: EventMention) -> bool:
    """A meeting or talks taken place (what a signing concludes; not a trip, nor a statement made alongside it),
    dated to the day and told as no background."""
    return m.date is not None and m.date.precision == "day" and m.status == "Occurred" and not m.background \
        and not m.dropped and GROUPS[m.type] == "meet"


def uncertain_days(mentions: list[EventMention]) -> None:
    """Date an undated act told as uncertain with the date of the act told last before it, in its sentence or the
    two before, when that act is planned: "Anfang Dezember nimmt sie am OSZE-Ministerrat in Wien teil. Dort könnte
    sie auch X treffen", "Am Donnerstag reist er weiter nach Panama-Stadt ... Ein Treffen mit Staatspräsident X ist
    angefragt": a meeting sought during a planned stay would take place in it."""
    kept = [m for m in mentions if not m.dropped and not m.background]
    for i, m in enumerate(kept):
        if m.status != "Uncertain" or m.date is not None or m.date_text or GROUPS[m.type] not in ("meet", "call") or m.earlier:
            continue
        before = next((o for o in reversed(kept[:i]) if o.start < m.start), None)
        if before is not None and m.sentence - before.sentence <= _UNCERTAIN_REACH and before.status == "Planned" \
                and before.date is not None:
            m.date, m.date_text = before.date, before.date_text


#: How many sentences before an uncertain act the planned act whose date it takes may be told.
_UNCERTAIN_REACH = 2


def planned_days(ctx: Context, mentions: list[EventMention]) -> None:
    """Date the undated planned acts of a programme with the day ahead told last before them, in their sentence or
    the one before: "X wird am Samstag in Windhoek an einer Feier teilnehmen. Eröffnet wird die Zeremonie von Y"
    (the first act of its kind the text names; a plan named again takes its date from the merged event)."""
    if ctx.reference is None:
        return
    told = sorted((d for d in ctx.dates if d is not ctx.dateline and not ctx.duration_spans.overlaps(d.span.start, d.span.end)
                   and report_verb_before(ctx.text, d.span.start, ctx.lang) < 0), key=lambda d: d.span.start)
    starts = [d.span.start for d in told]
    seen: set[str] = set()
    for m in mentions:
        group = GROUPS[m.type]
        first = group not in seen
        seen.add(group)
        if not first or m.status != "Planned" or m.date is not None or m.date_text or m.background or m.dropped \
                or m.earlier or m.anaphoric or group not in _PLANS:
            continue
        before = told[: bisect_left(starts, m.start)]
        if not before or _other_clause(ctx, before[-1], m) or m.sentence - sentence_of(ctx.sentences, before[-1].span.start) > 1:
            continue
        value = _ahead(ctx, before[-1])
        if value is not None:
            m.date, m.date_text = DateValue(value, before[-1].text, before[-1].span), before[-1].text


#: The planned acts of one day that take the day told before them.
_PLANS = frozenset({"meet", "call", "ceremony"})


def _ahead(ctx: Context, mention: dates_mod.DateMention) -> str | None:
    """The day ahead of publication ``mention`` tells as ahead by itself ("wird am Samstag ... teilnehmen", not
    "conversó el jueves"), else None."""
    if mention.bound or mention.end_day is not None or not dates_mod.dates_act(mention):
        return None
    if mention.weekday is None and mention.relative_days is None and mention.day is None:
        return None
    value, status = dates_mod.resolve_for(mention, ctx.reference, "Occurred")  # as its own clause tells it:
    if value is None or len(value) != 10 or value < ctx.reference.isoformat() or status != "Planned":  # "wird am Samstag"
        return None
    return value


def _other_clause(ctx: Context, mention: dates_mod.DateMention, m: EventMention) -> bool:
    """Whether ``mention``, told in the sentence of ``m`` before it, dates another clause ("Arrivé lundi soir à
    Beyrouth, le diplomate s'est ensuite entretenu avec X"): the days told before the sentence are read."""
    start = ctx.sentences[m.sentence].start
    return mention.span.start >= start and bool(_CLAUSE_BREAK.search(ctx.text, mention.span.end, m.start))


def _coarse(mention: dates_mod.DateMention) -> bool:
    """A month, season or year told as a time (no day, weekday, "yesterday", "since" or "until")."""
    return not mention.bound and mention.day is None and mention.weekday is None and mention.relative_days is None \
        and dates_mod.dates_act(mention)


def _taker(m: EventMention) -> bool:
    """Whether ``m`` is an undated act of one day told as taken place, by a verb or an indefinite noun, with a
    named participant, neither background nor named in passing."""
    if m.date is not None or m.date_text or m.background or m.dropped or m.earlier or m.anaphoric or m.reference:
        return False
    told = m.entry.pos == "verb" or m.indefinite
    return told and m.status == "Occurred" and GROUPS[m.type] in _TAKERS and bool(m.persons)


def _told_again(m: EventMention, mentions: list[EventMention]) -> bool:
    """Whether another act of the kind of ``m`` with one of its participants is told with a date (the same act,
    whose own date the merged event takes), or a summons of one of them or told just before ("Le diplomate a
    été reçu par X": the reception is the summons, dated with it). An act with another counterpart is no such
    one ("a été reçu mardi par le président X ... s'est entretenu avec le Premier ministre Y"), nor is one told with
    another status ("sostuvieron una reunión ... y los preparativos del Encuentro Presidencial, que se realizará en
    Arica a finales de octubre": a plan of the same people)."""
    people = set(map(id, m.persons))
    return any(o is not m and not o.dropped and (
        o.type == "Summons" and (people & set(map(id, o.persons)) or 0 <= m.sentence - o.sentence <= _RECEIVED)
        or people & set(map(id, o.persons)) and (o.date is not None or o.date_text) and GROUPS[o.type] == GROUPS[m.type]
        and o.status == m.status and not _other_counterparts(people, set(map(id, o.persons))))
        for o in mentions)


def _other_counterparts(people: set[int], others: set[int]) -> bool:
    """Whether two acts of one person each have a participant the other lacks (two meetings, not one told twice)."""
    return bool(people - others) and bool(others - people)


def _day(ctx: Context, mention: dates_mod.DateMention) -> str | None:
    """The past day ``mention`` tells, or None when it tells no single day of the account."""
    if mention.bound or mention.end_day is not None or not dates_mod.dates_act(mention):
        return None
    if mention.weekday is None and mention.relative_days is None and mention.day is None:
        return None
    if pluperfect_at(ctx.text, mention.span.start, mention.span.end, ctx.lang):
        return None
    value, status = dates_mod.resolve_for(mention, ctx.reference, "Occurred")
    if value is None or status != "Occurred" or len(value) != 10 or value > ctx.reference.isoformat():
        return None
    return value
