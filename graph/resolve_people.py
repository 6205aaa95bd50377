"""Cross-article resolution of people: which mentions of all articles name one real person.

Mentions with the same name key (and, for one-word or initialed names, the same country) form a *unit*.
Units are compared pairwise (:func:`compatible`): names must match under some reading (transliteration,
initials, omitted middle names, a surname alone), the countries they represent must not differ, and a
surname-only or initialed unit must not hold another role. Units are then placed one by one, most complete
name first, into the one cluster all of whose units they are compatible with; a unit that fits several
clusters (a lone "Wang" when two ministers Wang exist) stays apart. Every step depends only on the set of
mentions, never on the order in which articles arrived, and only on the connected *component* of a unit
(units linked by compatibility), so the store can resolve a component without reading everything.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache

from .curation import Curation
from .mentions import PersonMention
from .names import NameParts, latin, loose, readings, readings_compatible, slug

__all__ = ["Unit", "PersonResult", "units_of", "compatible", "cluster_people", "unit_id", "fetch_keys"]

_KIND_RANK = {"full": 0, "initialed": 1, "single": 2}
#: the usual language of a country's officials' names in Latin script (else English forms are preferred)
_COUNTRY_LANG = {
    **dict.fromkeys(("DE", "AT", "CH", "LI"), "de"),
    **dict.fromkeys(("FR", "BE", "LU", "MC", "SN", "CI", "ML", "NE", "BF", "CM", "GA", "CG", "CD", "HT", "TG",
                     "BJ", "GN", "MG", "DJ", "TD", "CF", "BI", "KM", "TN", "DZ", "MA"), "fr"),
    **dict.fromkeys(("ES", "MX", "AR", "CO", "CL", "PE", "VE", "CU", "EC", "BO", "PY", "UY", "GT", "HN", "SV",
                     "NI", "CR", "PA", "DO", "GQ"), "es"),
}  # fmt: skip
_LANG_ORDER = ("en", "fr", "es", "de", "it", "pt", "ru")


@dataclass
class Unit:
    """All mentions that share a name key (and, for partial names, a country)."""

    id: tuple[str, str, str]  # (key, country or "", roles) -- country and roles only for partial names
    parts: tuple[NameParts, ...]  # every reading of every mention
    kind: str
    mentions: list[PersonMention] = field(default_factory=list)
    countries: set[str] = field(default_factory=set)
    roles: set[str] = field(default_factory=set)

    @property
    def key(self) -> str:
        return self.id[0]

    def order(self) -> tuple:
        """Most complete names first; ties broken by key and country (never by arrival)."""
        return _KIND_RANK[self.kind], -len(self.parts[0].tokens), self.id


@dataclass(frozen=True)
class PersonResult:
    """What resolution decided for one cluster: its IRI path, displayed name and Wikidata id."""

    path: str  # "person/volodimir_selenski"
    name: str
    wikidata: str | None = None

    def digest(self) -> str:
        return hashlib.sha1(f"{self.path}\x1f{self.name}\x1f{self.wikidata}".encode()).hexdigest()[:12]


def unit_id(mention: PersonMention, curation: Curation) -> tuple[tuple[str, str, str], tuple[NameParts, ...]]:
    """The unit a mention belongs to and the readings it contributes (curated aliases applied).

    A written-out name is one unit whatever the country and role; a surname alone or an initialed name
    is one unit per country and role ("Wang" the foreign minister, "Wang" the trade minister).
    """
    parts = mention.readings()
    key = parts[0].key
    target = curation.alias(key)
    if target != key:
        alias = curation.alias_name(key)
        parts = readings(alias, None) if alias else parts
        key = target
    kind = parts[0].kind
    country = mention.country or ""
    roles = "|".join(sorted(r.lower() for r in mention.roles))
    split = _split_country(key, curation)
    if kind == "full":
        country = "" if split is None else (split if mention.country == split else "~" + split)
        roles = ""
    return (key, country, roles), parts


def _split_country(key: str, curation: Curation) -> str | None:
    for a, b, country in curation.different_pairs():
        if a == b == key and country:
            return country
    return None


def units_of(mentions: Iterable[PersonMention], curation: Curation) -> list[Unit]:
    """Group mentions into units, sorted by :meth:`Unit.order`."""
    units: dict[tuple[str, str, str], Unit] = {}
    for mention in mentions:
        uid, parts = unit_id(mention, curation)
        unit = units.get(uid)
        if unit is None:
            unit = units[uid] = Unit(uid, parts, parts[0].kind)
        else:
            unit.parts = unit.parts + tuple(p for p in parts if p not in unit.parts)
        unit.mentions.append(mention)
        if mention.country:
            unit.countries.add(mention.country)
        unit.roles.update(r.lower() for r in mention.roles)
    return sorted(units.values(), key=Unit.order)


def _curated_apart(a: Unit, b: Unit, curation: Curation) -> bool:
    for x, y, country in curation.different_pairs():
        if x == y:  # one name, told apart by country
            if a.key == b.key == x and country and (country in a.countries) != (country in b.countries):
                return True
        elif {a.key, b.key} == {x, y} and (country is None or country in a.countries | b.countries):
            return True
    return False


@lru_cache(maxsize=1 << 18)
def _names_match(a: tuple[NameParts, ...], b: tuple[NameParts, ...]) -> bool:
    return readings_compatible(a, b)


def compatible(a: Unit, b: Unit, curation: Curation) -> bool:
    """Whether two units can be one person (symmetric; names, countries, roles and curation)."""
    if a.id == b.id:
        return True
    if a.key == b.key and a.kind == b.kind == "full":
        return not _curated_apart(a, b, curation)  # one name split by country in the curation
    if a.countries and b.countries and not a.countries & b.countries:
        return False
    partial = a.kind != "full" or b.kind != "full"
    if partial and a.roles and b.roles and not a.roles & b.roles:
        return False
    if not _names_match(a.parts, b.parts):
        return False
    return not _curated_apart(a, b, curation)


def fetch_keys(unit: Unit, curation: Curation) -> set[str]:
    """Index keys under which units compatible with ``unit`` are stored (see PersonMention.keys)."""
    out: set[str] = set()
    names = list(unit.parts)
    for key in curation.group(unit.key):
        names.extend(readings(key, None))
    for parts in names:
        words = parts.word_keys()
        if parts.kind == "single":
            out.update(f"{prefix}:{w}" for w in words for prefix in ("pa", "pw"))
        else:
            out.add(f"ps:{loose(parts.surname)}")
            out.update(f"pw:{w}" for w in words)
    return out


# -- clustering ---------------------------------------------------------------------------------------------
def _place(unit: Unit, clusters: list[list[Unit]], curation: Curation) -> None:
    fits = [c for c in clusters if all(compatible(unit, v, curation) for v in c)]
    anchored = [c for c in fits if c[0].kind != "single"]
    choice = anchored if anchored else fits
    if len(choice) == 1:
        choice[0].append(unit)
    else:
        clusters.append([unit])


def _best_name(cluster: list[Unit]) -> str:
    """The displayed name: among the fullest names of the cluster, the spelling of the person's own
    language when it is written in Latin script, else English, French, Spanish, German ... (never Cyrillic
    when a Latin spelling exists)."""
    root = cluster[0]
    size = len(root.parts[0].tokens)
    countries = set().union(*(u.countries for u in cluster))
    native = _COUNTRY_LANG.get(min(countries)) if len(countries) == 1 else None
    candidates = [m for u in cluster if u.kind == root.kind and len(u.parts[0].tokens) == size
                  for m in u.mentions]

    def score(m: PersonMention) -> tuple:
        is_latin = not any("\u0400" <= ch <= "\u04ff" for ch in m.name)
        rank = 0 if m.lang == native else 1 + (_LANG_ORDER.index(m.lang) if m.lang in _LANG_ORDER else 9)
        return not is_latin, rank, -len(m.name.split()), m.name

    return latin(min(candidates, key=score).name)


def _path(root: Unit) -> str:
    key, country, roles = root.id
    country = "" if country.startswith("~") else country  # the others of a name split by country
    local = "_".join(slug(part).replace("-", "_") for part in (key, country, roles.split("|")[0]) if part)
    return f"person/{local}"


def cluster_people(units: list[Unit], curation: Curation) -> dict[tuple[str, str], PersonResult]:
    """Resolve a component: the result for every mention, keyed by ``PersonMention.local``."""
    clusters: list[list[Unit]] = []
    for unit in sorted(units, key=Unit.order):
        _place(unit, clusters, curation)
    out: dict[tuple[str, str], PersonResult] = {}
    for cluster in clusters:
        keys = {u.key for u in cluster}
        name = curation.canonical_name(keys) or _best_name(cluster)
        result = PersonResult(_path(cluster[0]), name, curation.wikidata_id(keys))
        for unit in cluster:
            for mention in unit.mentions:
                out[mention.local] = result
    return out
