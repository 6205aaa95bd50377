"""A postponement whose new date the next sentence tells: "X's visit to Wellington, originally scheduled for
August, was postponed ... The ministers agreed that it would now take place early next year."

An act whose own sentence (the last it is told in: a headline's act is told again in the lead) says it was put
off after naming it, and names no date after the postponing word, takes the one date after the cue of the next
sentence when that sentence says that "it" will now be held or that a new date is sought ("ein neuer Termin werde
„im Frühjahr“ gesucht"; the cue ``held_now`` of ``lexicons/<lang>/dates.json``): the act lies ahead and is
planned. The postponing words are the events lexicon's cue ``postponed``.
"""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING

from graph.extract import dates, lexicon
from graph.model import DateValue

if TYPE_CHECKING:
    from graph.extract.assemble import Context, Draft

__all__ = ["moved_to_next_sentence", "next_to_put_off"]


@cache
def _cues(lang: str) -> tuple[re.Pattern[str], re.Pattern[str]] | None:
    postponed = lexicon.load("events", lang).get("cues", {}).get("postponed")
    held = lexicon.load("dates", lang).get("held_now")
    if not postponed or not held:
        return None
    return lexicon.whole_words(postponed), lexicon.whole_words(held)  # type: ignore[return-value]


def moved_to_next_sentence(ctx: Context, drafts: list[Draft]) -> None:
    """Date each act put off in its sentence by the new date the next sentence gives it (see the module)."""
    cues = _cues(ctx.lang)
    if cues is None or ctx.published is None:
        return
    postponed, held = cues
    low = ctx.low or ctx.text.lower()
    for draft in drafts:
        if draft.background or draft.group == "statement" or not draft.sentences or not draft.mentions:
            continue
        index = max(draft.sentences)  # a headline told with the lead: the lead's sentence
        if index + 1 >= len(ctx.sentences) or draft.status not in ("Occurred", "Planned"):
            continue
        span, following = ctx.sentences[index], ctx.sentences[index + 1]
        if not span.start <= draft.mentions[-1].start < span.end:
            continue
        put_off = postponed.search(low, draft.mentions[-1].end, span.end)
        if put_off is None or any(d.span.start >= put_off.start() for d in ctx.dates_by.get(span.start, [])):
            continue  # not put off, or its new date is told in its own sentence
        cue = held.search(low, following.start, following.end)
        found = [d for d in ctx.dates_by.get(following.start, []) if cue is not None and d.span.start >= cue.start()]
        value = dates.resolve(found[0], ctx.published, future=True) if len(found) == 1 else None
        if value is not None and value > ctx.published.isoformat()[: len(value)]:
            draft.date, draft.date_text, draft.status = DateValue(value, found[0].text, found[0].span), found[0].text, "Planned"


def next_to_put_off(text: str, lang: str, spans: list, indexes: set[int]) -> set[int]:
    """The sentences after those of ``indexes`` that tell of an act put off: where its new date may stand."""
    cues = _cues(lang)
    if cues is None:
        return set()
    return {i + 1 for i in indexes if i + 1 < len(spans) and cues[0].search(text, spans[i].start, spans[i].end)}
