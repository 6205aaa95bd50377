"""Where a statement made at a ministry's regular briefing was made when its sentence names no place.

A spokesperson's weekly briefing ("на брифинге", "lors de son point de presse", "en la rueda de prensa semanal",
"at the weekly media briefing") is held at home: the statement took place in the capital of the speaker's state,
else, when the speaker's state is not known, in the capital the report's dateline names; where the sentence
places the briefing itself ("lors d'un point de presse à Cotonou"), there. The briefing words are
the ``briefing`` regular expression of ``<lang>/venues.json``.
"""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING

from graph.extract import lexicon, places
from graph.model import City, Country

if TYPE_CHECKING:
    from graph.extract.assemble import Context
    from graph.extract.triggers import EventMention
    from graph.model import Span

__all__ = ["briefing_places"]

#: Roles of speakers who hold briefings at home (a minister's press conference may be held anywhere).
_HOME_ROLES = ("spokes", "press secretary", "representative")


@cache
def _briefing(lang: str) -> re.Pattern[str] | None:
    phrase = lexicon.load("venues", lang).get("briefing")
    return re.compile(phrase, re.IGNORECASE) if phrase else None


def _state(ctx: Context, mention: EventMention) -> str | None:
    """The speaker's state, else the dateline's when the speaker (if any) holds a briefing role and no state."""
    speaker = mention.speaker
    if speaker is not None and speaker.role and not any(r in speaker.role.lower() for r in _HOME_ROLES):
        return None  # a minister "told a news briefing" during a trip: no home place implied
    if speaker is not None and speaker.country:
        return speaker.country
    return ctx.head_country


def briefing_places(ctx: Context, mentions: list[EventMention], span: Span) -> None:
    """Place the statements of a sentence telling of a regular briefing in their speaker's capital."""
    statements = [m for m in mentions if m.type == "Statement" and (m.location is None or isinstance(m.location, Country))]
    pattern = _briefing(ctx.lang)
    if not statements or pattern is None or not pattern.search(ctx.text, span.start, span.end):
        return
    said_at = next((m.location for m in mentions if m.type == "Statement" and isinstance(m.location, City)), None)
    for m in statements:
        if said_at is not None:  # "a déclaré ... lors d'un point de presse à Cotonou": where the briefing was
            m.location = said_at
            continue
        state = _state(ctx, m)
        capital = places.government_city(state) if state else None
        if capital is not None and (m.location is None or m.location.code == state):
            m.location = capital
