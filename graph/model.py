"""Plain data passed between the pipeline stages.

The flow is ``read`` -> :class:`Article` -> ``extract`` -> :class:`Extraction` -> ``rdf`` -> quads -> ``store``.
Nothing here knows about RDF or files; every offset is a character offset into ``Article.text``
(the normalised text whose sha256 is stored).
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import date

__all__ = [
    "Article",
    "Span",
    "Country",
    "City",
    "Venue",
    "Organization",
    "Person",
    "DateValue",
    "Event",
    "Extraction",
    "EVENT_TYPES",
    "STATUSES",
]

#: Local names of the event classes of the contract (``dkg:Meeting`` ...).
EVENT_TYPES = (
    "Meeting",
    "Talks",
    "Negotiation",
    "Visit",
    "StateVisit",
    "PhoneCall",
    "Summit",
    "Conference",
    "Ceremony",
    "Summons",
    "Expulsion",
    "Statement",
)

#: Local names of the status individuals (``dkg:Occurred`` ...).
STATUSES = ("Occurred", "Planned", "Uncertain", "Cancelled")


@dataclass(frozen=True, slots=True)
class Article:
    """One news article, text already normalised (see ``graph.text.normalise``).

    ``key`` is the stable identity used to mint the article IRI: the URL when known, else the JSON ``id``,
    else the file name (plus line number for JSONL). Re-ingesting an article with the same key replaces it.
    """

    key: str
    text: str
    language: str
    title: str | None = None
    url: str | None = None
    published: date | None = None
    source: str = ""  # where it came from, for messages ("data/a.jsonl:3")

    @property
    def sha256(self) -> str:
        return hashlib.sha256(self.text.encode("utf-8")).hexdigest()


@dataclass(frozen=True, slots=True, order=True)
class Span:
    """A character range ``text[start:end]`` of the article; evidence spans are whole sentences."""

    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Country:
    code: str  # ISO 3166-1 alpha-2, upper case


@dataclass(frozen=True, slots=True)
class City:
    geonames_id: int
    name: str  # English name from the gazetteer
    country: str  # alpha-2 of the containing country


@dataclass(frozen=True, slots=True)
class Venue:
    """A building or site inside a city: consulate, embassy, palace, ministry, summit venue."""

    kind: str  # "consulate", "embassy", "palace", "ministry", "residence", "headquarters", ...
    name: str  # English label, e.g. "Russian consulate"
    city: City | None
    owner: str | None = None  # alpha-2 of the state owning an embassy/consulate/ministry


def city_of(place: object) -> City | None:
    """The city a place lies in: a city itself, a venue's city, else None (a country, an organisation, none)."""
    if isinstance(place, Venue):
        return place.city
    return place if isinstance(place, City) else None


def city_id(place: object) -> int | None:
    """The GeoNames id of the city a place lies in (see :func:`city_of`), None when it names no city."""
    city = city_of(place)
    return city.geonames_id if city is not None else None


@dataclass(frozen=True, slots=True)
class Organization:
    code: str  # short stable code: "UN", "EU", "NATO", "OSCE", ...
    name: str  # English name


@dataclass(slots=True)
class Person:
    """One person within one article, after in-article coreference."""

    name: str  # canonical Latin-script full name ("Dmitri Peskow" -> "Dmitry Peskov" as best known, Latin script)
    alternate_names: set[str] = field(default_factory=set)  # other surface forms seen (incl. Cyrillic)
    titles: list[str] = field(default_factory=list)  # titles as written ("Außenminister")
    role: str | None = None  # normalised English role ("Minister of Foreign Affairs")
    country: str | None = None  # alpha-2 of the state the person represents
    organization: Organization | None = None  # for officials of UN, EU, NATO ...
    accredited_to: str | None = None  # alpha-2, for ambassadors ("Botschafter in den USA")
    evidence: list[Span] = field(default_factory=list)  # sentences naming the person


@dataclass(frozen=True, slots=True)
class DateValue:
    """A resolved date at the precision the text supports."""

    value: str  # "2025-04-10", "2025-04" or "2025"
    text: str  # the phrase as written ("am Donnerstag")
    span: Span | None = None

    @property
    def precision(self) -> str:
        return {10: "day", 7: "month", 4: "year"}[len(self.value)]


@dataclass(slots=True)
class Event:
    type: str  # one of EVENT_TYPES
    status: str = "Occurred"  # one of STATUSES
    attendees: list[Person] = field(default_factory=list)
    countries: set[str] = field(default_factory=set)  # alpha-2 of states taking part
    location: City | Venue | Country | None = None  # most specific place named
    date: DateValue | None = None
    date_text: str | None = None  # phrase as written even when it cannot be resolved
    duration: str | None = None  # ISO 8601, "PT6H"
    speaker: Person | None = None  # for Statement
    follows: Event | None = None  # earlier round of the same talks
    background: bool = False  # mentioned in passing as context
    evidence: list[Span] = field(default_factory=list)


@dataclass(slots=True)
class Extraction:
    """Everything the extractor found in one article."""

    article: Article
    people: list[Person] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    countries: dict[str, list[Span]] = field(default_factory=dict)  # every country mentioned, with evidence
    cities: dict[City, list[Span]] = field(default_factory=dict)
    venues: dict[Venue, list[Span]] = field(default_factory=dict)
