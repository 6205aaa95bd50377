"""IRI minting: deterministic functions of article content and of the resolution, never of arrival order.

Without a resolution a person's IRI is the slug of its name key and an event's IRI a digest of its article
and position. Cross-article resolution (``graph.resolve``) decides which person and event nodes of different
articles are one, and hands the Minter the chosen paths (``person/<key of the cluster's fullest name>``,
``event/<digest of the cluster's most detailed report>``) for the objects of the article being built.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Mapping

from rdflib import URIRef

from .mentions import TYPE_GROUPS
from .model import Article, City, Country, Event, Person, Venue
from .names import loose, name_key, parse_name, slug
from .vocab import DEFAULT_BASE

__all__ = ["Minter", "TYPE_GROUPS", "person_path", "event_path", "place_key", "surname_key", "digest"]


def digest(*parts: object, length: int = 16) -> str:
    """A short hex digest of the parts (joined with an ASCII unit separator)."""
    text = "\x1f".join(str(p) for p in parts)
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:length]


def person_path(name: str) -> str:
    """The path of a person known only from one name: ``person/<slug of its name key>``."""
    return f"person/{slug(name_key(name)).replace('-', '_') or 'x'}"


def event_path(group: str, status: str, article_key: str, index: int, *, date: str | None = None,
               countries: Iterable[str] = (), place: str = "", attendees: Iterable[str] = ()) -> str:
    """The path of an event, from the report it is named after (``graph.resolve_events``: its first).

    A report dated to the day between known states names it by what it is (kind, status, day, states,
    city, participants' surnames); any other by its article key and position.
    """
    codes = sorted(countries)
    if date is not None and len(date) == 10 and codes:
        return f"event/{digest(group, status, date, ','.join(codes), place, ','.join(sorted(set(attendees))))}"
    return f"event/{digest(group, status, article_key, index)}"


def place_key(place: City | Venue | Country | None) -> str:
    """The part of a place that names an event: the city's GeoNames id, else the country code."""
    if isinstance(place, Venue):
        return str(place.city.geonames_id) if place.city is not None else ""
    if isinstance(place, City):
        return str(place.geonames_id)
    return place.code if isinstance(place, Country) else ""


def surname_key(name: str) -> str:
    """The part of a participant's name that names an event: the loose key of the surname."""
    return loose(parse_name(name).surname)


class Minter:
    """Mints the IRIs of one base (``--base-iri``).

    Args:
        base: the base IRI of all instances.
        paths: resolved paths ("person/...", "event/...") by ``id()`` of the Person and Event objects of the
            extraction being built; objects not listed get the unresolved defaults.
    """

    def __init__(self, base: str = DEFAULT_BASE, *, paths: Mapping[int, str] | None = None) -> None:
        self.base = base if base.endswith(("/", "#")) else base + "/"
        self.paths = dict(paths or {})

    def _iri(self, path: str) -> URIRef:
        return URIRef(self.base + path)

    def iri(self, path: str) -> URIRef:
        """The IRI of a path under this base."""
        return self._iri(path)

    def article(self, article: Article) -> URIRef:
        return self._iri(f"article/{digest(article.key)}")

    def country(self, code: str) -> URIRef:
        return self._iri(f"country/{code.upper()}")

    def city(self, city: City) -> URIRef:
        return self._iri(f"city/{city.geonames_id}")

    def venue(self, venue: Venue) -> URIRef:
        city = venue.city.geonames_id if venue.city else "x"
        owner = (venue.owner or "x").lower()
        return self._iri(f"place/{slug(venue.kind)}-{owner}-{city}")

    def organization(self, code: str) -> URIRef:
        return self._iri(f"org/{slug(code)}")

    def person(self, person: Person) -> URIRef:
        return self._iri(self.paths.get(id(person)) or person_path(person.name))

    def event(self, event: Event, article: Article, index: int, people_keys: Iterable[str] = ()) -> URIRef:
        """The event's resolved IRI, else one of its own (article and position)."""
        path = self.paths.get(id(event))
        if path is None:
            group = TYPE_GROUPS.get(event.type, event.type.lower())
            people = list(event.attendees) + ([event.speaker] if event.speaker is not None else [])
            path = event_path(group, event.status, article.key, index,
                              date=event.date.value if event.date is not None else None,
                              countries=event.countries, place=place_key(event.location),
                              attendees=[surname_key(p.name) for p in people if p.name.strip()])
        return self._iri(path)

    def evidence(self, article: Article, start: int, end: int) -> URIRef:
        return self._iri(f"evidence/{digest(article.key, start, end)}")
