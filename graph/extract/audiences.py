"""Meetings with the public, not with officials: "rencontrera la communauté mauritanienne", "a meeting with
representatives of the diaspora", "trifft Studierende der Universität".

A meeting trigger whose clause, right after it (or right before a verb that ends its clause), names a public audience (``audience`` of
``<lang>/events.json``: a community, the diaspora, students, business people) and nobody by name or title
between that word and the trigger is no diplomatic event: it is dropped.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from graph.extract.events import GROUPS, EventMention, compiled

if TYPE_CHECKING:
    from graph.extract.assemble import Context
    from graph.model import Span

__all__ = ["public_audience"]

_REACH = 70  # characters after the trigger where its object stands
_CLAUSE_END = re.compile(r"[,.;:!?()]")


def public_audience(ctx: Context, m: EventMention, span: Span) -> bool:
    """Whether ``m`` is a meeting with a public audience and nobody named (see module)."""
    if GROUPS.get(m.type) != "meet":
        return False
    pattern = compiled(ctx.lang).fast.get("audience")
    if pattern is None:
        return False
    end = min(span.end, m.end + _REACH)
    cut = _CLAUSE_END.search(ctx.text, m.end, end)
    end = cut.start() if cut else end
    found = pattern.search(ctx.low, m.end, end)
    if found is not None:
        return not (ctx.titled.overlaps(m.end, found.start()) or ctx.names.overlaps(m.end, found.start()))
    if m.entry.pos != "verb":
        return False
    start = max(span.start, m.start - _REACH)  # a verb at the end of its clause: "wo er sich mit Studierenden trifft"
    start = max([start, *(c.end() for c in _CLAUSE_END.finditer(ctx.text, start, m.start))])
    found = None
    for found in pattern.finditer(ctx.low, start, m.start):
        pass
    return found is not None and not (ctx.titled.overlaps(found.end(), m.start) or ctx.names.overlaps(found.end(), m.start))
