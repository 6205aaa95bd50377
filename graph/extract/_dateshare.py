"""Dates an act shares with another act the text relates it to, read once all mentions are dated.

Private to :mod:`graph.extract.assemble`. Two relations are read, with the phrases of
``graph/data/lexicons/<lang>/dates.json``:

- ``after_act``: "sagte sie nach dem Treffen", "dijo en una comparecencia tras la reunión", "told reporters
  after the talks": a statement or signing told right after an act named by a noun was made on that act's
  day, the day the noun itself gives or that of the latest act of its kind told before.
- ``after_clause``: "said in a statement on Wednesday after X met Y": an act told by a verb after the
  conjunction took place on the statement's day.
- an act named again by a definite noun ("the talks covered ..."): the day of the act of its type told
  before (:mod:`graph.extract._datedefinite`).
- a scene-setting sentence ("Es ist kurz nach neun, als sich am Montag die Tür öffnet."): its day dates the
  undated acts of the next sentence (:mod:`graph.extract._datescene`).
- "afterwards" inside a sentence ("fue recibida después por X"): the day of the act told before
  (:mod:`graph.extract._datethen`).
- a trip's purpose ("flies to Rome on Tuesday for talks with X"): the trip's day
  (:mod:`graph.extract._datepurpose`).
- a signing tied by a pronoun to the act before ("after which", "по их итогам"): that act's day
  (:mod:`graph.extract._dateanaphor`).
- a meeting on the sidelines of a gathering dated before: the gathering's date
  (:mod:`graph.extract._datesideline`).
- a meeting a dated statement was made after ("Er äußerte sich nach einem Treffen mit X"): the statement's day
  (:mod:`graph.extract._datespokeafter`).
- a statement at a joint press conference: the day of the talks told before it
  (:mod:`graph.extract._datejointpress`).
- ``days_apart``: "The call came a day after X met Y", "la llamada se produjo dos días después de que":
  the act told after the phrase lies that many days from the act told before it.
"""

from __future__ import annotations

import datetime as dt
import re
from functools import cache
from typing import TYPE_CHECKING

from graph.extract import lexicon
from graph.extract._dateafter import afterwards_days
from graph.extract._dateanaphor import anaphor_days
from graph.extract._dateclosing import closing_act_day
from graph.extract._dateeve import eve_days
from graph.extract._dateconclusion import conclusion_days
from graph.extract._datedefinite import definite_days
from graph.extract._datepurpose import purpose_days
from graph.extract._datereport import quoted
from graph.extract._datescene import scene_days
from graph.extract._datesideline import sideline_days
from graph.extract._datespokeafter import spoke_after_days
from graph.extract._datethen import then_days
from graph.extract._datedetail import detail_days
from graph.extract._datejointpress import joint_press_days
from graph.extract._datewelcome import welcome_days
from graph.extract.events import GROUPS
from graph.model import DateValue

if TYPE_CHECKING:
    from graph.extract.assemble import Context
    from graph.extract.events import EventMention

__all__ = ["share_dates"]

#: Acts a statement or a signing may follow: what "the meeting" may name.
_KINDS = {"meet": ("meet", "summit"), "summit": ("summit",), "visit": ("visit", "meet"), "call": ("call",)}
#: The acts that take the day of the act they follow.
_FOLLOWERS = frozenset({"statement", "ceremony"})
#: How many sentences back the act a noun names again may be told.
_REACH = 10
#: At most this many words between an "after" phrase and the act noun ("nach dem zweistündigen Treffen").
_ADJECTIVES = 1
#: A phrase ending in an elided article runs straight into its noun ("à l'issue de l'entretien").
_ELIDED = r"(?<=['’])"


@cache
def _patterns(lang: str) -> tuple[re.Pattern[str] | None, re.Pattern[str] | None, dict[str, int]]:
    data = lexicon.load("dates", lang)
    after = sorted(data.get("after_act", []), key=len, reverse=True)
    apart = {" ".join(k.lower().split()): int(v) for k, v in data.get("days_apart", {}).items()}
    after_re = re.compile(rf"(?<!\w)(?:{'|'.join(map(_spaced, after))})(?:{_ELIDED}|(?:\s+[\w-]+){{0,{_ADJECTIVES}}}\s+)$") if after else None
    apart_re = re.compile(rf"(?<!\w)(?:{'|'.join(map(_spaced, sorted(apart, key=len, reverse=True)))})(?!\w)") if apart else None
    return after_re, apart_re, apart


def _spaced(phrase: str) -> str:
    return r"\s+".join(re.escape(word) for word in phrase.lower().split())


@cache
def _clause_pattern(lang: str) -> re.Pattern[str] | None:
    words = lexicon.load("dates", lang).get("after_clause", [])
    return re.compile(rf"(?<!\w)(?:{'|'.join(map(_spaced, sorted(words, key=len, reverse=True)))})(?!\w)") if words else None


def _said_after(ctx: Context, group: list[EventMention]) -> None:
    """"the two governments said in a joint statement on Wednesday after X met Y": the undated act told by a verb
    in an "after" clause of a dated statement took place that day (``after_clause`` of ``dates.json``)."""
    pattern = _clause_pattern(ctx.lang)
    statements = [m for m in group if m.type == "Statement" and _day_of(m) is not None and not m.background]
    if pattern is None or not statements:
        return
    for m in group:
        if m.date is not None or m.date_text or m.background or m.status != "Occurred" or m.entry.pos != "verb":
            continue
        said = [s for s in statements if s.end <= m.start]
        if GROUPS[m.type] in _KINDS and said and pattern.search(ctx.low, said[-1].end, m.start):
            m.date, m.date_text = said[-1].date, said[-1].date_text


def share_dates(ctx: Context, mentions: list[EventMention]) -> None:
    """Date the acts the text ties to another act's day (see the module docstring); ``mentions`` in text order."""
    after_re, apart_re, apart = _patterns(ctx.lang)
    mentions = sorted(mentions, key=lambda m: m.start)
    by_sentence: dict[int, list[EventMention]] = {}
    for m in mentions:
        by_sentence.setdefault(m.sentence, []).append(m)
    scene_days(ctx, mentions)
    then_days(ctx, mentions)
    purpose_days(ctx, mentions)
    afterwards_days(ctx, mentions, by_sentence)
    welcome_days(mentions)
    _summoned_after(ctx, mentions, apart_re)
    _notified_later(ctx, mentions)
    _told_at_summons(ctx, mentions)
    detail_days(ctx, mentions)
    conclusion_days(ctx, mentions, by_sentence)
    anaphor_days(ctx, mentions, by_sentence)
    sideline_days(ctx, mentions)
    spoke_after_days(ctx, mentions)
    if after_re is None and apart_re is None:
        definite_days(ctx, mentions)
        eve_days(ctx, by_sentence, lambda noun: _told_day(mentions, noun))
        joint_press_days(ctx, mentions)
        return
    for index, group in by_sentence.items():
        span = ctx.sentences[index]
        _notified(group)
        _said_after(ctx, group)
        if after_re is not None:
            _after_acts(ctx, mentions, group, after_re, span.start)
        if apart_re is not None:
            for match in apart_re.finditer(ctx.low, span.start, span.end):
                _days_apart(mentions, group, match.start(), match.end(), apart[" ".join(match.group(0).split())])
    definite_days(ctx, mentions)
    eve_days(ctx, by_sentence, lambda noun: _told_day(mentions, noun))  # "On the eve of the talks, the ministry summoned X": the day before the talks
    joint_press_days(ctx, mentions)
    afterwards_days(ctx, mentions, by_sentence)  # again: "À l'issue de l'entretien, ils ont signé ... X a ensuite
    # offert un déjeuner": the act before took its day from the act it followed only now


def _after_acts(ctx: Context, mentions: list[EventMention], group: list[EventMention], pattern: re.Pattern[str], start: int) -> None:
    """"sagte X nach dem Treffen": the undated statements and signings of the sentence take the act's day."""
    followers = [m for m in group if GROUPS[m.type] in _FOLLOWERS and not m.background and m.status == "Occurred"
                 and (m.date is None and not m.date_text or _quoted_today(ctx, m))]  # fmt: skip
    if not followers:
        return
    for noun in group:
        if noun.entry.pos != "noun" or GROUPS[noun.type] not in _KINDS or noun.indefinite:
            continue
        if not pattern.search(ctx.low[max(start, noun.start - 60) : noun.start]):
            continue
        if noun.date is not None and noun.date.precision != "day":
            return  # "nach dem Treffen im März": an earlier act of its own
        day = (None if _quoted_today(ctx, noun) else _day_of(noun)) or _told_day(mentions, noun)
        if day is None:
            continue
        day = closing_act_day(ctx, ctx.low[max(start, noun.start - 60) : noun.start], day)
        for m in followers:
            m.date, m.date_text = day, day.text
        return


def _notified(group: list[EventMention]) -> None:
    """"summoned the envoy on Friday and informed him of the expulsion of two diplomats": the undated expulsion
    told after a dated summons of its sentence was notified, and so decided, that day."""
    summons = [m for m in group if m.type == "Summons" and _day_of(m) is not None and not m.background]
    for m in group:
        if m.type == "Expulsion" and m.date is None and not m.date_text and not m.background and m.status == "Occurred":
            before = [s for s in summons if s.start < m.start]
            if before:
                m.date, m.date_text = before[-1].date, before[-1].date_text


def _summoned_after(ctx: Context, mentions: list[EventMention], apart_re: re.Pattern[str] | None) -> None:
    """"The ministry declared the first secretary persona non grata on Wednesday. ... The chargé d'affaires was
    summoned to the ministry": an undated summons told by a verb within two sentences after a dated expulsion,
    with no other dated act between, was the expulsion's notification, that day; not one its sentence counts days
    from ("La decisión se conoció un día después de que el viceministro convocara a ...": ``days_apart``)."""
    latest: EventMention | None = None
    for m in mentions:
        if m.dropped or m.background:
            continue
        if m.type == "Summons" and m.date is None and not m.date_text and m.status == "Occurred" and m.entry.pos == "verb" \
                and latest is not None and 0 < m.sentence - latest.sentence <= 2 \
                and not (apart_re is not None and apart_re.search(ctx.low, ctx.sentences[m.sentence].start, m.start)):
            m.date, m.date_text = latest.date, latest.date_text
        elif m.date is not None or m.date_text:
            latest = m if m.type == "Expulsion" and _day_of(m) is not None else None


def _notified_later(ctx: Context, mentions: list[EventMention]) -> None:
    """"Russia declares two Norwegian diplomats persona non grata. ... The day before, the ambassador was summoned,
    where the deputy minister handed him the note": an undated expulsion was notified, and so decided, at a summons
    of the same states dated to a day and told at most :data:`_NOTICE_REACH` sentences after it, in a sentence
    that tells the notice (``notice_words`` of ``dates.json``) and names no expulsion of its own (not "X was
    summoned, where the expulsion of two of its diplomats was notified to him": the other side's answer), when no
    expulsion told before the summons has a date already (its date is told elsewhere)."""
    notice = _notice(ctx.lang)
    if notice is None:
        return
    dated = [o for o in mentions if o.type == "Expulsion" and not o.background and o.date is not None]
    for m in mentions:
        if m.type != "Expulsion" or m.date is not None or m.date_text or m.background or m.dropped or m.status != "Occurred":
            continue
        summons = next((s for s in mentions if s.type == "Summons" and 0 < s.sentence - m.sentence <= _NOTICE_REACH
                        and not s.background and not s.dropped and _day_of(s) is not None
                        and (not m.countries or not s.countries or m.countries == s.countries)), None)
        if summons is None or any(o.sentence <= summons.sentence for o in dated) or any(
                o.type == "Expulsion" and o.sentence == summons.sentence for o in mentions):
            continue  # the summons names its own expulsion, or the text dates the expulsion told before it
        span = ctx.sentences[summons.sentence]
        if notice.search(ctx.text, span.start, span.end):
            m.date, m.date_text = summons.date, summons.date_text


def _told_at_summons(ctx: Context, mentions: list[EventMention]) -> None:
    """"Kavalenka was received by the Director ... He was also informed that a diplomat ... has been declared
    persona non grata": an undated expulsion told to the envoy (``told_at_summons`` of ``dates.json``, a passive
    verb of being told) in the sentence right after a summons or the envoy's reception, or in its own sentence, was
    notified at it, and so decided that day: the day of the summons of the same states dated to a day told at most
    :data:`_NOTICE_REACH` sentences before that act (the lead's), or at it."""
    told = _told_pattern(ctx.lang)
    if told is None:
        return
    for m in mentions:
        if m.type != "Expulsion" or m.date is not None or m.date_text or m.background or m.dropped or m.status != "Occurred":
            continue
        span = ctx.sentences[m.sentence]
        if told.search(ctx.text, span.start, m.start + 1) is None:
            continue
        near = [s for s in mentions if s.type in _RECEPTIONS and m.sentence - 1 <= s.sentence <= m.sentence and s.start < m.start
                and not s.background and not s.dropped and s.status == "Occurred"]
        if not near:
            continue
        dated = [s for s in mentions if s.type == "Summons" and near[-1].sentence - _NOTICE_REACH <= s.sentence <= near[-1].sentence
                 and s.start <= near[-1].start and not s.background and not s.dropped and _day_of(s) is not None
                 and (not m.countries or not s.countries or s.countries <= m.countries)]
        if dated:
            m.date, m.date_text = dated[-1].date, dated[-1].date_text


#: The acts at which an envoy is told of an expulsion: the summons, or his reception at the ministry it tells.
_RECEPTIONS = frozenset({"Summons", "Meeting"})


@cache
def _told_pattern(lang: str) -> re.Pattern[str] | None:
    return lexicon.whole_words(lexicon.load("dates", lang).get("told_at_summons")) if lang.isalpha() else None


#: How many sentences after an undated expulsion the summons that notified it may be told.
_NOTICE_REACH = 4


@cache
def _notice(lang: str) -> re.Pattern[str] | None:
    return lexicon.whole_words(lexicon.load("dates", lang).get("notice_words"))


def _quoted_today(ctx: Context, m: EventMention) -> bool:
    """Whether ``m`` is dated only by a "today" inside a quotation (the speaker's day, not the report's)."""
    value = m.date
    if value is None or value.span is None:
        return False
    return quoted(ctx.text, ctx.sentences[m.sentence].start, value.span.start) and value.precision == "day"


def _day_of(m: EventMention) -> DateValue | None:
    return m.date if m.date is not None and m.date.precision == "day" and m.status == "Occurred" else None


def _told_day(mentions: list[EventMention], noun: EventMention) -> DateValue | None:
    """The day of the latest act of the noun's kind told before its sentence (within :data:`_REACH` sentences)."""
    kinds = _KINDS.get(GROUPS[noun.type], (GROUPS[noun.type],))
    earlier = [m for m in mentions if noun.sentence - _REACH <= m.sentence < noun.sentence and m.status == "Occurred"]
    acts = [m for m in reversed(earlier) if GROUPS[m.type] in kinds and not m.earlier and not (m.background and _day_of(m) is None)]
    named = set(map(id, noun.persons))
    if named:  # "nach dem Treffen mit dem Präsidenten": the act with the president, if one is told
        acts = [m for m in acts if named & set(map(id, m.persons))] + [m for m in acts if not named & set(map(id, m.persons))]
    dated = [m for m in acts if _day_of(m) is not None]  # the act told with its day first, the same kind before others
    dated.sort(key=lambda m: (not named & set(map(id, m.persons)), m.type != noun.type))  # ... but after the act with X
    if dated:
        return _last_day(dated, named).date
    return next((day for m in acts if (day := _day_before(earlier, m)) is not None), None)


def _last_day(dated: list[EventMention], named: set[int]) -> EventMention:
    """The first of ``dated`` (ranked), or a later day of the same act told with it: "closed yesterday the round
    ... The talks, which began on Tuesday ... said at the close of the meeting": a statement after an act of
    several days was made on its last day. The same act is one of the same rank and type told at most two
    sentences apart, sharing a participant (or one of them naming none)."""
    first = dated[0]
    people = set(map(id, first.persons))
    rank = (not named & people, first.type)
    same = [m for m in dated if (not named & set(map(id, m.persons)), m.type) == rank
            and (people & set(map(id, m.persons)) or not people or not m.persons)
            and abs(m.sentence - first.sentence) <= 2]
    return max(same, key=lambda m: m.date.value) if same else first


def _day_before(earlier: list[EventMention], act: EventMention) -> DateValue | None:
    """An undated act told right after a dated one ("traf am Mittwoch ein. Bei einem Gespräch mit X ..."): its day.
    An arrival told before a gathering of another kind dates nothing: "прибыл в Москву накануне. Переговоры прошли
    ...": the talks come on a later day of the visit (the day the page gives)."""
    for m in reversed([m for m in earlier if m.start < act.start and act.sentence - m.sentence <= 1]):
        if not m.background and _day_of(m) is not None:
            return None if GROUPS[m.type] == "visit" and GROUPS[act.type] != "visit" and m.entry.pos == "verb" else m.date
    return None


def _latest_day(mentions: list[EventMention], sentence: int) -> DateValue | None:
    """"The call came a day after ...", the call named by no trigger: the day of the latest act told before."""
    for m in reversed([m for m in mentions if sentence - _REACH <= m.sentence < sentence]):
        if not m.background and _day_of(m) is not None:
            return m.date
    return None


def _days_apart(mentions: list[EventMention], group: list[EventMention], start: int, end: int, days: int) -> None:
    """"The summit came a day after X held talks in Muscat": the act after the phrase lies ``days`` from the one before."""
    before = [m for m in group if m.end <= start]
    after = [m for m in group if m.start >= end and not m.background]
    if not after or after[0].date is not None or after[0].date_text:
        return
    base = (_day_of(before[-1]) or _told_day(mentions, before[-1])) if before else _latest_day(mentions, after[0].sentence)
    if base is None:
        return
    value = (dt.date.fromisoformat(base.value) + dt.timedelta(days=days)).isoformat()
    after[0].date, after[0].date_text = DateValue(value, base.text, base.span), base.text
