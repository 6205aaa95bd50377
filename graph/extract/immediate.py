"""Acts told as following at once: "le Rwanda avait expulsé les diplomates belges ; la Belgique avait aussitôt
déclaré persona non grata les diplomates rwandais", "Moscow immediately expelled ...", "expulsó de inmediato".

Helper of :mod:`graph.extract.rules`, run on the merged drafts before the dateline dates what is left: an act
without a date of its own whose clause says it followed at once (``dates.json``: ``at_once``, words right
before or after one of its triggers) took place when the last dated act told before it (the latest
mention of each act before that trigger, not the headline that first named it) in its sentence or the one
before did, at that act's precision ("En mars 2025, ... ; ... aussitôt ...": March 2025).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from graph.extract import lexicon

if TYPE_CHECKING:
    from graph.extract.assemble import Draft
    from graph.extract.triggers import EventMention

__all__ = ["at_once"]

#: At most this many characters between the trigger of an act and the word saying it followed at once.
_REACH = 30


def at_once(text: str, lang: str, drafts: list[Draft]) -> None:
    """Date each undated act told as following at once by the act told last before it (see the module doc)."""
    pattern = lexicon.cue("dates", lang, "at_once")
    if pattern is None:
        return
    for draft in drafts:
        if draft.date is not None or draft.date_text or not draft.mentions:
            continue
        trigger = next((m for m in draft.mentions if pattern.search(text, max(0, m.start - _REACH), min(len(text), m.end + _REACH))), None)
        if trigger is None:
            continue
        before = [(told, d) for d in drafts if d is not draft and d.date is not None and d.status == draft.status
                  for told in [_told_before(d, trigger)] if told is not None]  # fmt: skip
        if before:
            last = max(before, key=lambda pair: pair[0].end)[1]
            draft.date, draft.date_text = last.date, last.date_text


def _told_before(draft: Draft, trigger: EventMention) -> EventMention | None:
    """The latest mention of ``draft`` ending before ``trigger`` in its sentence or the one before (not the
    headline that first named the act), or None."""
    told = [m for m in draft.mentions if trigger.sentence - 1 <= m.sentence <= trigger.sentence and m.end <= trigger.start]
    return max(told, key=lambda m: m.end) if told else None
