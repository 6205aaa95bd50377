"""An act told on the day it ended is dated by its first day: "concluyeron este miércoles ... tras dos días de
reuniones", "wrapped up two days of talks on Friday", "nach zweitägigen Gesprächen am Freitag", "concluye este
jueves la visita que inició el domingo".

Private to :mod:`graph.extract.assemble`. An act of several days resolves to its start (the annotation rule for
ranges). When the sentence of an act dated to a day says it ended (``dates.json``: ``closing_words``, verbs of
ending and "after" words, regular expressions each matching a whole word or phrase), the act takes the date told
right after a verb of beginning (``opening_verbs``: "que inició el domingo"), else its day moves back by the
number of days the sentence gives it ("two days of talks", a stated duration; ``day_count_words``:
"zweitägigen", "двухдневных", which name the count as a prefix of the word).
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from functools import cache
from typing import TYPE_CHECKING

from graph.extract import dates as dates_mod
from graph.extract import lexicon
from graph.extract.events import GROUPS
from graph.extract.text import sentence_of
from graph.model import DateValue

if TYPE_CHECKING:
    from graph.extract.assemble import Context
    from graph.extract.triggers import EventMention
    from graph.model import Span

__all__ = ["closing_act_day", "opening_days"]

#: Acts that last several days; a statement or a signing at the end keeps the closing day.
_LASTING = frozenset({"Meeting", "Talks", "Negotiation", "Visit", "StateVisit", "Conference", "Summit"})
#: How far (characters) from the trigger the word of ending may stand, and how far before a trigger its count.
_REACH, _COUNT_GAP = 90, 25
#: How many words may stand between a verb of beginning and its date ("que inició el domingo").
_OPENING_WORDS = 3
_DAYS = re.compile(r"P(\d+)D")
_LONGEST = 10


@cache
def _patterns(lang: str) -> tuple:
    """(closing verbs, "after" words, opening verbs, day-count prefixes, their counts) of ``lang``."""
    data = (lexicon.load("dates", lang) if lang.isalpha() else None) or {}
    counts = {k.lower(): v for k, v in (data.get("day_count_words") or {}).items()}
    prefix = re.compile(rf"(?<!\w)(?:{'|'.join(map(re.escape, counts))})\w*", re.IGNORECASE) if counts else None
    words = (lexicon.whole_words(data.get(key)) for key in ("closing_words", "after_words", "opening_verbs"))
    return (*words, prefix, counts)


def opening_days(ctx: Context, group: list[EventMention], index: int, durations: list) -> None:
    """Move the day of each act of sentence ``index`` told on its last day to its first day; what else the
    sentence tells, and a statement of the next sentences, keeps the closing day (``ctx.closings``)."""
    closing, after, opening, prefix, counts = _patterns(ctx.lang)
    if closing is None:
        return
    span = ctx.sentences[index]
    sentence = ctx.text[span.start : span.end]
    ends = [span.start + m.start() for m in closing.finditer(sentence)]
    afters = [span.start + m.end() for m in after.finditer(sentence)] if after is not None else []
    if not ends and not afters:
        return
    for m in group:
        if m.type not in _LASTING or m.date is None or m.date.precision != "day" or m.date.span is None:
            continue
        ended = any(abs(e - m.start) <= _REACH for e in ends)
        start = _opened(ctx, span, opening, m) if ended else None
        days, count_at = _count(ctx, span, m, group, durations, prefix, counts)
        if start is None and (days < 2 or not (ended or _right_after(ctx.text, afters, count_at))):
            continue
        ctx.closings.append((index, m.date, set(map(id, m.persons))))
        _closing_day(group, m)
        if start is None:
            start = DateValue((date.fromisoformat(m.date.value) - timedelta(days=days - 1)).isoformat(), m.date.text, m.date.span)
            m.duration = m.duration or f"P{days}D"  # the days counted: an act of the next sentence is of any of them
        m.date = start


def _right_after(text: str, afters: list[int], at: int) -> bool:
    """Whether an "after" word stands right before the count at ``at`` ("tras dos días", "nach zweitägigen"), or
    with one short possessive or article between ("zum Abschluss seines dreitägigen Staatsbesuchs", "at the end of
    her three-day visit")."""
    return at >= 0 and any(0 <= at - a <= 4 and not text[a:at].strip(" de") or 0 <= at - a <= _OWNER_GAP
                           and _OWNER.fullmatch(text, a, at) is not None for a in afters)


#: One lower-case word of at most six letters between an "after" word and a count ("seines", "his", "their").
_OWNER = re.compile(r"\s+[a-zäöüéèàáíóúñ]{2,6}\s+")
_OWNER_GAP = 9


def closing_statements(ctx: Context, mentions: list[EventMention], reach: int = 2, far: int = 4) -> None:
    """"... wrapped up two days of talks on Friday. 'We made progress,' X said": an undated statement of the next
    sentences, by no one or by someone of the act, was made on its closing day; one whose own sentence says it
    came after the end ("Dawit sprach nach dem Ende der Runde", ``closing_act``) also a few sentences further on."""
    pattern = _closing_act(ctx.lang)
    for index, day, people in ctx.closings:
        for m in mentions:
            if m.type != "Statement" or not index < m.sentence <= index + far or m.date is not None or m.date_text:
                continue
            told = ctx.sentences[m.sentence]
            if m.sentence > index + reach and (pattern is None or pattern.search(ctx.text, told.start, told.end) is None):
                continue
            if not m.background and m.status == "Occurred" and (not m.persons or people & set(map(id, m.persons))):
                m.date, m.date_text = day, day.text


@cache
def _closing_act(lang: str) -> re.Pattern[str] | None:
    data = (lexicon.load("dates", lang) if lang.isalpha() else None) or {}
    return lexicon.whole_words(data.get("closing_act"))


def closing_act_day(ctx: Context, before: str, day: DateValue) -> DateValue:
    """The last day of an act of several days whose first day is ``day``, when ``before`` (the words right before
    the noun naming the act) says its end ("at the close of the talks", "al término de", "à l'issue de",
    ``dates.json``: ``closing_act``): "talks held in Nairobi on 10-11 November ... adopted a Joint Communiqué at
    the close of the talks" is dated 11 November. The last day is the end of the range the act's date names, or
    the closing day of an act this module moved back to its first day; else ``day``."""
    pattern = _closing_act(ctx.lang)
    if pattern is None or day.span is None or pattern.search(before) is None:
        return day
    for mention in ctx.dates_by.get(ctx.sentences[sentence_of(ctx.sentences, day.span.start)].start, []):
        if mention.span.start == day.span.start and mention.end_day is not None and mention.end_month is not None:
            year = mention.end_year or int(day.value[:4])
            end = date(year, mention.end_month, mention.end_day).isoformat()
            return DateValue(end, day.text, day.span) if end > day.value else day
    for _, closing, _ in ctx.closings:
        if closing.span is not None and closing.span.start == day.span.start and closing.value > day.value:
            return closing
    return day


def _closing_day(group: list[EventMention], m: EventMention) -> None:
    """"nach zweitägigen Gesprächen am Freitag ... eine Erklärung unterzeichnet": what the sentence tells besides
    the lasting act (a signing, a statement) happened on the closing day."""
    for other in group:
        if other.type not in _LASTING and other.date is None and not other.date_text and not other.background:
            other.date, other.date_text = m.date, m.date_text


def _opened(ctx: Context, span: Span, opening: re.Pattern[str] | None, m: EventMention) -> DateValue | None:
    """The date told right after a verb of beginning in the sentence ("que inició el domingo"), resolved."""
    if opening is None:
        return None
    for mention in ctx.dates_by.get(span.start, []):
        if mention is m.date or mention.span.start == m.date.span.start:
            continue
        before = ctx.text[max(span.start, mention.span.start - 40) : mention.span.start]
        verb = list(opening.finditer(before))
        if not verb or "," in before[verb[-1].end() :] or len(before[verb[-1].end() :].split()) > _OPENING_WORDS:
            continue
        value = dates_mod.resolve(mention, ctx.reference)
        if value and len(value) == 10 and value < m.date.value:
            return DateValue(value, mention.text, mention.span)
    return None


def _count(ctx: Context, span: Span, m: EventMention, group: list[EventMention], durations: list,
           prefix: re.Pattern[str] | None, counts: dict) -> tuple[int, int]:
    """``(days, where the count starts)`` the sentence counts for the act ("two days of talks", "zweitägigen
    Gesprächen"): a count right before a trigger of the act's kind (its own, or "tras dos días de reuniones")."""
    found = [(d.start, d.end, int(n.group(1))) for d, value in durations if (n := _DAYS.fullmatch(value))]
    if prefix is not None:
        for word in prefix.finditer(ctx.text, span.start, span.end):
            key = next((k for k in counts if word.group().lower().startswith(k)), None)
            if key is not None:
                found.append((word.start(), word.end(), int(counts[key])))
    for start, end, days in found:
        counted = [c for c in group if 0 <= c.start - end <= _COUNT_GAP or (start <= c.start and c.end <= end)]
        if days <= _LONGEST and any(c is m or GROUPS[c.type] == GROUPS[m.type] for c in counted):
            return days, start
    return 0, -1
