"""The day of a wire report's lead: "WELLINGTON, March 5 (Kyodo) -- X and Y agreed on Wednesday to ... . The two
ministers held talks for about 90 minutes ...".

Private to :mod:`graph.extract.assemble`. The lead of a datelined report tells what happened and when, often with
a verb no act is read from ("agreed", "vereinbarten"); the next sentence then tells the act itself without a date.
That act took place on the lead's day, not on the day of the dateline: an undated act told as taken place in the
sentence right after a lead that names no act (a host verb dropped as no act of its own, "ist ... empfangen
worden", does not count) and one day only takes the lead's day; so does one of the title above such a lead ("Mali
expels two Ivorian diplomats" over "Mali's military-led government on Monday evening ordered two diplomats ... to
leave the country"). Without a dated dateline
the lead is the sentence after the title ("Riyad (ADI) – L'Ambassade a organisé samedi soir une réception ...
La cérémonie, qui s'est tenue ..."); a day of history the lead recalls ("le 27 juin 1977") is no day of its act.
The other way round, a lead telling the act without a day is often followed by the sentence that reports it with
the day ("Bern (SDA) – Die Schweiz hat einen Diplomaten ausgewiesen. Er müsse das Land verlassen, teilte das
Ministerium am Mittwoch mit."): when that sentence names no act and one day only, told in no pluperfect, the
undated acts of the lead told as taken place took place on that day; a day told after a verb of reporting there
is the report's and is not counted ("X sei am Mittwochabend ... gebeten worden, teilte ein Sprecher am Donnerstag
mit"). Acts its own sentence dates to a month long before are recalled ones (:mod:`graph.extract._datelongago`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from graph.extract import dates as dates_mod
from graph.extract._datedateline import is_dateline
from graph.extract._datelongago import long_ago
from graph.extract._datenarrative import after_days, narrative_days, planned_days, signing_days, uncertain_days
from graph.extract._datereport import report_verb_before
from graph.extract._datetense import pluperfect_at
from graph.extract.text import sentence_of
from graph.model import DateValue

if TYPE_CHECKING:
    from graph.extract.assemble import Context
    from graph.extract.triggers import EventMention

__all__ = ["lead_day"]

#: At most this many words make a head line before the lead ("Brüssel.", "Dresden/Prag.", "Media release").
_HEAD_WORDS = 2
#: A lead whose day dates the title's act tells more words than a dateline line, and more words than a dateline's
#: place before the day.
_LEAD_WORDS = 6
_DATELINE_WORDS = 3
#: How many words and characters may stand between a verb of reporting and the day of the report it tells
#: ("teilte ein Sprecher von Außenminister X am Donnerstag mit").
_REPORT = (8, 80)


def lead_day(ctx: Context, mentions: list[EventMention]) -> None:
    """Date the undated acts of the sentence after the lead (see the module docstring), then those the day the
    account has reached dates (:mod:`graph.extract._datenarrative`)."""
    _lead_day(ctx, mentions)
    narrative_days(ctx, mentions)
    after_days(mentions)  # "After the ceremony, X called on Y": the day of the call
    signing_days(mentions)  # "reçu mardi ... Les deux ministres ont signé une feuille de route": Tuesday
    planned_days(ctx, mentions)  # "X wird am Samstag an einer Feier teilnehmen. Eröffnet wird die Zeremonie von Y"
    uncertain_days(mentions)  # "... am OSZE-Ministerrat in Wien teil. Dort könnte sie auch X treffen": in December
    long_ago(ctx, mentions)  # "В июле прошлого года мы с Вами встречались": recalled, not reported


def _lead_day(ctx: Context, mentions: list[EventMention]) -> None:
    if not ctx.sentences or ctx.reference is None:
        return
    lead = sentence_of(ctx.sentences, ctx.dateline.span.start) if ctx.dateline is not None else _first_told(ctx, mentions)
    if lead + 1 >= len(ctx.sentences):
        return
    if any(m.sentence == lead and not m.dropped for m in mentions):
        _own_day(ctx, mentions, lead)
        _reported_day(ctx, mentions, lead)
        return
    told = [
        d for d in ctx.dates_by.get(ctx.sentences[lead].start, [])
        if d is not ctx.dateline and _recent(d, ctx.reference.year) and dates_mod.dates_act(d)
        and not is_dateline(ctx.text, d, ctx.sentences[lead].start)
    ]  # "which has not met since 2018": a bound of another act, no day of the lead's
    if len(told) != 1 or not _a_day(told[0]):
        return
    title = _title(ctx, lead, told[0])
    for m in mentions:
        if m.sentence not in (lead + 1, title) or m.date is not None or m.date_text or m.background or m.status != "Occurred":
            continue
        if any(o.sentence == m.sentence and o.type == m.type and o.date is not None for o in mentions):
            continue  # "who arrived on Monday for a three-day working visit": the dated arrival's visit
        value, status = dates_mod.resolve_for(told[0], ctx.reference, m.status)
        if value is not None and status == "Occurred" and value <= ctx.reference.isoformat():
            m.date, m.date_text = DateValue(value, told[0].text, told[0].span), told[0].text


def _title(ctx: Context, lead: int, day: dates_mod.DateMention) -> int:
    """The title's sentence when one stands before a lead that tells its ``day`` inside a clause ("Mali expels two
    Ivorian diplomats" over "BAMAKO (AFP) - Mali's military-led government on Monday evening ordered two diplomats
    ... to leave the country", an act told by a verb no act is read from; not over a dateline line, "Ереван, 21
    октября.", "Guatemala, 20 de agosto de 2026 (Secretaría de ...)"), else -1."""
    span = ctx.sentences[lead]
    words = len(ctx.text[span.start : span.end].split())
    told = len(ctx.text[span.start : day.span.start].split()) > _DATELINE_WORDS
    return 0 if lead > 0 and words > _LEAD_WORDS and told else -1


def _first_told(ctx: Context, mentions: list[EventMention]) -> int:
    """The lead without a dated dateline: the sentence after the title, or after the head lines that follow it
    ("Brüssel.", "АСТАНА.", "Media release": at most ``_HEAD_WORDS`` words and no act)."""
    lead = 1
    while lead + 2 < len(ctx.sentences) and not any(m.sentence == lead for m in mentions):
        span = ctx.sentences[lead]
        if len(ctx.text[span.start : span.end].split()) > _HEAD_WORDS:
            break
        lead += 1
    return lead


def _recent(mention: dates_mod.DateMention, year: int) -> bool:
    """Not a day of history the lead recalls ("l'indépendance, le 27 juin 1977")."""
    return mention.year is None or mention.year >= year - 1


def _a_day(mention: dates_mod.DateMention) -> bool:
    """A single day: a weekday, "yesterday", or a day of a month (no range, no "since" or "until")."""
    if mention.bound or mention.end_day is not None:
        return False
    return mention.weekday is not None or mention.relative_days is not None or mention.day is not None


def _own_day(ctx: Context, mentions: list[EventMention], lead: int) -> None:
    """"ADDIS ABABA, Feb. 13 (Xinhua) -- Ministers on Thursday called for ... at a session of ...": the one day of
    the lead that dated none of its acts (it stood before a verb of saying) dates its undated acts told as taken place."""
    told = _lead_days(ctx, lead)
    if len(told) != 1 or not _a_day(told[0]) or told[0].anchored:
        return
    group = [m for m in mentions if m.sentence == lead and not m.dropped]
    if any(m.date is not None and m.date.span == told[0].span for m in group):
        return
    for m in group:
        if m.date is not None or m.date_text or m.background or m.status != "Occurred":
            continue
        value, status = dates_mod.resolve_for(told[0], ctx.reference, m.status)
        if value is not None and status == "Occurred" and value <= ctx.reference.isoformat():
            m.date, m.date_text = DateValue(value, told[0].text, told[0].span), told[0].text


def _lead_days(ctx: Context, lead: int) -> list[dates_mod.DateMention]:
    """The dates of the lead other than the dateline."""
    return [d for d in ctx.dates_by.get(ctx.sentences[lead].start, []) if d is not ctx.dateline
            and not is_dateline(ctx.text, d, ctx.sentences[lead].start)]  # fmt: skip


def _reported_day(ctx: Context, mentions: list[EventMention], lead: int) -> None:
    """Date the undated acts of the lead with the one day of the next sentence that names no act (see the module
    docstring)."""
    if any(m.sentence == lead + 1 for m in mentions):
        return
    span = ctx.sentences[lead + 1]
    told = [d for d in ctx.dates_by.get(span.start, []) if d is not ctx.dateline]
    if len(told) > 1:  # "X sei am Mittwochabend ... gebeten worden, teilte ein Sprecher ... am Donnerstag mit": the act's day
        told = [d for d in told if report_verb_before(ctx.text, d.span.start, ctx.lang, span.start, *_REPORT) < 0]
    if len(told) != 1 or not _a_day(told[0]) or told[0].anchored:
        return
    if pluperfect_at(ctx.text, told[0].span.start, told[0].span.end, ctx.lang):
        return  # "Bereits im März hatte ...": an earlier act's day
    for m in mentions:
        if m.sentence != lead or m.dropped or m.date is not None or m.date_text or m.background or m.status != "Occurred":
            continue
        value, status = dates_mod.resolve_for(told[0], ctx.reference, m.status)
        if value is not None and status == "Occurred" and value <= ctx.reference.isoformat():
            m.date, m.date_text = DateValue(value, told[0].text, told[0].span), told[0].text
