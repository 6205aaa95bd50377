"""An act told in a "where" clause after a dated place happened then: "The ministers last met in July in Lisbon,
where X was on an official visit", "se verán en diciembre en Lisboa, donde Portugal será anfitrión de la cumbre",
"встреча состоялась в июле в Лиссабоне, куда X приезжал с визитом", "im Juli in Lissabon, wo X zu Besuch weilte".

Private to :mod:`graph.extract._dateassign`. Each date of a sentence dates one act, and the clause break before
"where" keeps it from the acts told after it; so an act the "where" clause tells without a date of its own was
left undated. A place relative word (``dates.json``: ``place_relatives``) right after the comma that closes the
clause of a dated act opens a clause about that place at that time: its undated acts of the same status (held
or planned; "arrived on Monday in Rome, where she will meet X" tells a meeting to come) take the act's date, and
its background flag. A clause naming a date of its own keeps it; an act planned but dated before the report
("last met at the leaders meeting in Honiara last September, where they agreed to revive the negotiations")
dates nothing; a sentence telling no act before the clause dates the clause's first act with its one date ("On
Tuesday the two presidents are expected in Naivasha, where they will meet X"). The other way round, a trip told without a date before a "where" clause whose act the clause
dates takes that act's day (:func:`trip_where_days`), unless the clause is about the place the trip came from
(``origin_prepositions``: "arrived from Moscow, where he held talks on Thursday").
"""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING

from graph.extract import dates as dates_mod
from graph.extract import lexicon
from graph.extract.events import GROUPS
from graph.model import DateValue

if TYPE_CHECKING:
    from graph.extract.assemble import Context
    from graph.extract.triggers import EventMention
    from graph.model import Span

__all__ = ["trip_where_days", "where_days", "where_dated"]

#: At most this many characters from the relative word to the act its clause tells.
_TO_ACT = 120


@cache
def _where(lang: str) -> re.Pattern[str] | None:
    words = lexicon.load("dates", lang).get("place_relatives")
    return re.compile(rf",\s*(?:{lexicon.phrases(words)})(?!\w)", re.IGNORECASE) if words else None


@cache
def _origin(lang: str) -> re.Pattern[str] | None:
    words = lexicon.load("dates", lang).get("origin_prepositions")
    return re.compile(rf"(?<!\w)(?:{lexicon.phrases(words)})\s+\S+(?:\s+\S+){{0,2}}\s*$", re.IGNORECASE) if words else None


def where_days(ctx: Context, mentions: list[EventMention], span: Span) -> None:
    """Date the undated acts of a "where" clause with the act of the dated clause before it (see the docstring)."""
    pattern = _where(ctx.lang)
    if pattern is None or not mentions:
        return
    dates = [d for d in ctx.dates_by.get(span.start, []) if d is not ctx.dateline]
    for match in pattern.finditer(ctx.text, span.start, span.end):
        comma = match.start()
        if any(d.span.start >= comma for d in dates):
            continue  # the clause names a day of its own
        act = _antecedent(ctx, mentions, comma)
        if act is None:
            _opening_date(ctx, mentions, dates, match)
            continue
        for m in mentions:
            if match.end() <= m.start <= match.end() + _TO_ACT and m.date is None and not m.date_text \
                    and not m.dropped and m.status == act.status:
                m.date, m.date_text = act.date, act.date_text
                m.background = m.background or act.background


def _opening_date(ctx: Context, mentions: list[EventMention], dates: list, match: re.Match[str]) -> None:
    """"On Tuesday the two presidents are expected in Naivasha, where they will meet X": a sentence telling no act
    before its "where" clause and one date dates the first act of that clause."""
    comma = match.start()
    if len(dates) != 1 or any(m.start < comma for m in mentions) or dates[0].bound or dates[0].anchored:
        return
    after = [m for m in mentions if match.end() <= m.start <= match.end() + _TO_ACT and not m.dropped]
    if not after or after[0].date is not None or after[0].date_text:
        return
    act, mention = after[0], dates[0]
    value, status = dates_mod.resolve_for(mention, ctx.reference, act.status)
    if value is not None:
        act.status, act.date_text, act.date = status, mention.text, DateValue(value, mention.text, mention.span)


def _antecedent(ctx: Context, mentions: list[EventMention], comma: int) -> EventMention | None:
    """The act told last before ``comma`` if a date of its own clause (no comma between) dates it."""
    before = [m for m in mentions if m.end <= comma]
    if not before:
        return None
    act = max(before, key=lambda m: m.end)
    date = act.date
    if date is None or date.span is None or date.span.start < act.start - 60 or date.span.end > comma:
        return None
    if "," in ctx.text[min(act.end, date.span.end) : comma]:
        return None
    if act.status != "Occurred" and ctx.reference is not None and date.value < ctx.reference.isoformat()[: len(date.value)]:
        return None  # a planned act dated before the report: not the time of the clause
    return act


def where_dated(ctx: Context, m: EventMention) -> bool:
    """Whether a trip is dated by the "where" clause told after it ("s'est ensuite rendu à Quito, où il a été reçu
    jeudi"): :func:`trip_where_days` gave it that day, which an "afterwards" word does not replace."""
    pattern = _where(ctx.lang)
    if pattern is None or GROUPS[m.type] != "visit" or m.date is None or m.date.span is None or m.date.span.start < m.end:
        return False
    return pattern.search(ctx.text, m.end, m.date.span.start) is not None


def trip_where_days(ctx: Context, mentions: list[EventMention], span: Span) -> None:
    """"She then flies on to X, where she will hold talks with Y on Friday", "reist weiter nach X, wo er am Freitag
    Y trifft": a trip told without a date of its own clause takes the day of the act its "where" clause dates, when
    both are told with the same status (an arrival told as done is no trip to a meeting still to come)."""
    pattern = _where(ctx.lang)
    if pattern is None or len(mentions) < 2:
        return
    for match in pattern.finditer(ctx.text, span.start, span.end):
        comma = match.start()
        before = [m for m in mentions if m.end <= comma and not m.dropped]
        if not before:
            continue
        trip = max(before, key=lambda m: m.end)
        if GROUPS[trip.type] != "visit" or trip.date is not None or trip.date_text or trip.background:
            continue
        origin = _origin(ctx.lang)
        if origin is not None and origin.search(ctx.text, trip.end, comma):
            continue  # "прибыл из Москвы, где в четверг провёл переговоры": the place left, not the one reached
        after = [m for m in mentions if match.end() <= m.start <= match.end() + _TO_ACT and not m.dropped]
        act = after[0] if after else None
        if act is None or act.status != trip.status or act.date is None or act.date.span is None \
                or act.date.precision != "day" or act.date.span.start < match.end():
            continue
        trip.date, trip.date_text = act.date, act.date_text
