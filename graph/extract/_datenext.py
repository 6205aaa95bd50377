"""The day of the sentence before: "On 14 April, X will call on Y. He will also call on Z."

Private to :mod:`graph.extract.assemble`. A programme or an account goes on day by day: an act told without a
date right after a sentence whose acts of the same people and status are all dated to one day happened (or is
to happen) that day, not on the first day of the trip nor on the day of the dateline. Only acts told by a verb
take it: a noun often names again an act told before ("confirmed her attendance at the conference"); trips,
summits, statements and acts named in passing keep their own rules. An act placed in a city of another state than
the acts before it does not take their day: the account has moved to another stop of the trip ("... ont signé une
convention.\n\nÀ Port-Louis, la ministre a été reçue par X").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from graph.extract.dates import find_dates
from graph.extract.events import GROUPS
from graph.model import City

if TYPE_CHECKING:
    from graph.extract.triggers import EventMention

__all__ = ["next_sentence_days"]

#: The acts that take the day of the sentence before.
_TAKERS = frozenset({"meet", "call", "ceremony"})


def next_sentence_days(mentions: list[EventMention], lang: str) -> None:
    """Date the undated acts (see the module docstring); ``mentions`` in text order."""
    by_sentence: dict[int, list[EventMention]] = {}
    for m in mentions:
        by_sentence.setdefault(m.sentence, []).append(m)
    for index, group in by_sentence.items():
        before = by_sentence.get(index - 1)
        if not before or any(m.date is not None or m.date_text for m in group if not m.background):
            continue  # the sentence dates its own acts
        for m in group:
            if GROUPS[m.type] not in _TAKERS or m.entry.pos != "verb" or m.background or m.earlier or m.reference or m.anaphoric or not m.persons:
                continue
            day = _day(before, m, lang)
            if day is not None:
                m.date, m.date_text = day, day.text


def _day(before: list[EventMention], m: EventMention, lang: str) -> object:
    """The one day the acts of the sentence before that share a participant and the status of ``m`` are dated to
    (not the first day of several: "se rendra au Sénégal du 14 au 16 mai. Il doit être reçu à Dakar", "arrived on
    Tuesday for a two-day visit")."""
    people = set(map(id, m.persons))
    told = [b for b in before if b.status == m.status and not b.background and people & set(map(id, b.persons))]
    told = [b for b in told if b.date is not None or b.date_text or b.entry.pos == "verb"]  # "Hoher Besuch:" dates nothing
    if not told or any(b.date is None or b.date.precision != "day" for b in told):
        return None
    if _elsewhere(m, told):
        return None  # "... ont signé une convention. \n\nÀ Port-Louis, la ministre a été reçue par X": another stop
    if any(GROUPS[b.type] == "visit" and _days(b.duration) for b in told):
        return None  # "arrived on Tuesday for a two-day visit. His talks with X ...": any day of the trip
    if len({b.date.value for b in told}) > 1 or any(d.end_day is not None for d in find_dates(told[0].date.text, lang)):
        return None
    return told[0].date


def _days(duration: str | None) -> bool:
    """Whether an ISO duration ("P2D", "P1W") lasts more than one day."""
    if not duration or not duration.startswith("P") or "T" in duration:
        return False
    return duration not in ("P1D", "P0D")


def _elsewhere(m: EventMention, told: list[EventMention]) -> bool:
    """Whether ``m`` is placed in a city of another state than every act of the sentence before that is placed
    (the account has moved on to another stop of a trip, whose day that sentence does not tell)."""
    state = m.location.country if isinstance(m.location, City) else None
    states = {b.location.country for b in told if isinstance(b.location, City)}
    return state is not None and bool(states) and state not in states
