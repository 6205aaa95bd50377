"""Counts over the store: articles, events by type, people, countries, places, triples."""

from __future__ import annotations

from dataclasses import dataclass, field

from .store import Store

__all__ = ["Stats", "store_stats"]

_COUNTS = """
SELECT
  (COUNT(DISTINCT ?article) AS ?articles)
WHERE { GRAPH ?article { ?article a schema:NewsArticle } }
"""
_CLASS_COUNT = "SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE { GRAPH ?g { ?s a ?cls } }"
_EVENT_TYPES = """
SELECT ?type (COUNT(DISTINCT ?event) AS ?n)
WHERE { GRAPH ?g { ?event a schema:Event , ?type . FILTER(?type != schema:Event) } }
GROUP BY ?type ORDER BY DESC(?n) ?type
"""
_TRIPLES = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"
_DISTINCT_TRIPLES = "SELECT (COUNT(*) AS ?n) WHERE { SELECT DISTINCT ?s ?p ?o WHERE { GRAPH ?g { ?s ?p ?o } } }"


@dataclass
class Stats:
    articles: int = 0
    events: int = 0
    events_by_type: dict[str, int] = field(default_factory=dict)
    people: int = 0
    countries: int = 0
    cities: int = 0
    venues: int = 0
    quads: int = 0
    triples: int = 0

    def rows(self) -> list[tuple[str, int]]:
        out = [("articles", self.articles), ("events", self.events)]
        out += [(f"  {name}", n) for name, n in self.events_by_type.items()]
        out += [("people", self.people), ("countries", self.countries), ("cities", self.cities),
                ("venues", self.venues), ("triples (distinct)", self.triples), ("quads", self.quads)]
        return out


def _one(store: Store, sparql: str, bindings: dict | None = None) -> int:
    row = next(iter(store.select(sparql, bindings)), {})
    return int(next(iter(row.values()), 0))


def store_stats(store: Store) -> Stats:
    """Count what the store holds (the ontology graph is counted in triples only)."""
    from .vocab import DKG, SDO

    def count(cls):  # noqa: ANN001, ANN202
        return _one(store, _CLASS_COUNT, {"cls": cls})

    by_type = {}
    for row in store.select(_EVENT_TYPES):
        iri = str(row["type"])
        if iri.startswith(str(DKG._NS)):
            by_type[iri.rsplit("#", 1)[-1]] = int(row["n"])
    return Stats(
        articles=_one(store, _COUNTS),
        events=count(SDO.Event),
        events_by_type=by_type,
        people=count(SDO.Person),
        countries=count(SDO.Country),
        cities=count(SDO.City),
        venues=count(SDO.Place),
        quads=_one(store, _TRIPLES),
        triples=_one(store, _DISTINCT_TRIPLES),
    )
