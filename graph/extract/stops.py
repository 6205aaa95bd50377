"""A trip told with several dated stops is one visit per stop.

"El canciller viajará el viernes a Hanói y el lunes a Singapur", "she flies to Hanoi on Monday and on Thursday
to Manila": a travel verb followed by coordinated places of different foreign states is a visit to each, each
dated by the date said in its own part of the phrase (the first stop keeps the verb's own date). A tour whose
later stops have no date of their own stays one visit ("en France, en Turquie et en Géorgie du 13 au 23
novembre"). The other trip words of the sentence ("las otras dos etapas de la gira") name the same trip.
"""

from __future__ import annotations

import copy
import re
from typing import TYPE_CHECKING

from graph.extract import dates as dates_mod
from graph.extract._datereport import report_verb_before
from graph.extract.cues import cue_between
from graph.extract.events import GROUPS, EventMention, compiled
from graph.model import Country, DateValue, Span

if TYPE_CHECKING:
    from graph.extract.assemble import Context

__all__ = ["split_stops"]

#: How far (characters) after the travel verb its stops may be named, and at most between two stops.
_REACH = 160
_GAP = 50
_GAP_WORDS = 3
_WORDS = re.compile(r"[^\W\d_]+")
#: What ends the phrase of stops.
_BREAKS = (";", ":", " – ", " — ", "(")


def _joined(ctx: Context, m: EventMention, start: int, end: int) -> bool:
    """Whether the text between two places only joins them: a conjunction or comma, a date, a preposition or
    two ("y el lunes a", "and then to", "und"); no act or person of its own ("und traf dort Y in")."""
    if end - start > _GAP or not (cue_between(ctx, "conjunction", start, end) or "," in ctx.text[start:end]):
        return False
    gap = list(ctx.low[start:end])
    for mention in ctx.dates_by.get(ctx.sentences[m.sentence].start, []):
        for i in range(max(mention.span.start, start), min(mention.span.end, end)):
            gap[i - start] = " "
    return len(_WORDS.findall("".join(gap))) <= _GAP_WORDS and not ctx.names.overlaps(start, end)


def _places_after(ctx: Context, m: EventMention, cut: int) -> list[tuple[Span, object, str]]:
    """``(span, place, state)`` of the cities and country names between the verb ``m`` and ``cut``."""
    found = [(s, c, c.country) for s, c in ctx.cities_by.get(m.sentence, []) if m.end <= s.start < cut and c.country]
    taken = [s for s, _, _ in found]
    for s, c in ctx.countries_by.get(m.sentence, []):
        if m.end <= s.start < cut and c.form == "name" and not any(t.start <= s.start < t.end for t in taken):
            found.append((s, Country(c.code), c.code))  # "nach Ghana und Côte d'Ivoire", "a Singapur"
    return sorted(found, key=lambda item: item[0].start)


def _stops(ctx: Context, m: EventMention, span: Span) -> tuple[list[tuple[Span, object, str]], int]:
    """The coordinated places of foreign states after the travel verb ``m`` in text order, and where the
    phrase naming them ends."""
    home = {p.country for p in m.persons if p.country}
    end = min(span.end, m.end + _REACH)
    cut = min([i for i in (ctx.text.find(b, m.end, end) for b in _BREAKS) if i >= 0], default=end)
    stops: list[tuple[Span, object, str]] = []
    for s, place, state in _places_after(ctx, m, cut):
        if state in home:
            continue
        if stops and not _joined(ctx, m, stops[-1][0].end, s.start):
            break
        stops.append((s, place, state))
    return (stops if len({state for _, _, state in stops}) == len(stops) >= 2 else []), cut


def _stop_date(ctx: Context, m: EventMention, windows: tuple[tuple[int, int], ...]) -> tuple[DateValue | None, str | None]:
    """The first date said inside one of ``windows`` (a stop's part of the phrase), resolved for ``m``'s status;
    a report's day is none ("au Sénégal et en Côte d'Ivoire, a-t-on appris jeudi")."""
    floor = ctx.sentences[m.sentence].start
    for mention in ctx.dates_by.get(floor, []):
        if mention is ctx.dateline or not any(a <= mention.span.start and mention.span.end <= b for a, b in windows):
            continue
        if report_verb_before(ctx.text, mention.span.start, ctx.lang, floor) >= 0:
            continue
        value, _ = dates_mod.resolve_for(mention, ctx.reference, m.status)
        return (DateValue(value, mention.text, mention.span) if value else None), mention.text
    return None, None


def _joint(ctx: Context, start: int, end: int) -> int:
    """Where the conjunction or comma between two stops stands: what precedes it is the first stop's."""
    pattern = compiled(ctx.lang).fast.get("conjunction")
    found = pattern.search(ctx.low, start, end) if pattern is not None else None
    comma = ctx.text.find(",", start, end)
    return min(i for i in (found.start() if found else end, comma if comma >= 0 else end))


def _clone(m: EventMention, span: Span, place: object, state: str, others: set[str]) -> EventMention:
    stop = copy.copy(m)
    stop.persons = list(m.persons)
    stop.countries = (m.countries - others) | {state}
    stop.location, stop.location_at = place, span.start
    stop.stop = True
    return stop


def _legs(ctx: Context, m: EventMention, stops: list[tuple[Span, object, str]], cut: int) -> list[EventMention] | None:
    """One mention per stop, each later stop dated by its own part of the phrase (after the conjunction before
    it, or after its name up to the next one); None when a later stop has no date of its own ("se rendra en
    France, en Turquie et en Géorgie du 13 au 23 novembre": one tour)."""
    countries = {state for _, _, state in stops}
    joints = [_joint(ctx, a[0].end, b[0].start) for a, b in zip(stops, stops[1:])] + [cut]
    legs = []
    for i, (s, place, state) in enumerate(stops):
        leg = _clone(m, s, place, state, countries)
        if i:
            leg.date, leg.date_text = _stop_date(ctx, m, ((joints[i - 1], s.start), (s.end, joints[i])))
            if leg.date is None:
                return None
        elif m.date is not None and m.date.span is not None and m.date.span.start > joints[0]:
            leg.date, leg.date_text = _stop_date(ctx, m, ((m.end, joints[0]),))
            if leg.date is None:
                return None  # "to Hanoi and Manila on Monday": one date for the whole trip
        legs.append(leg)
    return legs


def split_stops(ctx: Context, mentions: list[EventMention]) -> list[EventMention]:
    """``mentions`` with each travel verb of several coordinated stops replaced by one mention per stop."""
    out: list[EventMention] = []
    split: set[int] = set()
    for m in mentions:
        if GROUPS[m.type] != "visit" or m.entry.pos != "verb" or m.background or not m.persons:
            out.append(m)
            continue
        stops, cut = _stops(ctx, m, ctx.sentences[m.sentence])
        legs = _legs(ctx, m, stops, cut) if stops else None
        if legs is None:
            out.append(m)
            continue
        split.add(m.sentence)
        out += legs
    if not split:
        return out
    return [m for m in out if m.stop or GROUPS[m.type] != "visit" or m.entry.pos == "verb" or m.sentence not in split]
