"""The day of the sentence that introduces a statement's speaker: "In Lima, the ministry's spokeswoman, X, tried on
Tuesday to calm the waters. The remarks did not reflect the government's position, X told her weekly briefing."

Private to :mod:`graph.extract.rules` (run on the merged events). An account often names a speaker and the day
in a sentence that tells no act ("tried to calm the waters", "versuchte ... die Wogen zu glätten") and quotes
the speaker in the next. A statement without a date of its own then took place on that day: the one single day
the sentence before names, when that sentence tells no act, names the speaker and the day lies not after
publication; or the day told right after the speaker's name there ("Пресс-секретарь X сегодня опроверг
сообщения о том, что ... встретятся в апреле"), whatever else that sentence tells. A speaker named as the source
of a dated report ("teilte Sprecherin X am Freitag mit") and quoted in one of the next two sentences spoke on the report's day (:func:`reported_speaker_day`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from graph.extract import dates
from graph.extract._datereport import report_verb_before
from graph.extract.text import sentence_of
from graph.model import DateValue

if TYPE_CHECKING:
    from graph.extract.assemble import Context, Draft

__all__ = ["introduced_day", "reported_speaker_day"]


def introduced_day(ctx: Context, drafts: list[Draft]) -> None:
    """Date the undated statements whose speaker the sentence before introduces with a day (module docstring)."""
    if ctx.reference is None:
        return
    told = {i for d in drafts for i in d.sentences}
    for statement in drafts:
        if statement.type != "Statement" or statement.speaker is None or statement.background:
            continue
        if statement.status != "Occurred" or _dated(ctx, statement) or not statement.sentences:
            continue
        before = min(statement.sentences) - 1
        if before < 1 or not _names(ctx, before, statement.speaker):
            continue
        days = ctx.dates_by.get(ctx.sentences[before].start, [])
        days = _after_name(ctx, statement.speaker, days) or ([] if before in told else days)
        if len(days) != 1 or not _one_day(days[0]) or days[0] is ctx.dateline:
            continue
        value, status = dates.resolve_for(days[0], ctx.reference, "Occurred")
        if value is not None and status == "Occurred" and len(value) == 10 and value <= ctx.reference.isoformat():
            statement.date, statement.date_text = DateValue(value, days[0].text, days[0].span), days[0].text


def _dated(ctx: Context, statement: Draft) -> bool:
    """Whether a statement has a date of its own: not one only the wire's dateline gives ("Nueva York, 22 sep
    (EFE).-"), which the day of the sentence introducing its speaker replaces."""
    if statement.date is None and not statement.date_text:
        return False
    return ctx.dateline is None or statement.date is None or statement.date.span != ctx.dateline.span


def _names(ctx: Context, index: int, person: object) -> bool:
    """Whether sentence ``index`` names ``person``."""
    mentions = [*ctx.people.mentions, *ctx.people.refs]
    return any(m.person is person and sentence_of(ctx.sentences, m.start) == index for m in mentions)


#: How many sentences back the report naming a statement's speaker may stand.
_REACH = 2
#: How far (characters) before a reporting verb its source may be named ("spokeswoman X said on Friday").
_SOURCE_GAP = 40


#: How far (characters) after a speaker's name the day told with it may start ("Осмонов сегодня опроверг").
_AFTER_NAME = 3


def _after_name(ctx: Context, person: object, days: list[dates.DateMention]) -> list[dates.DateMention]:
    """The days standing right after a name of ``person`` ("Пресс-секретарь Эрмек Осмонов сегодня опроверг
    сообщения о том, что ... встретятся в апреле"): the day the speaker spoke, also in a sentence telling an act
    or naming other days."""
    named = [m.end for m in [*ctx.people.mentions, *ctx.people.refs] if m.person is person]
    return [d for d in days if d is not ctx.dateline and any(0 < d.span.start - end <= _AFTER_NAME for end in named)]


def _named_at(ctx: Context, person: object, start: int, end: int) -> bool:
    """Whether ``person`` is named between ``start`` and ``end``."""
    return any(m.person is person and start <= m.start < end for m in [*ctx.people.mentions, *ctx.people.refs])


def _one_day(mention: dates.DateMention) -> bool:
    """A single day told as such: a weekday, "yesterday", a day of a month, a "same day" counted from an earlier day
    of the text ("ese mismo día") (no range, no bound, no day counted from publication)."""
    if mention.bound or mention.end_day is not None or mention.anchored and (mention.anchor is None or mention.relative_days != 0):
        return False
    return mention.weekday is not None or mention.relative_days is not None or mention.day is not None


def reported_speaker_day(ctx: Context, drafts: list[Draft]) -> None:
    """A statement without a date of its own whose speaker the sentence before names as the source of a report
    dated right after its verb, in one of the two sentences before ("..., teilte Sprecherin X am Freitag mit. «...», sagte X"; "..., spokeswoman X
    said on Friday. '...', X told reporters") was made on the report's day, not on the day of the act reported."""
    if ctx.reference is None:
        return
    for statement in drafts:
        if statement.type != "Statement" or statement.speaker is None or statement.background:
            continue
        if statement.status != "Occurred" or statement.date is not None or statement.date_text or not statement.sentences:
            continue
        first = min(statement.sentences)
        before = next((i for i in range(first - 1, max(0, first - 1 - _REACH), -1) if _names(ctx, i, statement.speaker)), 0)
        if before < 1:
            continue  # the latest of the sentences before that names the speaker
        span = ctx.sentences[before]
        days = [(d, report_verb_before(ctx.text, d.span.start, ctx.lang, span.start))
                for d in ctx.dates_by.get(span.start, []) if d is not ctx.dateline and _one_day(d)]
        days = [(d, verb) for d, verb in days if verb >= 0]
        if len(days) != 1 or not _named_at(ctx, statement.speaker, days[0][1] - _SOURCE_GAP, days[0][0].span.start):
            continue  # the speaker is the report's source: named right before its verb or between it and the day
        days = [days[0][0]]
        value, status = dates.resolve_for(days[0], ctx.reference, "Occurred")
        if value is not None and status == "Occurred" and len(value) == 10 and value <= ctx.reference.isoformat():
            statement.date, statement.date_text = DateValue(value, days[0].text, days[0].span), days[0].text
