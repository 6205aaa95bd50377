"""An act noun called "bilateral" names no party of its own but is one of the two states of the report: "La
última reunión binacional de este nivel se celebró en 2024", "the last bilateral summit was held in 2019".

:func:`mark_bilateral` flags such mentions (the cue ``bilateral`` of a language's ``events.json`` right before
or after the noun); :func:`bilateral_parties` gives a flagged event that names no official and fewer than two
states the two states of the main event.
"""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING

from graph.extract import lexicon

if TYPE_CHECKING:
    from graph.extract.assemble import Draft
    from graph.extract.events import EventMention

__all__ = ["bilateral_parties", "mark_bilateral"]

_NEAR = 16  # characters before or after the noun the adjective may stand in


@cache
def _pattern(lang: str) -> re.Pattern[str] | None:
    words = lexicon.load("events", lang).get("cues", {}).get("bilateral")
    return re.compile(rf"(?<!\w)(?:{words})(?!\w)") if words else None


def mark_bilateral(lang: str, low: str, found: list[EventMention]) -> None:
    """Flag the noun mentions of ``found`` (in ``low``, the lower-cased article) called bilateral."""
    pattern = _pattern(lang)
    if pattern is None:
        return
    for m in found:
        if m.entry.pos == "noun" and pattern.search(low, max(0, m.start - _NEAR), min(len(low), m.end + _NEAR)):
            m.bilateral = True


def bilateral_parties(drafts: list[Draft], main: Draft | None) -> None:
    """Give each bilateral event without officials and with fewer than two states the main event's two states."""
    if main is None or len(main.countries) != 2:
        return
    for draft in drafts:
        if draft is main or draft.attendees or len(draft.countries) >= 2 or not draft.countries <= main.countries:
            continue
        if any(m.bilateral for m in draft.mentions):
            draft.countries |= main.countries
