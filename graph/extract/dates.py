"""Date expressions and durations in German, English, French, Spanish and Russian.

The words of each language live in ``graph/data/lexicons/<lang>/dates.json`` (months, weekdays,
relative words, prepositions, number words), so adding a language means adding a file; the private
:mod:`graph.extract._dategrammar` compiles them once per language. :func:`find_dates` returns what the
text says (:class:`DateMention`); :func:`resolve` turns a mention into an ISO value with the
publication date, choosing the past for reports and the future for plans.
"""

from __future__ import annotations

import datetime as dt
import logging
from dataclasses import dataclass
from functools import lru_cache

from graph.extract import _dateanchor as anchoring
from graph.extract import _datebound as bounding
from graph.extract import _dategrammar as grammar
from graph.extract import _datepostpone as postponing
from graph.extract import _dateresolve as resolving
from graph.extract import _daterevise as revising
from graph.extract import _datetense as tensing
from graph.extract._datedateline import from_dateline
from graph.extract._datedayonly import with_month_days
from graph.extract._dateahead import later_period, soon, told_ahead
from graph.extract._datejoin import merge
from graph.extract._datecompose import month_of_year, with_month_words, with_seasons
from graph.extract._dateperiod import drop_periods
from graph.extract._datethatyear import that_year
from graph.extract._dateweek import same_week
from graph.extract._dateyearframe import year_frames
from graph.extract._dateweekdayday import weekday_day, with_weekday_days
from graph.extract.units import Intervals
from graph.model import Span

__all__ = [
    "DateMention", "find_dates", "resolve", "resolve_nearest", "resolve_end", "resolve_for", "lies_ahead",
    "find_durations", "dates_act", "week_bounds",
]  # fmt: skip

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class DateMention:
    """A date expression as the text gives it, before resolution.

    Only the fields the text fills are set. ``direction`` is -1 for an explicit past ("last Tuesday"),
    +1 for an explicit future ("next Tuesday"), else 0. For a range ("7–10 мая") the fields describe
    the start and ``end_*`` the end. ``anchored`` marks a day counted from the day the text told last
    ("la veille", "am Tag darauf"); ``anchor`` is that earlier mention when the same sentence or one of
    the two before gives one, else the count starts from publication; a ``part_of_day`` of the day told
    last ("am Abend", "that evening") is no date without its anchor. ``revised`` marks the new date of a
    postponed plan ("die für Dienstag geplante Reise ... solle nun am 12. Mai stattfinden"), whose
    old date the text no longer holds and :func:`find_dates` drops. ``bound`` marks a date opened by a
    "since" or "until" word, which may bound an act without dating it (:func:`dates_act`).
    """

    span: Span
    text: str
    year: int | None = None
    month: int | None = None
    day: int | None = None
    weekday: int | None = None
    relative_days: int | None = None
    relative_weeks: int | None = None
    week_of: int | None = None  # a weekday's week counted from publication's ("Tuesday of last week": -1)
    direction: int = 0
    relative_months: int | None = None
    relative_years: int | None = None
    end_year: int | None = None
    end_month: int | None = None
    end_day: int | None = None
    anchored: bool = False
    anchor: DateMention | None = None
    lead: DateMention | None = None  # an anchored day's far-off lead day, counted from when it is the day before publication
    # (a day counted back: when it lies before publication)
    # (for a part of the day opening a new paragraph: the lead's day, which it may not precede)
    revised: bool = False
    part_of_day: bool = False
    season: int | None = None  # the first month of a season ("im Herbst": 9), which dates to the year only
    bound: int = 0  # -1 opened by "since" ("seit 2019"), +1 by "until" ("bis Freitag"): see :func:`dates_act`
    weekend: bool = False  # the Saturday and Sunday of the week ``relative_weeks`` counts ("this weekend")
    tense: int = 0  # -1 told as taken place ("held on Monday"), +1 next to a present event verb ("empfängt am Donnerstag")
    weekday_day: int | None = None  # the day of the month a bare weekday is told with ("viernes 21"): see _dateweekdayday


def find_dates(text: str, lang: str, *, within: tuple[tuple[int, int], ...] | None = None) -> list[DateMention]:
    """Find the date expressions of ``text`` in language ``lang``, in text order.

    Clock times, durations, ages, counts and bare numbers are never taken for dates; impossible
    dates ("31. April") give no mention. An unsupported language gives an empty list.

    Args:
        text: The article text.
        lang: ISO 639-1 code ("de", "en", "fr", "es", "ru").
        within: sorted, disjoint ``(start, end)`` ranges: only dates whose key word (month, weekday,
            number...) lies in one of them are looked for (the caller's sentences of interest).

    Returns:
        The mentions, non-overlapping, sorted by offset.
    """
    found = _found(text, lang, within)
    wider = _anchor_reach(found, within)
    if wider is not None:  # "Mardi soir, il a dîné avec X ... Le lendemain, M. Y s'est entretenu": the day told in a
        # sentence of no act is the day "the day after" counts from; only the caller's ranges keep their mentions
        found = tuple(m for m in _found(text, lang, wider) if _inside(m.span.start, within))
    return list(found)


#: How far (characters) before a day counted from the day told last ("le lendemain") its anchor is looked for.
_ANCHOR_REACH = 400


def _anchor_reach(found: tuple[DateMention, ...], within: tuple[tuple[int, int], ...] | None) -> tuple[tuple[int, int], ...] | None:
    """``within`` widened back to where the anchor of a day counted forward from the day told last ("le lendemain",
    "am Tag darauf") may stand, when such a day found no anchor in the caller's ranges (the day was told in a
    sentence reporting no act): counted from publication it would lie after the report. A day counted back ("la
    veille", "накануне") keeps publication's count. None when no day needs it."""
    loose = [m.span.start for m in found if m.anchored and m.anchor is None and not m.part_of_day and (m.relative_days or 0) > 0]
    if within is None or not loose:
        return None
    ranges = sorted([*within, *((max(0, start - _ANCHOR_REACH), start) for start in loose)])
    merged: list[tuple[int, int]] = []
    for start, end in ranges:
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return tuple(merged)


def _inside(offset: int, within: tuple[tuple[int, int], ...]) -> bool:
    return any(start <= offset < end for start, end in within)


@lru_cache(maxsize=8)
def _found(text: str, lang: str, within: tuple[tuple[int, int], ...] | None) -> tuple[DateMention, ...]:
    """:func:`find_dates` cached for the last few texts (durations need the dates of the same text)."""
    compiled = _compiled(lang)
    if compiled is None:
        return ()
    found: list[DateMention] = []
    for match in grammar.scan(text, compiled.dates, compiled.date_triggers, compiled.date_prefixes, within):
        fields = grammar.mention_fields(match, compiled)
        if fields is not None:
            fields["bound"] = bounding.coarse_from(bounding.bound_of(match.group("P"), lang), fields)
            fields["tense"] = tensing.tense_at(text, match.start(), match.end(), lang)
            fields["revised"] = postponing.postponed_to(text, match.start(), match.end(), lang, match.group("P"))
            if fields["revised"] and fields["bound"] == bounding.UNTIL:
                fields["bound"] = 0  # "aplazada hasta el 5 de noviembre": the new day, not an end
        if fields is not None and _valid(mention := DateMention(**fields)):
            found.append(mention)
    merged = revising.drop_superseded(merge(found, text, compiled), text, compiled.revision)
    merged = that_year(month_of_year(drop_periods(with_weekday_days(merged, text, lang), text), text), text, lang)
    merged = same_week(year_frames(merged, text, lang), text)
    merged = with_month_words(with_seasons(merged, text, lang, within, DateMention), text, lang, within, DateMention)
    merged = [m for m in with_month_days(merged, text, lang, _day_of_month) if _valid(m)]
    return tuple(from_dateline(anchoring.anchor(merged, text, lang), text))


def _eve_of_past_lead(mention: DateMention, base: str | None, published: dt.date) -> bool:
    """Whether a day counted back from a lead's weekday told days before publication counts from it ("s'est
    entretenu mardi dernier ... \n\n La veille, X avait reçu Y" in a Thursday paper: Monday; "провели в минувшую
    пятницу ... Накануне X принял Y" in a Monday paper: Thursday): the account tells that day of the last week, so
    its eve is the lead's. A lead's full date ("Am 2. April traf er sie") leaves a far "am Vortag" to publication."""
    lead = mention.lead
    return (mention.relative_days or 0) < 0 and lead is not None and lead.weekday is not None and lead.day is None \
        and base is not None and len(base) == 10 and base < published.isoformat()


def _morrow_of_past_lead(mention: DateMention, base: str | None, published: dt.date) -> bool:
    """Whether a day counted forward from a lead's past day counts from it ("s'est entretenu mercredi dernier ... \n\n
    Le lendemain, M. X a eu un entretien" in a Monday paper: Thursday) and not from publication: the day after it
    lies on or before publication, where the day after publication would be the future in a past account."""
    return (mention.relative_days or 0) > 0 and base is not None and len(base) == 10 and base < published.isoformat() \
        and (dt.date.fromisoformat(base) + dt.timedelta(days=mention.relative_days)) <= published


def _day_of_month(span: Span, text: str, year: int | None, month: int, day: int) -> DateMention:
    """A day of the month told without its month ("el día 9"), in the month of the date before it."""
    return DateMention(span, text, year=year, month=month, day=day)


def dates_act(mention: DateMention) -> bool:
    """Whether ``mention`` may date the act of its clause: not "the first visit since 2019" (a "since" date
    coarser than a day) nor "stays until Friday" (an "until" date that ends no range)."""
    return bounding.dates_act(mention)


def resolve(mention: DateMention, published: dt.date | None, *, future: bool = False) -> str | None:
    """Resolve a mention to an ISO value ("2025-04-10", "2025-04" or "2025") or None.

    Args:
        mention: What :func:`find_dates` returned.
        published: The publication date of the article, when known.
        future: True when the sentence announces a plan: a date without year, a month or a bare
            weekday then means the next occurrence on or after publication, else the latest on or before.

    Returns:
        The value at the precision the text supports, or None when it cannot be known. A week
        ("last week") resolves to its month when all its days lie in one month, else to its year (None
        when it spans two years). A day counted from an earlier one ("la veille") is counted from its
        ``anchor`` when that resolves to a day (the latest on or before publication when the anchor is told as
        taken place: "в субботу вызвало ... На следующий день ... заявила").
    """
    if mention.anchor is not None and mention.relative_days is not None and not _ongoing(mention, published):
        base = resolve(mention.anchor, published, future=future and mention.anchor.tense != tensing.PAST)
        if base is not None and len(base) == 10 and mention.part_of_day and mention.lead is not None:
            base = max(base, resolve(mention.lead, published, future=future) or base)  # not before the lead's day
        if base is not None and len(base) == 10:
            return (dt.date.fromisoformat(base) + dt.timedelta(days=mention.relative_days)).isoformat()
    if mention.lead is not None and mention.relative_days is not None and published is not None:
        base = resolve(mention.lead, published, future=future)  # "В понедельник прошла встреча ... Накануне" in a
        # Tuesday paper: the eve of the lead's day; a day counted back from a lead's earlier day too
        if base == (published - dt.timedelta(days=1)).isoformat() or _eve_of_past_lead(mention, base, published) \
                or _morrow_of_past_lead(mention, base, published):
            return (dt.date.fromisoformat(base) + dt.timedelta(days=mention.relative_days)).isoformat()
    if mention.weekday_day is not None and published is not None and (day := weekday_day(mention.weekday, mention.weekday_day, published)):
        return day  # "el próximo viernes 21"
    if mention.season is not None and mention.year is None and mention.relative_years is not None:
        return None if published is None else f"{published.year + mention.relative_years:04d}"
    if mention.season is not None and mention.year is None and mention.direction > 0 and published is not None:
        return resolving.directed_month(mention.season, mention.direction, published)[:4]  # "au printemps prochain"
    if mention.season is not None and mention.year is None:
        current = published is not None and (published.month - mention.season) % 12 < 3  # "this autumn" in October
        year = published.year if current else resolving.year_of_month(mention.season, published, future)
        return None if year is None else f"{year:04d}"
    if mention.month is not None and mention.day is not None:
        return resolving.resolve_day_month(mention.year, mention.month, mention.day, published, future)
    if mention.month is not None and mention.relative_years is not None and mention.year is None:
        return None if published is None else f"{published.year + mention.relative_years:04d}-{mention.month:02d}"
    if mention.month is not None and mention.year is None and mention.direction and published is not None:
        return resolving.directed_month(mention.month, mention.direction, published)  # "mai prochain", "last May"
    if mention.month is not None:
        year = mention.year if mention.year is not None else resolving.year_of_month(mention.month, published, future)
        return None if year is None else f"{year:04d}-{mention.month:02d}"
    if mention.year is not None:
        return f"{mention.year:04d}"
    if published is None:
        return None
    return resolving.resolve_relative(mention, published, future)


def _ongoing(mention: DateMention, published: dt.date | None) -> bool:
    """Whether a day counted from another ("am Vortag", "накануне") is counted from a range of days that runs at
    publication ("hält sich vom 10. bis 12. Juni in Berlin auf" in a report of the 12th; "визит проходит 17–20
    ноября" on the 19th): the frame of a stay, not a day of the account, which has reached the report's day; the
    count starts from there (or from the lead's day) instead."""
    frame = mention.anchor
    if published is None or not mention.relative_days or frame.end_day is None:
        return False
    start, end = resolve(frame, published), resolve_end(frame, published)
    return start is not None and end is not None and start < published.isoformat() <= end


def week_bounds(text: str, lang: str, published: dt.date | None, *, future: bool = False) -> tuple[str, str] | None:
    """The first and last day (ISO) of the week a date's words name ("kommende Woche", "la semaine prochaine"),
    None when they name no whole week or publication is unknown: a week resolves to a month only, and a day told
    later can narrow it (also when the week spans two months)."""
    if published is None:
        return None
    weeks = _whole_week(text, lang)
    if weeks is None:
        return None
    first, last = resolving.week_days(weeks, published, future)
    return first.isoformat(), last.isoformat()


@lru_cache(maxsize=4096)
def _whole_week(text: str, lang: str) -> int | None:
    """The weeks counted by the first date of ``text`` that names a whole week (:func:`week_bounds`): a pure
    function of the date's words ("next week"), which recur draft after draft and article after article."""
    for mention in find_dates(text, lang):
        if mention.relative_weeks is not None and mention.weekday is None and not mention.weekend:
            return mention.relative_weeks
    return None


def resolve_for(
    mention: DateMention, published: dt.date | None, status: str, *, past_tense: bool = False
) -> tuple[str | None, str]:
    """The value of a date dating an act of ``status`` (a :data:`graph.model.STATUSES` name), and the act's status.

    A cancelled act takes the nearer reading (:func:`resolve_nearest`), a planned one the next occurrence. An act
    dated by the new date of a postponement is planned. An act told as done or uncertain but dated ahead of
    publication (:func:`lies_ahead`: "reist vom 9. bis 11. Juni nach Japan" in a 2 June report, "could meet on
    9 January" in a 7 January one) takes the date ahead, and the act told as done is planned. ``past_tense``: the
    act is told in a past tense ("met on 9 May" in April is last year's); the present of news copy ("empfängt am
    12. Juni", "se celebra el 30 de julio") and a modal's infinitive ("could meet") tell no past.
    """
    if mention.revised and status in ("Occurred", "Cancelled"):
        status = "Planned"  # "die für Dienstag geplante Reise verschoben ... nun am 12. Mai": moved, not called off
    elif mention.tense == tensing.PAST and status == "Planned" and not lies_ahead(mention, published):
        status = "Occurred"  # "телефонный разговор ..., состоявшийся в понедельник", "the talks, held on Friday"
    if status == "Cancelled":
        return resolve_nearest(mention, published), status
    told = status in ("Occurred", "Uncertain")
    tensed = past_tense and status == "Occurred"
    ahead = told and (lies_ahead(mention, published, tensed=tensed) or told_ahead(mention, published)
                      or later_period(mention, published))
    ahead = ahead or status == "Uncertain" and not past_tense and soon(mention, published)  # "possible, perhaps in November"
    if ahead and status == "Occurred":
        status = "Planned"
    return resolve(mention, published, future=ahead or status == "Planned"), status


def lies_ahead(mention: DateMention, published: dt.date | None, *, tensed: bool = False) -> bool:
    """Whether a mention names a day after publication whatever the tense around it.

    That is a full date after publication, the new date of a postponed plan, "tomorrow", "in two days", "next
    Tuesday", and, unless the text's tense says otherwise (``tensed``), a day without year that comes within two
    months ("am 12. Mai" in an April report is not last year's). Weeks, months and years are not enough ("the
    first meeting in three years" looks back).
    """
    if published is None or mention.anchor is not None or mention.anchored:
        return False
    if mention.day is not None and mention.month is not None:
        if mention.year is None and not mention.revised:
            return not tensed and resolving.next_within(mention.month, mention.day, published, resolving.AHEAD_DAYS) is not None
        value = resolve(mention, published, future=True)
        return value is not None and value > published.isoformat()
    if mention.relative_days is not None:
        return mention.relative_days > 0
    return (mention.weekday is not None or mention.month is not None) and mention.direction > 0


def resolve_nearest(mention: DateMention, published: dt.date | None) -> str | None:
    """Resolve a date that may lie on either side of publication (a cancelled plan: "the visit planned for
    October was called off", "der für Donnerstag geplante Besuch wurde abgesagt"): the nearer reading.
    """
    past, ahead = resolve(mention, published), resolve(mention, published, future=True)
    if past is None or ahead is None or past == ahead or published is None:
        return past or ahead
    return past if _distance(past, published) <= _distance(ahead, published) else ahead


def _distance(value: str, published: dt.date) -> int:
    """Months (for a month or year value) or days (for a day) between ``value`` and the publication day."""
    if len(value) == 10:
        return abs((dt.date.fromisoformat(value) - published).days)
    year, month = int(value[:4]), int(value[5:7]) if len(value) >= 7 else published.month
    return abs((year - published.year) * 12 + month - published.month)


def resolve_end(mention: DateMention, published: dt.date | None, *, future: bool = False) -> str | None:
    """Resolve the end of a range ("7–10 мая" -> the 10th), or None when the mention is no range."""
    if mention.end_day is None or mention.end_month is None:
        return None
    start = resolve(mention, published, future=future)
    if start is None or len(start) != 10:
        return None
    year = mention.end_year if mention.end_year is not None else int(start[:4])
    if mention.end_year is None and (mention.end_month, mention.end_day) < (int(start[5:7]), int(start[8:])):
        year += 1
    if not resolving.exists(year, mention.end_month, mention.end_day):
        return None
    return f"{year:04d}-{mention.end_month:02d}-{mention.end_day:02d}"


def find_durations(
    text: str, lang: str, *, within: tuple[tuple[int, int], ...] | None = None
) -> list[tuple[Span, str]]:
    """Find stated durations ("drei Stunden" -> "PT3H", "полтора часа" -> "PT1H30M").

    Ages ("65 years old"), clock times ("à 15 heures") and relative dates ("two days ago") are skipped.

    Returns:
        ``(span, ISO 8601 duration)`` pairs in text order.
    """
    compiled = _compiled(lang)
    if compiled is None:
        return []
    dates = Intervals((m.span.start, m.span.end) for m in find_dates(text, lang, within=within))  # "two days ago"
    found: list[tuple[Span, str]] = []
    patterns = (compiled.durations, compiled.duration_triggers, compiled.duration_prefixes)
    for match in grammar.scan(text, *patterns, within):
        duration = grammar.duration_from_match(match, compiled, text)
        if duration is not None and not dates.overlaps(duration[0].start, duration[0].end):
            found.append(duration)
    return found


def _compiled(lang: str) -> grammar.Compiled | None:
    found = grammar.compiled(lang)
    if found is None:
        log.debug("no date lexicon for language %r", lang)
    return found


# --- validation -------------------------------------------------------------------------


def _valid(mention: DateMention) -> bool:
    if mention.month is not None and not 1 <= mention.month <= 12:
        return False
    if mention.day is not None and (mention.month is None or not resolving.exists(mention.year, mention.month, mention.day)):
        return False
    if mention.end_day is not None and mention.end_month is not None:
        return resolving.exists(mention.end_year, mention.end_month, mention.end_day)
    return True
