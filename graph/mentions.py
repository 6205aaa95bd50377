"""What resolution knows about each person and event an article reports, stored with the article.

Every person and event node of an article's graph carries two things for cross-article resolution:
``dkg:resolutionKey`` literals (index keys: "ps:selenski" for a surname, "e:meeting|Occurred|FR|d:2025-03-13"
for an event's kind, status, state and date) that let the resolver find candidates with indexed lookups, and one
``dkg:resolutionData`` literal (compact JSON) describing the mention as the article reported it, before
resolution replaced names, dates or places with those of the cluster. Nothing here touches a store.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import cached_property
from sys import intern

from .model import City, Country, Event, Extraction, Person, Venue
from .names import NameParts, loose, readings

__all__ = [
    "PersonMention",
    "EventMention",
    "describe",
    "person_mentions",
    "event_mentions",
    "TYPE_GROUPS",
    "place_to_json",
    "place_from_json",
    "months",
    "precision",
]

_CYRILLIC = re.compile(r"[\u0400-\u04ff]")

#: event types that reports of one event commonly mix; one group can merge across articles
TYPE_GROUPS = {
    "Meeting": "meeting", "Talks": "meeting", "Negotiation": "meeting",
    "Visit": "visit", "StateVisit": "visit",
    "Summit": "summit", "Conference": "summit",
}  # fmt: skip


@dataclass(frozen=True)
class PersonMention:
    """One person as one article reports it (all mentions of one name in the article together)."""

    article: str  # the article's IRI (its named graph)
    name: str  # the extractor's canonical name in this article
    lang: str
    forms: tuple[str, ...] = ()  # other spellings seen in the article (Cyrillic included)
    country: str | None = None
    roles: tuple[str, ...] = ()
    result: str = ""  # digest of the resolution result the stored graph was built with

    @property
    def local(self) -> tuple[str, str]:
        """Identity within the store: (article IRI, name)."""
        return self.article, self.name

    def data(self) -> str:
        """The ``dkg:resolutionData`` literal: compact JSON with sorted keys."""
        return self._data

    @cached_property
    def _data(self) -> str:
        body = {"n": self.name, "l": self.lang, "f": list(self.forms), "c": self.country, "r": list(self.roles),
                "x": self.result}
        return json.dumps(body, ensure_ascii=False, sort_keys=True, separators=(",", ":"))

    @cached_property
    def signature(self) -> str:
        """What the mention reports, whatever the article and result (equal for alike mentions)."""
        return self.data().rsplit(',"x":', 1)[0]

    @classmethod
    def from_data(cls, article: str, text: str) -> PersonMention:
        d = json.loads(text)
        return cls(article, d["n"], d["l"], tuple(d.get("f", ())), d.get("c"), tuple(d.get("r", ())), d.get("x", ""))

    def readings(self) -> tuple[NameParts, ...]:
        """Readings of the name, and of other-script spellings of the same length ("Ван Лэй" for "Van Ley")."""
        found = list(readings(self.name, self.lang))
        words = len(self.name.split())
        for form in self.forms:
            if _CYRILLIC.search(form) and len(form.split()) == words:
                found.extend(r for r in readings(form, self.lang) if r not in found)
        return tuple(found)

    def keys(self) -> frozenset[str]:
        """Index keys: "ps:<surname>" and "pa:<word>" for written-out names, "pw:<word>" for one-word names."""
        return self._keys

    @cached_property
    def _keys(self) -> frozenset[str]:
        out: set[str] = set()
        for parts in self.readings():
            if parts.kind == "single":
                out.update(f"pw:{w}" for w in parts.word_keys())
            else:
                out.add(f"ps:{loose(parts.surname)}")
                out.update(f"pa:{w}" for w in parts.word_keys())
        return frozenset(out)


@dataclass(frozen=True)
class EventMention:
    """One event as one article reports it."""

    article: str  # the article's IRI
    article_key: str  # the article's key (URL, id or file name) for stable IRIs
    index: int  # position in the extraction's event list
    type: str
    status: str
    date: str | None = None  # "2025-03-13", "2025-03" or "2025"
    published: str | None = None
    place: dict | None = None  # see place_to_json
    countries: tuple[str, ...] = ()
    attendees: tuple[tuple[str, ...], ...] = ()  # attendees (and speaker): name, then other-script forms
    background: bool = False
    lang: str = "en"
    result: str = ""

    @property
    def local(self) -> tuple[str, int]:
        return self.article, self.index

    @cached_property
    def group(self) -> str:
        return TYPE_GROUPS.get(self.type, self.type.lower())

    def data(self) -> str:
        body = {"k": self.article_key, "i": self.index, "t": self.type, "s": self.status, "d": self.date,
                "p": self.published, "pl": self.place, "cc": list(self.countries), "at": [list(a) for a in self.attendees],
                "bg": self.background, "l": self.lang, "x": self.result}
        return json.dumps(body, ensure_ascii=False, sort_keys=True, separators=(",", ":"))

    @classmethod
    def from_data(cls, article: str, text: str) -> EventMention:
        d = json.loads(text)
        return cls(article, d["k"], d["i"], d["t"], d["s"], d.get("d"), d.get("p"), d.get("pl"),
                   tuple(d.get("cc", ())), tuple(tuple(a) for a in d.get("at", ())), bool(d.get("bg")), d.get("l", "en"), d.get("x", ""))

    def window(self) -> tuple[date, date] | None:
        """The days the event can fall on, as far as this report tells."""
        return self._window

    @cached_property
    def _window(self) -> tuple[date, date] | None:
        if self.date is not None:
            return _date_span(self.date)
        if self.published is None:
            return None
        pub = date.fromisoformat(self.published)
        if self.status == "Planned":
            return pub - timedelta(days=1), pub + timedelta(days=60)
        return pub - timedelta(days=14), pub + timedelta(days=1)

    @cached_property
    def states(self) -> frozenset[str]:
        """The states of the report, with the country it took place in (a visit's host is often named so)."""
        out = set(self.countries)
        if self.place and self.place.get("country"):
            out.add(self.place["country"])
        return frozenset(out)

    def keys(self) -> frozenset[str]:
        """Index keys the report is stored under: kind, status, each state, and the day, month or year it is
        dated to, else its publication day ("e:meeting|Occurred|FR|d:2025-04-03", "...|u:2025-04-05").

        A report that names no state is stored under none: it never merges with another article's report.
        """
        return self._keys

    @cached_property
    def _keys(self) -> frozenset[str]:
        if self.date is not None:
            bucket = {10: "d", 7: "m"}.get(len(self.date), "y") + ":" + self.date
        else:
            bucket = "u:" + self.published if self.published else "none"
        return self._of([bucket])

    def link_keys(self) -> frozenset[str]:
        """The keys under which every report dated to the day and compatible with this one is stored: the
        days its window touches, with a day of slack for multi-day events (none for a report dated to a
        year only, which joins no dated event: ``graph.resolve_events.place_vague``)."""
        return self._link_keys

    @cached_property
    def _link_keys(self) -> frozenset[str]:
        span = self.window()
        if span is None or precision(self.date) == 2:
            return frozenset()
        start, end = span
        return self._of([f"d:{day}" for day in _days(start - timedelta(days=1), end + timedelta(days=1))])

    def probe_keys(self) -> frozenset[str]:
        """The keys under which every report that can share an event with this one is stored (``keys`` of
        the others): ``link_keys``; for a dated report, the vague reports that may join it (dated to its
        month, or undated and published when they can report it); for a vague report, the vague ones of its
        period (its month or year; undated ones published around it). A report dated to a year only meets
        only reports of the same year, so no report probes a whole year of days."""
        return self._probe_keys

    @cached_property
    def _probe_keys(self) -> frozenset[str]:
        span = self.window()
        if span is None:
            return self._of(["none"])
        if precision(self.date) == 2:
            return self._of([f"y:{self.date}"])
        start, end = span
        # an undated report published on day p covers [p-14, p+1], or [p-1, p+60] when planned
        before, after = (60, 1) if self.status == "Planned" else (1, 14)
        buckets = [f"m:{m}" for m in months(start, end)]
        buckets += [f"u:{day}" for day in _days(start - timedelta(days=before), end + timedelta(days=after))]
        return self._link_keys | self._of(buckets)

    def _of(self, buckets: list[str]) -> frozenset[str]:
        # interned: the reports cached by the resolver share their keys (a report probes up to ~150 of them)
        return frozenset(intern(f"e:{self.group}|{self.status}|{state}|{b}") for state in self.states for b in buckets)


def precision(value: str | None) -> int:
    """0 for a day, 1 for a month, 2 for a year, 3 for no date."""
    return {10: 0, 7: 1, 4: 2}.get(len(value), 3) if value else 3


def _days(start: date, end: date) -> list[str]:
    return [(start + timedelta(days=n)).isoformat() for n in range((end - start).days + 1)]


def _date_span(value: str) -> tuple[date, date]:
    if len(value) == 10:
        day = date.fromisoformat(value)
        return day, day
    if len(value) == 7:
        year, month = int(value[:4]), int(value[5:])
        first = date(year, month, 1)
        nxt = date(year + (month == 12), month % 12 + 1, 1)
        return first, nxt - timedelta(days=1)
    return date(int(value), 1, 1), date(int(value), 12, 31)


def months(start: date, end: date) -> list[str]:
    """Every "YYYY-MM" from ``start`` to ``end`` inclusive."""
    out = []
    year, month = start.year, start.month
    while (year, month) <= (end.year, end.month):
        out.append(f"{year:04d}-{month:02d}")
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return out


# -- places as JSON ------------------------------------------------------------------------------------------
def _city_json(city: City) -> list:
    return [city.geonames_id, city.name, city.country]


def place_to_json(place: City | Venue | Country | None) -> dict | None:
    """{"country": "TR", "city": [id, name, cc], "venue": [kind, name, owner]} with the levels known."""
    if place is None:
        return None
    if isinstance(place, Country):
        return {"country": place.code}
    if isinstance(place, City):
        return {"country": place.country, "city": _city_json(place)}
    out: dict = {"venue": [place.kind, place.name, place.owner]}
    if place.city is not None:
        out.update(country=place.city.country, city=_city_json(place.city))
    return out


def place_from_json(data: dict | None) -> City | Venue | Country | None:
    """The model object of :func:`place_to_json`'s output."""
    if not data:
        return None
    city = City(int(data["city"][0]), data["city"][1], data["city"][2]) if data.get("city") else None
    if data.get("venue"):
        kind, name, owner = data["venue"]
        return Venue(kind, name, city, owner)
    if city is not None:
        return city
    return Country(data["country"]) if data.get("country") else None


# -- describing an extraction ----------------------------------------------------------------------------------
@dataclass
class _PersonAcc:
    forms: set[str] = field(default_factory=set)
    countries: set[str] = field(default_factory=set)
    roles: set[str] = field(default_factory=set)


def all_people(extraction: Extraction) -> list[Person]:
    """Every Person object of an extraction: the people list, attendees and speakers."""
    out = list(extraction.people)
    for event in extraction.events:
        out.extend(event.attendees)
        if event.speaker is not None:
            out.append(event.speaker)
    return out


def person_mentions(extraction: Extraction, article_iri: str) -> list[PersonMention]:
    """One mention per distinct name of the article, sorted by name."""
    acc: dict[str, _PersonAcc] = {}
    for person in all_people(extraction):
        if not person.name.strip():
            continue
        entry = acc.setdefault(person.name, _PersonAcc())
        entry.forms.update(f for f in person.alternate_names if f != person.name)
        if person.country:
            entry.countries.add(person.country)
        if person.role:
            entry.roles.add(person.role)
    lang = extraction.article.language
    return [PersonMention(article_iri, name, lang, tuple(sorted(a.forms)),
                          min(a.countries) if len(a.countries) == 1 else None, tuple(sorted(a.roles)))
            for name, a in sorted(acc.items())]


def _attendee_names(event: Event) -> tuple[tuple[str, ...], ...]:
    people = list(event.attendees) + ([event.speaker] if event.speaker is not None else [])
    names = {(p.name, *sorted(f for f in p.alternate_names if _CYRILLIC.search(f) and len(f.split()) > 1))
             for p in people if p.name.strip()}
    return tuple(sorted(names))


def event_mentions(extraction: Extraction, article_iri: str) -> list[EventMention]:
    """One mention per extracted event, in extraction order."""
    article = extraction.article
    published = article.published.isoformat() if article.published else None
    out = []
    for index, event in enumerate(extraction.events):
        out.append(EventMention(
            article_iri, article.key, index, event.type, event.status,
            event.date.value if event.date is not None else None, published, place_to_json(event.location),
            tuple(sorted(event.countries)), _attendee_names(event), event.background, article.language,
        ))
    return out


def describe(extraction: Extraction, article_iri: str) -> tuple[list[PersonMention], list[EventMention]]:
    """The person and event mentions of one extraction."""
    return person_mentions(extraction, article_iri), event_mentions(extraction, article_iri)
