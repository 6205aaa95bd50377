"""Capitals named through their country: "la capital mexicana", "the Indian capital", "столица Казахстана", and
a dateline that names a country whose capital bears its name ("PANAMÁ, 7 nov (EFE).-" is filed in Panama City).

The phrases around the country word are regular expressions of ``<lang>/venues.json`` (``capital_phrase``:
``before`` ends where the country word starts, ``after`` starts where it ends); the capital is the country
lexicon's (:func:`graph.extract.countries.country_capital`).
"""

from __future__ import annotations

import re
from functools import lru_cache

from graph.extract import lexicon
from graph.extract.countries import CountryMention, country_capital, country_name, find_countries, government_city
from graph.model import City, Span

__all__ = ["capital_mentions", "seat_named"]

_FORMS = frozenset({"name", "genitive", "adjective"})
_REACH = 40  # characters looked at on each side of a country word
#: After a country word opening a line: a wire dateline ("PANAMÁ, 7 nov (EFE).-", "MÉXICO (AP) -").
_DATELINE = re.compile(r",? ?(?:\d{1,2}\b|\([A-Za-zÀ-ÿ/ -]{2,20}\))")
_DATELINE_LINES = 3
#: Seats (GeoNames names) that "the capital" of a report may mean where the capital of record is elsewhere, moving
#: or new, besides the seats of government of ``countries.json`` (:func:`.countries.government_city`: La Paz, The
#: Hague, Abidjan, Cotonou, Putrajaya): "llegó a la capital ecuatoguineana" after "en Malabo".
_OTHER_SEATS = {
    "GQ": "Malabo", "TZ": "Dar es Salaam", "LK": "Sri Jayewardenepura Kotte", "ZA": "Cape Town", "SZ": "Lobamba",
    "BI": "Bujumbura", "PS": "Ramallah", "YE": "Aden",
}
_SHOUTED = re.compile(r"[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ'-]+(?: [A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ'-]+){0,2}")


@lru_cache(maxsize=None)
def _patterns(lang: str) -> tuple[re.Pattern[str] | None, re.Pattern[str] | None]:
    data = lexicon.load("venues", lang).get("capital_phrase", {})
    before, after = data.get("before"), data.get("after")
    return (re.compile(before, re.IGNORECASE) if before else None, re.compile(after, re.IGNORECASE) if after else None)


def capital_mentions(text: str, lang: str, countries: list[CountryMention]) -> list[tuple[Span, City]]:
    """Capitals the text names through their country, as ``(span, city)``: the span covers the capital word
    and the country word."""
    before, after = _patterns(lang)
    firsts = _line_starts(text)
    out: list[tuple[Span, City]] = []
    for mention in countries:
        if mention.form not in _FORMS:
            continue
        span = _phrase(text, mention.span, before, after)
        capital = country_capital(mention.code) if span is not None else None
        if capital is not None:
            out.append((span, capital))
    return out + _dateline_capitals(text, lang, firsts)


def seat_named(capital: City, named: list[City]) -> City:
    """The city "the capital" of ``capital``'s state means in a text naming ``named``: the seat of government
    where the state's is not its capital of record and the text names the seat but not that capital."""
    seat = government_city(capital.country) if capital.country else None
    if seat is not None and seat.geonames_id != capital.geonames_id:
        name: str | None = seat.name
    else:
        name = _OTHER_SEATS.get(capital.country)
    if name is None or any(c.geonames_id == capital.geonames_id for c in named):
        return capital
    return next((c for c in named if c.country == capital.country and c.name == name), capital)


def _phrase(text: str, span: Span, before: re.Pattern[str] | None, after: re.Pattern[str] | None) -> Span | None:
    if before is not None:
        window_start = max(0, span.start - _REACH)
        match = before.search(text[window_start : span.start])
        if match is not None:
            return Span(window_start + match.start(), span.end)
    if after is not None:
        match = after.match(text[span.end : span.end + _REACH])
        if match is not None:
            return Span(span.start, span.end + match.end())
    return None


def _named_after(code: str) -> bool:
    """Whether the capital bears the country's name ("Panama City", "Kuwait City", "Singapore")."""
    capital, name = country_capital(code), country_name(code)
    return capital is not None and bool(name) and capital.name.split()[0] == name.split()[0]


def _line_starts(text: str) -> set[int]:
    starts, at = set(), 0
    for _ in range(_DATELINE_LINES):
        while text.startswith("\n", at):
            at += 1
        starts.add(at)
        nxt = text.find("\n", at)
        if nxt < 0:
            break
        at = nxt + 1
    return starts


def _dateline_capitals(text: str, lang: str, firsts: set[int]) -> list[tuple[Span, City]]:
    """A country name in capitals opening one of the first lines as a dateline ("PANAMÁ, 7 nov (EFE).-"):
    news is filed from a city, so the country is the capital that bears its name (Panama, Mexico, Kuwait)."""
    out = []
    for start in sorted(firsts):
        head = _SHOUTED.match(text, start)
        if head is None or _DATELINE.match(text, head.end()) is None:
            continue
        word = head.group()
        found = find_countries(word.title(), lang)
        if len(found) == 1 and found[0].form == "name" and found[0].span == Span(0, len(word)):
            capital = country_capital(found[0].code)
            if capital is not None and _named_after(found[0].code):
                out.append((Span(start, head.end()), capital))
    return out
