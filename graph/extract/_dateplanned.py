"""The date of a plan told in an apposition to its act noun: "le sommet ..., prévu le 2 octobre à Monrovia, a été
reporté", "the visit, scheduled for 12 May, was called off", "la cumbre, prevista para el 2 de octubre".

Private to :mod:`graph.extract._dateassign`. A date right after a comma and a participle of planning
(``plan_appositions`` of ``graph/data/lexicons/<lang>/dates.json``: "prévu", "scheduled for") dates the act noun
the apposition follows, the last one told before that comma in the sentence, however far the verb of the
sentence and the acts it reports ("a annoncé jeudi") stand.
"""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING

from graph.extract import lexicon

if TYPE_CHECKING:
    from graph.extract.assemble import Context
    from graph.extract.events import EventMention
    from graph.model import Span

__all__ = ["planned_noun"]

#: How far (characters) before a date its comma and participle may start.
_REACH = 50


@cache
def _pattern(lang: str) -> re.Pattern[str] | None:
    """A comma, a planning participle and at most two short words (a preposition, an article) ending at a date."""
    words = lexicon.load("dates", lang).get("plan_appositions", []) if lang.isalpha() else []
    if not words:
        return None
    return re.compile(rf",\s*(?:{'|'.join(words)})(?:\s+[^\W\d]{{1,4}}){{0,2}}\s*$", re.IGNORECASE)


def planned_noun(ctx: Context, mentions: list[EventMention], date: object, span: Span) -> EventMention | None:
    """The act noun a plan's date in apposition dates (see the module docstring), else None."""
    pattern = _pattern(ctx.lang)
    if pattern is None:
        return None
    start = date.span.start
    found = pattern.search(ctx.text, max(span.start, start - _REACH), start)
    if found is None:
        return None
    nouns = [m for m in mentions if m.end <= found.start() and m.entry.pos == "noun" and not m.dropped]
    return nouns[-1] if nouns else None
