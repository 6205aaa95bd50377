"""A meeting told with the trip it took place on, its verb at the end of the clause: "Lang hatte Tavares im Januar
bei einem Besuch in Brasília getroffen", "ist während eines Besuchs in Kiew mit X zusammengetroffen".

Each person takes part in the nearest trigger, so both names go to the framed trip noun and the verb that tells
the meeting has nobody. The people belong to the meeting; the trip is only the first one's (the subject's), as
"X met Y during a visit to Z" gives it.

A meeting noun the text counts among the parts of a dated trip told before it in its sentence ("the visit to Japan
by X in December last year, including his meeting with Y in Tokyo", "la visite ..., dont un entretien avec Y")
happened on that trip: it takes the trip's date (``including`` of ``dates.json``).
"""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING

from graph.extract import lexicon
from graph.extract.cues import cue_before
from graph.extract.events import GROUPS, EventMention

if TYPE_CHECKING:
    from graph.extract.assemble import Context

__all__ = ["framed_trip_dates", "framed_trip_meetings"]

#: At most this many words between the "including" word and the meeting noun ("including his bilateral meeting").
_INCLUDED_GAP = 3
_WORD = re.compile(r"\w+")

#: What ends the clause between the trip noun and the verb: no verb across it tells the meeting on that trip.
_BREAK = re.compile(r"[,;:.!?\"“”„«»()]|\s[–—-]\s")


def _framed_pairs(ctx: Context, group: list[EventMention]) -> list[tuple[EventMention, EventMention]]:
    """(trip noun after a ``frame`` cue, meeting verb after it in its clause) pairs of one sentence."""
    pairs = []
    for trip, act in zip(group, group[1:]):
        if GROUPS[trip.type] != "visit" or trip.entry.pos != "noun" or GROUPS[act.type] != "meet" or act.entry.pos != "verb":
            continue
        if _BREAK.search(ctx.text, trip.end, act.start):
            continue
        if cue_before(ctx, "frame", trip.start, ctx.sentences[trip.sentence], 3):
            pairs.append((trip, act))
    return pairs


def framed_trip_meetings(ctx: Context, group: list[EventMention]) -> None:
    """Give the people of a framed trip noun ("bei einem Besuch", "during a visit") to the meeting verb after it in
    its clause that names nobody else; the trip keeps its first person (the subject)."""
    for trip, act in _framed_pairs(ctx, group):
        if len(trip.persons) < 2 or not all(p in trip.persons for p in act.persons):
            continue
        act.persons, trip.persons = list(trip.persons), trip.persons[:1]
        trip.background = trip.background or act.background  # "hatte ... bei einem Besuch ... getroffen"


def framed_trip_dates(ctx: Context, group: list[EventMention]) -> None:
    """The meeting verb of such a clause is dated by the trip when it has no date of its own; so is a meeting noun
    the sentence counts among the parts of a dated trip told before it ("including his meeting with Y")."""
    for trip, act in _framed_pairs(ctx, group):
        if act.date is None and not act.date_text and trip.date is not None and act.persons[:1] == trip.persons:
            act.date, act.date_text = trip.date, trip.date_text
    pattern = _including(ctx.lang)
    if pattern is None:
        return
    for k, act in enumerate(group):
        if GROUPS[act.type] != "meet" or act.date is not None or act.date_text:
            continue
        trips = [t for t in group[:k] if GROUPS[t.type] == "visit" and t.date is not None and t.status == act.status]
        if not trips or not _included(ctx.text, pattern, trips[-1].end, act.start):
            continue
        act.date, act.date_text = trips[-1].date, trips[-1].date_text
        act.background = act.background or trips[-1].background


def _included(text: str, pattern: re.Pattern[str], after: int, start: int) -> bool:
    """Whether an "including" word opens the phrase of the noun at ``start`` (a few words before it, no sentence
    break after it) after the trip ending at ``after``."""
    hits = [h for h in pattern.finditer(text, after, start)]
    return bool(hits) and len(_WORD.findall(text, hits[-1].end(), start)) <= _INCLUDED_GAP \
        and not re.search(r"[;:.!?]", text[hits[-1].end() : start])


@cache
def _including(lang: str) -> re.Pattern[str] | None:
    words = lexicon.load("dates", lang).get("including") if lang.isalpha() else None
    return re.compile(rf"(?<!\w)(?:{'|'.join(words)})(?!\w)", re.IGNORECASE) if words else None
