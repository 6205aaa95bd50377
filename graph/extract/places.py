"""Countries, cities, venues and organisations named in a text, in en, de, fr, es and ru.

All finders are pure functions of the text: phrases are looked up word n-gram by word n-gram in dicts
built once per process from the lexicons (``countries.json``, ``organizations.json``,
``<lang>/venues.json``) and the GeoNames gazetteer (:mod:`graph.extract.gazetteer`). Where matches
overlap, the longest wins. Spans are character offsets into the text as given. Cities are found here;
countries live in :mod:`graph.extract.countries` and venues and organisations in :mod:`graph.extract.venues`,
whose finders and lexicon helpers are re-exported here.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

from graph.extract import datelines, lexicon
from graph.extract.capitals import capital_mentions, seat_named
from graph.extract.countries import (
    CountryMention,
    country_capital,
    country_codes,
    country_hits,
    country_name,
    country_wikidata,
    find_countries,
    first_names,
    space_between,
    span_of,
)
from graph.extract.gazetteer import city_index
from graph.extract.phrases import Prepared, prepare, scan
from graph.extract.epithetcity import pointed_cities
from graph.extract.units import Intervals
from graph.extract.venues import find_organizations, find_venues, is_news_agency, venue_hits
from graph.lang import supported_languages
from graph.model import City, Country, Span, Venue

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
    "country_of",
    "stateless_seat",
]

_PARTICLES = frozenset({"do", "da", "dos", "das", "di", "della", "degli", "dei"})
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
_SENTENCE_GAP = re.compile(r"[.!?:;\n«“„\"(]")


# --- cities --------------------------------------------------------------------------------------------


def _case_variants(lang: str) -> Callable[[str], list[str]] | None:
    """The nominative forms to try for an inflected place name of ``lang`` ("Москве" -> "Москва", "Berlins" ->
    "Berlin"), from the ``place_case_endings`` of its names lexicon; None for a language without them."""
    data = lexicon.load("names", lang).get("place_case_endings")
    if not data:
        return None
    min_stem = data["min_stem"]
    by_last: dict[str, list[tuple[str, str]]] = {}
    for end, new in data["endings"]:
        by_last.setdefault(end[-1], []).append((end, new))

    def variants(key: str) -> list[str]:
        pairs = by_last.get(key[-1:], ())
        return [key[: -len(end)] + new for end, new in pairs if key.endswith(end) and len(key) > len(end) + min_stem]

    return variants


_LOWER_PARTICLES = frozenset({"de", "del", "la", "las", "los", "el", "do", "da", "dos", "das", "di", "du", "des", "of", "the",
                              "am", "an", "der", "sur", "upon", "on", "y", "e"})


def _upper_variant(key: str) -> list[str]:
    """An all-capitals name as usually written ("WASHINGTON" -> "Washington", "CIUDAD DE MÉXICO" -> "Ciudad de
    México"): datelines shout."""
    if len(key) < 2 or not key.isupper():
        return []  # a short word: the first of a name ("NEW YORK", "LA PAZ"), never a city alone (below)
    words = key.title().split(" ")
    return [" ".join([words[0], *(w.lower() if w.lower() in _LOWER_PARTICLES else w for w in words[1:])])]


@lru_cache(maxsize=None)
def city_variants(lang: str):  # noqa: ANN202
    """The other keys to try for a capitalised phrase of ``lang`` (memoised: the same names recur)."""
    inflected = _case_variants(lang)

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
    buildings: frozenset[str]  # venue words of one word ("palacio", "Palast"), lower case: "en Palacio Nacional"
    town: re.Pattern[str] | None  # a phrase calling the next name a town ("in der Stadt Rostock"), ``town_before``
    feature: re.Pattern[str] | None  # a gulf, lake or island word before a name ("golfo de Fonseca"), ``feature_before``
    noun_of: frozenset[str]  # words joining a noun to a name ("esclusas de", "Hafen von"), lower case
    nouns_capitalised: bool  # nouns start with a capital letter (German "den Hafen von")


@lru_cache(maxsize=None)
def _city_rules(lang: str) -> _CityRules:
    venues = lexicon.load("venues", lang)
    common, locatives = venues.get("city_common_words", []), venues.get("locatives", [])
    weak = venues.get("weak_locatives", [])
    buildings = frozenset(f.lower() for w in venues.get("words", []) for f in w.get("forms", []) if " " not in f)
    return _CityRules(
        frozenset(common), frozenset(w.lower() for w in locatives), frozenset(w.lower() for w in weak), first_names(lang),
        buildings, re.compile(venues["town_before"], re.IGNORECASE) if venues.get("town_before") else None,
        re.compile(venues["feature_before"], re.IGNORECASE) if venues.get("feature_before") else None,
        frozenset(w.lower() for w in venues.get("noun_of", [])), bool(lexicon.grammar(lang, "capitalised_nouns")),
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
    out, names = [], set()
    for i, j, key, ids in scan(gazetteer.index, prep, city_variants(lang)):
        span = span_of(prep, i, j, key)
        if key in surnames or taken.overlaps(span.start, span.end) or _names_a_feature(prep, i, rules):
            continue
        if _inside_country(span, countries):
            continue  # "Santo Tomé y Príncipe", "Trinidad and Tobago": a state's name, not its town's
        best = max(ids, key=lambda gid: _city_score(gazetteer.cities[gid], gid in gazetteer.capitals, mentioned))
        best = _own_name(gazetteer.cities, ids, best, key)
        city, population = gazetteer.cities[best]
        surface = prep.norm[prep.tokens[i][0] : prep.tokens[j][1]]
        small = population < 200_000 and best not in gazetteer.capitals
        if surface.isupper() and key != surface and (len(surface) < 4 or small and not _town_dateline(prep, i, j)):
            continue  # "NATO", "UNION", "MAN": an all-capitals word is a city only when a big one, of four letters
        if key.lower() != surface.lower():  # an inflected form ("Londons", "Лондоне")
            named = named or Intervals((m.span.start, m.span.end) for m in countries)
            if not _inflection_ok(lang, population, named, span):
                continue
        size = (best in gazetteer.capitals, population >= 200_000)
        if not size[0] and _alternate(key, city) and _sentence_start(prep, i) and not _heads_a_line(prep, j):
            continue  # "Dabei, ...": an exonym of a city opening a sentence is more likely a word
        if city.country not in mentioned and not size[0] and _second_word(prep, i, rules, countries):
            continue  # "en Paso Canoas": the last word of an unknown town's name, not a foreign city
        if city.country not in mentioned and small and _after_a_noun(prep, i, rules):
            continue  # "las esclusas de Agua Clara": the name of a thing, not a town of a state never named
        if _after_particle(prep, i) or city.country not in mentioned and _foreign_name(prep, i, j, rules, key, city, size[0]):
            names.add(key)  # "By Chanda Mwila", "Lim Wei Jie": a foreign town's name in a person's name ...
            continue
        if _city_context_ok(prep, i, j, key, size, rules):
            out.append((span, city, key))
    out = [(span, city) for span, city, key in out if key not in names]  # ... wherever it stands ("Minister Lim")
    found = _with_capitals(out, capital_mentions(text, lang, countries))
    return found + pointed_cities(text, lang, found)  # "se reunió ayer en esta ciudad", "dans la capitale"


#: How far (characters) before a name its gulf, lake or island word may start ("the Straits of ").
_FEATURE_REACH = 24


def _names_a_feature(prep: Prepared, i: int, rules: _CityRules) -> bool:
    """Whether a gulf, bay, lake or island word stands right before the name ("the Gulf of Aden", "el golfo de
    Fonseca", "озеро Байкал"): the name is the feature's, not a town's."""
    if rules.feature is None or not i:
        return False
    start = prep.tokens[i][0]
    return rules.feature.search(prep.norm[max(0, start - _FEATURE_REACH) : start]) is not None


def _inside_country(span: Span, countries: list[CountryMention]) -> bool:
    """Whether the span lies inside a longer country name ("São Tomé" in "São Tomé and Príncipe")."""
    return any(m.span.start <= span.start and span.end <= m.span.end and m.span.end - m.span.start > span.end - span.start
               for m in countries if m.form == "name")


def _own_name(cities: dict, ids: list[int], best: int, key: str) -> int:
    """A name of several words that is one city's own name goes to that city rather than to a bigger one of the
    same country it is also a name of ("New Delhi" is not Delhi)."""
    if " " not in key or cities[best][0].name == key:
        return best
    country = cities[best][0].country
    return next((gid for gid in ids if cities[gid][0].name == key and cities[gid][0].country == country), best)


def _with_capitals(cities: list[tuple[Span, City]], capitals: list[tuple[Span, City]]) -> list[tuple[Span, City]]:
    """Add the capitals named through their country where no city is named already; "the capital" of a state
    whose government sits elsewhere is that seat where the text names it and not the capital
    (:func:`graph.extract.capitals.seat_named`)."""
    if not capitals:
        return cities
    taken = Intervals((s.start, s.end) for s, _ in cities)
    named = [c for _, c in cities]
    extra = [(s, seat_named(c, named)) for s, c in capitals if not taken.overlaps(s.start, s.end)]
    return sorted(cities + extra, key=lambda item: (item[0].start, item[0].end)) if extra else cities


def _inflection_ok(lang: str, population: int, countries: Intervals, span: Span) -> bool:
    """An inflected city form counts unless it is a country's ("Бразилии" is Brazil's genitive, not
    "Бразилиа"'s); German genitive "-s" only for big cities ("Londons", "Roms")."""
    if lexicon.grammar(lang, "genitive_s_suffix") and population < 500_000:
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
    rest = prep.norm[prep.tokens[j][1] : prep.tokens[j][1] + 6]
    if rest[:1] == ",":  # "Mailand, 3. März", "Genf, Schweiz", "Paris, le 23 avril"; not "Dabei, the"
        return rest[2:3].isdigit() or rest[2:3].isupper() or rest[2:5] in ("le ", "el ") and rest[5:6].isdigit()
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
    """Spans no city may overlap: regions and other blocked phrases, metonyms, named venues and venue phrases of
    several words."""
    tokens = prepare(text).tokens
    spans = [(m.span.start, m.span.end) for m in countries if m.form == "metonym"]
    for i, j, _, value in country_hits(text, lang):
        if not value[0]:  # type: ignore[index]
            spans.append((tokens[i][0], tokens[j][1]))
    for i, j, _, value in venue_hits(text, lang):
        if value[0] == "named" or j > i:  # type: ignore[index]  # a venue's words ("в Доме приёмов") name no town
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
    if not (after_locative or big or capital) and rules.town is not None:  # "the border town of Narva"
        start = prep.tokens[i][0]
        after_locative = rules.town.search(prep.norm[max(0, start - _TOWN_REACH) : start]) is not None
    if not (big or capital) and key.lower() in rules.buildings and (_name_follows(prep, j) or _of_name_follows(prep, j)):
        return False  # "en Palacio Nacional", "en Palacio de Gobierno": a building's first word, not the town
    if key in rules.common:  # "Paris" (French "bets"): a capital opening a sentence only as a dateline
        return after_locative or (capital and (not _sentence_start(prep, i) or _heads_a_line(prep, j)
                                               or _period_dateline(prep, i, j)))
    if after_locative and not (big or capital) and prev.lower() in rules.weak and _name_follows(prep, j):
        return False  # "von Tenno Akihito": a title before a name, not a town
    return after_locative or big or capital or _town_dateline(prep, i, j)


def _after_a_noun(prep: Prepared, i: int, rules: _CityRules) -> bool:
    """Whether the name follows a noun (a lower-case word, or in German any word but a first name) and a ``noun_of``
    word ("las esclusas de", "den Hafen von"), not a town word ("la ciudad de")."""
    if i < 2 or prep.words[i - 1].lower() not in rules.noun_of:
        return False
    noun = prep.words[i - 2]
    if not (noun.islower() or rules.nouns_capitalised and noun.istitle() and noun not in rules.first_names):
        return False
    if not (space_between(prep, i - 2) and space_between(prep, i - 1)):
        return False
    start = prep.tokens[i][0]
    return rules.town is None or rules.town.search(prep.norm[max(0, start - _TOWN_REACH) : start]) is None


def _foreign_name(prep: Prepared, i: int, j: int, rules: _CityRules, key: str, city: City, capital: bool) -> bool:
    """Whether a city of a state the text never names reads as part of a person's name: a town (not a capital)
    followed by a capitalised word that is no building ("By Chanda Mwila", not "Frankfurt Airport"), or a city's
    alternate name right after a capitalised word or before one ("Minister Lim", "Lim Wei Jie"); not after a
    plain locative ("in Chanda")."""
    prev = prep.words[i - 1] if i and space_between(prep, i - 1) else ""
    if prev.lower() in rules.locatives and prev.lower() not in rules.weak:
        return False
    follows = _name_follows(prep, j) and prep.words[j + 1].lower() not in rules.buildings
    if not capital and follows:
        return True
    if not _alternate(key, city):
        return False
    return follows or (prev[:1].isupper() and prev.lower() not in rules.locatives and not _sentence_start(prep, i - 1))


#: Surname particles that are no preposition of a supported language ("Joost van der Veen", "Gerard ter Horst").
_PARTICLES = frozenset({"van", "ter", "ten"})
#: Articles a particle may take before the surname ("van der", "von der", "van den").
_PARTICLE_ARTICLES = frozenset({"der", "den", "de"})


def _after_particle(prep: Prepared, i: int) -> bool:
    """Whether the name follows a surname particle ("M. van der Veen", "von der Leyen"): a surname, not a city."""
    if i < 1 or not space_between(prep, i - 1):
        return False
    prev = prep.words[i - 1]
    if prev in _PARTICLES:
        return True
    return prev in _PARTICLE_ARTICLES and i >= 2 and space_between(prep, i - 2) and prep.words[i - 2] in ("van", "von")


def _second_word(prep: Prepared, i: int, rules: _CityRules, countries: list[CountryMention]) -> bool:
    """Whether the name follows a locative and a capitalised word that is no country, building or town word
    ("en Paso Canoas", not "in Syrian Aleppo" nor "en Palacio X")."""
    if i < 2 or not (space_between(prep, i - 2) and space_between(prep, i - 1)):
        return False
    prev, before = prep.words[i - 1], prep.words[i - 2]
    if not prev[:1].isupper() or before.lower() not in rules.locatives or prev.lower() in rules.buildings:
        return False
    start = prep.tokens[i - 1][0]
    return not any(m.span.start <= start < m.span.end for m in countries)


def _name_follows(prep: Prepared, j: int) -> bool:
    """Whether a capitalised word follows word ``j`` after one space ("Tenno Akihito")."""
    return space_between(prep, j) and prep.words[j + 1][:1].isupper()


#: How far (characters) before a name the phrase calling it a town may start.
_TOWN_REACH = 30


def _of_name_follows(prep: Prepared, j: int) -> bool:
    """Whether a particle and a capitalised word follow word ``j`` ("Palacio de Gobierno", "Palais des Nations")."""
    return (j + 2 < len(prep.words) and space_between(prep, j) and space_between(prep, j + 1)
            and prep.words[j + 1].lower() in _LOWER_PARTICLES and prep.words[j + 2][:1].isupper())


def _town_dateline(prep: Prepared, i: int, j: int) -> bool:
    """Whether a town's name opens a line as a newspaper's dateline (see :func:`.datelines.town_opens`)."""
    return datelines.town_opens(prep.norm, prep.tokens[i][0], prep.tokens[j][1])


def _period_dateline(prep: Prepared, i: int, j: int) -> bool:
    """Whether the name opens a line and a period ends it before the first sentence ("LIMA. El canciller ...",
    "Helsinki. Finnland hat ..."): a newspaper's dateline."""
    start = prep.tokens[i][0]
    if start and prep.norm[start - 1] != "\n":
        return False
    return datelines.period_follows(prep.norm, prep.tokens[j][1])


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


def country_of(place: object) -> str | None:
    """The state a place lies in: a country's code, a city's or a venue's city's country, else None."""
    if isinstance(place, Country):
        return place.code
    if isinstance(place, Venue):
        return place.city.country if place.city is not None else None
    return place.country if isinstance(place, City) else None


@lru_cache(maxsize=None)
def _stateless_names() -> frozenset[str]:
    """Names of the named venues no state owns (the seats of international organisations), in any language."""
    names = set()
    for lang in supported_languages():
        for entry in lexicon.load("venues", lang).get("named", {}).values():
            if entry.get("owner") is None and entry.get("kind") == "headquarters":
                names.add(entry["name"])
    return frozenset(names)


def stateless_seat(place: object) -> bool:
    """Whether a place is a seat no state owns ("at the UN headquarters", "at the UN General Assembly",
    "au Palais des Nations"): those meeting there are guests of an organisation, none a host of the city's
    state."""
    return isinstance(place, Venue) and place.owner is None and place.name in _stateless_names()
