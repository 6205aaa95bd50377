"""The head of a report: the dateline, the place line and the city it was filed from.

The extractor reads the first short lines before the body ("Москва, Кремль", "1 апреля 2025 года 16:30",
"PARIS (AFP) -") once, with the cities, venues and dates found in the whole text; :mod:`.datelines` knows the
shapes of a wire dateline, this module picks the lines that head this text.
"""

from __future__ import annotations

import re
from datetime import date

from graph.extract import dates, datelines, places
from graph.extract._datedateline import dateline_of
from graph.extract.countries import governs_from
from graph.extract.text import line_spans
from graph.model import City, Event, Span

__all__ = ["SHORT_LINE", "HEAD_LINES", "HEAD_CHARS", "head_lines", "dateline_city", "filed_there", "capital_state",
           "dateline_day"]

SHORT_LINE = 60
HEAD_LINES = 8  # datelines and place lines are looked for in the first lines ...
HEAD_CHARS = 300  # ... and in the first characters
#: What ends a dateline after its date: a dash, after the agency if any ("7 nov (EFE).-", "19 février (AFP) -").
_DASH = re.compile(r"\s*(?:\([A-Za-zÀ-ÿ/ -]{2,20}\)|/[^/\n]{1,20}/)?\s?\.?[–—-]+\s|\.\s*/[^/\n]{1,20}/\.?\s")  # "... /РИА Новости/."
_WORDS = re.compile(r"[^\W\d_]{3,}")


def head_lines(text: str, triggers: list, date_mentions: list, cities: list, venues: list) -> tuple[object, object]:
    """The dateline ("1 апреля 2025 года 16:30") and place line ("Москва, Кремль") near the top, if any: a short
    line before the first paragraph after the headline, or one telling only a date and places (a short closing
    paragraph, "Il regagnera Dakar vendredi.", is no dateline), or a wire dateline opening the body ("Астана,
    26 ноября. Казинформ –")."""
    lines = [line for line in line_spans(text)[:HEAD_LINES] if line.end - line.start <= SHORT_LINE]
    lines = [line for line in lines if not any(line.start <= m.start < line.end for m in triggers)]
    body = next((line.start for line in line_spans(text)[1:] if line.end - line.start > SHORT_LINE), len(text))
    dated = [line for line in lines if line.start < body or _only_places(text, line, cities, venues, date_mentions)]
    dateline = next((d for d in date_mentions for line in dated if line.start <= d.span.start < line.end), None)
    if dateline is None:  # "Tokio (Japan), 29.05.2015 – EU-Kommissionspräsident ..."
        dateline = next((d for d in date_mentions if d.span.start < HEAD_CHARS and _DASH.match(text, d.span.end)), None)
    dateline = dateline or dateline_of(date_mentions, text)
    head = datelines.read(text) if dateline is None else None
    if head is not None and head.day is not None and head.dashed:  # "Accra, March 11, GNA – ..."
        dateline = next((d for d in date_mentions if d.span.start <= head.day.start < d.span.end), None)
    placeline = None
    for line in lines:
        city = next((c for s, c in cities if line.start <= s.start < line.end), None)
        if city is not None and _only_places(text, line, cities, venues, date_mentions):
            venue = next((v for s, v in venues if line.start <= s.start < line.end), None)
            placeline = (city, venue)
            break
    return dateline, placeline


def _only_places(text: str, line: Span, cities: list, venues: list, date_mentions: list) -> bool:
    """Whether a line is a place line ("Москва, Кремль", "Berlin, 18 October 2024"), not a headline."""
    rest = list(text[line.start : line.end])
    spans = [s for s, _ in cities] + [s for s, _ in venues] + [d.span for d in date_mentions]
    for span in spans:
        for i in range(max(span.start, line.start), min(span.end, line.end)):
            rest[i - line.start] = " "
    return len(_WORDS.findall("".join(rest))) <= 1


def dateline_city(text: str, cities: list) -> tuple | None:
    """The ``(Span, City)`` of the news dateline's city ("PARIS (AFP) -"), see :func:`.datelines.city_dateline`;
    the line before it, if any, is the headline."""
    found = datelines.city_dateline(text, cities)
    if found is None:
        return None
    span, city, alone = found
    return span, _whole_line_city(text[span.start : span.end], city) if alone else city


def filed_there(events: list[Event], city: City) -> list[Event]:
    """The events a dateline may place: not an undated act between other states ("WASHINGTON (Agency) ... voiced
    support for ongoing talks between Turkey and Greece": a process elsewhere, not the day's news)."""
    return [e for e in events if e.date is not None or len(e.countries) < 2 or city.country in e.countries]


def _whole_line_city(line: str, city: City) -> City:
    """The city a capitalised dateline names as a whole ("NEW DELHI" is New Delhi, not Delhi)."""
    found = [c for s, c in places.find_cities(line.title(), "en") if s.start == 0 and s.end == len(line.rstrip())]
    return found[0] if found else city


def capital_state(city: City) -> str | None:
    """The state of a capital or seat of government ("MOSKAU, 12. März (Reuters) -", "LA PAZ, 3 jun (EFE).-"): the
    home of officials the copy leaves unmarked."""
    return city.country if governs_from(city) else None


def dateline_day(dateline) -> date | None:
    """The day a dateline names with its year ("Le 12 avril 2017"): the reference for "today"."""
    value = dates.resolve(dateline, None) if dateline is not None else None
    return date.fromisoformat(value) if value and len(value) == 10 else None
