"""An act told with a month or a year long before the report is background: "В июле прошлого года мы с Вами
встречались в Санкт-Петербурге", "Die beiden waren sich im März 2024 in Hanoi begegnet", "they last met in
September 2024".

Private to :mod:`graph.extract._datelead`. A report tells what happened on its days; an act its own sentence dates
to a month, told with its year or counted back, more than :data:`_MONTHS` months before publication is one it recalls, even when no
word says so (a host's welcome speech, a remark in passing). Marked as background before the mentions are merged,
it stays apart from the act reported with the same people (the talks of the day do not take the date of the
meeting recalled in them); so do the undated acts of its sentence with one of its people, which tell it again. A day keeps its act as it is: an account may look back a few days, and an act of a day
told with its year is dated on purpose.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from graph.extract.assemble import Context
    from graph.extract.triggers import EventMention

__all__ = ["long_ago"]

#: A month that ended more than this many months before publication lies outside the report's account.
_MONTHS = 6


def long_ago(ctx: Context, mentions: list[EventMention]) -> None:
    """Mark as background the acts taken place that their own sentence dates to a month or year long before
    publication (see the module docstring)."""
    if ctx.reference is None:
        return
    now = ctx.reference.year * 12 + ctx.reference.month
    told = {(d.span.start, d.span.end): d for d in ctx.dates}
    for m in mentions:
        value = m.date
        if m.background or m.status != "Occurred" or value is None or value.span is None or len(value.value) != 7:
            continue
        span = ctx.sentences[m.sentence]
        if not span.start <= value.span.start < span.end:
            continue  # a date lent by an act told elsewhere
        if now - (int(value.value[:4]) * 12 + int(value.value[5:7])) > _MONTHS and _dated_back(told.get((value.span.start, value.span.end)), int(value.value[:4]) < ctx.reference.year):
            m.background = True
            _with_it(m, mentions)


def _dated_back(mention: object, last_year: bool) -> bool:
    """Whether a month is told with its year or that of a year counted back ("im März 2024", "в июле прошлого
    года") or as the last such month of an earlier year ("last June" in March), not bare ("im Februar" of an act
    whose tense alone put it in the past) nor as the last such month of the year of publication ("en mars dernier"
    in November: the account may still count it among its acts, "la deuxième convocation cette année, après celle
    de mars dernier")."""
    if mention is None:
        return False
    return mention.year is not None or (mention.relative_years or 0) < 0 or mention.direction < 0 and last_year


def _with_it(m: EventMention, mentions: list[EventMention]) -> None:
    """The undated acts of the sentence of ``m`` with one of its people are the same act recalled ("began in
    February last year, when X and Y opened the first round in Accra"): background too, with its date."""
    people = set(map(id, m.persons))
    for other in mentions:
        if other.sentence == m.sentence and other is not m and other.date is None and not other.date_text \
                and other.status == "Occurred" and people & set(map(id, other.persons)):
            other.background = True
            other.date, other.date_text = m.date, m.date_text
