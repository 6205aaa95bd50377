"""The day of an act told as coming next inside its sentence: "Garrido, que llegó el miércoles por la noche, fue
recibida después por el primer ministro", "Er traf anschließend den Präsidenten", "He then met the prime minister".

Private to :mod:`graph.extract._dateshare`. An "afterwards" word (``afterwards`` of
``graph/data/lexicons/<lang>/dates.json``) right before or after a trigger, in its clause, says the act followed
the one told before it: an act told as done with no date of its own, or dated only by a clause about its
subject ("who arrived on Wednesday evening"), took place on the day of the latest act told before it (in its
sentence or the two before) that is dated to a day. A trip dated by the "where" clause told after it keeps that
day ("s'est ensuite rendu à Quito, où il a été reçu jeudi").
"""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING

from graph.extract import lexicon
from graph.extract._datereport import relative_clause_at
from graph.extract._datewhere import where_dated

if TYPE_CHECKING:
    from graph.extract.assemble import Context
    from graph.extract.events import EventMention

__all__ = ["then_days"]

#: How far (characters) after and before its trigger an "afterwards" word may stand ("wurde anschließend von
#: Ministerpräsident X empfangen": the verb closes the clause).
_NEAR, _NEAR_BEFORE = 25, 50
#: "the then prime minister", "since then", "until then": no "afterwards".
_THE_THEN = re.compile(r"\b(?:the|since|until|till|by|from)\s+$")
#: How many sentences back the act it follows may be told.
_BACK = 2


@cache
def _pattern(lang: str) -> re.Pattern[str] | None:
    words = lexicon.load("dates", lang).get("afterwards", [])
    if not words:
        return None  # not "im Anschluss an das Gespräch", "después de la reunión": an "after" of an act named
    return re.compile(rf"(?<!\w)(?:{lexicon.phrases(words)})(?!\w)(?!\s+(?:de|del|des|der|que|an|à)\b)", re.IGNORECASE)


def then_days(ctx: Context, mentions: list[EventMention]) -> None:
    """Date the acts told as coming next (see the module docstring); ``mentions`` in text order."""
    pattern = _pattern(ctx.lang)
    if pattern is None:
        return
    for m in mentions:
        if m.dropped or m.background or m.status != "Occurred" or not _then(ctx, m, pattern):
            continue
        if m.date_text and not (m.date is not None and m.date.span is not None and (_subject_clause(ctx, m) or _later_clause(ctx, m))):
            continue
        if where_dated(ctx, m):
            continue  # "s'est ensuite rendu à Quito, où il a été reçu jeudi": the trip's day is the clause's
        base = _before(ctx, mentions, m)
        if base is not None:
            m.date, m.date_text = base.date, base.date_text


def _then(ctx: Context, m: EventMention, pattern: re.Pattern[str]) -> bool:
    """Whether an "afterwards" word stands right before or after the trigger, in its clause, or inside it ("s'est
    ensuite entretenue avec")."""
    if pattern.search(ctx.low, m.start, m.end) is not None:
        return True
    after = pattern.search(ctx.low, m.end, m.end + _NEAR)
    if after is not None and "," not in ctx.low[m.end : after.start()] and not _THE_THEN.search(ctx.low, m.end, after.start()):
        return True
    before = None
    for before in pattern.finditer(ctx.low, max(0, m.start - _NEAR_BEFORE), m.start):
        pass
    return before is not None and "," not in ctx.low[before.end() : m.start] and not _THE_THEN.search(
        ctx.low, max(0, before.start() - 7), before.start())


def _subject_clause(ctx: Context, m: EventMention, before: int | None = None) -> bool:
    """Whether the act's date stands in a relative clause closed before the act ("X, que llegó el miércoles,
    ...") or before ``before``."""
    limit = m.start if before is None else before
    if m.date is None or m.date.span is None or m.date.span.end > limit:
        return False
    clause = relative_clause_at(ctx.text, m.date.span.start, ctx.sentences[m.sentence], ctx.lang)
    return clause is not None and clause[1] <= limit


def _later_clause(ctx: Context, m: EventMention) -> bool:
    """Whether the act's date stands in a relative clause opened after the act ("s'est ensuite entretenue avec
    X, avec qui elle doit coprésider mardi la commission": the day of what X and she will do)."""
    if m.date is None or m.date.span is None or m.date.span.start < m.end:
        return False
    clause = relative_clause_at(ctx.text, m.date.span.start, ctx.sentences[m.sentence], ctx.lang)
    return clause is not None and clause[0] >= m.end


def _before(ctx: Context, mentions: list[EventMention], m: EventMention) -> EventMention | None:
    """The latest act told before ``m`` (within :data:`_BACK` sentences) dated to a day and told as done, not in
    a clause about the subject ("who arrived on Wednesday evening")."""
    own = m.date.span if m.date is not None else None
    for o in reversed([o for o in mentions if o.start < m.start and m.sentence - o.sentence <= _BACK]):
        if o is m or o.background or o.status != "Occurred" or o.date is None or o.date.precision != "day":
            continue
        if own is not None and o.date.span == own or o.sentence == m.sentence and _subject_clause(ctx, o, m.start):
            continue  # dated by the same clause
        return o
    return None
