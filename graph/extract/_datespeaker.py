"""The day of the sentence that introduces a statement's speaker: "In Lima, the ministry's spokeswoman, X, tried on
Tuesday to calm the waters. The remarks did not reflect the government's position, X told her weekly briefing."

Private to :mod:`graph.extract.rules` (run on the merged events). An account often names a speaker and the day
in a sentence that tells no act ("tried to calm the waters", "versuchte ... die Wogen zu glätten") and quotes
the speaker in the next. A statement without a date of its own then took place on that day: the one single day
the sentence before names, when that sentence tells no act, names the speaker and the day lies not after
publication.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from graph.extract import dates
from graph.extract.text import sentence_of
from graph.model import DateValue

if TYPE_CHECKING:
    from graph.extract.assemble import Context, Draft

__all__ = ["introduced_day"]


def introduced_day(ctx: Context, drafts: list[Draft]) -> None:
    """Date the undated statements whose speaker the sentence before introduces with a day (module docstring)."""
    if ctx.reference is None:
        return
    told = {i for d in drafts for i in d.sentences}
    for statement in drafts:
        if statement.type != "Statement" or statement.speaker is None or statement.background:
            continue
        if statement.status != "Occurred" or statement.date is not None or statement.date_text or not statement.sentences:
            continue
        before = min(statement.sentences) - 1
        if before < 1 or before in told or not _names(ctx, before, statement.speaker):
            continue
        days = ctx.dates_by.get(ctx.sentences[before].start, [])
        if len(days) != 1 or not _one_day(days[0]) or days[0] is ctx.dateline:
            continue
        value, status = dates.resolve_for(days[0], ctx.reference, "Occurred")
        if value is not None and status == "Occurred" and len(value) == 10 and value <= ctx.reference.isoformat():
            statement.date, statement.date_text = DateValue(value, days[0].text, days[0].span), days[0].text


def _names(ctx: Context, index: int, person: object) -> bool:
    """Whether sentence ``index`` names ``person``."""
    mentions = [*ctx.people.mentions, *ctx.people.refs]
    return any(m.person is person and sentence_of(ctx.sentences, m.start) == index for m in mentions)


def _one_day(mention: dates.DateMention) -> bool:
    """A single day told as such: a weekday, "yesterday", a day of a month (no range, no bound, no counted day)."""
    if mention.bound or mention.end_day is not None or mention.anchored:
        return False
    return mention.weekday is not None or mention.relative_days is not None or mention.day is not None
