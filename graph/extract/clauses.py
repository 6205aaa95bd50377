"""Relative clauses on a subject: "Arrieta, que el martes habló con X, viajará a Letonia" (who travels is Arrieta).

A helper of :mod:`graph.extract.assemble`, run on the mentions of one sentence once each person has been
given to the triggers nearest to it: people named inside a relative clause on the subject ("who spoke with
X on Tuesday") take part in the acts of that clause, not in the main verb that follows the clause.
"""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING

from graph.extract import lexicon
from graph.extract.events import EventMention

if TYPE_CHECKING:
    from graph.extract.assemble import Context

__all__ = ["relative_subjects"]

_WORD = re.compile(r"[^\W\d_][\w’'-]*")
_MAIN_GAP = 2  # words at most between the comma closing the relative clause and the main verb ("will travel")


@cache
def _opener(lang: str) -> re.Pattern[str] | None:
    pattern = lexicon.load("events", lang).get("cues", {}).get("relative_subject")
    return re.compile(rf"\s*,\s*(?:{pattern})(?!\w)", re.IGNORECASE) if pattern else None


def relative_subjects(ctx: Context, mentions: list[EventMention], items: list) -> None:
    """Give the main verb after a relative clause on a person ("X, who met Y on Monday, will travel") that
    person as its subject instead of the people the clause names."""
    opener = _opener(ctx.lang)
    if opener is None or len(mentions) < 2:
        return
    for start, end, person in items:
        clause = opener.match(ctx.text, end)
        if clause is None:
            continue
        inner = [m for m in mentions if m.start >= clause.end()]
        if len(inner) < 2:
            continue
        for main in inner[1:]:
            if main.entry.pos != "verb" or main.type == "Statement":
                continue
            close = ctx.text.rfind(",", clause.end(), main.start)
            if close < 0 or len(_WORD.findall(ctx.text, close, main.start)) > _MAIN_GAP:
                continue
            if not any(clause.end() <= m.start < close for m in inner):
                break  # no act inside the clause: nothing to set apart
            named_inside = {id(p) for s, _, p in items if clause.end() <= s < close}
            main.persons = [person] + [p for p in main.persons if id(p) not in named_inside and p is not person]
            break
