"""An act noun called "bilateral" names no party of its own but is one of the two states of the report: "La
última reunión binacional de este nivel se celebró en 2024", "the last bilateral summit was held in 2019"; one
called "trilateral" is one of the three states of a trilateral report ("La anterior reunión trilateral de
cancilleres tuvo lugar en agosto de 2025"). So is one whose people are named, right after it, as those of the two
states ("Предыдущая встреча президентов двух стран состоялась в июле 2023 года", "the last meeting of the leaders
of the two countries": the ``two_states`` cue in the few words after the noun). A joint or mixed commission is
such a bilateral body: "The previous session of the Joint Commission was held in New Delhi in May 2024", "The
Joint Committee last met in Singapore in May 2023" (its name before the verb of its meeting).

:func:`mark_bilateral` marks such mentions with their number of sides (the cues ``bilateral`` and ``trilateral``
of a language's ``events.json`` right before or after the noun); :func:`bilateral_parties` gives a marked
event that names no official and fewer than two states the states of the main event, when it has that many.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from graph.extract import lexicon
from graph.extract.windows import CLAUSE

if TYPE_CHECKING:
    from graph.extract.assemble import Draft
    from graph.extract.events import EventMention

__all__ = ["bilateral_parties", "mark_bilateral"]

_NEAR = 16  # characters before or after the noun the adjective may stand in
_SUBJECT = 60  # characters before a verb in which its subject, a body called bilateral, may end
_ADVERB = re.compile(r" (?:\w+ )?")  # at most one word (an adverb: "last") between that subject and the verb
_AFTER = 48  # characters after the noun in which its people may be named as the two states' ("of the two countries")


#: The cue naming acts of each number of sides.
_SIDES = ((2, "bilateral"), (3, "trilateral"))


def mark_bilateral(lang: str, low: str, found: list[EventMention]) -> None:
    """Mark the noun mentions of ``found`` (in ``low``, the lower-cased article) called bilateral or trilateral,
    and the verb mentions whose subject is a body so called ("the Joint Commission last met")."""
    for sides, cue in _SIDES:
        pattern = lexicon.cue("events", lang, "cues", cue)
        if pattern is None:
            continue
        for m in found:
            if m.sides:
                continue
            if m.entry.pos == "noun" and pattern.search(low, max(0, m.start - _NEAR), min(len(low), m.end + _NEAR)):
                m.sides = sides
            elif m.entry.pos == "verb" and _subject_called(pattern, low, m.start):
                m.sides = sides  # "The Joint Committee last met in Singapore in May 2023"
    pattern = lexicon.cue("events", lang, "cues", "two_states")
    if pattern is None:
        return
    for m in found:
        if m.entry.pos == "noun" and not m.sides:
            after = CLAUSE.split(low[m.end : m.end + _AFTER], 1)[0].split(",", 1)[0]
            if pattern.search(after):
                m.sides = 2  # "встреча президентов двух стран", "la réunion des ministres des deux pays"


def _subject_called(pattern: re.Pattern[str], low: str, start: int) -> bool:
    """Whether a body so called ends at most one word before the verb at ``start`` ("the joint commission
    last met", "die Gemischte Kommission tagte"): the body's meeting is of the report's states."""
    match = None
    for match in pattern.finditer(low, max(0, start - _SUBJECT), start):
        pass
    return match is not None and _ADVERB.fullmatch(low, match.end(), start) is not None


def bilateral_parties(drafts: list[Draft], main: Draft | None) -> None:
    """Give each bilateral (trilateral) event without officials and with fewer than two states the main event's
    two (three) states."""
    if main is None or len(main.countries) not in dict(_SIDES):
        return
    for draft in drafts:
        if draft is main or draft.attendees or len(draft.countries) >= 2 or not draft.countries <= main.countries:
            continue
        if any(m.sides == len(main.countries) for m in draft.mentions):
            draft.countries |= main.countries
