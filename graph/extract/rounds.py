"""An earlier or later round named only by an ordinal: "the second round of talks ...; the first took place in
X", "the first round was held in May, the third is planned for July".

The clause after a later round ("the first took place in Shanghai in November", "die erste fand im November
in Toronto statt") reports an earlier act of the same kind, with its own place and date, though it has no
event word of its own. :func:`earlier_round` adds a background mention for it at the ordinal, so that the
place and date of the clause go to it and the later round can follow it.

The words come from the cues ``earlier_round`` and ``later_round`` of a language's ``events.json`` (a language
without them names no round this way); :func:`later_round` adds a planned mention of the round announced.
"""

from __future__ import annotations

import dataclasses
import re
from typing import TYPE_CHECKING

from graph.extract import lexicon

if TYPE_CHECKING:
    from graph.extract.events import EventMention

__all__ = ["earlier_round", "later_round"]


def earlier_round(lang: str, low: str, start: int, end: int, found: list[EventMention]) -> EventMention | None:
    """A background mention of the earlier round named after a later one in ``low[start:end]`` (a sentence of
    the lower-cased article), or None. ``found`` are the sentence's mentions, in order."""
    pattern = lexicon.cue("events", lang, "cues", "earlier_round")
    later = next((m for m in found if m.round and m.status == "Occurred" and not m.background), None)
    if pattern is None or later is None:
        return None
    match = pattern.search(low, later.end, end)
    if match is None:
        return None
    return _at(later, match, background=True, status="Occurred")


def later_round(lang: str, low: str, start: int, end: int, found: list[EventMention]) -> EventMention | None:
    """A planned mention of the next round named by its ordinal alone after a round of talks in ``low[start:end]``
    ("the first round was held in May, and the third is planned for July in X", "la tercera está prevista
    para julio"), from the cue ``later_round``; None when there is none."""
    pattern = lexicon.cue("events", lang, "cues", "later_round")
    rounds = [m for m in found if m.type in _TALKS and not m.background]
    if pattern is None or not rounds:
        return None
    match = pattern.search(low, rounds[0].end, end)
    if match is None or any(m.start >= match.start() for m in found):
        return None  # a trigger of its own tells it
    return dataclasses.replace(_at(rounds[0], match, background=False, status="Planned"), round=True)


#: The types a round of talks is told with.
_TALKS = frozenset({"Talks", "Negotiation", "Meeting"})


def _at(model: EventMention, match: re.Match[str], *, background: bool, status: str) -> EventMention:
    """A mention of another round of the act ``model`` at the ordinal ``match``, with nothing of its own yet."""
    return dataclasses.replace(
        model, entry=dataclasses.replace(model.entry, pos="noun", status=None), start=match.start(), end=match.end(), round=False,
        background=background, status=status, anaphoric=False, agreed=False, inherit=None, frame=None, persons=[], countries=set(),
        location=None, location_at=-1, date=None, date_text=None, duration=None, after=False, earlier=False, first_round=False,
    )  # fmt: skip
