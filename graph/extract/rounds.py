"""An earlier round named only by an ordinal: "the second round of talks ...; the first took place in X".

The clause after a later round ("the first took place in Shanghai in November", "die erste fand im November
in Toronto statt") reports an earlier act of the same kind, with its own place and date, though it has no
event word of its own. :func:`earlier_round` adds a background mention for it at the ordinal, so that the
place and date of the clause go to it and the later round can follow it.

The words come from the cue ``earlier_round`` of a language's ``events.json`` (a language without it names
no earlier round this way).
"""

from __future__ import annotations

import dataclasses
import re
from functools import cache
from typing import TYPE_CHECKING

from graph.extract import lexicon

if TYPE_CHECKING:
    from graph.extract.events import EventMention

__all__ = ["earlier_round"]


@cache
def _pattern(lang: str) -> re.Pattern[str] | None:
    words = lexicon.load("events", lang).get("cues", {}).get("earlier_round")
    return re.compile(rf"(?<!\w)(?:{words})(?!\w)") if words else None


def earlier_round(lang: str, low: str, start: int, end: int, found: list[EventMention]) -> EventMention | None:
    """A background mention of the earlier round named after a later one in ``low[start:end]`` (a sentence of
    the lower-cased article), or None. ``found`` are the sentence's mentions, in order."""
    pattern = _pattern(lang)
    later = next((m for m in found if m.round and m.status == "Occurred" and not m.background), None)
    if pattern is None or later is None:
        return None
    match = pattern.search(low, later.end, end)
    if match is None:
        return None
    return dataclasses.replace(
        later, entry=dataclasses.replace(later.entry, pos="noun"), start=match.start(), end=match.end(), round=False, background=True, anaphoric=False,
        agreed=False, inherit=None, persons=[], countries=set(), location=None, location_at=-1, date=None,
        date_text=None, duration=None,
    )  # fmt: skip
