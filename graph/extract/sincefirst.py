"""The first act "since" a month tells an earlier act of the same kind in that month: "the first visit by an
Indian foreign minister since July 2024", "la première visite ... depuis juillet 2024", "la primera visita ...
desde marzo de 2019", "der erste Besuch ... seit März 2019", "the first visit by a Libyan foreign minister since 2021" (an
act of that year), also in an apposition after the act noun ("una visita de Estado a Uruguay, la primera de un jefe de
Estado portugués desde 2019"), and of an act planned as much as one done.

:func:`earlier_since` adds a background mention of that earlier act at the "since" phrase, so that the date
told there goes to it (not to the act reported) and the parties of the sentence are its parties. The words
come from the cues ``first`` (right before the act noun) and ``since_dated`` (the "since" word before a date)
of a language's ``events.json``; a language without them tells no such act.
"""

from __future__ import annotations

import dataclasses
import re
from functools import cache
from typing import TYPE_CHECKING

from graph.extract import dates, lexicon
from graph.model import DateValue, Span

if TYPE_CHECKING:
    from graph.extract.events import EventMention

__all__ = ["earlier_since"]

_REACH = 90  # characters after the act noun the "since" phrase may stand in
_BEFORE = 24  # characters before the act noun the "first" word may stand in
_APPOSED = 12  # characters after an apposition's comma its "first" word may stand in ("la primera", "the first")
_CLAUSE_END = re.compile(r"[;:!?]|, (?:qui|que|which|who|que|der|die|das|который|которая)\b")


@cache
def _pattern(lang: str, cue: str) -> re.Pattern[str] | None:
    words = lexicon.load("events", lang).get("cues", {}).get(cue)
    return re.compile(rf"(?<!\w)(?:{words})(?!\w)") if words else None


def earlier_since(lang: str, texts: tuple[str, str], end: int, found: list[EventMention]) -> EventMention | None:
    """A background mention of the earlier act a "first ... since <date>" noun of the sentence tells (``texts``:
    the article as written and lower-cased; the sentence ends at ``end``), or None."""
    text, low = texts
    first, since = _pattern(lang, "first"), _pattern(lang, "since_dated")
    if first is None or since is None:
        return None
    for m in found:
        if m.background or m.status not in ("Occurred", "Planned"):
            continue
        stop = _CLAUSE_END.search(low, m.end, min(end, m.end + _REACH))
        match = since.search(low, m.end, stop.start() if stop else min(end, m.end + _REACH))
        if first.search(low, max(0, m.start - _BEFORE), m.start) is None and not (
            _apposed(lang, low, m.end, match) and not any(m.end <= o.start < match.start() for o in found)  # type: ignore[union-attr]
        ):
            continue
        if match is not None and not any(o.start >= match.start() for o in found if o is not m):
            day = _date(text, lang, match)
            return _at(m, match, day) if day is not None else None
    return None


def _apposed(lang: str, low: str, start: int, match: re.Match[str] | None) -> bool:
    """Whether a "first" word opens an apposition between the act noun and the "since" phrase ("una visita de
    Estado a Uruguay, la primera de un jefe de Estado portugués desde 2019")."""
    pattern = _pattern(lang, "first")
    if match is None or pattern is None:
        return False
    comma = low.find(", ", start, match.start())
    return comma >= 0 and pattern.search(low[comma + 2 : comma + 2 + _APPOSED]) is not None


def _date(text: str, lang: str, match: re.Match[str]) -> DateValue | None:
    """The date of the "since" phrase (a year at least), which the act it tells took place at."""
    window = text[match.start() : match.end() + 12]
    found = dates.find_dates(window, lang)
    value = dates.resolve(found[0], None) if found else None
    if value is None:
        return None
    at = match.start() + found[0].span.start
    return DateValue(value, text[at : match.start() + found[0].span.end], Span(at, match.start() + found[0].span.end))


def _at(model: EventMention, match: re.Match[str], day: DateValue) -> EventMention:
    """A past mention of the act ``model`` names, at its noun (the parties of the sentence are its parties), dated
    by the "since" phrase ``match``."""
    return dataclasses.replace(
        model, entry=dataclasses.replace(model.entry, status=None), start=model.start, end=model.end,
        background=True, status="Occurred", anaphoric=False, agreed=False, inherit=None, frame=None, persons=[],
        countries=set(), location=None, location_at=-1, date=day, date_text=day.text, duration=None, after=False,
        earlier=True, round=False, first_round=False,
    )  # fmt: skip
