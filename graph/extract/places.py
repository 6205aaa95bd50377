"""Countries, cities, venues and organisations named in a text, in en, de, fr, es and ru.

All finders are pure functions of the text: phrases are looked up word n-gram by word n-gram in dicts
built once per process from the lexicons (``countries.json``, ``organizations.json``,
``<lang>/venues.json``) and the GeoNames gazetteer (:mod:`graph.extract.gazetteer`). Where matches
overlap, the longest wins. Spans are character offsets into the text as given. Cities are found here (whether
a name reads as a city where it stands: :mod:`graph.extract.citycontext`); countries live in :mod:`graph.extract.countries` and venues and organisations in :mod:`graph.extract.venues`,
whose finders and lexicon helpers are re-exported here.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache

from graph.extract import lexicon
from graph.extract.capitals import capital_mentions, seat_named
from graph.extract.cityadjectives import adjective_cities
from graph.extract.citycontext import (
    LOWER_PARTICLES,
    after_a_noun,
    after_particle,
    after_state_adjective,
    alternate_name,
    city_rules,
    foreign_name,
    heads_a_line,
    hyphen_fragment,
    names_a_feature,
    opens_sentence,
    reads_as_city,
    second_word,
    town_dateline,
    town_of_state,
)
from graph.extract.countries import (
    CountryMention,
    country_capital,
    country_codes,
    government_city,
    governs_from,
    country_hits,
    country_name,
    country_wikidata,
    find_countries,
    space_between,
    span_of,
)
from graph.extract.gazetteer import city_index
from graph.extract.phrases import Prepared, prepare, scan
from graph.extract.sides import sided_states
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
    "government_city",
    "governs_from",
    "is_news_agency",
    "country_of",
    "stateless_seat",
]


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



def _upper_variant(key: str) -> list[str]:
    """An all-capitals name as usually written ("WASHINGTON" -> "Washington", "CIUDAD DE MÉXICO" -> "Ciudad de
    México"): datelines shout."""
    if len(key) < 2 or not key.isupper():
        return []  # a short word: the first of a name ("NEW YORK", "LA PAZ"), never a city alone (below)
    words = [_hyphen_parts(w) for w in key.title().split(" ")]
    return [" ".join([words[0], *(w.lower() if w.lower() in _NAME_PARTICLES else w for w in words[1:])])]


#: Particles written in lower case inside a place's name ("Port-au-Prince", "Dar es Salaam", "Aix-en-Provence").
_NAME_PARTICLES = LOWER_PARTICLES | {"au", "aux", "en", "le", "les", "es"}


def _hyphen_parts(word: str) -> str:
    """A title-cased hyphenated word with its inner particles in lower case ("Port-Au-Prince" -> "Port-au-Prince")."""
    if "-" not in word:
        return word
    first, *rest = word.split("-")
    return "-".join([first, *(w.lower() if w.lower() in _NAME_PARTICLES else w for w in rest)])


@lru_cache(maxsize=None)
def city_variants(lang: str):  # noqa: ANN202
    """The other keys to try for a capitalised phrase of ``lang`` (memoised: the same names recur); a hyphenated
    name is also tried with spaces ("Saint-Domingue" as GeoNames' "Saint Domingue")."""
    inflected = _case_variants(lang)

    @lru_cache(maxsize=1 << 14)
    def variants(key: str) -> tuple[str, ...]:
        found = _upper_variant(key) or (inflected(key) if inflected is not None else [])
        return (*found, *(f.replace("-", " ") for f in found if "-" in f), key.replace("-", " ")) if "-" in key else tuple(found)

    return variants


def find_cities(text: str, lang: str, *, countries: list[CountryMention] | None = None) -> list[tuple[Span, City]]:
    """Cities named in the text, each resolved to one GeoNames city.

    A name shared by several cities goes to the one with the most people, counting 30 times those of a
    city in a country the text mentions and 3 times those of a capital, but a small town so picked gives way to a
    namesake many times its size unless the text names another town of its state ("Geneva" beside "Washington" is
    the Swiss city: :func:`_much_bigger`, :func:`_local_towns`); one of a state never named then goes to
    its namesake in the state of a town named with no namesake (:func:`_towns_of_named_state`). Cities under 200,000 people (not
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
    sided = sided_states(text, lang, countries)  # "en el lado peruano": that state's town of a shared name
    taken, blocked = _taken_spans(text, lang, countries)
    named: Intervals | None = None  # country names, built when an inflected city form needs them
    rules = city_rules(lang)
    surnames = _surnames(prep, rules.first_names)
    out, names = [], set()
    shared: dict[int, list[int]] = {}  # name shared by several towns, resolved to one of a state never named
    bigger: dict[int, City] = {}  # name read as a much bigger namesake: the small town of a named state it left
    unique: dict[str, str] = {}  # town name of no namesake -> its state, if named twice ("Ballarat councillors")
    place_ends = {m.span.end for m in countries}  # "Paraguay-Paraná", "Tanger-Dakar": a pair of places
    for i, j, key, ids in scan(gazetteer.index, prep, city_variants(lang)):
        span = span_of(prep, i, j, key)
        place_ends.add(span.end)
        if key in surnames or names_a_feature(prep, i, rules):
            continue
        if len(ids) == 1:
            unique[key] = gazetteer.cities[ids[0]][0].country if key in unique else ""
        if taken.overlaps(span.start, span.end) and not _ends_in_block(span, blocked):
            continue
        if _inside_country(span, countries):
            continue  # "Santo Tomé y Príncipe", "Trinidad and Tobago": a state's name, not its town's
        best = max(ids, key=lambda gid: _city_score(gazetteer.cities[gid], gid in gazetteer.capitals, mentioned, sided))
        picked = best
        if len(ids) > 1 and best not in gazetteer.capitals and gazetteer.cities[best][0].country not in sided:
            best = _much_bigger(gazetteer.cities, ids, best)  # then no namesake of a named state's either (below)
            if best != picked:
                bigger[span.start] = gazetteer.cities[picked][0]
        best = _own_name(gazetteer.cities, ids, best, key)
        if len(ids) > 1 and (code := town_of_state(prep, i, rules, countries)) is not None:
            best = next((gid for gid in ids if gazetteer.cities[gid][0].country == code), best)  # "ciudad boliviana de"
        city, population = gazetteer.cities[best]
        surface = prep.norm[prep.tokens[i][0] : prep.tokens[j][1]]
        small = population < 200_000 and best not in gazetteer.capitals
        if surface.isupper() and key != surface and (len(surface) < 4 or small and not town_dateline(prep, i, j)):
            continue  # "NATO", "UNION", "MAN": an all-capitals word is a city only when a big one, of four letters
        if "-" in surface and "-" not in key and small and city.country not in mentioned:
            continue  # "à Rose-Hill" (Mauritius) is no "Rose Hill" of a state the text never names
        if key.lower() != surface.lower():  # an inflected form ("Londons", "Лондоне")
            named = named or Intervals((m.span.start, m.span.end) for m in countries)
            if not _inflection_ok(lang, population, named, span) or small and _adjective_case(lang, prep, i, surface):
                continue  # "в Александровском саду" names a garden; "на Иркутском авиазаводе" a big city's plant
        size = (best in gazetteer.capitals, population >= 200_000)
        if not size[0] and "-" in text[span.start - 1 : span.end + 1] and hyphen_fragment(
                text, span.start, span.end, place_ends, alternate_name(key, city)):
            continue  # "Guet-Ndar", "Vasseur-Delmas", "Huang Wei-ming": part of a longer name
        if not size[0] and alternate_name(key, city) and opens_sentence(prep, i) and not heads_a_line(prep, j):
            continue  # "Dabei, ...": an exonym of a city opening a sentence is more likely a word
        if city.country not in mentioned and not size[0] and second_word(prep, i, rules, countries):
            continue  # "en Paso Canoas": the last word of an unknown town's name, not a foreign city
        if city.country not in mentioned and small and after_a_noun(prep, i, rules):
            continue  # "las esclusas de Agua Clara": the name of a thing, not a town of a state never named
        if after_particle(prep, i) or city.country not in mentioned and foreign_name(prep, i, j, rules, key, city, size[0]):
            names.add(key)  # "By Chanda Mwila", "Lim Wei Jie": a foreign town's name in a person's name ...
            continue
        if reads_as_city(prep, i, j, key, size, rules) or after_state_adjective(prep, i, city, rules, countries):
            out.append((span, city, key))
            if len(ids) > 1 and not size[0] and city.country not in mentioned and best == picked:
                shared[span.start] = ids
    if bigger:
        out = _local_towns(out, bigger, gazetteer)
    if shared:
        twice = {code for code in unique.values() if code}
        out = _towns_of_named_state(out, shared, gazetteer.cities, twice)
    out = [(span, city) for span, city, key in out if key not in names]  # ... wherever it stands ("Minister Lim")
    found = _with_capitals(out, capital_mentions(text, lang, countries))
    adjectives = adjective_cities(text, lang)  # "in der Dresdner Staatskanzlei"
    if adjectives:
        found = sorted([*found, *adjectives], key=lambda item: item[0].start)
    return found + pointed_cities(text, lang, found)  # "se reunió ayer en esta ciudad", "dans la capitale"


def _inside_country(span: Span, countries: list[CountryMention]) -> bool:
    """Whether the span lies inside a longer country name ("São Tomé" in "São Tomé and Príncipe")."""
    return any(m.span.start <= span.start and span.end <= m.span.end and m.span.end - m.span.start > span.end - span.start
               for m in countries if m.form == "name")


def _towns_of_named_state(out: list[tuple[Span, City, str]], shared: dict[int, list[int]], cities: dict,
                          twice: set[str]) -> list[tuple[Span, City, str]]:  # fmt: skip
    """A name several towns share, resolved to one (no capital) of a state the text never names, goes to the
    biggest town of it in the state of a town the text names that has no namesake (a city found, or a name
    written twice: ``twice``): "Ballarat councillors ... footpaths in Sebastopol": Ballarat's suburb, not
    Sevastopol."""
    states = {city.country for span, city, _ in out if span.start not in shared} | twice
    if not states:
        return out
    fixed = []
    for span, city, key in out:
        ids = shared.get(span.start)
        if ids is not None and city.country not in states:
            near = [gid for gid in ids if cities[gid][0].country in states]
            if len({cities[gid][0].country for gid in near}) == 1:
                city = max((cities[gid] for gid in near), key=lambda entry: entry[1])[0]
        fixed.append((span, city, key))
    return fixed


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


@lru_cache(maxsize=None)
def _adjective_cases(lang: str) -> tuple[frozenset[str], tuple[str, ...]]:
    data = lexicon.load("names", lang).get("place_adjective_cases") or {}
    return frozenset(data.get("prepositions", ())), tuple(data.get("endings", ()))


def _adjective_case(lang: str, prep: Prepared, i: int, surface: str) -> bool:
    """Whether an inflected name right after a preposition ends as an adjective in the case that preposition
    gives, not as a city ("в Александровском саду" is no "Александровск"), by the ``place_adjective_cases`` of
    the language's names lexicon; asked for small towns only, whose names match those of gardens, streets and
    plants named after people (a big city's adjective is about that city)."""
    prepositions, endings = _adjective_cases(lang)
    return bool(endings) and i > 0 and surface.lower().endswith(endings) and prep.words[i - 1].lower() in prepositions


def _surnames(prep: Prepared, first_names: frozenset[str]) -> frozenset[str]:
    """Capitalised words that follow a first name somewhere in the text ("Angela Merkel" -> "Merkel")."""
    words = prep.words
    return frozenset(
        words[k + 1] for name in first_names.intersection(prep.where) for k in prep.where[name]
        if k + 1 < len(words) and words[k + 1][:1].isupper() and space_between(prep, k)
    )


#: A town of fewer than ``_SMALL`` people picked for its state gives way to a namesake ``_TIMES`` as big, of at
#: least ``_BIG`` people.
_SMALL, _TIMES, _BIG = 50_000, 8, 100_000


def _much_bigger(cities: dict, ids: list[int], best: int) -> int:
    """The city of a shared name many times as big as the small town the text's states picked ("Geneva" in a
    text that names the United States is the Swiss city, not Geneva, Illinois), else ``best``; not a town of
    some size ("Puno" in a text naming Peru is no "Pune")."""
    small = cities[best][1]
    if small >= _SMALL:
        return best
    big = max(ids, key=lambda gid: cities[gid][1])
    population = cities[big][1]
    return big if population >= _BIG and population >= _TIMES * small else best


#: A city this big, like a capital, says nothing of which state's small towns a text is about ("New York").
_METROPOLIS = 1_000_000


def _local_towns(out: list[tuple[Span, City, str]], bigger: dict[int, City], gazetteer) -> list[tuple[Span, City, str]]:
    """A name read as a much bigger namesake (:func:`_much_bigger`) is the small town after all where the text
    names another town of that town's state, neither its capital nor a metropolis ("San Lorenzo" beside
    "Choluteca" is the Honduran port, not the Paraguayan city; "Geneva" beside "Washington" or "New York" is
    the Swiss city)."""
    local = {city.country for span, city, _ in out if span.start not in bigger
             and city.geonames_id not in gazetteer.capitals and gazetteer.cities[city.geonames_id][1] < _METROPOLIS}
    return [(span, bigger[span.start] if span.start in bigger and bigger[span.start].country in local else city, key)
            for span, city, key in out]


def _city_score(entry: tuple[City, int], capital: bool, mentioned: set[str], sided: frozenset[str]) -> float:
    city, population = entry
    side = 1e6 if city.country in sided else 1  # "en el lado peruano": above any other town of the name
    return (population + 1) * (30 if city.country in mentioned else 1) * (3 if capital else 1) * side


def _taken_spans(text: str, lang: str, countries: list[CountryMention]) -> tuple[Intervals, tuple[Intervals, list[tuple[int, int]]]]:
    """Spans no city may overlap: regions and other blocked phrases, metonyms, named venues and venue phrases of
    several words; and the blocked phrases alone (see :func:`_ends_in_block`)."""
    tokens = prepare(text).tokens
    spans = [(m.span.start, m.span.end) for m in countries if m.form == "metonym"]
    blocked = []
    for i, j, _, value in country_hits(text, lang):
        if not value[0]:  # type: ignore[index]
            blocked.append((tokens[i][0], tokens[j][1]))
    for i, j, _, value in venue_hits(text, lang):
        if value[0] == "named" or j > i:  # type: ignore[index]  # a venue's words ("в Доме приёмов") name no town
            spans.append((tokens[i][0], tokens[j][1]))
    return Intervals(spans + blocked), (Intervals(spans), blocked)


def _ends_in_block(span: Span, blocked: tuple[Intervals, list[tuple[int, int]]]) -> bool:
    """Whether a city's longer name ends in a phrase blocked as a country and overlaps nothing else taken
    ("Cartagena de Indias": "de Indias" is no India, and the whole name is still the town's)."""
    others, phrases = blocked
    return not others.overlaps(span.start, span.end) and any(span.start < s and e == span.end for s, e in phrases)


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
