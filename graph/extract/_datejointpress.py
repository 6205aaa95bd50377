"""A statement made at a joint press conference dates itself by the talks it closed: "'The waterway must be a
bridge,' al-Saadi told a joint news conference with Al-Mubarak", "wo sie eine gemeinsame Pressekonferenz gaben".

Private to :mod:`graph.extract._dateshare`. A joint press conference (``joint_press`` of
``graph/data/lexicons/<lang>/dates.json``: "joint news conference", "gemeinsame Pressekonferenz", "rueda de prensa
conjunta", "conférence de presse conjointe", "совместной пресс-конференции") is held by the sides of a meeting
right after it: an undated statement told as taken place in a sentence that names one takes the day of the latest
meeting, talks, summit or signing told before it (within :data:`_REACH` sentences) as taken place and dated to a day no later
than the page's, not the day of the dateline (the report filed the next morning).
"""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING

from graph.extract import lexicon
from graph.extract.events import GROUPS

if TYPE_CHECKING:
    from graph.extract.assemble import Context
    from graph.extract.events import EventMention

__all__ = ["joint_press_days"]

#: How many sentences back the talks a joint press conference closed may be told.
_REACH = 6
#: The kinds of act a joint press conference closes (a signing too: "lors d'un point de presse conjoint à l'issue de la signature").
_CLOSED = frozenset({"meet", "summit", "ceremony"})


@cache
def _pattern(lang: str) -> re.Pattern[str] | None:
    words = lexicon.load("dates", lang).get("joint_press", [])
    return lexicon.whole_words([r"\s+".join(map(re.escape, w.split())) for w in words]) if words else None


def joint_press_days(ctx: Context, mentions: list[EventMention]) -> None:
    """Date the undated statements told at a joint press conference; ``mentions`` in text order."""
    pattern = _pattern(ctx.lang)
    if pattern is None:
        return
    for m in mentions:
        if m.type != "Statement" or m.status != "Occurred" or m.date is not None or m.date_text or m.background or m.dropped:
            continue
        span = ctx.sentences[m.sentence]
        if pattern.search(ctx.text, span.start, span.end) is None:
            continue
        act = _closed(ctx, mentions, m)
        if act is not None:
            m.date, m.date_text = act.date, act.date_text


def _closed(ctx: Context, mentions: list[EventMention], statement: EventMention) -> EventMention | None:
    """The latest meeting told before ``statement`` as taken place and dated to a day, if any."""
    latest = None
    for m in mentions:
        if m.start >= statement.start:
            break
        if statement.sentence - m.sentence > _REACH or m.dropped or m.background or m.earlier or m.status != "Occurred":
            continue
        if GROUPS[m.type] in _CLOSED and m.date is not None and m.date.precision == "day" \
                and (ctx.reference is None or m.date.value <= ctx.reference.isoformat()):
            latest = m
    return latest
