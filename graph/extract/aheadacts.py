"""Acts set against the day of publication: those told as occurred but still ahead are planned; plans called
off well before it are background.

An act dated on a full day after the day of publication has not happened yet. Where the clause of its first
mention tells it in the present or the future ("Tags darauf reist die Ministerin weiter nach Reykjavík",
"Am Mittwoch wird Mensah ... empfangen", "celebrarán la próxima semana ... una reunión") it is planned; a past
form there ("EAM called on", "erklärte") keeps it occurred: its date is what is wrong. The forms are cues of
``events.json``: 'ahead_verb' (present forms, "zu" or "to" before the verb), 'future_aux', 'future' and, as veto,
'past_verb'; a language without them changes nothing.

So is an act dated on the day of publication itself, told in the present or the future, in an article that tells
a trip starting that day ('departs_today': "Die Ministerin reist heute nach Kairo. Am Nachmittag trifft sie dort
ihren Amtskollegen"): the release is written as the trip begins, before what it announces for the day.

A plan called off whose own date lies well before the day of publication (an earlier month or year, or a day a
week or more before) is told in passing as what led up to the news ("Eine ursprünglich für Februar angesetzte
Verhandlungsrunde war abgesagt worden", "A summit pencilled in for March was called off"): background. One called
off for the days just past or ahead is the news itself.
"""

from __future__ import annotations

from datetime import date

from graph.extract.assemble import Context, Draft
from graph.extract.triggers import EventMention, compiled

__all__ = ["ahead_acts"]

_AHEAD = ("ahead_verb", "future_aux", "future")
_CLAUSE_MARKS = ",;:"
_STALE_DAYS = 7  # a cancelled plan's day at least this long before publication is background


def ahead_acts(ctx: Context, drafts: list[Draft]) -> None:
    """Turn occurred acts dated after the day of publication and told in the present or future into plans."""
    if ctx.reference is None:
        return
    day = ctx.reference.isoformat()
    _stale_cancellations(ctx.reference, drafts)
    cues = None
    today: bool | None = None  # whether the article tells a trip starting on the day of publication
    for draft in drafts:
        date = draft.date
        if draft.status != "Occurred" or draft.background or date is None or date.precision != "day" \
                or date.value < day or not draft.mentions:  # fmt: skip
            continue
        cues = cues or compiled(ctx.lang)
        if date.value == day:
            if today is None:
                today = "departs_today" in cues.fast and cues.search("departs_today", ctx.low or ctx.text.lower())
            if not today and not cues.search("later_today", _sentence(ctx, draft.mentions[0])):
                continue
        window = _clause(ctx, draft.mentions[0])
        if not cues.search("past_verb", window) and any(cues.search(cue, window) for cue in _AHEAD):
            draft.status = "Planned"


def _stale_cancellations(reference: date, drafts: list[Draft]) -> None:
    """Mark background the cancelled plans dated in an earlier year or month, or a week or more before."""
    for draft in drafts:
        when = draft.date
        if draft.status != "Cancelled" or draft.background or when is None:
            continue
        value = when.value
        if when.precision == "day":
            stale = (reference - date.fromisoformat(value)).days >= _STALE_DAYS
        else:
            stale = value < reference.isoformat()[: len(value)]
        draft.background = stale


def _sentence(ctx: Context, mention: EventMention) -> str:
    """The lower-cased sentence of a trigger."""
    span = ctx.sentences[mention.sentence]
    return (ctx.low or ctx.text.lower())[span.start : span.end]


def _clause(ctx: Context, mention: EventMention) -> str:
    """The lower-cased clause of a trigger up to the end of its first word: from its sentence's start, or the
    last comma, semicolon or colon before it ("Koskivaara kündigte an, kommende Woche ... zu beraten")."""
    text, start, end = ctx.text, mention.start, mention.end
    first = ctx.sentences[mention.sentence].start
    for mark in _CLAUSE_MARKS:
        first = max(first, text.rfind(mark, first, start) + 1)
    stop = text.find(" ", start, end)
    return text[first : stop if stop > 0 else end].lower()
