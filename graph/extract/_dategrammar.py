"""The date grammar of one language, built from ``graph/data/lexicons/<lang>/dates.json``.

Private to :mod:`graph.extract.dates`. Each lexicon becomes one compiled regular expression for
dates and one for durations; word lists are compiled as prefix trees, and :func:`scan` (from
:mod:`graph.extract._datescan`) tries the expression only around trigger words and numbers.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from graph.extract import lexicon
from graph.extract import _datenouns as nouns
from graph.extract import _datepostpone as postponing
from graph.extract._datealternation import alternation as _alt
from graph.extract._dateduration import duration_from_match, duration_pattern
from graph.extract._datescan import scan
from graph.extract._dateyearverb import after_verb

_TOKEN = re.compile(r"\w+")
from graph.model import Span

__all__ = ["Compiled", "compiled", "scan", "mention_fields", "duration_from_match", "number_pattern", "number_value", "key"]

_UNIT_FIELDS = {"day": "relative_days", "week": "relative_weeks", "weekend": "relative_weeks", "month": "relative_months",
                "year": "relative_years"}


@dataclass(frozen=True, slots=True)
class Compiled:
    """The compiled patterns and word tables of one language."""

    dates: re.Pattern[str]
    durations: re.Pattern[str]
    range_gap: re.Pattern[str]
    age_before: re.Pattern[str]
    age_after: re.Pattern[str]
    clock_before: re.Pattern[str]
    date_triggers: frozenset[str] = frozenset()
    duration_triggers: frozenset[str] = frozenset()
    date_prefixes: frozenset[str] = frozenset()
    duration_prefixes: frozenset[str] = frozenset()
    tables: dict[str, dict[str, Any]] = field(default_factory=dict)
    articles: frozenset[str] = frozenset()
    slash_order: str | None = None
    weekday_requires_prefix: bool = False
    anchored: frozenset[str] = frozenset()  # relative days counted from the day told last ("la veille")
    day_parts_anchored: frozenset[str] = frozenset()  # parts of the day told last ("am Abend"), nothing without it
    revision: tuple[tuple[str, ...], ...] = ((), (), ())  # plan words, revision cues before / after a date
    day_lists: frozenset[str] = frozenset()  # words joining two weekdays of one act ("Mittwoch und Donnerstag")
    postponed: tuple[re.Pattern[str] | None, re.Pattern[str] | None] = (None, None)  # cues of a new date ("postponed to")


def _words(*tables: Any) -> frozenset[str]:
    return frozenset(word for table in tables for form in table for word in _TOKEN.findall(form.lower()))


def _triggers(*tables: Any) -> frozenset[str]:
    """The longest word of each form: every match contains one of them (or a digit)."""
    return frozenset(max(_TOKEN.findall(form.lower()), key=len) for table in tables for form in table)


@cache
def compiled(lang: str) -> Compiled | None:
    """The compiled grammar of ``lang``, or None when there is no lexicon for it."""
    data = load_lexicon(lang)
    return None if data is None else compile_lexicon(data)


def load_lexicon(lang: str) -> dict[str, Any] | None:
    """The parsed ``dates.json`` of ``lang``, or None when the language has none."""
    if not re.fullmatch(r"[a-z]{2,3}", lang):
        return None
    return lexicon.load("dates", lang) or None


def key(surface: str) -> str:
    """A surface form as the word tables hold it: lower case, single spaces, no final stop."""
    return " ".join(surface.lower().replace("’", "'").split()).rstrip(".")


def compile_lexicon(lx: dict[str, Any]) -> Compiled:
    """Compile the patterns and word tables of one ``dates.json`` lexicon."""
    conn = _connector(lx.get("range_connectors", []))
    day_conn = _connector(lx.get("range_connectors", []) + lx.get("day_list_connectors", []))
    tables = _tables(lx)
    compound = [w + s for w in tables["weekdays"] for s in lx.get("weekday_compound_suffixes", [])]
    date_prefix_keys = (
        "prepositions", "articles", "direction_before", "day_adjectives", "year_words", "number_words",
        "article_numbers", "relative_days", "anchored_days", "anchored_day_parts", "ago_patterns", "in_patterns",
        "month_nouns", "month_noun_joiners",
    )  # fmt: skip
    duration_prefix_keys = (
        "number_words", "article_numbers", "half_markers", "duration_prepositions", "duration_phrases",
    )  # fmt: skip
    return Compiled(
        dates=re.compile(_date_pattern(lx, day_conn), re.IGNORECASE),
        durations=re.compile(duration_pattern(lx, _alt, number_pattern), re.IGNORECASE),
        range_gap=re.compile(conn, re.IGNORECASE),
        age_before=_marker(lx.get("age_markers_before", []), before=True),
        age_after=_marker(lx.get("age_markers_after", []), before=False),
        clock_before=_marker(lx.get("clock_markers_before", []), before=True),
        date_triggers=_triggers(
            tables["months"], tables["weekdays"], tables["relative_days"], tables["units"], tables["current"], compound
        ),
        duration_triggers=_triggers(tables["duration_units"], tables["duration_phrases"]),
        date_prefixes=_words(*(lx.get(key, []) for key in date_prefix_keys)),
        duration_prefixes=_words(*(lx.get(key, []) for key in duration_prefix_keys)),
        tables=tables,
        articles=frozenset(key(article) for article in lx.get("articles", [])),
        slash_order=lx.get("slash_order"),
        weekday_requires_prefix=bool(lx.get("weekday_requires_prefix")),
        anchored=frozenset(key(form) for form in [*lx.get("anchored_days", {}), *lx.get("anchored_day_parts", [])]),
        day_parts_anchored=frozenset(key(form) for form in lx.get("anchored_day_parts", [])),
        revision=tuple(tuple(lx.get(key, ())) for key in ("plan_words", "revision_before", "revision_after")),
        postponed=postponing.cue_patterns(lx),
        day_lists=frozenset(key(c) for c in lx.get("range_connectors", []) + lx.get("day_list_connectors", [])),
    )


def _tables(lx: dict[str, Any]) -> dict[str, dict[str, Any]]:
    """The lookup tables from surface form (normalised by :func:`_key`) to value."""
    tables = {
        "months": {**lx["months"], **lx.get("month_abbreviations", {})},
        "weekdays": lx["weekdays"],
        "relative_days": {**lx.get("relative_days", {}), **_anchored_days(lx)},
        "direction": {**lx.get("direction_before", {}), **lx.get("direction_after", {})},
        "day_adjectives": lx.get("day_adjectives", {}),
        "units": lx.get("relative_units", {}),
        "numbers": {**lx.get("number_words", {}), **lx.get("article_numbers", {})},
        "duration_units": lx.get("duration_units", {}),
        "duration_phrases": lx.get("duration_phrases", {}),
        "current": lx.get("current_periods", {}),
        "year_verbs": dict.fromkeys(lx.get("year_after_verbs", []), 1),
    }
    return {name: {key(form): value for form, value in table.items()} for name, table in tables.items()}


def _anchored_days(lx: dict[str, Any]) -> dict[str, int]:
    """Days counted from the day told last: "la veille" (-1) and the parts of that day, "am Abend" (0)."""
    return {**lx.get("anchored_days", {}), **{form: 0 for form in lx.get("anchored_day_parts", [])}}


def _connector(connectors: list[str]) -> str:
    """Between the two ends of a range: a dash with optional spaces, or words ("bis zum", "au", "по")."""
    words = [c for c in connectors if any(char.isalpha() for char in c)]
    symbols = "".join(re.escape(c) for c in connectors if c not in words)
    return rf"(?:\s*[{symbols}]\s*|\s+{_alt(words)}\s+)" if symbols else rf"\s+{_alt(words)}\s+"


def _marker(forms: list[str], *, before: bool) -> re.Pattern[str]:
    """Words that, right before or after a number, make it an age or a clock time."""
    body = _alt(forms)
    return re.compile(rf"(?<!\w){body}\s*$" if before else rf"^\s*-?\s*{body}(?!\w)", re.IGNORECASE)


def _date_pattern(lx: dict[str, Any], conn: str) -> str:
    """One optional preposition (group ``P``), then the date patterns, most specific first.

    ``conn`` joins the days of "7–10 мая" and "12 and 13 June" (taken as a range from the first day).

    Each pattern is wrapped in a group ``K_<kind>``; the preposition is shared so that it is tried
    once per offset, not once per pattern.
    """
    full = _alt(lx["months"], lx)
    month = rf"(?:{full}(?!\w)|{_alt(lx.get('month_abbreviations', {}), lx)}(?!\w)\.?)"
    ordinal = _alt(lx.get("ordinal_suffixes", []))
    join = rf"(?:{_alt(lx.get('day_month_joiners', []))}\s+)?"
    yjoin = rf"(?:{_alt(lx.get('month_year_joiners', []))}\s+)?"
    ysuf = _alt(lx.get("year_suffixes", []))
    wmy = _alt([u for u, kind in lx.get("relative_units", {}).items() if kind != "day"])
    dirb, dira = _alt(lx.get("direction_before", {})), _alt(lx.get("direction_after", {}))
    dayparts = rf"(?:\s+{_alt(lx.get('day_parts', []))}(?!\w))?"
    days = {**lx.get("relative_days", {}), **_anchored_days(lx)}

    def day(name: str) -> str:
        return rf"(?<![\d.,:/])(?P<{name}>[0-3]?\d)(?![\d:])(?:{ordinal}(?!\w))?\.?"

    def year(name: str) -> str:
        return rf"(?P<{name}>1[6-9]\d\d|2[01]\d\d)(?!\d|[.,]\d|\s*%)(?:\s+(?P<{name}s>{ysuf})(?!\w))?"

    alternatives = {
        "iso": r"(?<![\d-])(?P<iso_y>\d{4})-(?P<iso_m>[01]\d)-(?P<iso_d>[0-3]\d)(?![\d-])",
        "num": r"(?<![\d.,])(?P<num_d>[0-3]?\d)\.(?P<num_m>[01]?\d)\.(?:(?P<num_y>\d{4}|\d\d)(?!\d|\.\d))?(?!\d)",
        "sl": r"(?<![\d/])(?P<sl_a>[0-3]?\d)/(?P<sl_b>[0-3]?\d)/(?P<sl_y>\d{4})(?![\d/])",
        "rg": rf"{day('rg_d1')}{conn}{day('rg_d2')}\s+{join}(?P<rg_m>{month})(?:,?\s+{yjoin}{year('rg_y')})?",
        "mr": rf"(?P<mr_m>{month})\s+{day('mr_d1')}{conn}{day('mr_d2')}(?:,?\s+{year('mr_y')})?",
        "dm": rf"{day('dm_d')}\s+{join}(?P<dm_m>{month})(?:,?\s+{yjoin}{year('dm_y')})?",
        "md": rf"(?P<md_m>{month})\s+{day('md_d')}(?:,?\s+{year('md_y')})?",
        "my": rf"(?P<my_m>{month})\s+{yjoin}{year('my_y')}",
        "yr": rf"(?:(?P<yr_w>{_alt(lx.get('year_words', []))})\s+)?(?<![\d.,]){year('yr_y')}",
        **nouns.month_alternatives(lx, _alt, full),
        "mo": rf"(?:(?P<mo_db>{dirb})\s+)?(?P<mo_m>{full})(?!\w)(?:\s+(?P<mo_da>{dira})(?!\w))?",
        "un": rf"(?:(?P<un_db>{dirb})\s+(?P<un_u1>{wmy})|(?P<un_u2>{wmy})\s+(?P<un_da>{dira}))(?!\w)",
        "wd": rf"(?:(?P<wd_adj>{_alt(lx.get('day_adjectives', {}))})\s+|(?P<wd_db>{dirb})\s+)?"
        + "".join(rf"(?<!\b{re.escape(w)}\s)" for w in lx.get("weekday_not_after", []))
        + rf"(?P<wd_w>{_alt(lx['weekdays'], lx)})(?:{_alt(lx.get('weekday_compound_suffixes', []))})?(?!\w)"
        + rf"(?:\s+(?P<wd_da>{dira})(?!\w))?{dayparts}{_week_of(lx, dirb, dira)}",
        "rl": rf"(?<!\w)(?P<rl_w>{_alt(days, lx)})(?!\w){dayparts}",
    }
    if not lx.get("month_day"):
        del alternatives["mr"], alternatives["md"]
    if not lx.get("slash_order"):
        del alternatives["sl"]
    number, units = number_pattern(lx, articles=True), _alt(lx.get("relative_units", {}))
    for sign, key in ((-1, "ago_patterns"), (1, "in_patterns")):
        for index, template in enumerate(lx.get(key, [])):
            name = f"{'ago' if sign < 0 else 'in'}{index}"
            alternatives[name] = _template(template, name, number, units)
    prep = _alt(lx.get("prepositions", []), suffix=r"\s+")
    body = "|".join(rf"(?P<K_{kind}>{pattern})" for kind, pattern in alternatives.items())
    return rf"(?:(?<!\w)(?P<P>{prep}))?(?:{body})"


def _week_of(lx: dict[str, Any], dirb: str, dira: str) -> str:
    """After a weekday, the week it lies in ("Dienstag vergangener Woche", "mardi de la semaine dernière",
    "во вторник на прошлой неделе"): group ``wd_wk`` holds the direction word; the words that may join the two
    are the lexicon's ``weekday_week_joiners``."""
    weeks = _alt([u for u, kind in lx.get("relative_units", {}).items() if kind == "week"])
    joiners = lx.get("weekday_week_joiners", [])
    join = rf"(?:{_alt(joiners)}\s+)?" if joiners else ""
    return rf"(?:\s+{join}(?:(?P<wd_wk>{dirb})\s+{weeks}|{weeks}\s+(?P<wd_wk2>{dira}))(?![\w'’]))?"


def _template(template: str, name: str, number: str, units: str) -> str:
    """``"{n} {unit} ago"`` -> a regex with groups ``<name>_n`` and ``<name>_u``; ``{n?}`` is optional."""
    pieces = {"{n}": rf"(?P<{name}_n>{number})", "{unit}": rf"(?P<{name}_u>{units})(?!\w)"}
    out = r"(?<!\w)"
    for token in template.split():
        if token == "{n?}":
            out += rf"(?:(?P<{name}_n>{number})\s+)?"
        else:
            out += pieces.get(token, re.escape(token).replace("'", "['’]") + r"(?!\w)") + r"\s+"
    return out.removesuffix(r"\s+")


def number_pattern(lx: dict[str, Any], *, articles: bool) -> str:
    words = _alt({**lx.get("number_words", {}), **(lx.get("article_numbers", {}) if articles else {})})
    return rf"(?:(?<![\d.,:])\d{{1,3}}(?:[.,]\d+)?(?![\d:])|(?<!\w){words}(?:[\s-]+{words})?(?!\w))"


def number_value(surface: str | None, numbers: dict[str, Any]) -> float | None:
    if surface is None:
        return None
    if surface[0].isdigit():
        return float(surface.replace(",", "."))
    values = [numbers.get(key(word)) for word in re.split(r"[\s-]+", surface) if word]
    if not values or any(value is None for value in values):
        return numbers.get(key(surface))
    return float(sum(values))


def _int(match: re.Match[str], name: str) -> int | None:
    value = match.group(name)
    return None if value is None else int(value)


def mention_fields(match: re.Match[str], compiled: Compiled) -> dict[str, Any] | None:
    """The :class:`~graph.extract.dates.DateMention` fields of one match, or None when it is no date."""
    kind = (match.lastgroup or "K_")[2:]
    tables = compiled.tables
    base = {"span": Span(match.start(), match.end()), "text": match.group()}

    def month(name: str) -> int | None:
        return tables["months"].get(key(match.group(name)))

    if kind in ("iso", "num"):
        year = _int(match, f"{kind}_y")
        if kind == "num" and year is None and len(match.group("num_m")) < 2:  # "02.01." yes, "Artikel 5.2." no
            return None
        if year is not None and year < 100:
            year += 2000 if year < 70 else 1900
        return dict(**base, year=year, month=_int(match, f"{kind}_m"), day=_int(match, f"{kind}_d"))
    if kind == "sl":
        first, second = _int(match, "sl_a"), _int(match, "sl_b")
        mon, day = (first, second) if compiled.slash_order == "mdy" else (second, first)
        if mon is not None and mon > 12 and day is not None and day <= 12:
            mon, day = day, mon
        return dict(**base, year=_int(match, "sl_y"), month=mon, day=day)
    if kind in ("rg", "mr"):
        start, end, mon = _int(match, f"{kind}_d1"), _int(match, f"{kind}_d2"), month(f"{kind}_m")
        year = _int(match, f"{kind}_y")
        if start is None or end is None or end <= start:
            return None
        return dict(**base, year=year, month=mon, day=start, end_year=year, end_month=mon, end_day=end)
    if kind in ("dm", "md"):
        return dict(**base, year=_int(match, f"{kind}_y"), month=month(f"{kind}_m"), day=_int(match, f"{kind}_d"))
    if kind == "my":
        return dict(**base, year=_int(match, "my_y"), month=month("my_m"))
    preposition = match.group("P")
    if kind in nouns.KINDS:  # "la reunión de junio", "the June meeting", "la fin du mois"
        return nouns.mention_fields(match, kind, tables)
    if kind == "mo":  # a month name alone needs a preposition ("im Oktober"), a direction ("next May", "mai prochain")
        # or a postponement's "to" before it
        modifier = match.group("mo_db") or match.group("mo_da")
        direction = 0 if modifier is None else tables["direction"].get(key(modifier), 0)
        if preposition is None and modifier is None \
                and not postponing.moved_to(match.string, match.start(), match.end(), compiled.postponed):
            return None  # "postponed to January": the new month of a plan, after a "to" no preposition of dates
        return dict(**base, month=month("mo_m"), direction=direction)
    if kind == "yr":  # "in 2019", "im Jahr 2019", "2019 года", never a bare number or "the 2019 ..."
        real = preposition is not None and key(preposition) not in compiled.articles
        if not (real or match.group("yr_w") or match.group("yr_ys") or after_verb(match, tables["year_verbs"], _int(match, "yr_y"))):
            return None
        return dict(**base, year=_int(match, "yr_y"))
    return _relative_mention(match, kind, compiled, base)


def _relative_mention(
    match: re.Match[str], kind: str, compiled: Compiled, base: dict[str, Any]
) -> dict[str, Any] | None:
    tables = compiled.tables
    if kind == "un":
        direction = tables["direction"].get(key(match.group("un_db") or match.group("un_da")))
        unit = tables["units"].get(key(match.group("un_u1") or match.group("un_u2")))
        if direction is None or unit is None:
            return None
        return dict(**base, direction=direction, weekend=unit == "weekend", **{_UNIT_FIELDS[unit]: direction})
    if kind == "wd":
        adjective, modifier = match.group("wd_adj"), match.group("wd_db") or match.group("wd_da")
        if compiled.weekday_requires_prefix and not (match.group("P") or adjective or modifier):
            return None
        relative = None if adjective is None else tables["day_adjectives"].get(key(adjective))
        direction = 0 if modifier is None else tables["direction"].get(key(modifier), 0)
        weekday = tables["weekdays"].get(key(match.group("wd_w")))
        week = match.group("wd_wk") or match.group("wd_wk2")
        if week is not None:  # "Tuesday of last week"
            weeks = tables["direction"].get(key(week), 0)
            return dict(**base, weekday=weekday, week_of=weeks, direction=weeks)
        return dict(**base, weekday=weekday, relative_days=relative, direction=direction)
    if kind == "rl":
        word = key(match.group("rl_w"))
        days = tables["relative_days"].get(word)
        eve = key(match.group("P") or "")
        if eve in compiled.anchored and eve not in compiled.day_parts_anchored and word in compiled.day_parts_anchored:
            word, days = eve, tables["relative_days"].get(eve)  # "накануне вечером": the evening of the day before
        direction = 0 if days is None else (days > 0) - (days < 0)
        anchored, part = word in compiled.anchored, word in compiled.day_parts_anchored
        return dict(**base, relative_days=days, direction=direction, anchored=anchored, part_of_day=part)
    sign = -1 if kind.startswith("ago") else 1
    count = number_value(match.group(f"{kind}_n"), tables["numbers"])
    unit = tables["units"].get(key(match.group(f"{kind}_u")))
    count = 1 if match.group(f"{kind}_n") is None else count
    if unit is None or count is None or count != int(count):
        return None
    return dict(**base, direction=sign, weekend=unit == "weekend", **{_UNIT_FIELDS[unit]: sign * int(count)})
