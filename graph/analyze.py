"""Network analysis of who meets whom: centrality of officials and countries, communities, chains of meetings.

Officials are linked when they attended the same event (edge weight: how many events); countries when they took
part in the same event (directly or through their officials). Degree counts distinct partners; betweenness is
the share of shortest chains that pass through a node (estimated from a sample of 500 sources on graphs of more
than 1,000 nodes). Communities come from Louvain modularity (seeded, so runs repeat). The chain between two
people is the shortest sequence of meetings linking them.
"""

from __future__ import annotations

import csv
import io
import json
from collections import defaultdict
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from itertools import combinations

import networkx as nx

from .store import Store
from .viz_data import ViewData, ViewError, find_person, load_view_data
from .viz_filter import country_pairs, entity_graph

__all__ = ["Ranked", "Community", "ChainStep", "Analysis", "analyze", "format_analysis", "FORMATS"]

FORMATS = ("table", "csv", "json")
EXACT_LIMIT = 1000  # above this many nodes betweenness is estimated from a sample
SAMPLE = 500


@dataclass
class Ranked:
    """One official or country with its centrality."""

    name: str
    country: str  # country code(s): of the country, or those an official represents
    events: int
    degree: int
    betweenness: float
    iri: str


@dataclass
class Community:
    members: list[tuple[str, str]]  # (name, country codes), most connected first


@dataclass
class ChainStep:
    kind: str  # "person" or "event"
    name: str
    detail: str  # country codes of a person, date of an event


@dataclass
class Analysis:
    officials: list[Ranked] = field(default_factory=list)
    countries: list[Ranked] = field(default_factory=list)
    communities: list[Community] = field(default_factory=list)
    between: tuple[str, str] | None = None
    chain: list[ChainStep] | None = None  # None: not asked; []: no chain links the two people
    approximate: bool = False


def _codes(g: nx.MultiDiGraph, data: ViewData, person: str) -> str:
    return "/".join(sorted({data.entities[t].first("countryCode") or data.entities[t].name
                            for _, t, k in g.out_edges(person, keys=True) if k == "represents"}))


def _people_graph(g: nx.MultiDiGraph, data: ViewData) -> tuple[nx.Graph, dict[str, int]]:
    people = nx.Graph()
    people.add_nodes_from(e.iri for e in data.of_kind("person"))
    attended: dict[str, int] = defaultdict(int)
    for event in (e.iri for e in data.of_kind("event")):
        attendees = sorted({s for s, _, k in g.in_edges(event, keys=True) if k == "attended"})
        for person in attendees:
            attended[person] += 1
        for a, b in combinations(attendees, 2):
            weight = people.get_edge_data(a, b, {"weight": 0})["weight"]
            people.add_edge(a, b, weight=weight + 1)
    return people, attended


def _country_graph(g: nx.MultiDiGraph, data: ViewData) -> tuple[nx.Graph, dict[str, int]]:
    per_country, pairs = country_pairs(g, data, {e.iri for e in data.of_kind("event")})
    countries = nx.Graph()
    countries.add_nodes_from(per_country)
    for pair in pairs:
        countries.add_edge(pair.a, pair.b, weight=len(pair.events))
    return countries, {c: len(evs) for c, evs in per_country.items()}


def _betweenness(graph: nx.Graph) -> tuple[dict[str, float], bool]:
    if graph.number_of_nodes() > EXACT_LIMIT:
        return nx.betweenness_centrality(graph, k=SAMPLE, seed=0), True
    return nx.betweenness_centrality(graph), False


def _rank(graph: nx.Graph, data: ViewData, events: dict[str, int],
          code: Callable[[str], str]) -> tuple[list[Ranked], bool]:
    between, approximate = _betweenness(graph)
    rows = [Ranked(data.entities[n].name, code(n), events.get(n, 0), graph.degree(n), round(between[n], 4), n)
            for n in graph]
    rows.sort(key=lambda r: (-r.degree, -r.betweenness, -r.events, r.name))
    return rows, approximate


def _communities(people: nx.Graph, data: ViewData, code: Callable[[str], str]) -> list[Community]:
    linked = people.subgraph([n for n in people if people.degree(n) > 0])
    if linked.number_of_edges() == 0:
        return []
    found = nx.community.louvain_communities(linked, weight="weight", seed=0)
    out = []
    for group in found:
        if len(group) < 2:
            continue
        members = sorted(group, key=lambda n: (-linked.degree(n), data.entities[n].name))
        out.append(Community([(data.entities[n].name, code(n)) for n in members]))
    out.sort(key=lambda c: (-len(c.members), c.members[0][0]))
    return out


def _chain(g: nx.MultiDiGraph, data: ViewData, a: str, b: str, code: Callable[[str], str]) -> list[ChainStep]:
    meetings = nx.Graph()
    meetings.add_edges_from((s, t) for s, t, k in g.edges(keys=True) if k == "attended")
    if a not in meetings or b not in meetings or not nx.has_path(meetings, a, b):
        return []
    steps = []
    for node in nx.shortest_path(meetings, a, b):
        entity = data.entities[node]
        if entity.kind == "person":
            steps.append(ChainStep("person", entity.name, code(node)))
        else:
            date = entity.first("startDate") or ""
            steps.append(ChainStep("event", entity.name, "" if date in entity.name else date))
    return steps


def analyze(store: Store, *, between: tuple[str, str] | None = None, top: int = 10) -> Analysis:
    """Centrality, communities and (with ``between``) the chain of meetings linking two people.

    Args:
        store: the graph.
        between: two names (any spelling or script) to link by the shortest chain of meetings.
        top: keep this many officials and countries in the rankings (0: all).

    Raises:
        ViewError: a name in ``between`` matches no person or several, or both name the same person.
    """
    data = load_view_data(store)
    g = entity_graph(data)

    def code(person: str) -> str:
        return _codes(g, data, person)

    result = Analysis()
    people, attended = _people_graph(g, data)
    result.officials, approx_people = _rank(people, data, attended, code)
    countries, involved = _country_graph(g, data)
    result.countries, approx_countries = _rank(
        countries, data, involved, lambda c: data.entities[c].first("countryCode") or "")
    result.approximate = approx_people or approx_countries
    result.communities = _communities(people, data, code)
    if top > 0:
        result.officials, result.countries = result.officials[:top], result.countries[:top]
    if between:
        a, b = (find_person(data, name) for name in between)
        if a.iri == b.iri:
            raise ViewError(f"{between[0]!r} and {between[1]!r} name the same person ({a.name})")
        result.between = (a.name, b.name)
        result.chain = _chain(g, data, a.iri, b.iri, code)
    return result


# -- output ------------------------------------------------------------------------------------------------
def _table(headers: list[str], rows: list[list[object]]) -> list[str]:
    cells = [[str(c) for c in row] for row in [headers, *rows]]
    widths = [max(len(row[i]) for row in cells) for i in range(len(headers))]
    return ["  ".join(c.ljust(w) if i == 1 else c.rjust(w) for i, (c, w) in enumerate(zip(row, widths))).rstrip()
            for row in cells]


def _ranking_lines(title: str, rows: list[Ranked], code_header: str) -> list[str]:
    if not rows:
        return [title, "  (none)"]
    table = _table(["rank", "name", code_header, "events", "degree", "betweenness"],
                   [[i, r.name, r.country or "-", r.events, r.degree, f"{r.betweenness:.4f}"]
                    for i, r in enumerate(rows, 1)])
    return [title, *table]


def _chain_lines(result: Analysis) -> list[str]:
    a, b = result.between or ("", "")
    if not result.chain:
        return [f"No chain of meetings links {a} and {b}."]
    meetings = sum(1 for s in result.chain if s.kind == "event")
    lines = [f"Chain of meetings from {a} to {b} ({meetings} meeting{'s' if meetings != 1 else ''}):"]
    for step in result.chain:
        detail = f" ({step.detail})" if step.detail else ""
        lines.append(f"  {step.name}{detail}" if step.kind == "person" else f"    -- {step.name}{detail} --")
    return lines


def _as_table(result: Analysis) -> str:
    note = " (estimated from a sample)" if result.approximate else ""
    lines = _ranking_lines(f"Officials by people met (degree) and betweenness{note}", result.officials, "country")
    lines += ["", *_ranking_lines(f"Countries by partner countries (degree) and betweenness{note}",
                                  result.countries, "code")]
    lines += ["", "Communities (Louvain modularity on shared meetings)"]
    lines += [f"  {i}. " + ", ".join(f"{n} ({c})" if c else n for n, c in com.members)
              for i, com in enumerate(result.communities, 1)] or ["  (none)"]
    if result.chain is not None:
        lines += ["", *_chain_lines(result)]
    return "\n".join(lines) + "\n"


def _as_csv(result: Analysis) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(["section", "rank", "kind", "name", "country", "events", "degree", "betweenness", "date"])
    for section, kind, rows in (("officials", "person", result.officials), ("countries", "country", result.countries)):
        for i, r in enumerate(rows, 1):
            writer.writerow([section, i, kind, r.name, r.country, r.events, r.degree, f"{r.betweenness:.4f}", ""])
    for i, com in enumerate(result.communities, 1):
        for name, country in com.members:
            writer.writerow(["community", i, "person", name, country, "", "", "", ""])
    for i, step in enumerate(result.chain or [], 1):
        person = step.kind == "person"
        writer.writerow(["chain", i, step.kind, step.name, step.detail if person else "", "", "", "",
                         "" if person else step.detail])
    return out.getvalue()


def _as_json(result: Analysis) -> str:
    doc = {
        "officials": [asdict(r) for r in result.officials],
        "countries": [asdict(r) for r in result.countries],
        "communities": [[{"name": n, "country": c} for n, c in com.members] for com in result.communities],
        "betweenness_estimated": result.approximate,
    }
    if result.chain is not None:
        doc["chain"] = {"from": result.between[0], "to": result.between[1],  # type: ignore[index]
                        "steps": [asdict(s) for s in result.chain]}
    return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"


def format_analysis(result: Analysis, fmt: str = "table") -> str:
    """``result`` as a text table, CSV (one table, column ``section``) or JSON."""
    writers = {"table": _as_table, "csv": _as_csv, "json": _as_json}
    if fmt not in writers:
        raise ViewError(f"unknown format {fmt!r}; use one of {', '.join(FORMATS)}")
    return writers[fmt](result)
