"""Countries, cities, venues and organisations named in a text, in en, de, fr, es and ru.

All finders are pure functions of the text: phrases are looked up word n-gram by word n-gram in dicts
built once per process from the lexicons (``countries.json``, ``organizations.json``,
``<lang>/venues.json``) and the GeoNames gazetteer (:mod:`graph.extract.gazetteer`). Where matches
overlap, the longest wins. Spans are character offsets into the text as given. Countries live in
:mod:`graph.extract.countries`; their finder and lexicon helpers are re-exported here.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from functools import lru_cache

from graph.extract import lexicon
from graph.extract.countries import (
    OWNER_FORMS,
    CountryMention,
    country_capital,
    country_codes,
    country_hits,
    country_name,
    country_wikidata,
    english_adjective,
    find_countries,
    first_names,
    space_between,
    span_of,
)
from graph.extract.gazetteer import city_index
from graph.extract.phrases import Hit, PhraseIndex, Prepared, normalise, prepare, scan
from graph.extract.text import sentence_of, sentences
from graph.extract.units import Intervals, spans_within
from graph.model import City, Organization, Span, Venue

__all__ = [
    "CountryMention",
    "find_countries",
    "find_cities",
    "find_venues",
    "find_organizations",
    "country_name",
    "country_wikidata",
    "country_codes",
    "country_capital",
    "is_news_agency",
]

_GOVERNMENT_KINDS = frozenset({"ministry", "chancellery", "palace", "residence", "parliament"})
#: Russian case endings and the nominative endings to try instead ("Москве" -> "Москва").
_RU_CASE_ENDINGS = (
    ("ией", "ия"), ("ии", "ия"), ("ию", "ия"), ("ой", "а"), ("ей", "я"), ("ом", ""), ("ем", ""), ("ем", "ь"),
    ("ью", "ь"), ("е", ""), ("е", "а"), ("е", "я"), ("е", "ь"), ("е", "й"), ("ы", "а"), ("и", "а"), ("и", "я"),
    ("и", "ь"), ("у", "а"), ("у", ""), ("ю", "я"), ("ю", "ь"), ("а", ""), ("я", "ь"), ("я", "й"),
)
_PARTICLES = frozenset({"do", "da", "dos", "das", "di", "della", "degli", "dei"})
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
_SENTENCE_GAP = re.compile(r"[.!?:;\n«“„\"(]")
_OWNER_GAP = re.compile(r"(?:'s)?[\s-]{0,3}")


# --- cities --------------------------------------------------------------------------------------------


_RU_BY_LAST: dict[str, tuple[tuple[str, str], ...]] = {
    last: tuple(pair for pair in _RU_CASE_ENDINGS if pair[0].endswith(last))
    for last in {ending[-1] for ending, _ in _RU_CASE_ENDINGS}
}


def _ru_variants(key: str) -> list[str]:
    pairs = _RU_BY_LAST.get(key[-1:], ())
    return [key[: -len(end)] + new for end, new in pairs if key.endswith(end) and len(key) > len(end) + 2]


def _de_variants(key: str) -> list[str]:
    return [key[:-1]] if key.endswith("s") and len(key) > 4 else []


_VARIANTS = {"ru": _ru_variants, "de": _de_variants}


def _upper_variant(key: str) -> list[str]:
    """An all-capitals name as usually written ("WASHINGTON" -> "Washington"): datelines shout."""
    return [key.title()] if len(key) >= 4 and key.isupper() else []


@lru_cache(maxsize=None)
def _city_variants(lang: str):  # noqa: ANN202
    """The other keys to try for a capitalised phrase of ``lang`` (memoised: the same names recur)."""
    inflected = _VARIANTS.get(lang)

    @lru_cache(maxsize=1 << 14)
    def variants(key: str) -> tuple[str, ...]:
        return tuple(_upper_variant(key) or (inflected(key) if inflected is not None else ()))

    return variants


@dataclass(frozen=True, slots=True)
class _CityRules:
    common: frozenset[str]  # gazetteer names that are common words of the language ("Nice", "Essen")
    locatives: frozenset[str]  # words after which a capitalised word is a place ("in", "nach", "в"), lower case
    weak: frozenset[str]  # locatives that also stand before people ("von", "from"), lower case
    first_names: frozenset[str]


@lru_cache(maxsize=None)
def _city_rules(lang: str) -> _CityRules:
    venues = lexicon.load("venues", lang)
    common, locatives = venues.get("city_common_words", []), venues.get("locatives", [])
    weak = venues.get("weak_locatives", [])
    return _CityRules(
        frozenset(common), frozenset(w.lower() for w in locatives), frozenset(w.lower() for w in weak), first_names(lang)
    )


def find_cities(text: str, lang: str, *, countries: list[CountryMention] | None = None) -> list[tuple[Span, City]]:
    """Cities named in the text, each resolved to one GeoNames city.

    A name shared by several cities goes to the one with the most people, counting 30 times those of a
    city in a country the text mentions and 3 times those of a capital. Cities under 200,000 people (not
    capitals) and names that are also common words ("Nice", "Essen") count only after a locative word
    ("in Nice"); first names ("Sofia Coppola"), a city inside a longer name ("Vale do Rio Doce"), regions
    ("Asia"), seats of government ("White House") and surnames seen after a first name elsewhere in the
    text ("Angela Merkel ... met Merkel") are no cities.

    Args:
        text: the article text.
        lang: language of the text.
        countries: the result of :func:`find_countries` on the same text, if already computed.
    """
    prep = prepare(text)
    gazetteer = city_index()
    if countries is None:
        countries = find_countries(text, lang)
    mentioned = {m.code for m in countries}
    taken = _taken_spans(text, lang, countries)
    named: Intervals | None = None  # country names, built when an inflected city form needs them
    rules = _city_rules(lang)
    surnames = _surnames(prep, rules.first_names)
    out = []
    for i, j, key, ids in scan(gazetteer.index, prep, _city_variants(lang)):
        span = span_of(prep, i, j, key)
        if key in surnames or taken.overlaps(span.start, span.end):
            continue
        best = max(ids, key=lambda gid: _city_score(gazetteer.cities[gid], gid in gazetteer.capitals, mentioned))
        city, population = gazetteer.cities[best]
        surface = prep.norm[prep.tokens[i][0] : prep.tokens[j][1]]
        if surface.isupper() and key != surface and population < 200_000 and best not in gazetteer.capitals:
            continue  # "NATO", "UNION": an all-capitals word is a city only when a big one
        if key.lower() != surface.lower():  # an inflected form ("Londons", "Лондоне")
            named = named or Intervals((m.span.start, m.span.end) for m in countries)
            if not _inflection_ok(lang, population, named, span):
                continue
        size = (best in gazetteer.capitals, population >= 200_000)
        if not size[0] and _alternate(key, city) and _sentence_start(prep, i) and not _heads_a_line(prep, j):
            continue  # "Dabei, ...": an exonym of a city opening a sentence is more likely a word
        if _city_context_ok(prep, i, j, key, size, rules):
            out.append((span, city))
    return out


def _inflection_ok(lang: str, population: int, countries: Intervals, span: Span) -> bool:
    """An inflected city form counts unless it is a country's ("Бразилии" is Brazil's genitive, not
    "Бразилиа"'s); German genitive "-s" only for big cities ("Londons", "Roms")."""
    if lang == "de" and population < 500_000:
        return False
    return not countries.overlaps(span.start, span.end)


def _alternate(key: str, city: City) -> bool:
    """Whether ``key`` is an alternate Latin-script name of the city, not its own name ("Dabei" of Dubai)."""
    if key == city.name or _CYRILLIC.search(key):
        return False
    return key != unicodedata.normalize("NFKD", city.name).encode("ascii", "ignore").decode()


def _sentence_start(prep: Prepared, i: int) -> bool:
    return i == 0 or bool(_SENTENCE_GAP.search(prep.norm, prep.tokens[i - 1][1], prep.tokens[i][0]))


def _heads_a_line(prep: Prepared, j: int) -> bool:
    """Whether the name opens a dateline or place line: "Genf (dpa) -", "Mailand, 3. März", end of line."""
    rest = prep.norm[prep.tokens[j][1] : prep.tokens[j][1] + 3]
    if rest[:1] == ",":
        return rest[2:3].isdigit() or rest[2:3].isupper()  # "Mailand, 3. März", "Genf, Schweiz"; not "Dabei, the"
    return not rest.strip() or rest[:1] in "(–—-\n" or rest.startswith((" (", " –", " —", " -"))


def _surnames(prep: Prepared, first_names: frozenset[str]) -> frozenset[str]:
    """Capitalised words that follow a first name somewhere in the text ("Angela Merkel" -> "Merkel")."""
    words = prep.words
    return frozenset(
        words[k + 1] for name in first_names.intersection(prep.where) for k in prep.where[name]
        if k + 1 < len(words) and words[k + 1][:1].isupper() and space_between(prep, k)
    )


def _city_score(entry: tuple[City, int], capital: bool, mentioned: set[str]) -> float:
    city, population = entry
    return (population + 1) * (30 if city.country in mentioned else 1) * (3 if capital else 1)


def _taken_spans(text: str, lang: str, countries: list[CountryMention]) -> Intervals:
    """Spans no city may overlap: regions and other blocked phrases, metonyms, named venues."""
    tokens = prepare(text).tokens
    spans = [(m.span.start, m.span.end) for m in countries if m.form == "metonym"]
    for i, j, _, value in country_hits(text, lang):
        if not value[0]:  # type: ignore[index]
            spans.append((tokens[i][0], tokens[j][1]))
    for i, j, _, value in _venue_hits(text, lang):
        if value[0] == "named":  # type: ignore[index]
            spans.append((tokens[i][0], tokens[j][1]))
    return Intervals(spans)


def _city_context_ok(prep: Prepared, i: int, j: int, key: str, size: tuple[bool, bool], rules: _CityRules) -> bool:
    """Whether a gazetteer match reads as a city here; ``size`` is (capital, 200,000+ people)."""
    capital, big = size
    prev = prep.words[i - 1] if space_between(prep, i - 1) else ""
    if prev in rules.first_names or _inside_longer_name(prep, i, j):
        return False  # "Hillary Clinton", "Vale do Rio Doce"
    if space_between(prep, j) and prep.words[j + 1][0].isupper():
        if key in rules.first_names or (len(prep.words[j + 1]) == 1 and not _initials(prep, j + 1)):
            return False  # "Sofia Coppola", "Ван И" (but "Washington D.C.")
    after_locative = prev.lower() in rules.locatives
    if key in rules.common:  # "Paris" (French "bets"): a capital opening a sentence only as a dateline
        return after_locative or (capital and (not _sentence_start(prep, i) or _heads_a_line(prep, j)))
    if after_locative and not (big or capital) and prev.lower() in rules.weak and _name_follows(prep, j):
        return False  # "von Tenno Akihito": a title before a name, not a town
    return after_locative or big or capital


def _name_follows(prep: Prepared, j: int) -> bool:
    """Whether a capitalised word follows word ``j`` after one space ("Tenno Akihito")."""
    return space_between(prep, j) and prep.words[j + 1][:1].isupper()


def _initials(prep: Prepared, i: int) -> bool:
    """Whether word ``i`` starts initials such as "D.C." (a letter, a period, a letter)."""
    return i + 1 < len(prep.tokens) and prep.norm[prep.tokens[i][1] : prep.tokens[i + 1][0]] == "."


def _inside_longer_name(prep: Prepared, i: int, j: int) -> bool:
    words = prep.words
    if i >= 2 and words[i - 1] in _PARTICLES and space_between(prep, i - 2) and space_between(prep, i - 1):
        return words[i - 2][0].isupper()
    if space_between(prep, j) and space_between(prep, j + 1) and words[j + 1] in _PARTICLES:
        return words[j + 2][0].isupper()
    return False


# --- venues --------------------------------------------------------------------------------------------


@lru_cache(maxsize=None)
def _venue_index(lang: str) -> PhraseIndex:
    """Venue words -> ("word", kind, label); named venues -> ("named", key) (named ones win)."""
    data = lexicon.load("venues", lang)
    index = PhraseIndex()
    for key, venue in data.get("named", {}).items():
        for phrase in venue.get("forms", []):
            for form in _declined(phrase) if lang == "de" else (phrase,):
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
def _venue_hits(text: str, lang: str) -> tuple[Hit, ...]:
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
    for i, j, key, value in _venue_hits(text, lang):
        start, end = prep.tokens[i][0], prep.tokens[j][1]
        if value[0] == "named":  # type: ignore[index]
            named = _named_venue(data["named"][value[1]])  # type: ignore[index]
            there = _linked_city(prep.norm, end, cities, links.get("city", [])) or _city_before(prep.norm, start, cities)
            out.append((Span(start, end), _named_there(named, there, key)))
            continue
        _, kind, label = value  # type: ignore[misc]
        owner, start, end = _venue_owner(prep.norm, start, end, owners, links.get("owner", []))
        if owner:
            index = sentence_of(spans, start)
            city = _venue_city(spans[index] if index >= 0 else Span(0, len(text)), start, end, cities)
            city = city or (country_capital(owner) if kind in _GOVERNMENT_KINDS else None)
        else:
            city = _linked_city(prep.norm, end, cities, links.get("city", []))
            if city is None:
                continue
        out.append((Span(start, end), Venue(kind, _venue_label(label, owner, city), city, owner)))
    return out


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


def _venue_city(sentence: Span, start: int, end: int, cities: list[tuple[Span, City]]) -> City | None:
    """The nearest city after the venue in its sentence, else the nearest before it."""
    inside = spans_within(cities, sentence.start, sentence.end)
    after = [city for span, city in inside if span.start >= end]
    before = [city for span, city in inside if span.end <= start]
    return after[0] if after else (before[-1] if before else None)


def _linked_city(norm: str, end: int, cities: list[tuple[Span, City]], links: list[str]) -> City | None:
    """The city right after the venue word, joined by a link word ("the hotel in Geneva")."""
    k = bisect_left(cities, end, key=lambda item: item[0].start)
    if k >= len(cities):
        return None
    span, city = cities[k]
    gap = norm[end : span.start].strip().lower()
    return city if gap in links else None


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
    prep = prepare(text)
    hits = scan(_organization_index(lang), prep)
    return [(span_of(prep, i, j, key), org) for i, j, key, org in hits]  # type: ignore[misc]


@lru_cache(maxsize=None)
def _news_agencies() -> tuple[frozenset[str], frozenset[str]]:
    names = lexicon.load("organizations").get("news_agencies", [])
    return frozenset(names), frozenset(n.casefold() for n in names if len(n) > 3)


def is_news_agency(name: str) -> bool:
    """Whether ``name`` is a news agency or outlet (a source of the report, never an actor in it)."""
    exact, folded = _news_agencies()
    name = normalise(name.strip())
    return name in exact or name.casefold() in folded
