"""Extraction -> the article's named graph, following the graph contract.

Every triple extracted from an article goes into the graph whose IRI is the article's IRI. Shared entities
(countries, cities, people, merged events) are described again in each article graph that mentions them,
with evidence from that article, so dropping an article's graph removes exactly what it contributed.

The graph is a set of pyoxigraph triples, the store's own terms: building thousands of article graphs a
second through rdflib's in-memory Graph would cost more than extracting them.
"""

from __future__ import annotations

from collections.abc import Iterable

import pyoxigraph as ox
from rdflib import URIRef
from rdflib.namespace import RDF, XSD

from .extract.places import country_name, country_wikidata
from .ids import Minter
from .model import Article, City, Country, Event, Extraction, Person, Span, Venue
from .vocab import DKG, GEONAMES, OWL, PROV, SDO, WD

__all__ = ["article_graph", "event_label", "Triples", "named", "literal"]

Triples = set[ox.Triple]


def named(value: str) -> ox.NamedNode:
    """The store term of an IRI (ValueError when it is not a valid IRI, e.g. an article URL with spaces)."""
    return ox.NamedNode(value)


def literal(value: str | int | bool, *, lang: str | None = None, datatype: URIRef | None = None) -> ox.Literal:
    """A literal with the lexical form rdflib would give it (integers and booleans typed)."""
    if isinstance(value, bool):
        return ox.Literal("true" if value else "false", datatype=named(str(XSD.boolean)))
    if isinstance(value, int):
        return ox.Literal(str(value), datatype=named(str(XSD.integer)))
    if lang:
        return ox.Literal(value, language=lang)
    if datatype is not None:
        return ox.Literal(value, datatype=named(str(datatype)))
    return ox.Literal(value)


_DATE_TYPES = {"day": XSD.date, "month": XSD.gYearMonth, "year": XSD.gYear}


class _Terms:
    """The store terms of a namespace's names, each made once (``_DKG.evidence``, ``_DKG.term("Talks")``)."""

    def __init__(self, namespace: object) -> None:
        self._namespace = namespace

    def __getattr__(self, name: str) -> ox.NamedNode:
        node = self.term(name)
        setattr(self, name, node)
        return node

    def term(self, name: str) -> ox.NamedNode:
        return named(str(getattr(self._namespace, name)))


_DKG, _SDO, _RDF, _PROV, _OWL = (_Terms(ns) for ns in (DKG, SDO, RDF, PROV, OWL))
_TYPE_LABELS = {
    "Meeting": "Meeting", "Talks": "Talks", "Negotiation": "Negotiations", "Visit": "Visit",
    "StateVisit": "State visit", "PhoneCall": "Phone call", "Summit": "Summit", "Conference": "Conference",
    "Ceremony": "Ceremony", "Summons": "Summons", "Expulsion": "Expulsion", "Statement": "Statement",
}


class _Builder:
    """Adds the triples of one extraction to one graph."""

    def __init__(self, extraction: Extraction, minter: Minter) -> None:
        self.x = extraction
        self.article: Article = extraction.article
        self.mint = minter
        self.g: Triples = set()
        self.article_iri = named(minter.article(self.article))
        self.seen: set = set()  # nodes described already (countries, cities ... repeat)
        self.spans: dict[tuple[int, int], ox.NamedNode] = {}  # evidence nodes by span
        self.countries: dict[str, ox.NamedNode] = {}  # country nodes by code

    def add(self, s: ox.NamedNode, p: ox.NamedNode, o: ox.NamedNode | ox.Literal) -> None:
        self.g.add(ox.Triple(s, p, o))

    def once(self, key: object) -> bool:
        """True the first time a node (or a node's evidence span) is described in this graph."""
        if key in self.seen:
            return False
        self.seen.add(key)
        return True

    def evidence(self, subject: ox.NamedNode, spans: Iterable[Span]) -> None:
        for span in spans:
            self.add(subject, _DKG.evidence, self.evidence_node(span.start, span.end))

    def evidence_node(self, start: int, end: int) -> ox.NamedNode:
        """The evidence node of a span, described the first time (many facts share a sentence)."""
        ev = self.spans.get((start, end))
        if ev is None:
            ev = self.spans[start, end] = named(self.mint.evidence(self.article, start, end))
            self.add(ev, _RDF.type, _DKG.Evidence)
            self.add(ev, _SDO.text, literal(self.article.text[start:end]))
            self.add(ev, _DKG.startOffset, literal(start))
            self.add(ev, _DKG.endOffset, literal(end))
            self.add(ev, _PROV.wasDerivedFrom, self.article_iri)
        return ev

    # -- nodes --------------------------------------------------------------------------------------------
    def article_node(self) -> None:
        a, iri = self.article, self.article_iri
        self.add(iri, _RDF.type, _SDO.NewsArticle)
        self.add(iri, _SDO.inLanguage, literal(a.language))
        self.add(iri, _SDO.identifier, literal(a.key))  # lets `dkg rebuild` re-read the article from the store
        self.add(iri, _DKG.sha256, literal(a.sha256))
        self.add(iri, _SDO.text, literal(a.text))
        if a.title:
            self.add(iri, _SDO.headline, literal(a.title))
        if a.url:
            self.add(iri, _SDO.url, named(a.url))
        if a.published:
            self.add(iri, _SDO.datePublished, literal(a.published.isoformat(), datatype=XSD.date))

    def country(self, code: str, spans: Iterable[Span] = ()) -> ox.NamedNode:
        iri = self.countries.get(code)
        if iri is None:
            iri = self.countries[code] = named(self.mint.country(code))
            self.add(iri, _RDF.type, _SDO.Country)
            self.add(iri, _DKG.countryCode, literal(code))
            self.add(iri, _SDO.name, literal(country_name(code, "en"), lang="en"))
            if self.article.language != "en":
                self.add(iri, _SDO.name, literal(country_name(code, self.article.language), lang=self.article.language))
            qid = country_wikidata(code)
            if qid:
                self.add(iri, _OWL.sameAs, named(WD[qid]))
        self.evidence(iri, spans)
        return iri

    def city(self, city: City, spans: list[Span] = ()) -> ox.NamedNode:
        iri = named(self.mint.city(city))
        if self.once(city):
            self.add(iri, _RDF.type, _SDO.City)
            self.add(iri, _SDO.name, literal(city.name, lang="en"))
            self.add(iri, _SDO.containedInPlace, self.country(city.country))
            self.add(iri, _OWL.sameAs, named(GEONAMES[f"{city.geonames_id}/"]))
        self.evidence(iri, spans)
        return iri

    def venue(self, venue: Venue, spans: list[Span] = ()) -> ox.NamedNode:
        iri = named(self.mint.venue(venue))
        if self.once(venue):
            self.add(iri, _RDF.type, _SDO.Place)
            self.add(iri, _SDO.name, literal(venue.name, lang="en"))
            self.add(iri, _DKG.venueType, literal(venue.kind))
            if venue.city is not None:
                self.add(iri, _SDO.containedInPlace, self.city(venue.city))
            if venue.owner:
                self.add(iri, _DKG.owner, self.country(venue.owner))
        self.evidence(iri, spans)
        return iri

    def place(self, place: City | Venue | Country) -> ox.NamedNode:
        if isinstance(place, Venue):
            return self.venue(place, self.x.venues.get(place, []))
        if isinstance(place, City):
            return self.city(place, self.x.cities.get(place, []))
        return self.country(place.code, self.x.countries.get(place.code, []))

    def person(self, person: Person) -> ox.NamedNode:
        iri = named(self.mint.person(person))
        lang = self.article.language
        self.add(iri, _RDF.type, _SDO.Person)
        self.add(iri, _SDO.name, literal(person.name))
        for alt in sorted(person.alternate_names - {person.name}):
            self.add(iri, _SDO.alternateName, literal(alt))
        for title in person.titles:
            self.add(iri, _SDO.jobTitle, literal(title, lang=lang))
        if person.role:
            self.add(iri, _DKG.role, literal(person.role))
        if person.country:
            self.add(iri, _DKG.represents, self.country(person.country))
        if person.accredited_to:
            self.add(iri, _DKG.accreditedTo, self.country(person.accredited_to))
        if person.organization is not None:
            org = named(self.mint.organization(person.organization.code))
            self.add(org, _RDF.type, _SDO.Organization)
            self.add(org, _SDO.name, literal(person.organization.name, lang="en"))
            self.add(iri, _SDO.affiliation, org)
        self.evidence(iri, person.evidence)
        return iri

    def event(self, event: Event, index: int, iris: dict[int, ox.NamedNode]) -> ox.NamedNode:
        iri = iris[id(event)]
        self.add(iri, _RDF.type, _SDO.Event)
        self.add(iri, _RDF.type, _DKG.term(event.type))
        self.add(iri, _SDO.name, literal(event_label(event), lang="en"))
        self.add(iri, _DKG.status, _DKG.term(event.status))
        self.add(iri, _PROV.wasDerivedFrom, self.article_iri)
        if event.background:
            self.add(iri, _DKG.background, literal(True))
        if event.date is not None:
            self.add(iri, _SDO.startDate, literal(event.date.value, datatype=_DATE_TYPES[event.date.precision]))
        date_text = event.date.text if event.date is not None else event.date_text
        if date_text:
            self.add(iri, _DKG.dateText, literal(date_text))
        if event.duration:
            self.add(iri, _SDO.duration, literal(event.duration, datatype=XSD.duration))
        if event.location is not None:
            self.add(iri, _SDO.location, self.place(event.location))
        for person in event.attendees:
            self.add(iri, _SDO.attendee, self.person(person))
        if event.speaker is not None:
            self.add(iri, _DKG.speaker, self.person(event.speaker))
        for code in sorted(event.countries):
            self.add(iri, _DKG.involvedCountry, self.country(code))
        if event.follows is not None and id(event.follows) in iris:
            self.add(iri, _DKG.follows, iris[id(event.follows)])
        self.evidence(iri, event.evidence)
        return iri


def event_label(event: Event) -> str:
    """A short English label: "Talks in Geneva, 2024-11-05" / "Phone call, FR–IN"."""
    label = _TYPE_LABELS.get(event.type, event.type)
    place = event.location
    if isinstance(place, Venue):
        place = place.city or place
    if isinstance(place, (City, Venue)):
        label += f" in {place.name}"
    elif isinstance(place, Country):
        label += f" in {country_name(place.code, 'en')}"
    elif event.countries:
        label += ", " + "–".join(sorted(event.countries))
    if event.date is not None:
        label += f", {event.date.value}"
    if event.status != "Occurred":
        label += f" ({event.status.lower()})"
    return label


def article_graph(extraction: Extraction, minter: Minter) -> tuple[ox.NamedNode, Triples]:
    """The article's IRI and the graph of everything extracted from it."""
    b = _Builder(extraction, minter)
    b.article_node()
    for code, spans in extraction.countries.items():
        b.country(code, spans)
    for city, spans in extraction.cities.items():
        b.city(city, spans)
    for venue, spans in extraction.venues.items():
        b.venue(venue, spans)
    for person in extraction.people:
        b.person(person)
    iris = {id(e): named(minter.event(e, extraction.article, i)) for i, e in enumerate(extraction.events)}
    for index, event in enumerate(extraction.events):
        b.event(event, index, iris)
    return b.article_iri, b.g
