"""Venues (embassies, ministries, palaces, summit sites) and organisations named in a text, in en, de, fr, es
and ru: phrases of ``<lang>/venues.json`` and ``organizations.json`` looked up word n-gram by word n-gram,
each venue with the state that owns it and the city it is in (``graph.extract.places`` re-exports the
finders).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from functools import lru_cache

from graph.extract import lexicon
from graph.extract.capitals import seat_named
from graph.extract.countries import (
    OWNER_FORMS,
    CountryMention,
    country_capital,
    country_name,
    english_adjective,
    governs_from,
    government_city,
    span_of,
)
from graph.extract.orgseats import seat_venue, seat_venues
from graph.extract.phrases import Hit, PhraseIndex, normalise, prepare, scan
from graph.extract.text import sentence_of, sentences
from graph.extract.thiscity import dateline_city
from graph.extract.units import spans_within
from graph.model import City, Organization, Span, Venue

__all__ = ["find_venues", "find_organizations", "is_news_agency", "venue_hits"]

_GOVERNMENT_KINDS = frozenset({"ministry", "chancellery", "palace", "residence", "parliament"})
#: A state's missions abroad: never in a city of that state ("the French embassy" is not in Paris).
_ABROAD_KINDS = frozenset({"embassy", "consulate"})
_OWNER_GAP = re.compile(r"(?:'s)?[\s-]{0,3}")


@lru_cache(maxsize=None)
def _venue_index(lang: str) -> PhraseIndex:
    """Venue words -> ("word", kind, label); named venues -> ("named", key) (named ones win)."""
    data = lexicon.load("venues", lang)
    index = PhraseIndex()
    for key, venue in data.get("named", {}).items():
        for phrase in venue.get("forms", []):
            for form in _declined(phrase) if lexicon.grammar(lang, "declined_venue_phrases") else (phrase,):
                index.add(form, ("named", key), overwrite=form == phrase)
    for word in data.get("words", []):
        for phrase in word["forms"]:
            index.add(phrase, ("word", word["kind"], word["label"]), capitalised=True)
    return index


_ADJECTIVE = re.compile(r"^([A-ZÄÖÜ][a-zäöüß]{2,}?)(?:es|en|em|er|e) (?=[A-ZÄÖÜ])")


def _declined(phrase: str) -> list[str]:
    """German adjective + noun in every case ("Weißes Haus": "Weiße Haus", "Weißen Haus" ...)."""
    match = _ADJECTIVE.match(phrase)
    if match is None:
        return [phrase]
    rest = phrase[match.end() :]
    return [phrase] + [f"{match.group(1)}{ending} {rest}" for ending in ("e", "en", "es", "em", "er")]


@lru_cache(maxsize=16)
def venue_hits(text: str, lang: str) -> tuple[Hit, ...]:
    return tuple(scan(_venue_index(lang), prepare(text)))


def find_venues(
    text: str, lang: str, cities: list[tuple[Span, City]], countries: list[CountryMention]
) -> list[tuple[Span, Venue]]:
    """Buildings and sites: consulates, embassies, ministries, palaces, named seats of government.

    The owner is the country named right before the venue word ("in der französischen Botschaft", "the Chinese
    embassy", "US-Botschaft") or right after it ("l'ambassade de France", "посольство России"). With an
    owner, the city is the nearest following city of the sentence, else the nearest preceding one, else
    (ministries, palaces, residences, chancelleries) the owner's capital; without an owner, only a city
    joined to the word ("the hotel in Geneva") counts, and a word with neither is left out. Named
    venues ("the White House", "Кремль") take kind, owner and city from the lexicon.

    Args:
        text: the article text.
        lang: language of the text.
        cities: :func:`find_cities` of the same text.
        countries: :func:`find_countries` of the same text.
    """
    prep = prepare(text)
    data = lexicon.load("venues", lang)
    links = data.get("links", {})
    owners = _Owners(countries)
    spans = sentences(text)
    out = []
    for i, j, key, value in venue_hits(text, lang):
        start, end = prep.tokens[i][0], prep.tokens[j][1]
        if value[0] == "named":  # type: ignore[index]
            if _longer_name(text, lang, start):
                continue  # "the Foreign Office Consultations": talks, not the building
            named = _named_venue(_home_building(data["named"][value[1]], text, cities))  # type: ignore[index]
            there = _linked_city(prep.norm, end, cities, links.get("city", [])) or _city_before(prep.norm, start, cities)
            out.append((Span(start, end), _named_there(named, there, key)))
            continue
        _, kind, label = value  # type: ignore[misc]
        owner, start, end = _venue_owner(prep.norm, start, end, owners, links.get("owner", []))
        if owner:
            index = sentence_of(spans, start)
            abroad = owner if kind in _ABROAD_KINDS else None
            home = owner if kind in _GOVERNMENT_KINDS else None  # "МИД Японии ... заявлениями Москвы": not in Moscow
            city = _venue_city(spans[index] if index >= 0 else Span(0, len(text)), start, end, cities, abroad, home)
            city = city or (_owner_seat(owner, cities) if kind in _GOVERNMENT_KINDS else None)
        else:
            found = _unowned(text, lang, Span(start, end), kind, label, cities, prep.norm)
            if found is not None:
                out.append(found)
            continue
        out.append((Span(start, end), Venue(kind, _venue_label(label, owner, city), city, owner)))
    seats = seat_venues(text, lang)
    return _with_seats(out, seats, prep.norm, cities, links.get("city", [])) if seats else out


def _with_seats(out: list[tuple[Span, Venue]], seats: list, norm: str, cities: list[tuple[Span, City]],
                links: list[str]) -> list[tuple[Span, Venue]]:
    """Add the seats of organisations (:func:`.orgseats.seat_venues`), in a city joined to the phrase ("au siège
    de l'ONU à Genève") or the organisation's own; a venue found on the same words with a city of its own stays."""
    for span, city, org in seats:
        clash = [item for item in out if item[0].start < span.end and span.start < item[0].end]
        if any(venue.city is not None for _, venue in clash):
            continue
        out = [item for item in out if item not in clash]
        out.append((span, seat_venue(_linked_city(norm, span.end, cities, links) or city, org)))
    return sorted(out, key=lambda item: item[0].start)


@lru_cache(maxsize=8)
def _blocked(lang: str) -> tuple[str, ...]:
    return tuple(lexicon.load("countries").get("not_countries", {}).get(lang, []))


def _longer_name(text: str, lang: str, start: int) -> bool:
    """Whether a named venue begins a longer name that names no place (``not_countries`` of the country lexicon)."""
    return any(text.startswith(phrase, start) for phrase in _blocked(lang))


def _unowned(text: str, lang: str, span: Span, kind: str, label: str, cities: list[tuple[Span, City]],
             norm: str) -> tuple[Span, Venue] | None:  # fmt: skip
    """A venue word no state owns: placed by the city joined to it ("the hotel in Geneva"), the city named just
    before a government building placed "there", or, for a building named after a town ("el Palacio de
    Viana") and a ministry ("en la sede de la Cancillería"), the capital the report is filed from."""
    start, end = span.start, span.end
    links = lexicon.load("venues", lang).get("links", {})
    city = _linked_city(norm, end, cities, _city_links(links, norm[start:end]))
    named_after = _named_after_city(norm, start, end, cities, links) if city is None else None
    if named_after is not None:  # "el Palacio de Viana": a building of that name, in the dateline's city
        home = dateline_city(text, cities)
        return named_after, Venue(kind, norm[named_after.start : named_after.end], home, home.country if home else None)
    owner = None
    if city is None and kind in _GOVERNMENT_KINDS:
        city = _city_just_named(norm, start, cities, links.get("there", []))
        owner = city.country if city is not None else None
    if city is None and kind == "ministry" and _after_locative(norm, start, lang):
        city = _filed_from_capital(text, cities)
        owner = city.country if city is not None else None
    if city is None:
        return None
    return span, Venue(kind, _venue_label(label, owner, city), city, owner)


#: How far (characters) before a ministry its locative word may stand.
_LOCATIVE_REACH = 60


@lru_cache(maxsize=None)
def _locative_before(lang: str) -> re.Pattern[str] | None:
    words = "|".join(re.escape(w) for w in sorted(lexicon.load("venues", lang).get("locatives", []), key=len, reverse=True))
    return re.compile(rf"(?:^|\s)(?:{words})\s+(?:[^\W\d_]+'?\s*){{0,3}}$", re.IGNORECASE) if words else None


def _after_locative(norm: str, start: int, lang: str) -> bool:
    """Whether a locative word stands up to three words before ``start``, in the same phrase ("en la sede de la
    Cancillería", "summoned ... to the Foreign Ministry"; not "In Minsk, Foreign Ministry spokesman")."""
    pattern = _locative_before(lang)
    return pattern is not None and pattern.search(norm, max(0, start - _LOCATIVE_REACH), start) is not None


def _filed_from_capital(text: str, cities: list[tuple[Span, City]]) -> City | None:
    """The dateline's city when it is a capital or a seat of government: a ministry no state owns in a report
    filed there is that state's."""
    home = dateline_city(text, cities)
    return home if home is not None and governs_from(home) else None


def _owner_seat(owner: str, cities: list[tuple[Span, City]]) -> City | None:
    """Where a state's ministry or palace named with no city of its state stands: its seat of government ("the
    Dutch foreign ministry" in The Hague, "la Cancillería boliviana" in La Paz), else its capital, or a seat the
    text names and not the capital."""
    seat, capital = government_city(owner), country_capital(owner)
    if seat is not None and seat != capital:
        return seat
    return seat_named(capital, [c for _, c in cities]) if capital is not None else None


def _home_building(entry: dict, text: str, cities: list[tuple[Span, City]]) -> dict:
    """The building a shared name stands for: the one of the state the report is filed from when that state has
    a building of the name too ("Wien, 12. November ... im Bundeskanzleramt": Vienna's, not Berlin's), else the
    lexicon's (``shared`` of a named venue)."""
    shared = entry.get("shared")
    if not shared:
        return entry
    home = dateline_city(text, cities)
    return next((alt | {"kind": entry["kind"], "name": entry["name"]} for alt in shared
                 if home is not None and alt["owner"] == home.country), entry)


def _named_venue(entry: dict) -> Venue:
    city = City(entry["city"], entry["city_name"], entry["city_country"]) if entry.get("city") else None
    return Venue(entry["kind"], entry["name"], city, entry.get("owner"))


_POSSESSIVE_GAP = re.compile(r"'s? ")


def _city_before(norm: str, start: int, cities: list[tuple[Span, City]]) -> City | None:
    """The city owning the venue word right after it ("Berlin's Foreign Office")."""
    k = bisect_right(cities, start, key=lambda item: item[0].end) - 1
    if k < 0:
        return None
    span, city = cities[k]
    return city if _POSSESSIVE_GAP.fullmatch(norm, span.end, start) else None


def _named_there(venue: Venue, city: City | None, surface: str) -> Venue:
    """A named venue where the text places it: a city named with it ("the Foreign Office in Berlin") that
    contradicts the lexicon's city wins, and the owner is then that city's state (a government building) or
    unknown, never the state of the lexicon entry; the name is the words of the text."""
    known = venue.city
    if city is None or known is None or city.geonames_id == known.geonames_id:
        return venue
    if city.country == known.country and (city.name in known.name or known.name in city.name):
        return venue  # one place under two gazetteer entries ("New York", "New York City")
    owner = city.country if venue.owner else None
    name = venue.name if owner == venue.owner else _venue_label(surface, owner, city)
    return Venue(venue.kind, name, city, owner)


class _Owners:
    """The country mentions that may own a venue, sorted, with their starts and ends for bisection."""

    def __init__(self, countries: list[CountryMention]) -> None:
        self.items = sorted((m for m in countries if m.form in OWNER_FORMS), key=lambda m: (m.span.start, m.span.end))
        self.starts = [m.span.start for m in self.items]
        self.ends = sorted((m.span.end, n) for n, m in enumerate(self.items))

    def before(self, start: int, norm: str) -> CountryMention | None:
        """The last mention ending at or before ``start`` with only a short gap ("US-", "Russia's ") after it."""
        k = bisect_right(self.ends, (start, len(self.items))) - 1
        while k >= 0 and start - self.ends[k][0] <= 5:
            mention = self.items[self.ends[k][1]]
            if _OWNER_GAP.fullmatch(norm, mention.span.end, start):
                return mention
            k -= 1
        return None

    def after(self, end: int) -> CountryMention | None:
        k = bisect_left(self.starts, end)
        return self.items[k] if k < len(self.items) else None


def _venue_owner(norm: str, start: int, end: int, owners: _Owners, links: list[str]) -> tuple[str | None, int, int]:
    """(owner code or None, venue span start, venue span end) from the country named next to the word."""
    before = owners.before(start, norm)
    if before is not None:
        return before.code, before.span.start, end
    after = owners.after(end)
    if after is not None:
        gap = norm[end : after.span.start].strip().lower()
        if gap == "" or gap in links or any(gap in (f"{link} the", f"{link} l'") for link in links):
            return after.code, start, after.span.end
    return None, start, end


def _venue_city(
    sentence: Span, start: int, end: int, cities: list[tuple[Span, City]], abroad: str | None = None, home: str | None = None
) -> City | None:
    """The nearest city after the venue in its sentence, else the nearest before it; none of the state
    ``abroad`` (the owner of an embassy or consulate, which stands in another state), only one of the state
    ``home`` (the owner of a ministry or palace, which stands in its own state)."""
    inside = [(s, c) for s, c in spans_within(cities, sentence.start, sentence.end)
              if c.country != abroad and (home is None or c.country == home)]
    after = [city for span, city in inside if span.start >= end]
    before = [city for span, city in inside if span.end <= start]
    return after[0] if after else (before[-1] if before else None)


def _city_links(links: dict, surface: str) -> list[str]:
    """The words joining a venue word to its city; a capitalised word takes none of the ``name`` links ("el
    Palacio de Viana", "le Palais de Tokyo"): what follows names the building, not its city."""
    joins = links.get("city", [])
    if not surface[:1].isupper():
        return joins
    return [w for w in joins if w not in links.get("name", [])]


def _named_after_city(norm: str, start: int, end: int, cities: list[tuple[Span, City]], links: dict) -> Span | None:
    """The span of a capitalised venue word and the city name joined to it by a ``name`` link ("Palacio de
    Viana", "Palais de Tokyo"): the name of a building, none of its city."""
    if not norm[start:end][:1].isupper():
        return None
    genitives = links.get("name", [])
    k = bisect_left(cities, end, key=lambda item: item[0].start)
    if not genitives or k >= len(cities):
        return None
    span = cities[k][0]
    return Span(start, span.end) if norm[end : span.start].strip().lower() in genitives else None


def _linked_city(norm: str, end: int, cities: list[tuple[Span, City]], links: list[str]) -> City | None:
    """The city right after the venue word, joined by a link word ("the hotel in Geneva")."""
    k = bisect_left(cities, end, key=lambda item: item[0].start)
    if k >= len(cities):
        return None
    span, city = cities[k]
    gap = norm[end : span.start].strip().lower()
    return city if gap in links else None


_LAST_WORD = re.compile(r"(\w+)\s+$")
#: How far (characters) before a venue word the city it is "there" in may stand.
_THERE_REACH = 200


def _city_just_named(norm: str, start: int, cities: list[tuple[Span, City]], there: list[str]) -> City | None:
    """The city named last before a venue word placed "there" ("Der Geschäftsträger in Teheran wurde ins dortige
    Außenministerium einbestellt"), within a short reach."""
    word = _LAST_WORD.search(norm, max(0, start - 20), start)
    if word is None or word.group(1).lower() not in there:
        return None
    k = bisect_right(cities, start, key=lambda item: item[0].end) - 1
    return cities[k][1] if k >= 0 and start - cities[k][0].end <= _THERE_REACH else None


def _venue_label(label: str, owner: str | None, city: City | None) -> str:
    if owner:
        adjective = english_adjective(owner)
        return f"{adjective} {label}" if adjective else f"{label} of {country_name(owner)}"
    return f"{label[:1].upper()}{label[1:]} in {city.name}" if city else label


# --- organisations -------------------------------------------------------------------------------------


@lru_cache(maxsize=None)
def _organization_index(lang: str) -> PhraseIndex:
    index = PhraseIndex()
    for code, entry in lexicon.load("organizations").get("organizations", {}).items():
        org = Organization(code, entry["name"])
        for phrase in entry.get("forms", {}).get(lang, []):
            index.add(phrase, org)
    return index


def find_organizations(text: str, lang: str) -> list[tuple[Span, Organization]]:
    """International organisations named in the text (UN, EU, NATO, OSCE, ...); news agencies are not."""
    return list(_organizations(text, lang))


@lru_cache(maxsize=2)  # the text's venues look them up again right after (:mod:`.orgseats`)
def _organizations(text: str, lang: str) -> tuple[tuple[Span, Organization], ...]:
    prep = prepare(text)
    hits = scan(_organization_index(lang), prep)
    return tuple((span_of(prep, i, j, key), org) for i, j, key, org in hits)  # type: ignore[misc]


@lru_cache(maxsize=None)
def _news_agencies() -> tuple[frozenset[str], frozenset[str]]:
    names = lexicon.load("organizations").get("news_agencies", [])
    return frozenset(names), frozenset(n.casefold() for n in names if len(n) > 3)


def is_news_agency(name: str) -> bool:
    """Whether ``name`` is a news agency or outlet (a source of the report, never an actor in it)."""
    exact, folded = _news_agencies()
    name = normalise(name.strip())
    return name in exact or name.casefold() in folded
