"""An article's graph with the results of cross-article resolution applied.

The extraction is copied with each person's name replaced by its cluster's name (the article's own forms
become ``schema:alternateName``) and each event's type, date and place replaced by its cluster's; the
Minter receives the clusters' IRIs. ``graph.rdf`` then builds the graph as for any extraction, and this
module adds the Wikidata links of curated people and the stored mentions (``graph.mentions``).
"""

from __future__ import annotations

import dataclasses

import pyoxigraph as ox
from rdflib.namespace import OWL

from .ids import Minter
from .mentions import EventMention, PersonMention, place_from_json
from .model import DateValue, Event, Extraction, Person
from .rdf import Triples, article_graph, literal, named
from .resolve_events import EventResult
from .resolve_people import PersonResult
from .vocab import DKG, WD

__all__ = ["build_graph", "resolved_extraction"]

_KEY = named(DKG.resolutionKey)
_DATA = named(DKG.resolutionData)


class _Copier:
    """Copies of the people and events of one extraction, with the clusters' paths by copy."""

    def __init__(self, people: dict[str, PersonResult], events: dict[int, EventResult]) -> None:
        self.people = people
        self.events = events
        self.copies: dict[int, Person] = {}
        self.paths: dict[int, str] = {}

    def person(self, person: Person) -> Person:
        if id(person) in self.copies:
            return self.copies[id(person)]
        result = self.people.get(person.name)
        if result is None:
            copy = dataclasses.replace(person)
        else:
            alternates = (set(person.alternate_names) | {person.name}) - {result.name}
            copy = dataclasses.replace(person, name=result.name, alternate_names=alternates)
            self.paths[id(copy)] = result.path
        self.copies[id(person)] = copy
        return copy

    def event(self, event: Event, index: int) -> Event:
        attendees = [self.person(p) for p in event.attendees]
        speaker = self.person(event.speaker) if event.speaker is not None else None
        copy = dataclasses.replace(event, attendees=attendees, speaker=speaker, follows=None)
        result = self.events.get(index)
        if result is not None:
            copy.type = result.type
            if result.date is not None:
                text = event.date.text if event.date is not None else (event.date_text or "")
                copy.date = DateValue(result.date, text, event.date.span if event.date is not None else None)
            if result.place is not None:
                copy.location = place_from_json(result.place)
            self.paths[id(copy)] = result.path
        return copy


def resolved_extraction(extraction: Extraction, people: dict[str, PersonResult],
                        events: dict[int, EventResult]) -> tuple[Extraction, dict[int, str]]:
    """A copy of ``extraction`` with the clusters' names, types, dates and places, and the IRI paths."""
    copier = _Copier(people, events)
    copied = [copier.event(e, i) for i, e in enumerate(extraction.events)]
    position = {id(e): i for i, e in enumerate(extraction.events)}
    for original, copy in zip(extraction.events, copied):
        if original.follows is not None and id(original.follows) in position:
            copy.follows = copied[position[id(original.follows)]]
    out = dataclasses.replace(extraction, people=[copier.person(p) for p in extraction.people], events=copied)
    return out, copier.paths


def build_graph(extraction: Extraction, base: str, people: list[PersonMention], events: list[EventMention],
                person_results: dict[str, PersonResult],
                event_results: dict[int, EventResult]) -> tuple[Triples, list[PersonMention | EventMention]]:
    """The article's named graph (the resolved extraction plus the stored mentions and Wikidata links), and
    the mentions as stored (with the digest of their result)."""
    resolved, paths = resolved_extraction(extraction, person_results, event_results)
    minter = Minter(base, paths=paths)
    _, g = article_graph(resolved, minter)
    written: list[PersonMention | EventMention] = []

    def record(mention: PersonMention | EventMention, result: PersonResult | EventResult) -> ox.NamedNode:
        node = named(minter.iri(result.path))
        stored = dataclasses.replace(mention, result=result.digest())
        written.append(stored)
        g.add(ox.Triple(node, _DATA, literal(stored.data())))
        for key in mention.keys():
            g.add(ox.Triple(node, _KEY, literal(key)))
        return node

    for mention in people:
        result = person_results[mention.name]
        node = record(mention, result)
        if result.wikidata:
            g.add(ox.Triple(node, named(OWL.sameAs), named(WD[result.wikidata])))
    for mention in events:
        record(mention, event_results[mention.index])
    return g, written
