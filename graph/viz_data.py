"""Reading side of the views: the store's people, countries, events, places and articles as plain Python data.

A handful of bulk SELECT queries (no per-node queries) read every named graph; values chosen by the user, such
as country codes, enter a query only through ``bindings``. ``graph.viz`` and ``graph.analyze`` build their
networks from the ``ViewData`` returned here.
"""

from __future__ import annotations

import logging
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

from rdflib import Literal

from .errors import DkgError
from .model import EVENT_TYPES
from .names import name_key, strip_diacritics
from .store import Store
from .vocab import DKG, SDO

__all__ = ["ViewError", "Entity", "Evidence", "ViewData", "LinkIndex", "load_view_data", "events_of_countries",
           "find_person", "KINDS", "RELATIONS"]

log = logging.getLogger(__name__)


class ViewError(DkgError):
    """A view or analysis cannot be made from the given filters (unknown person, too large, nothing left)."""


#: kinds of drawn nodes, in legend order
KINDS = ("country", "person", "event", "venue", "city", "organization", "article")

#: predicate -> (edge label, reversed?) ; a reversed edge points from the object to the subject
RELATIONS: dict[str, tuple[str, bool]] = {
    str(SDO.attendee): ("attended", True),
    str(DKG.speaker): ("spoke at", True),
    str(DKG.represents): ("represents", False),
    str(SDO.location): ("held at", False),
    str(DKG.follows): ("follows", False),
    str(DKG.involvedCountry): ("involves", False),
    str(SDO.containedInPlace): ("in", False),
    str(DKG.accreditedTo): ("accredited to", False),
    str(SDO.affiliation): ("member of", False),
}

# literal (or IRI-valued) properties shown in tooltips: predicate -> short key
VALUES = {
    str(SDO.name): "name",
    str(SDO.alternateName): "alternateName",
    str(SDO.jobTitle): "jobTitle",
    str(DKG.role): "role",
    str(SDO.startDate): "startDate",
    str(DKG.dateText): "dateText",
    str(SDO.duration): "duration",
    str(DKG.status): "status",
    str(SDO.headline): "headline",
    str(SDO.url): "url",
    str(SDO.datePublished): "datePublished",
    str(SDO.inLanguage): "inLanguage",
    str(DKG.countryCode): "countryCode",
    str(DKG.venueType): "venueType",
    str(DKG.background): "background",
}

_KIND_OF_TYPE = {
    str(SDO.Country): "country",
    str(SDO.Person): "person",
    str(SDO.Event): "event",
    str(SDO.City): "city",
    str(SDO.Place): "venue",
    str(SDO.Organization): "organization",
    str(SDO.NewsArticle): "article",
}
_KIND_RANK = {kind: i for i, kind in enumerate(("country", "city", "event", "person", "organization", "article",
                                                "venue"))}
_DKG_NS = str(DKG._NS)
_EVENT_CLASSES = {_DKG_NS + name: name for name in EVENT_TYPES}

_TYPES = """
SELECT DISTINCT ?s ?type WHERE { GRAPH ?g { ?s a ?type . FILTER(?type != dkg:Evidence) } }
"""
_VALUES = """
SELECT DISTINCT ?s ?p ?o (LANG(?o) AS ?lang) WHERE {
  VALUES ?p { schema:name schema:alternateName schema:jobTitle dkg:role schema:startDate dkg:dateText
              schema:duration dkg:status schema:headline schema:url schema:datePublished schema:inLanguage
              dkg:countryCode dkg:venueType dkg:background }
  GRAPH ?g { ?s ?p ?o }
}
"""
_LINKS = """
SELECT DISTINCT ?s ?p ?o WHERE {
  VALUES ?p { schema:attendee dkg:speaker dkg:represents schema:location dkg:follows dkg:involvedCountry
              schema:containedInPlace dkg:accreditedTo schema:affiliation dkg:evidence }
  GRAPH ?g { ?s ?p ?o }
}
"""
_REPORTS = """
SELECT DISTINCT ?event ?article WHERE { GRAPH ?g { ?event a schema:Event ; prov:wasDerivedFrom ?article } }
"""
_EVIDENCE = """
SELECT DISTINCT ?ev ?text ?article ?start WHERE {
  GRAPH ?g { ?ev a dkg:Evidence ; schema:text ?text .
             OPTIONAL { ?ev prov:wasDerivedFrom ?article } OPTIONAL { ?ev dkg:startOffset ?start } }
}
"""
#: events involving the country whose code is bound to ?code, directly or through an attendee
# the country node once (it is described in every article graph naming it), then the union graph's indexes
_EVENTS_OF_COUNTRY = """
SELECT DISTINCT ?event WHERE {
  { SELECT DISTINCT ?country ?code WHERE { ?country dkg:countryCode ?code } }
  { ?event dkg:involvedCountry ?country }
  UNION
  { ?person dkg:represents ?country . ?event schema:attendee ?person }
}
"""


@dataclass
class Evidence:
    """One evidence sentence and the article it comes from."""

    text: str
    article: str | None = None
    start: int = 0


@dataclass
class Entity:
    """A node of the views: its kind, names and the values shown in its tooltip."""

    iri: str
    kind: str
    types: set[str] = field(default_factory=set)  # local names of dkg: classes ("Talks", "Meeting")
    names: list[tuple[str, str | None]] = field(default_factory=list)  # schema:name (text, language)
    values: dict[str, list[str]] = field(default_factory=lambda: defaultdict(list))
    evidence: list[str] = field(default_factory=list)  # evidence IRIs

    def first(self, key: str) -> str | None:
        found = self.values.get(key)
        return found[0] if found else None

    @property
    def name(self) -> str:
        """The display name: English, else untagged, else any name; for articles the headline."""
        for wanted in ("en", None):
            for text, lang in self.names:
                if lang == wanted:
                    return text
        if self.names:
            return self.names[0][0]
        fallback = self.first("headline") or self.first("url") or self.first("countryCode")
        return fallback or self.iri.rstrip("/").rsplit("/", 1)[-1]

    @property
    def all_names(self) -> list[str]:
        """Every name form: names in each language, alternate names, the country code."""
        forms = [text for text, _ in self.names] + self.values.get("alternateName", [])
        forms += self.values.get("countryCode", [])
        return list(dict.fromkeys(forms))


@dataclass
class ViewData:
    """Everything the views draw, keyed by IRI."""

    entities: dict[str, Entity] = field(default_factory=dict)
    links: list[tuple[str, str, str]] = field(default_factory=list)  # (source IRI, label, target IRI)
    evidence: dict[str, Evidence] = field(default_factory=dict)

    def of_kind(self, kind: str) -> list[Entity]:
        return [e for e in self.entities.values() if e.kind == kind]


class LinkIndex:
    """The links of a ``ViewData`` by node and label, both ways (built once; lookups are dictionary reads)."""

    def __init__(self, links: Iterable[tuple[str, str, str]]) -> None:
        self._out: dict[str, dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
        self._in: dict[str, dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
        for source, label, target in links:
            self._out[source][label].append(target)
            self._in[target][label].append(source)

    def targets(self, iri: str, label: str) -> list[str]:
        """Nodes that ``iri`` links to with ``label`` (an event's places for "held at")."""
        found = self._out.get(iri)
        return found.get(label, []) if found else []

    def sources(self, iri: str, label: str) -> list[str]:
        """Nodes linking to ``iri`` with ``label`` (an event's attendees for "attended")."""
        found = self._in.get(iri)
        return found.get(label, []) if found else []


def load_view_data(store: Store) -> ViewData:
    """Read the drawable part of the graph from ``store`` with five bulk queries."""
    data = ViewData()
    _load_types(store, data)
    _load_values(store, data)
    _load_links(store, data)
    for row in store.select_text(_EVIDENCE):
        data.evidence[row["ev"]] = Evidence(row["text"], row.get("article"), _int(row.get("start")))
    for entity in data.entities.values():
        entity.names.sort(key=lambda pair: (pair[1] or "", pair[0]))
        entity.evidence = sorted(set(entity.evidence), key=lambda iri: _evidence_key(data, iri))
    log.info("view data: %d entities, %d links, %d evidence sentences",
             len(data.entities), len(data.links), len(data.evidence))
    return data


def _load_types(store: Store, data: ViewData) -> None:
    for row in store.select_text(_TYPES):
        iri, type_iri = row["s"], row["type"]
        event_class = _EVENT_CLASSES.get(type_iri)
        kind = "event" if event_class else _KIND_OF_TYPE.get(type_iri)
        if kind is None:
            continue  # evidence, status individuals, ontology terms
        entity = data.entities.get(iri)
        if entity is None:
            entity = data.entities[iri] = Entity(iri, kind)
        elif _KIND_RANK.get(kind, 99) < _KIND_RANK.get(entity.kind, 99):
            entity.kind = kind  # a City is also a Place: keep the most specific kind
        if event_class:
            entity.types.add(event_class)


def _load_values(store: Store, data: ViewData) -> None:
    for row in store.select_text(_VALUES):  # plain strings: reading rdflib terms would cost more than the query
        entity = data.entities.get(row["s"])
        if entity is None:
            continue
        key, value = VALUES[row["p"]], row["o"]
        if key == "name":
            entity.names.append((value, row.get("lang") or None))
        elif key == "status":
            entity.values[key].append(value.rsplit("#", 1)[-1])
        else:
            entity.values[key].append(value)
    for entity in data.entities.values():
        for key in entity.values:
            entity.values[key] = sorted(set(entity.values[key]))


def _load_links(store: Store, data: ViewData) -> None:
    ents = data.entities
    for row in store.select_text(_LINKS):
        s, p, o = row["s"], row["p"], row["o"]
        if p == str(DKG.evidence):
            if s in ents:
                ents[s].evidence.append(o)
            continue
        if s not in ents or o not in ents:
            continue
        label, backwards = RELATIONS[p]
        data.links.append((o, label, s) if backwards else (s, label, o))
    for row in store.select_text(_REPORTS):
        event, article = row["event"], row["article"]
        if event in ents and article in ents:
            data.links.append((event, "reported by", article))
    data.links.sort()


def _evidence_key(data: ViewData, iri: str) -> tuple[str, int, str]:
    ev = data.evidence.get(iri)
    return (ev.article or "", ev.start, iri) if ev else ("", 0, iri)


def _int(term: object) -> int:
    try:
        return int(str(term))
    except (TypeError, ValueError):
        return 0


def events_of_countries(store: Store, codes: Iterable[str]) -> set[str]:
    """IRIs of the events involving any of the countries ``codes`` (ISO 3166-1 alpha-2), bound as terms."""
    found: set[str] = set()
    for code in codes:
        for row in store.select(_EVENTS_OF_COUNTRY, {"code": Literal(code.upper())}):
            found.add(str(row["event"]))
    return found


def _plain(text: str) -> str:
    return " ".join(strip_diacritics(text.casefold()).split())


def find_person(data: ViewData, query: str) -> Entity:
    """The person named ``query`` in any of their name forms (spelling, script and diacritics do not matter).

    Raises:
        ViewError: no person or several people match; the message lists candidates.
    """
    people = data.of_kind("person")
    wanted_key, wanted_plain = name_key(query), _plain(query)
    exact = [p for p in people
             if any(name_key(n) == wanted_key or _plain(n) == wanted_plain for n in p.all_names)]
    if not exact:
        exact = [p for p in people
                 if any(wanted_key and wanted_key in name_key(n).split() for n in p.all_names)
                 or any(wanted_plain and wanted_plain in _plain(n) for n in p.all_names)]
    if len(exact) == 1:
        return exact[0]
    if not exact:
        raise ViewError(f"no person named {query!r} in the store; try another spelling or a surname")
    names = ", ".join(sorted({p.name for p in exact})[:8])
    raise ViewError(f"{query!r} matches {len(exact)} people ({names}); give the full name")
