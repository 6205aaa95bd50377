"""Acts told as following at once: "le Rwanda avait expulsé les diplomates belges ; la Belgique avait aussitôt
déclaré persona non grata les diplomates rwandais", "Moscow immediately expelled ...", "expulsó de inmediato".

Helper of :mod:`graph.extract.rules`, run on the merged drafts before the dateline dates what is left: an act
without a date of its own whose clause says it followed at once (``dates.json``: ``at_once``, words right
before or after its trigger) took place when the last dated act told before it in its sentence or the one
before did, at that act's precision ("En mars 2025, ... ; ... aussitôt ...": March 2025).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from graph.extract import lexicon

if TYPE_CHECKING:
    from graph.extract.assemble import Draft

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
        trigger = draft.mentions[0]
        if pattern.search(text, max(0, trigger.start - _REACH), min(len(text), trigger.end + _REACH)) is None:
            continue
        before = [d for d in drafts if d is not draft and d.date is not None and d.mentions and d.status == draft.status
                  and trigger.sentence - 1 <= d.mentions[0].sentence <= trigger.sentence
                  and d.mentions[0].end <= trigger.start]  # fmt: skip
        if before:
            last = max(before, key=lambda d: d.mentions[0].end)
            draft.date, draft.date_text = last.date, last.date_text
