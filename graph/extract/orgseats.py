"""The seat of an international organisation as a venue: "am Sitz der Afrikanischen Union", "au siège de l'OCDE",
"en la sede de la OEA", "at the headquarters of the OSCE", "ASEAN headquarters", "в штаб-квартире ОДКБ".

The organisation is one of ``organizations.json``; its city is that of ``organization_seats.json`` unless the
text joins another city to the phrase ("au siège de l'ONU à Genève"). A seat word standing alone ("au siège de
l'organisation") or before no organisation places nothing here, nor does one before a compound whose first
part is the organisation ("im Sitz der EU-Delegation in Tripolis": the delegation's seat, not the EU's).
"""

from __future__ import annotations

import re
from functools import lru_cache

from graph.extract import lexicon
from graph.model import City, Organization, Span, Venue

__all__ = ["seat_venues"]

_REACH = 40


@lru_cache(maxsize=None)
def _phrases(lang: str) -> tuple[tuple[str, ...], re.Pattern[str] | None, re.Pattern[str] | None]:
    """``seat_phrases`` of ``<lang>/venues.json``: words that must occur in the text before organisations are looked
    for (a cheap first test), the seat word and its link right before the organisation's name (matched against the
    text before it), and the seat word right after it ("the OSCE's headquarters", "AU-Hauptquartier")."""
    entry = lexicon.load("venues", lang).get("seat_phrases", {})
    before, after = entry.get("before"), entry.get("after")
    return tuple(entry.get("triggers", ())), (re.compile(before) if before else None), (re.compile(after) if after else None)


@lru_cache(maxsize=1)
def _seats() -> dict[str, City]:
    seats = lexicon.load("organization_seats").get("seats", {})
    return {code: City(e["city"], e["city_name"], e["city_country"]) for code, e in seats.items()}


def seat_venues(text: str, lang: str, orgs: list[tuple[Span, Organization]] | None = None) -> list[tuple[Span, City, Organization]]:
    """Seat phrases of organisations with a known seat, as (span of seat word and name, seat city, organisation).

    ``orgs`` is :func:`graph.extract.venues.find_organizations` of the text, computed here when needed.
    """
    triggers, before, after = _phrases(lang)
    if not any(word in text for word in triggers):
        return []
    if orgs is None:
        from graph.extract.venues import find_organizations

        orgs = find_organizations(text, lang)
    seats = _seats()
    out = []
    for span, org in orgs:
        city = seats.get(org.code)
        if city is None:
            continue
        head = before.search(text, max(0, span.start - _REACH), span.start) if before else None
        if head is not None:
            if text[span.end : span.end + 1] == "-" and text[span.end + 1 : span.end + 2].isalpha():
                continue
            out.append((Span(head.start(), span.end), city, org))
            continue
        tail = after.match(text, span.end) if after else None
        if tail is not None:
            out.append((Span(span.start, tail.end()), city, org))
    return out


def seat_venue(city: City, org: Organization) -> Venue:
    return Venue("headquarters", f"{org.name} headquarters", city, None)
