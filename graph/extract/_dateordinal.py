"""The running year of an ordinal count: "The Retreat, the first ministerial meeting under the Philippines'
Chairmanship this year, was chaired by X", "le sommet, la première réunion de ce format cette année, ...".

Private to :mod:`graph.extract._dateassign`. An apposition opened by a "first" word (cue ``first`` of
``events.json``) names the act told before it again and counts it among the acts of the running year: its "this
year" (a year counted from publication, told after the act noun) says which acts are counted, not when the act
took place, which the account tells elsewhere (so it dates nothing).
"""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING

from graph.extract import lexicon

if TYPE_CHECKING:
    from graph.extract.assemble import Context
    from graph.extract.dates import DateMention
    from graph.extract.events import EventMention

__all__ = ["counted_year"]

#: At most this many characters between the apposition's comma and the act noun ("the first ministerial meeting").
_BEFORE = 30
#: At most this many characters between the act noun and the year ("under the Philippines' Chairmanship").
_AFTER = 80


@cache
def _first(lang: str) -> re.Pattern[str] | None:
    data = (lexicon.load("events", lang) if lang.isalpha() else None) or {}
    words = data.get("cues", {}).get("first")
    return re.compile(rf",\s+(?:\w+\s+)?(?:{words})(?!\w)", re.IGNORECASE) if words else None


def counted_year(ctx: Context, mention: DateMention, act: EventMention) -> bool:
    """Whether ``mention`` is the "this year" of an apposition counting ``act`` as the year's first (see the module
    docstring)."""
    if mention.relative_years != 0 or mention.month is not None or mention.season is not None or mention.year is not None:
        return False
    if act.entry.pos != "noun" or act.end > mention.span.start or mention.span.start - act.end > _AFTER:
        return False
    if any(c in ctx.text[act.end : mention.span.start] for c in ",;:.()"):
        return False
    pattern = _first(ctx.lang)
    return pattern is not None and pattern.search(ctx.text, max(0, act.start - _BEFORE), act.start) is not None
