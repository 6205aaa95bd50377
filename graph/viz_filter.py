"""Which nodes a view shows: event filters (country, dates, type), the ego view of a person, minimum degree,
and the country-level aggregation (countries as nodes, edges weighted by the events between them).
"""

from __future__ import annotations

import calendar
import re
from collections import defaultdict
from dataclasses import dataclass
from datetime import date
from itertools import combinations

import networkx as nx

from .model import EVENT_TYPES
from .viz_data import ViewData, ViewError, find_person

__all__ = ["ViewFilter", "Selection", "CountryPair", "entity_graph", "parse_date_bound", "event_interval",
           "select_nodes", "country_pairs", "resolve_types"]

_DATE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")
_TYPE_BY_KEY = {t.lower(): t for t in EVENT_TYPES}


@dataclass(frozen=True)
class ViewFilter:
    """What to keep. Empty fields keep everything; all given fields must hold (countries: any of them)."""

    countries: tuple[str, ...] = ()
    person: str | None = None
    hops: int = 1
    since: str | None = None
    until: str | None = None
    types: tuple[str, ...] = ()
    min_degree: int = 0

    @property
    def filters_events(self) -> bool:
        return bool(self.countries or self.since or self.until or self.types or self.person)

    def describe(self) -> str:
        """The filters as a short line for the page header (plain text; the page escapes it)."""
        parts = [f"country {', '.join(self.countries)}" if self.countries else "",
                 f"person {self.person} ({self.hops} hop{'s' if self.hops != 1 else ''})" if self.person else "",
                 f"since {self.since}" if self.since else "", f"until {self.until}" if self.until else "",
                 f"type {', '.join(self.types)}" if self.types else "",
                 f"min degree {self.min_degree}" if self.min_degree else ""]
        return "; ".join(p for p in parts if p) or "no filter"


@dataclass
class Selection:
    """The chosen nodes and the events they were chosen for."""

    nodes: set[str]
    events: set[str]


def entity_graph(data: ViewData) -> nx.MultiDiGraph:
    """The entities as a networkx multigraph; edge keys are the link labels ("attended", "involves", ...)."""
    g = nx.MultiDiGraph()
    g.add_nodes_from(data.entities)
    for source, label, target in data.links:
        g.add_edge(source, target, key=label)
    return g


def parse_date_bound(text: str, *, end: bool) -> date:
    """``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD`` as the first (or, with ``end``, the last) day it covers.

    Raises:
        ViewError: not such a date.
    """
    match = _DATE.match(text.strip())
    try:
        if not match:
            raise ValueError(text)
        year, month, day = int(match[1]), int(match[2] or (12 if end else 1)), match[3]
        if day is None:
            day = calendar.monthrange(year, month)[1] if end else 1
        return date(year, month, int(day))
    except ValueError as e:
        raise ViewError(f"{text!r} is not a date; use YYYY-MM-DD, YYYY-MM or YYYY") from e


def event_interval(start_date: str | None) -> tuple[date, date] | None:
    """The days an event's ``schema:startDate`` (day, month or year precision) may stand for."""
    if not start_date:
        return None
    try:
        return parse_date_bound(start_date, end=False), parse_date_bound(start_date, end=True)
    except ViewError:
        return None


def resolve_types(names: tuple[str, ...]) -> tuple[str, ...]:
    """Event class names in their canonical case ("phonecall" -> "PhoneCall").

    Raises:
        ViewError: an unknown type; the message lists the known ones.
    """
    out = []
    for name in names:
        canonical = _TYPE_BY_KEY.get(name.strip().replace(" ", "").replace("_", "").lower())
        if canonical is None:
            raise ViewError(f"unknown event type {name!r}; use one of {', '.join(EVENT_TYPES)}")
        out.append(canonical)
    return tuple(out)


def _keep_event(data: ViewData, iri: str, flt: ViewFilter, lo: date | None, hi: date | None,
                by_country: set[str] | None) -> bool:
    entity = data.entities[iri]
    if by_country is not None and iri not in by_country:
        return False
    if flt.types and not entity.types.intersection(flt.types):
        return False
    if lo or hi:
        span = event_interval(entity.first("startDate"))
        if span is None or (lo and span[1] < lo) or (hi and span[0] > hi):
            return False
    return True


def _ego(g: nx.MultiDiGraph, data: ViewData, person: str, events: set[str], hops: int) -> tuple[set, set]:
    """People and events within ``hops`` shared events of ``person`` (walking person-event-person)."""
    seen_people, seen_events, frontier = {person}, set(), {person}
    for _ in range(hops):
        new_events = {n for p in frontier for n in nx.all_neighbors(g, p) if n in events} - seen_events
        seen_events |= new_events
        frontier = {n for e in new_events for n in nx.all_neighbors(g, e)
                    if data.entities[n].kind == "person"} - seen_people
        seen_people |= frontier
    return seen_people, seen_events


def _context(g: nx.MultiDiGraph, data: ViewData, nodes: set[str]) -> set[str]:
    """Add what explains the chosen nodes: the countries people represent and the places containing places."""
    out, todo = set(nodes), list(nodes)
    while todo:
        node = todo.pop()
        for _, target, label in g.out_edges(node, keys=True):
            if label in ("represents", "in") and target not in out:
                out.add(target)
                todo.append(target)
    return out


def select_nodes(g: nx.MultiDiGraph, data: ViewData, flt: ViewFilter, *,
                 by_country: set[str] | None = None) -> Selection:
    """Apply ``flt`` to the entity graph ``g``; ``by_country`` are the events of the ``--country`` codes."""
    lo = parse_date_bound(flt.since, end=False) if flt.since else None
    hi = parse_date_bound(flt.until, end=True) if flt.until else None
    events = {n for n in g if data.entities[n].kind == "event"
              and _keep_event(data, n, flt, lo, hi, by_country)}
    if not flt.filters_events:
        nodes = set(g)
    else:
        if flt.person:
            person = find_person(data, flt.person).iri
            people, events = _ego(g, data, person, events, max(flt.hops, 0))
        else:
            people = set()
        # around each kept event: its people, countries, places and articles, but no event the filters dropped
        nodes = people | events | {n for e in events for n in nx.all_neighbors(g, e)
                                   if n in events or data.entities[n].kind != "event"}
    nodes = _context(g, data, nodes)
    if flt.min_degree > 0:
        nodes = _prune(g, nodes, flt.min_degree)
        events &= nodes
    return Selection(nodes, events)


def _prune(g: nx.MultiDiGraph, nodes: set[str], min_degree: int) -> set[str]:
    """Drop nodes with fewer than ``min_degree`` distinct neighbours in the view, then nodes left alone."""
    sub = nx.Graph(g.subgraph(nodes))
    kept = {n for n in sub if sub.degree(n) >= min_degree}
    sub = sub.subgraph(kept)
    return {n for n in kept if sub.degree(n) > 0}


@dataclass
class CountryPair:
    """Two countries and the events between them."""

    a: str
    b: str
    events: list[str]


def country_pairs(g: nx.MultiDiGraph, data: ViewData, events: set[str]) -> tuple[dict[str, list[str]],
                                                                                  list[CountryPair]]:
    """Countries of the ``events`` (involved directly or through attendees) and the events of each pair."""
    per_country: dict[str, list[str]] = defaultdict(list)
    per_pair: dict[tuple[str, str], list[str]] = defaultdict(list)
    for event in sorted(events):
        countries = set()
        for _, target, label in g.out_edges(event, keys=True):
            if label == "involves":
                countries.add(target)
        for source, _, label in g.in_edges(event, keys=True):
            if label == "attended":
                countries.update(t for _, t, k in g.out_edges(source, keys=True) if k == "represents")
        for country in countries:
            per_country[country].append(event)
        for a, b in combinations(sorted(countries), 2):
            per_pair[(a, b)].append(event)
    pairs = [CountryPair(a, b, evs) for (a, b), evs in sorted(per_pair.items())]
    return dict(per_country), pairs
