"""`dkg view`: one self-contained HTML page; kinds told apart, tooltips with evidence, filters, ego and country
views, size limit, and escaping of hostile article text (the page is checked as parsed HTML)."""

from __future__ import annotations

import json
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest
from click.testing import CliRunner
from rdflib import Dataset, Graph

from graph.cli import cli
from graph.model import EVENT_TYPES
from graph.store import open_store
from graph.viz import MAX_NODES, ViewError, ViewFilter, render_view, write_view

FIXTURES = Path(__file__).parent / "fixtures"


def load_fixture(store, name: str) -> None:  # noqa: ANN001 - a Store
    """Put every named graph of tests/fixtures/<name> into ``store``."""
    ds = Dataset()
    ds.parse(FIXTURES / name, format="trig")
    for context in ds.contexts():
        if len(context) and not str(context.identifier).startswith("urn:x-rdflib:"):
            g = Graph()
            for triple in context:
                g.add(triple)
            store.replace_graph(str(context.identifier), g)


@pytest.fixture(scope="module")
def sample_store(tmp_path_factory):  # noqa: ANN201
    store = open_store(tmp_path_factory.mktemp("view") / "store")
    load_fixture(store, "view-sample.trig")
    yield store
    store.close()


@pytest.fixture(scope="module")
def hostile_store(tmp_path_factory):  # noqa: ANN201
    store = open_store(tmp_path_factory.mktemp("hostile") / "store")
    load_fixture(store, "view-hostile.trig")
    yield store
    store.close()


def page_data(html: str) -> tuple[list[dict], list[dict]]:
    """The node and edge records embedded in a page."""
    nodes = json.loads(re.search(r"^var DKG_NODES = (.*);$", html, re.M).group(1))
    edges = json.loads(re.search(r"^var DKG_EDGES = (.*);$", html, re.M).group(1))
    return nodes, edges


class Elements(HTMLParser):
    """Every start tag of a document (or fragment) with its attributes."""

    def __init__(self, text: str) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict]] = []
        self.feed(text)

    def handle_starttag(self, tag: str, attrs: list) -> None:
        self.tags.append((tag, dict(attrs)))


def by_name(nodes: list[dict]) -> dict[str, dict]:
    return {n["label"]: n for n in nodes}


# -- the page ----------------------------------------------------------------------------------------------
def test_page_is_self_contained_and_offline(sample_store) -> None:
    html, result = render_view(sample_store)
    tags = Elements(html).tags
    scripts = [attrs for tag, attrs in tags if tag == "script"]
    assert scripts and all(not attrs for attrs in scripts)  # inline only, no src
    assert not [a for t, a in tags if t == "link"]
    assert "vis.Network" in html and len(html) > 400_000  # vis-network is inlined
    csp = next(a["content"] for t, a in tags if t == "meta" and a.get("http-equiv") == "Content-Security-Policy")
    assert "default-src 'none'" in csp and csp.count("'sha256-") == len(scripts)
    assert result.layout == "physics" and result.level == "entity"


def test_kinds_have_their_own_shape_and_colour(sample_store) -> None:
    html, result = render_view(sample_store)
    nodes, edges = page_data(html)
    kinds = {}
    for n in nodes:
        kinds.setdefault(n["kind"], set()).add((n["shape"], n["color"]["border"]))
    assert {k: len(v) for k, v in kinds.items()} == {
        "country": 1, "person": 1, "event": 1, "venue": 1, "city": 1, "article": 1}
    assert len({next(iter(v)) for v in kinds.values()}) == 6  # all different
    counts = {k: sum(1 for n in nodes if n["kind"] == k) for k in kinds}
    assert counts == {"country": 7, "person": 6, "event": 6, "venue": 1, "city": 3, "article": 4}
    assert result.nodes == len(nodes) == 27
    labels = {e["label"] for e in edges}
    assert {"attended", "represents", "held at", "reported by", "follows", "involves"} <= labels
    legend = Elements(html[html.index('id="dkg-legend"'):html.index('id="dkg-details"')]).tags
    assert sum(1 for t, a in legend if t == "span" and "sw" in a.get("class", "")) >= 7 + 6


def test_tooltips_carry_role_date_place_and_linked_evidence(sample_store) -> None:
    nodes, _ = page_data(render_view(sample_store)[0])
    talks = by_name(nodes)["Talks in Geneva, 2025-03-05"]["tip"]
    assert "2025-03-05 (on Wednesday)" in talks and "Palais des Nations" in talks
    assert "Camille Durand" in talks and "Haruto Sato" in talks
    assert "Foreign Minister Camille Durand met Ambassador Haruto Sato" in talks
    links = [a for t, a in Elements(talks).tags if t == "a"]
    assert [a["href"] for a in links] == ["https://news.example.org/v1"] * len(links) and links
    assert all(a["rel"] == "noopener noreferrer nofollow" for a in links)
    durand = by_name(nodes)["Camille Durand"]["tip"]
    assert "Minister of Foreign Affairs" in durand and "France" in durand
    planned = by_name(nodes)["Talks, FR–JP, 2025-06 (planned)"]
    assert planned["shapeProperties"]["borderDashes"] and "Planned" in planned["tip"]


def test_search_names_hold_every_language_form(sample_store) -> None:
    nodes, _ = page_data(render_view(sample_store)[0])
    assert "佐藤陽翔" in by_name(nodes)["Haruto Sato"]["names"]
    assert "Прия Раман" in by_name(nodes)["Priya Raman"]["names"]
    assert {"Brazil", "Brasilien", "BR"} <= set(by_name(nodes)["Brazil"]["names"])


def test_ontology_terms_are_not_drawn(tmp_path) -> None:
    ontology = Path(__file__).resolve().parents[1] / "graph" / "data" / "ontology.ttl"
    if not ontology.exists():
        pytest.skip("no ontology file yet")
    with open_store(tmp_path / "store") as store:
        load_fixture(store, "view-sample.trig")
        store.replace_graph("https://w3id.org/dkg/ontology", Graph().parse(ontology))
        nodes, _ = page_data(render_view(store)[0])
    assert len(nodes) == 27 and not [n for n in nodes if n["label"] in ("Occurred", "Planned")]


def test_view_over_a_sparql_endpoint(oxigraph_server) -> None:
    with open_store(oxigraph_server) as store:
        load_fixture(store, "view-sample.trig")
        html, result = render_view(store, flt=ViewFilter(countries=("FR",)))
    assert result.nodes == 10 and len(events(html)) == 2


# -- filters ---------------------------------------------------------------------------------------------
def events(html: str) -> set[str]:
    return {n["label"] for n in page_data(html)[0] if n["kind"] == "event"}


def test_country_filter_keeps_events_of_that_country(sample_store) -> None:
    html, _ = render_view(sample_store, flt=ViewFilter(countries=("fr",)))
    assert events(html) == {"Talks in Geneva, 2025-03-05", "Talks, FR–JP, 2025-06 (planned)"}
    labels = {n["label"] for n in page_data(html)[0]}
    assert "Ghana" not in labels and {"France", "Japan", "Palais des Nations", "Geneva", "Switzerland"} <= labels
    two, _ = render_view(sample_store, flt=ViewFilter(countries=("FR", "GH")))
    assert "Meeting in Accra, 2025-01-15" in events(two) and len(events(two)) == 3


def test_date_and_type_filters(sample_store) -> None:
    spring, _ = render_view(sample_store, flt=ViewFilter(since="2025-03-01", until="2025-05"))
    assert events(spring) == {"Talks in Geneva, 2025-03-05", "Meeting in Osaka, 2025-04-10",
                              "Phone call, BR–IN, 2025-05"}
    year, _ = render_view(sample_store, flt=ViewFilter(until="2024"))
    assert events(year) == {"Statement, IN, 2024"}
    calls, _ = render_view(sample_store, flt=ViewFilter(types=("phonecall", "Statement")))
    assert events(calls) == {"Phone call, BR–IN, 2025-05", "Statement, IN, 2024"}
    with pytest.raises(ViewError, match="unknown event type 'Picnic'"):
        render_view(sample_store, flt=ViewFilter(types=("Picnic",)))


def test_ego_view_follows_meetings_hop_by_hop(sample_store) -> None:
    def people(hops: int) -> set[str]:
        html, _ = render_view(sample_store, flt=ViewFilter(person="durand", hops=hops))
        return {n["label"] for n in page_data(html)[0] if n["kind"] == "person"}

    assert people(1) == {"Camille Durand", "Haruto Sato"}
    assert people(2) == {"Camille Durand", "Haruto Sato", "Lucas Almeida"}
    assert people(3) == {"Camille Durand", "Haruto Sato", "Lucas Almeida", "Priya Raman"}
    # any script or spelling of the name
    html, _ = render_view(sample_store, flt=ViewFilter(person="Прия Раман"))
    assert "Phone call, BR–IN, 2025-05" in events(html)
    with pytest.raises(ViewError, match="no person named 'Nobody'"):
        render_view(sample_store, flt=ViewFilter(person="Nobody"))


def test_min_degree_drops_sparse_nodes(sample_store) -> None:
    nodes, _ = page_data(render_view(sample_store, flt=ViewFilter(min_degree=3))[0])
    kinds = {n["kind"] for n in nodes}
    assert "article" not in kinds and "venue" not in kinds
    assert "Haruto Sato" in by_name(nodes)


def test_country_level_weights_edges_by_events(sample_store) -> None:
    html, result = render_view(sample_store, level="country")
    nodes, edges = page_data(html)
    assert {n["kind"] for n in nodes} == {"country"} and result.level == "country"
    names = {n["id"]: n["label"] for n in nodes}
    pairs = {tuple(sorted((names[e["from"]], names[e["to"]]))): e for e in edges}
    assert set(pairs) == {("France", "Japan"), ("Brazil", "Japan"), ("Brazil", "India"), ("Ghana", "Nigeria")}
    fr_jp = pairs[("France", "Japan")]
    assert fr_jp["value"] == 2 and fr_jp["label"] == "2"
    assert "Talks in Geneva, 2025-03-05" in fr_jp["tip"] and "Talks, FR–JP, 2025-06 (planned)" in fr_jp["tip"]
    filtered, _ = render_view(sample_store, level="country", flt=ViewFilter(since="2025-04"))
    assert {n["label"] for n in page_data(filtered)[0]} == {"Brazil", "India", "Japan", "France"}
    hubs, _ = render_view(sample_store, level="country", flt=ViewFilter(min_degree=2))
    assert {n["label"] for n in page_data(hubs)[0]} == {"Brazil", "Japan"}  # two partners each


def test_too_large_a_view_is_refused_with_advice(sample_store) -> None:
    with pytest.raises(ViewError) as info:
        render_view(sample_store, max_nodes=10)
    message = str(info.value)
    assert "27 nodes" in message and "--level country" in message and "\n" not in message
    assert MAX_NODES == 10_000
    with pytest.raises(ViewError, match="nothing to draw"):
        render_view(sample_store, flt=ViewFilter(countries=("ZZ",)))


def test_large_views_get_a_precomputed_layout(tmp_path) -> None:
    from graph.viz import PHYSICS_LIMIT

    store = open_store(tmp_path / "store")
    load_fixture(store, "view-sample.trig")
    html, _ = render_view(store)
    assert all("x" not in n for n in page_data(html)[0])
    import graph.viz as viz

    old = viz.PHYSICS_LIMIT
    viz.PHYSICS_LIMIT = 5
    try:
        html, result = render_view(store)
    finally:
        viz.PHYSICS_LIMIT = old
        store.close()
    nodes, _ = page_data(html)
    assert result.layout == "precomputed" and PHYSICS_LIMIT == old
    assert all(isinstance(n["x"], float) and n["physics"] is False for n in nodes)
    assert len({(n["x"], n["y"]) for n in nodes}) == len(nodes)
    assert '"enabled": false' in html.replace('\\"', '"')


# -- hostile articles ----------------------------------------------------------------------------------------
PAYLOAD_TAGS = {"img", "svg", "iframe", "b", "a", "script"}


def test_hostile_text_never_becomes_markup(hostile_store) -> None:
    html, _ = render_view(hostile_store)
    assert "__pwned" in html  # the payloads are there, as text
    page_tags = Elements(html).tags
    assert [t for t, _ in page_tags if t in {"img", "svg", "iframe", "b", "a"}] == []
    assert sum(1 for t, _ in page_tags if t == "script") == 2  # vis-network + the page's own
    assert "</script><script>window.__pwned" not in html and "<img src=x" not in html
    nodes, edges = page_data(html)
    assert any(n["label"].startswith("{{ 7*7 }}") for n in nodes)  # no template evaluation
    for record in nodes + edges:
        tags = Elements(record.get("tip", "")).tags
        assert {t for t, _ in tags} <= {"h3", "div", "dl", "dt", "dd", "blockquote", "br", "a", "ul", "li"}
        for tag, attrs in tags:
            assert not [k for k in attrs if k.startswith("on")]
            if tag == "a":
                assert attrs["href"].startswith(("http://", "https://"))
    person = next(n for n in nodes if n["kind"] == "person" and "Mallory" in n["names"][0])
    assert "&lt;img src=x onerror=&quot;window.__pwned=&#x27;name&#x27;" in person["tip"]
    article = next(n for n in nodes if n["kind"] == "article")
    assert "javascript:window.__pwned=&#x27;url&#x27;" in article["tip"]  # shown as text
    assert [t for t, _ in Elements(article["tip"]).tags if t == "a"] == []  # never a link


def test_hostile_text_in_the_country_view(hostile_store) -> None:
    html, _ = render_view(hostile_store, level="country")
    assert [t for t, _ in Elements(html).tags if t in PAYLOAD_TAGS - {"script"}] == []
    _, edges = page_data(html)
    assert "&lt;img src=x onerror" in edges[0]["tip"]


# -- command line ------------------------------------------------------------------------------------------
def test_cli_view_writes_the_page(sample_store, tmp_path) -> None:
    out = tmp_path / "out" / "view.html"
    result = CliRunner().invoke(cli, ["view", "--store", sample_store.location, "-o", str(out),
                                      "--country", "jp", "--type", "talks"])
    assert result.exit_code == 0, result.output
    assert f"wrote {out}: " in result.output and out.exists()
    assert events(out.read_text()) == {"Talks in Geneva, 2025-03-05", "Talks, FR–JP, 2025-06 (planned)"}


@pytest.mark.parametrize("args, message", [
    (["--country", "JPN"], "'JPN' is not a two-letter ISO 3166-1 country code"),
    (["--since", "2025-13-01"], "is not a date in the form YYYY-MM-DD, YYYY-MM or YYYY"),
    (["--hops", "2"], "--hops needs --person"),
    (["--type", "Picnic"], "'Picnic' is not one of"),
])
def test_cli_view_usage_errors(sample_store, tmp_path, args: list[str], message: str) -> None:
    result = CliRunner().invoke(cli, ["view", "--store", sample_store.location, "-o", str(tmp_path / "v.html"), *args])
    assert result.exit_code == 2 and message in result.output


def test_cli_view_refuses_too_large(sample_store, tmp_path) -> None:
    out = tmp_path / "v.html"
    result = CliRunner().invoke(cli, ["view", "--store", sample_store.location, "-o", str(out), "--max-nodes", "5"])
    assert result.exit_code == 1 and not out.exists()
    assert result.output.startswith("Error: the view would have 27 nodes") and result.output.count("\n") == 1


def test_cli_options_match_the_library() -> None:
    params = {p.name: p for p in cli.commands["view"].params}
    assert tuple(params["types"].type.choices) == EVENT_TYPES
    assert params["max_nodes"].default == MAX_NODES


def test_view_of_the_ingested_sample_article(sample_dir, tmp_path) -> None:
    pipeline = pytest.importorskip("graph.pipeline")
    store = open_store(tmp_path / "store")
    try:
        pipeline.ingest_paths(store, [sample_dir], published=None)
        result = write_view(store, tmp_path / "sample.html")
        nodes, edges = page_data((tmp_path / "sample.html").read_text())
    finally:
        store.close()
    kinds = {n["kind"] for n in nodes}
    assert {"country", "person", "event", "article"} <= kinds
    assert result.nodes == len(nodes) and edges
    event_tips = [n["tip"] for n in nodes if n["kind"] == "event"]
    assert any("<blockquote>" in tip for tip in event_tips)  # evidence sentences reach the tooltips


# -- layout ------------------------------------------------------------------------------------------------
def test_layout_is_deterministic_spread_out_and_keeps_neighbours_close() -> None:
    import numpy as np

    from graph.viz_layout import force_layout

    # two stars joined by one edge, plus a pair: hubs 0 and 10 with nine leaves each
    edges = [(0, i) for i in range(1, 10)] + [(10, i) for i in range(11, 20)] + [(0, 10), (20, 21)]
    pos = force_layout(22, edges)
    assert np.array_equal(pos, force_layout(22, edges)) and np.isfinite(pos).all()
    gaps = np.sqrt(((pos[:, None] - pos[None, :]) ** 2).sum(axis=2))[np.triu_indices(22, 1)]
    assert gaps.min() > 0.05  # no two nodes on top of each other
    linked = np.mean([np.linalg.norm(pos[a] - pos[b]) for a, b in edges])
    assert linked < gaps.mean()
    assert force_layout(0, []).shape == (0, 2) and force_layout(1, []).shape == (1, 2)
