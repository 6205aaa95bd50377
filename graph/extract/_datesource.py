"""A source named before a date is no "since" phrase: "nach Angaben der Nachrichtenagentur X am Donnerstagabend
... einbestellt" dates the summons, although "nach" also opens "nach der Invasion im Jahr 2022".

Private to :mod:`graph.extract.assemble`. The words that open a context phrase (cue ``since``) and those that
name a source (cue ``source``: "nach Angaben", "according to") are lexicon data of ``events.json``; a since-cue
found only inside a source phrase does not keep a date from the act of its clause; a source opened by a comma
right after a date ("will now be held in the Iraqi capital next month, according to a joint statement") closes the
date's clause: the act it names is no act of that clause (:func:`source_after`).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from graph.extract.triggers import compiled

if TYPE_CHECKING:
    from graph.extract.assemble import Context
    from graph.extract.triggers import EventMention
    from graph.model import Span

__all__ = ["source_only", "source_after"]

_COMMA = re.compile(r"[,;:]")
#: How far before a date its phrase is read (as :func:`graph.extract.cues.in_since_phrase` reads it).
_WINDOW = 80


def source_only(ctx: Context, pos: int, span: Span, mentions: list[EventMention]) -> bool:
    """Whether every "since" word between the last trigger (or comma) and the date at ``pos`` lies inside a
    phrase naming a source ("nach Angaben der Agentur"): the date then belongs to the clause's act."""
    triggers = compiled(ctx.lang)
    since, source = triggers.fast.get("since"), triggers.fast.get("source")
    if since is None or source is None:
        return False
    start = max([max(span.start, pos - _WINDOW)] + [m.end for m in mentions if m.end <= pos])
    window = _COMMA.split(ctx.low[start:pos])[-1]
    inside = [(m.start(), m.end()) for m in source.finditer(window)]
    if not inside:
        return False
    return all(any(a <= m.start() < b for a, b in inside) for m in since.finditer(window))


_OPENING = re.compile(r"\s*,\s*")


def source_after(ctx: Context, end: int, start: int) -> bool:
    """Whether a comma and a source phrase open the text between a date ending at ``end`` and a trigger at
    ``start`` (", according to a joint statement", ", selon un communiqué", ", según un comunicado")."""
    source = compiled(ctx.lang).fast.get("source")
    comma = _OPENING.match(ctx.low, end, start)
    return source is not None and comma is not None and source.match(ctx.low, comma.end(), start) is not None
