"""A date told in a clause about a person: "talks with her counterpart, X, a former trade minister who took office
this week", "Gespräche mit Amtskollege X, der erst am Montag vereidigt worden war", "conversaciones con X, quien
asumió el cargo el lunes".

Private to :mod:`graph.extract._dateassign`. A relative clause opened right after a person's name or title tells
something about that person (when they took office, arrived, were elected); its date is the time of that clause
and dates no act told before the person, when the sentence tells another date for its acts ("will travel next month
for talks with X, who took office this week"; alone, "could meet X, who is in town this week", it still dates the
act). The relative words are ``relative_pronouns`` of
``graph/data/lexicons/<lang>/dates.json``; the person is a name or title phrase the people reader found.
"""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING

from graph.extract import lexicon

if TYPE_CHECKING:
    from graph.extract.assemble import Context

__all__ = ["about_person"]


@cache
def _pronoun(lang: str) -> re.Pattern[str] | None:
    words = (lexicon.load("dates", lang) or {}).get("relative_pronouns") if lang.isalpha() else None
    return re.compile(rf"(?<!\w)(?:{words})(?!\w)", re.IGNORECASE) if words else None


def about_person(ctx: Context, act_end: int, date_start: int) -> bool:
    """Whether the date at ``date_start``, told after an act ending at ``act_end``, stands in a relative clause
    opened right after a person's name or title (no comma between the relative word and the date)."""
    pattern = _pronoun(ctx.lang)
    if pattern is None or act_end >= date_start:
        return False
    found = None
    for found in pattern.finditer(ctx.text, act_end, date_start):
        pass
    if found is None or any(c in ctx.text[found.end() : date_start] for c in ",;:"):
        return False
    head = ctx.text[act_end : found.start()].rstrip(" ,")
    return bool(head) and ctx.titled.covers(act_end + len(head) - 1)
