"""IRI minting: deterministic functions of article content, never of store state (ingest order is irrelevant)."""

from __future__ import annotations

import hashlib
from collections.abc import Iterable

from rdflib import URIRef

from .model import Article, City, Event, Person, Venue
from .names import name_key, slug
from .vocab import DEFAULT_BASE

__all__ = ["Minter", "TYPE_GROUPS"]

#: event types that reports commonly use for the same event; one group shares IRIs across articles
TYPE_GROUPS = {
    "Meeting": "meeting", "Talks": "meeting", "Negotiation": "meeting",
    "Visit": "visit", "StateVisit": "visit",
    "Summit": "summit", "Conference": "summit",
}


def _digest(*parts: object, length: int = 16) -> str:
    text = "\x1f".join(str(p) for p in parts)
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:length]


class Minter:
    """Mints the IRIs of one base (``--base-iri``)."""

    def __init__(self, base: str = DEFAULT_BASE) -> None:
        self.base = base if base.endswith(("/", "#")) else base + "/"

    def _iri(self, path: str) -> URIRef:
        return URIRef(self.base + path)

    def article(self, article: Article) -> URIRef:
        return self._iri(f"article/{_digest(article.key)}")

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
        return self._iri(f"person/{slug(name_key(person.name)).replace('-', '_') or 'x'}")

    def event(self, event: Event, article: Article, index: int, people_keys: Iterable[str] = ()) -> URIRef:
        """Events dated to the day share a node across articles (same type group, day and countries)."""
        group = TYPE_GROUPS.get(event.type, event.type.lower())
        if event.date is not None and event.date.precision == "day" and event.countries:
            key = _digest(group, event.date.value, ",".join(sorted(event.countries)), event.status)
        else:
            key = _digest(article.key, index, group)
        return self._iri(f"event/{key}")

    def evidence(self, article: Article, start: int, end: int) -> URIRef:
        return self._iri(f"evidence/{_digest(article.key, start, end)}")
