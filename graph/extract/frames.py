"""Days of a trip as the time of another act: "В четверг, в заключительный день визита, X примет Y", "on the
last day of her visit, she met X". The visit noun only dates the act told with it (which it frames); it is no
new mention of the trip, so it is dropped when the sentence reports another act.

The words come from the cue ``day_of`` of a language's ``events.json`` (a language without it keeps such
mentions).
"""

from __future__ import annotations

import re
from functools import cache

from graph.extract import lexicon
from graph.extract.triggers import EventMention
from graph.model import Span

__all__ = ["drop_trip_days"]

#: How far (characters) before a visit noun its "last day of" phrase may start.
_REACH = 48


@cache
def _pattern(lang: str) -> re.Pattern[str] | None:
    words = lexicon.load("events", lang).get("cues", {}).get("day_of")
    return re.compile(rf"(?<!\w)(?:{words})\W*$") if words else None


def drop_trip_days(lang: str, low: str, span: Span, found: list[EventMention], groups: dict[str, str]) -> list[EventMention]:
    """``found`` without the visit nouns that name a day of the trip when another act of the sentence is told
    (``low``: the lower-cased article; ``groups``: the group of each event type)."""
    pattern = _pattern(lang)
    if pattern is None or not any(groups[m.type] not in ("visit", "statement") for m in found):
        return found
    return [m for m in found if not (groups[m.type] == "visit" and m.entry.pos == "noun"
                                     and pattern.search(low, max(span.start, m.start - _REACH), m.start))]  # fmt: skip
