"""A "since" word that only opens a place or a companion keeps no date from its clause's act.

"Der Besuch erwidert die Reise des Staatschefs nach Berlin im Juni 2024" dates the trip: "nach" opens the
destination, not "nach der Invasion im Jahr 2022". "Министр провел переговоры с послом в понедельник" dates the
talks: Russian "с" means "with" unless a since-head follows it ("с начала года", "с момента"), while "с января"
is itself part of the date. "Avant la fin de l'année", "antes de fin de año": a "before" word opening the end of the
current month or year gives a plan its deadline, which dates it (``deadline_words``). Private to :mod:`graph.extract.assemble`; the comitative words and the since-heads
are lexicon data of ``dates.json`` (``comitative_words``, ``since_heads``).
"""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING

from graph.extract import _datebound as bounding
from graph.extract import _dategrammar as grammar
from graph.extract.triggers import compiled

if TYPE_CHECKING:
    from graph.extract.assemble import Context
    from graph.extract.triggers import EventMention
    from graph.model import Span

__all__ = ["since_is_false"]

_COMMA = re.compile(r"[,;:]")
_WORD = re.compile(r"\s*(\w+)")
_SPACE = re.compile(r"\s+")
#: How far before a date its phrase is read (as :func:`graph.extract.cues.in_since_phrase` reads it).
_WINDOW = 80


@cache
def _words(lang: str) -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    data = grammar.load_lexicon(lang) or {}
    keys = ("comitative_words", "since_heads", "deadline_words")
    return tuple(frozenset(w.replace("’", "'") for w in data.get(k, [])) for k in keys)  # type: ignore[return-value]


def since_is_false(ctx: Context, pos: int, span: Span, mentions: list[EventMention]) -> bool:
    """Whether every "since" word between the last trigger (or comma) and the date at ``pos`` opens a place
    name ("nach Berlin", "from Paris") or, being a comitative word, a companion ("с послом", "с визитом")."""
    since = compiled(ctx.lang).fast.get("since")
    if since is None:
        return False
    start = max([max(span.start, pos - _WINDOW)] + [m.end for m in mentions if m.end <= pos])
    piece = ctx.low[start:pos]
    offset = start + len(piece) - len(_COMMA.split(piece)[-1])
    window = ctx.low[offset:pos]
    found = list(since.finditer(window))
    return bool(found) and all(_false(ctx, offset + m.start(), offset + m.end(), pos) for m in found)


def _false(ctx: Context, start: int, end: int, pos: int) -> bool:
    comitative, heads, deadlines = _words(ctx.lang)
    if ctx.low[start:end].strip().replace("’", "'") in deadlines and _opens_deadline(ctx, end, pos):
        return True
    if ctx.low[start:end].strip() in comitative:
        following = _WORD.match(ctx.low, end)
        return following is None or following.group(1) not in heads
    place = _SPACE.match(ctx.low, end)
    at = place.end() if place else end
    return any(s.start == at for s, _ in ctx.cities) or any(s.start == at for s, _ in ctx.countries)


def _opens_deadline(ctx: Context, end: int, pos: int) -> bool:
    """Whether the date at ``pos`` follows the word ending at ``end`` (a "de" between them) and is the current
    month or year as a whole ("avant la fin du mois", "antes de fin de año")."""
    gap = ctx.low[end:pos].split()
    if len(gap) > 1 or (gap and gap[0] not in ("de", "of")):
        return False
    return any(d.span.start == pos and bounding.deadline(d) for d in ctx.dates)
