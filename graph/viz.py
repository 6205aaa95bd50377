"""Interactive views: the graph as one self-contained HTML page (pyvis / vis-network, inlined, works offline).

``render_view`` reads the store (``graph.viz_data``), keeps what the filters ask for (``graph.viz_filter``),
lays large graphs out in Python (``graph.viz_layout``) and renders the page (``graph.viz_template``). Text from
articles is escaped where it enters markup (``graph.html``); the page carries a Content-Security-Policy that only
allows its own scripts and no network access.

Example:
    >>> from graph.store import open_store
    >>> with open_store("dkg-store") as store:                       # doctest: +SKIP
    ...     write_view(store, "out/graph.html", flt=ViewFilter(countries=("RU",)))
"""

from __future__ import annotations

import base64
import hashlib
import math
import os
import re
from dataclasses import dataclass, replace
from pathlib import Path

import jinja2
import networkx as nx
import pyvis
from pyvis.network import Network

from .html import truncate
from .store import Store
from .viz_data import KINDS, Entity, LinkIndex, ViewData, ViewError, events_of_countries, load_view_data
from .viz_filter import ViewFilter, country_pairs, entity_graph, resolve_types, select_nodes
from .viz_layout import force_layout
from .viz_template import CSP_PLACEHOLDER, TEMPLATE, TEMPLATE_NAME
from .viz_tips import country_tip, node_tip, pair_tip

__all__ = ["ViewFilter", "ViewResult", "ViewError", "render_view", "write_view", "entity_graph",
           "MAX_NODES", "PHYSICS_LIMIT", "LEVELS"]

#: above this many nodes the command refuses: on the 2-core reference machine 10,000 nodes become interactive in
#: 4-8 s, 20,000 in 15-20 s with 3 s per click (bench/view-results.md)
MAX_NODES = 10_000
#: up to this many nodes the browser lays the graph out (physics that stops once stable); above, Python does
PHYSICS_LIMIT = 300
LEVELS = ("entity", "country")

#: kind -> (vis shape, colour, size)
NODE_STYLE = {
    "country": ("hexagon", "#f2a900", 20),
    "person": ("dot", "#1f77b4", 12),
    "event": ("diamond", "#d62728", 14),
    "venue": ("triangle", "#2ca02c", 11),
    "city": ("triangleDown", "#17becf", 12),
    "organization": ("star", "#9467bd", 13),
    "article": ("square", "#8c8c8c", 8),
}
KIND_TITLES = {"country": "country", "person": "official", "event": "event (dashed: planned, uncertain or "
               "cancelled)", "venue": "venue", "city": "city", "organization": "organization", "article": "article"}
EDGE_COLORS = {
    "attended": "#7fa7cf", "spoke at": "#b39ddb", "represents": "#f2c14e", "held at": "#7fbf7f",
    "reported by": "#c8c8c8", "follows": "#d62728", "involves": "#e8a0c8", "in": "#8fd4dc",
    "accredited to": "#f2c14e", "member of": "#b39ddb",
}
_SCRIPT = re.compile(r"<script>(.*?)</script>", re.S)


@dataclass(frozen=True)
class ViewResult:
    """What was drawn."""

    nodes: int
    edges: int
    level: str
    layout: str  # "physics" (browser, stops when stable) or "precomputed"
    size: int = 0  # bytes of the page
    path: str | None = None

    def line(self) -> str:
        where = f"wrote {self.path}: " if self.path else ""
        return (f"{where}{self.nodes} nodes, {self.edges} edges ({self.level} level, {self.layout} layout, "
                f"{self.size / 1e6:.1f} MB)")


def _node_color(color: str, dim: bool = False) -> dict:
    background = color + "66" if dim else color
    return {"background": background, "border": color,
            "highlight": {"background": background, "border": "#222"}, "hover": {"background": background,
                                                                                  "border": "#222"}}


def _entity_spec(data: ViewData, links: LinkIndex, nodes: set[str]) -> tuple[list[dict], list[dict]]:
    order = sorted(nodes, key=lambda iri: (KINDS.index(data.entities[iri].kind), iri))
    ids = {iri: i for i, iri in enumerate(order)}
    kept = [(s, label, t) for s, label, t in data.links if s in ids and t in ids]
    neighbours: dict[str, set[str]] = {iri: set() for iri in order}
    for source, _, target in kept:
        neighbours[source].add(target)
        neighbours[target].add(source)
    vis_nodes = []
    for iri in order:
        entity = data.entities[iri]
        shape, color, size = NODE_STYLE[entity.kind]
        tentative = entity.kind == "event" and any(s != "Occurred" for s in entity.values.get("status", []))
        node = {"id": ids[iri], "label": _label(entity), "kind": entity.kind, "shape": shape,
                "color": _node_color(color, tentative),
                "size": size + min(10, 2 * math.log2(1 + len(neighbours[iri]))),
                "names": entity.all_names or [entity.name], "tip": node_tip(links, data, entity)}
        if tentative:
            node["shapeProperties"] = {"borderDashes": [4, 3]}
        vis_nodes.append(node)
    vis_edges = [{"id": i, "from": ids[source], "to": ids[target], "label": label,
                  "color": {"color": EDGE_COLORS.get(label, "#bbbbbb")}, "arrows": "to",
                  "dashes": label in ("follows", "accredited to")}
                 for i, (source, label, target) in enumerate(kept)]
    return vis_nodes, vis_edges


def _label(entity: Entity) -> str:
    if entity.kind == "article":
        return truncate(entity.first("headline") or entity.name, 32)
    return truncate(entity.name, 40)


def _country_spec(g: nx.MultiDiGraph, data: ViewData, events: set[str],
                  min_degree: int = 0) -> tuple[list[dict], list[dict]]:
    """Countries as nodes, one edge per pair of countries sharing events; ``min_degree``: fewest partners."""
    per_country, pairs = country_pairs(g, data, events)
    partners: dict[str, dict[str, int]] = {iri: {} for iri in per_country}
    for pair in pairs:
        partners[pair.a][pair.b] = partners[pair.b][pair.a] = len(pair.events)
    order = sorted((c for c in per_country if len(partners[c]) >= min_degree), key=lambda c: data.entities[c].name)
    ids = {iri: i for i, iri in enumerate(order)}
    pairs = [p for p in pairs if p.a in ids and p.b in ids]
    shape, color, _ = NODE_STYLE["country"]
    vis_nodes = []
    for iri in order:
        country, evs = data.entities[iri], per_country[iri]
        ranked = sorted(partners[iri].items(), key=lambda kv: (-kv[1], data.entities[kv[0]].name))
        vis_nodes.append({"id": ids[iri], "label": country.name, "kind": "country", "shape": shape,
                          "color": _node_color(color), "size": 12 + min(28, 4 * math.log2(1 + len(evs))),
                          "names": country.all_names or [country.name], "tip": country_tip(data, iri, evs, ranked)})
    vis_edges = []
    for pair in pairs:
        n = len(pair.events)
        vis_edges.append({"id": len(vis_edges), "from": ids[pair.a], "to": ids[pair.b], "label": str(n),
                          "value": n, "width": 1 + min(12, 2 * math.log2(n)), "color": {"color": "#e8a0c8"},
                          "tip": pair_tip(data, pair.a, pair.b, pair.events)})
    return vis_nodes, vis_edges


def _options(n_nodes: int, physics: bool, level: str) -> dict:
    large = not physics
    return {
        "nodes": {"font": {"size": 12, "face": "system-ui, sans-serif"}, "borderWidth": 1},
        "edges": {"font": {"size": 11 if level == "country" else 9, "color": "#666", "strokeWidth": 2,
                           "align": "horizontal" if level == "country" else "middle"},
                  "smooth": {"type": "continuous"} if physics else False,
                  "arrows": {"to": {"scaleFactor": 0.4}}, "width": 1, "selectionWidth": 2,
                  "scaling": {"min": 1, "max": 14}},
        "interaction": {"hover": True, "tooltipDelay": 150, "hideEdgesOnDrag": large, "hideEdgesOnZoom": large,
                        "keyboard": False, "multiselect": False},
        "physics": ({"enabled": True, "solver": "forceAtlas2Based",
                     "forceAtlas2Based": {"gravitationalConstant": -60, "springLength": 90, "avoidOverlap": 0.2},
                     "stabilization": {"enabled": True, "iterations": 400, "updateInterval": 50, "fit": True}}
                    if physics else {"enabled": False}),
        "layout": {"improvedLayout": physics and n_nodes <= 100, "randomSeed": 7},
    }


def _place(vis_nodes: list[dict], vis_edges: list[dict]) -> None:
    """Precompute positions (pixels) for graphs too large for in-browser physics."""
    pos = force_layout(len(vis_nodes), [(e["from"], e["to"]) for e in vis_edges])
    scale = 90.0
    for node, (x, y) in zip(vis_nodes, pos):
        node["x"], node["y"] = round(float(x) * scale, 1), round(float(y) * scale, 1)
        node["physics"] = False


def _legend(level: str) -> tuple[list[dict], list[dict], str]:
    if level == "country":
        shape, color, _ = NODE_STYLE["country"]
        return ([{"label": "country (size: number of events)", "shape": shape, "color": color}],
                [{"label": "events between the two countries (label: how many)", "color": "#e8a0c8"}],
                "Hover an edge to list the events.")
    kinds = [{"label": KIND_TITLES[k], "shape": NODE_STYLE[k][0], "color": NODE_STYLE[k][1]} for k in KINDS]
    links = [{"label": label, "color": color} for label, color in EDGE_COLORS.items()]
    return kinds, links, "Hover a node for its role, date, place and evidence; zoom in to read edge labels."


def _render(vis_nodes: list[dict], vis_edges: list[dict], options: dict, page: dict) -> str:
    net = Network(height="100%", width="100%", directed=True, cdn_resources="in_line")
    net.nodes, net.edges, net.options = vis_nodes, vis_edges, options
    net.node_ids = [n["id"] for n in vis_nodes]
    net.node_map = {n["id"]: n for n in vis_nodes}
    templates = os.path.join(os.path.dirname(pyvis.__file__), "templates")
    env = jinja2.Environment(
        loader=jinja2.ChoiceLoader([jinja2.DictLoader({TEMPLATE_NAME: TEMPLATE}), jinja2.FileSystemLoader(templates)]),
        autoescape=True)
    env.globals["page"] = page
    net.templateEnv, net.path = env, TEMPLATE_NAME
    html = net.generate_html()
    hashes = " ".join(f"'sha256-{base64.b64encode(hashlib.sha256(s.encode()).digest()).decode()}'"
                      for s in _SCRIPT.findall(html))
    csp = (f"default-src 'none'; script-src {hashes}; style-src 'unsafe-inline'; img-src data:; "
           "font-src data:; base-uri 'none'; form-action 'none'")
    return html.replace(CSP_PLACEHOLDER, csp, 1)


def render_view(store: Store, *, flt: ViewFilter | None = None, level: str = "entity",
                max_nodes: int = MAX_NODES, title: str = "dkg: diplomatic meetings") -> tuple[str, ViewResult]:
    """The page for the graph in ``store``, filtered by ``flt``, at ``level`` "entity" or "country".

    Raises:
        ViewError: bad filter values, nothing left to draw, or more than ``max_nodes`` nodes.
    """
    flt = _checked(flt or ViewFilter(), level)
    data = load_view_data(store)
    if not data.entities:
        raise ViewError(f"{store.location}: nothing to draw, the store holds no events, people or countries; "
                        "run 'dkg ingest' first")
    g = entity_graph(data)
    by_country = events_of_countries(store, flt.countries) if flt.countries else None
    if level == "country":  # --min-degree counts partner countries here
        selection = select_nodes(g, data, replace(flt, min_degree=0), by_country=by_country)
        vis_nodes, vis_edges = _country_spec(g, data, selection.events, flt.min_degree)
    else:
        selection = select_nodes(g, data, flt, by_country=by_country)
        _check_size(len(selection.nodes), max_nodes)
        vis_nodes, vis_edges = _entity_spec(data, LinkIndex(data.links), selection.nodes)
    if not vis_nodes:
        raise ViewError(f"nothing to draw: no events match the filters ({flt.describe()})")
    _check_size(len(vis_nodes), max_nodes)
    physics = len(vis_nodes) <= PHYSICS_LIMIT
    if not physics:
        _place(vis_nodes, vis_edges)
    kinds, links, hint = _legend(level)
    page = {"title": title, "summary": f"{len(vis_nodes)} nodes, {len(vis_edges)} edges; {flt.describe()}",
            "legend": kinds, "edge_legend": links, "hint": hint, "physics": physics}
    html = _render(vis_nodes, vis_edges, _options(len(vis_nodes), physics, level), page)
    return html, ViewResult(len(vis_nodes), len(vis_edges), level, "physics" if physics else "precomputed",
                            len(html.encode()))


def _checked(flt: ViewFilter, level: str) -> ViewFilter:
    """``flt`` with upper-case country codes and canonical type names; raises ViewError for bad values."""
    if level not in LEVELS:
        raise ViewError(f"unknown level {level!r}; use one of {', '.join(LEVELS)}")
    codes = tuple(c.strip().upper() for c in flt.countries)
    bad = [c for c in codes if not re.fullmatch(r"[A-Z]{2}", c)]
    if bad:
        raise ViewError(f"{bad[0]!r} is not a country code; use ISO 3166-1 alpha-2 codes such as FR or JP")
    return replace(flt, countries=codes, types=resolve_types(flt.types))


def _check_size(n: int, max_nodes: int) -> None:
    if n > max_nodes:
        raise ViewError(f"the view would have {n:,} nodes, more than a browser can draw usefully "
                        f"({max_nodes:,}); narrow it with --country, --since/--until, --type, --person or "
                        "--min-degree, or use --level country")


def write_view(store: Store, path: str | os.PathLike[str], **options: object) -> ViewResult:
    """Write the page of ``render_view(store, **options)`` to ``path`` (atomically) and say what it holds."""
    html, result = render_view(store, **options)  # type: ignore[arg-type]
    out = Path(path)
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = out.with_name(out.name + ".part")
    tmp.write_text(html, encoding="utf-8")
    tmp.replace(out)
    return replace(result, path=str(out))
