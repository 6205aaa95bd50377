# ---
# jupyter:
#   jupytext:
#     formats: ipynb,py:percent
#     text_representation:
#       extension: .py
#       format_name: percent
#       format_version: '1.3'
#       jupytext_version: 1.19.6
#   kernelspec:
#     display_name: Python 3 (ipykernel)
#     language: python
#     name: python3
# ---

# %% [markdown]
# # Who meets whom: a researcher's look at the network
#
# This notebook builds a networkx graph of the officials, events and countries found in the sample articles,
# ranks officials by centrality, finds communities, follows a chain of meetings from one person to another,
# and shows the interactive network view inline.
#
# The store is filled through the Python API (`graph.api`); the network comes from the same reading code that
# `dkg view` and `dkg analyze` use (`graph.viz_data`, `graph.analyze`, `graph.viz`), so the numbers here match
# the command line. Each step checks what it shows with an `assert`.

# %%
import html
import json
import shutil
import tempfile
import warnings
from pathlib import Path

import networkx as nx
import pandas as pd
from IPython.display import HTML, display

from graph import api
from graph.analyze import analyze, format_analysis
from graph.viz import ViewFilter, render_view, write_view
from graph.viz_data import find_person, load_view_data
from graph.viz_filter import entity_graph


def repo_root(start: Path) -> Path:
    """The repository folder: the first of ``start`` and its parents holding the sample articles."""
    for folder in (start, *start.parents):
        if (folder / "data" / "articles").is_dir():
            return folder
    raise FileNotFoundError("run this notebook from inside the dkg repository (data/articles not found)")


ROOT = repo_root(Path.cwd().resolve())
WORK = Path(tempfile.mkdtemp(prefix="dkg-network-"))  # the store and the view page live here
store = api.open_store(WORK / "store")
summary = api.ingest(store, ROOT / "data" / "articles", published="2025-04-10")
print(summary.line())
assert summary.failed == 0 and summary.events > 0

# %% [markdown]
# ## 1. The graph as networkx
#
# `load_view_data` reads the people, countries, events, places and articles of the store in a few bulk
# queries; `entity_graph` turns them into a `networkx.MultiDiGraph` whose edge keys name the relation
# (`attended`, `represents`, `held at`, `involves` ...).

# %%
data = load_view_data(store)
g = entity_graph(data)
kinds = pd.Series({iri: entity.kind for iri, entity in data.entities.items()}).value_counts()
relations = pd.Series([key for _, _, key in g.edges(keys=True)]).value_counts()
assert g.number_of_nodes() == len(data.entities) and kinds["person"] > 0 and kinds["event"] > 0
assert relations["attended"] > 0
display(kinds.rename_axis("kind").to_frame("nodes"), relations.rename_axis("relation").to_frame("edges"))

# %% [markdown]
# Officials are linked to the events they attended: a bipartite graph. Projecting it onto the officials links
# two people when they attended the same event, weighted by how many events they shared. People who only
# spoke about an event, or whose meetings name no counterpart, stay in the graph without links.

# %%
def people_network(g: nx.MultiDiGraph, data) -> tuple[nx.Graph, nx.Graph]:
    """The person-event graph of ``attended`` edges and its weighted projection onto the people."""
    attended = nx.Graph()
    attended.add_nodes_from((n for n, entity in data.entities.items() if entity.kind == "person"), side="person")
    for person, event, key in g.edges(keys=True):
        if key == "attended":
            attended.add_node(person, side="person")
            attended.add_node(event, side="event")
            attended.add_edge(person, event)
    people = [n for n, side in attended.nodes(data="side") if side == "person"]
    return attended, nx.bipartite.weighted_projected_graph(attended, people)


def name(iri: str) -> str:
    """The display name of an entity."""
    return data.entities[iri].name


attended, people = people_network(g, data)
print(f"{people.number_of_nodes()} officials, {people.number_of_edges()} pairs who met")

# the projection agrees with the library query "person-network" (pairs of people at the same events)
pairs = {frozenset((row["p1"], row["p2"])): row["events"] for row in api.query(store, "person-network")}
assert pairs == {frozenset(edge): weight for *edge, weight in people.edges(data="weight")}

# %% [markdown]
# ## 2. Officials ranked by centrality
#
# Degree: how many different people an official met. Betweenness: how often an official lies on the shortest
# chains between two others (a broker). Meetings: how many events the official attended.

# %%
betweenness = nx.betweenness_centrality(people)
ranking = pd.DataFrame(
    [{"official": name(p), "meetings": attended.degree(p), "met": people.degree(p),
      "degree centrality": round(c, 3), "betweenness": round(betweenness[p], 3)}
     for p, c in nx.degree_centrality(people).items()]
).sort_values(["met", "betweenness", "meetings", "official"], ascending=[False, False, False, True],
              ignore_index=True)
assert ranking["met"].is_monotonic_decreasing and ranking["meetings"].max() >= 1
ranking.head(10)

# %% [markdown]
# `graph.analyze.analyze` computes the same rankings (and the country-level ones) for `dkg analyze`:

# %%
analysis = analyze(store, top=0)
print(format_analysis(analysis).split("\n\n")[0])
assert {r.name: r.degree for r in analysis.officials} == dict(zip(ranking["official"], ranking["met"]))

# %% [markdown]
# ## 3. Communities
#
# Louvain modularity (seeded, so it repeats) groups officials who meet each other more than they meet others.
# Officials who met nobody would each form a group of one: they are left out.

# %%
linked_people = people.subgraph(p for p in people if people.degree(p) > 0)
communities = nx.community.louvain_communities(linked_people, weight="weight", seed=0)
groups = sorted((sorted(map(name, c)) for c in communities), key=lambda c: (-len(c), c))
assert set().union(*communities) == set(linked_people)
assert {frozenset(g) for g in groups} == {frozenset(n for n, _ in c.members) for c in analysis.communities}
pd.DataFrame({"size": [len(g) for g in groups], "members": [", ".join(g) for g in groups]})

# %% [markdown]
# ## 4. A chain of meetings between two people
#
# Foreign ministers of Sweden and Mexico appear in the sample articles, but in separate stories: no chain of
# meetings links them yet.

# %%
A, B = "Anna Lindqvist", "Lucía Herrera"
a, b = find_person(data, A).iri, find_person(data, B).iri
assert not nx.has_path(attended, a, b)
print(format_analysis(analyze(store, between=(A, B))).rstrip().rsplit("\n\n", 1)[-1])

# %% [markdown]
# A (made-up) article reports that the Japanese foreign minister, who met the Swedish one, also met the Spanish
# one, who talks with the Mexican one. `api.ingest_text` adds it to the store; the people it names are
# recognised as the ones already known.

# %%
api.ingest_text(
    store,
    "Japanese Foreign Minister Kenji Sato met his Spanish counterpart Javier Ortega in Tokyo on Monday. "
    "The two ministers discussed trade and maritime security.",
    title="Japanese and Spanish foreign ministers meet in Tokyo", published="2025-12-03", language="en",
)
data = load_view_data(store)
g = entity_graph(data)
attended, people = people_network(g, data)
chain = nx.shortest_path(attended, a, b)
steps = pd.DataFrame([{"step": "official" if i % 2 == 0 else "event", "name": name(node),
                       "date": data.entities[node].first("startDate") or ""} for i, node in enumerate(chain)])
assert chain[0] == a and chain[-1] == b and len(chain) >= 5
assert all(data.entities[n].kind == ("person" if i % 2 == 0 else "event") for i, n in enumerate(chain))
steps

# %% [markdown]
# `dkg analyze --between` finds the same chain:

# %%
linked = analyze(store, between=(A, B))
print(format_analysis(linked).rstrip().rsplit("\n\n", 1)[-1])
assert [s.name for s in linked.chain] == list(steps["name"])

# %% [markdown]
# ## 5. The interactive view, inline
#
# `render_view` returns the self-contained page that `dkg view` writes (vis-network inlined: it works
# offline). Here: the officials within two meetings of the Japanese minister, the events and the places.
# Hover a node for its role, date, place and evidence; drag to move, scroll to zoom. The page is shown in an
# `iframe` whose `srcdoc` holds it, so nothing has to be served; `write_view` saves it to a file instead.

# %%
def show_page(page: str, height: int = 560) -> None:
    """Show a self-contained HTML page in an iframe (its ``srcdoc``: no file or server needed)."""
    with warnings.catch_warnings():  # IPython suggests IFrame, which needs a URL; srcdoc needs none
        warnings.simplefilter("ignore", UserWarning)
        frame = HTML(f'<iframe srcdoc="{html.escape(page)}" style="width: 100%; height: {height}px; '
                     'border: 1px solid #ccc"></iframe>')
    display(frame)


page, view = render_view(store, flt=ViewFilter(person="Kenji Sato", hops=2))
print(view.line())
assert view.nodes > 0 and view.edges > 0
# the page's data holds every official of the chain (names are JSON strings in its script)
assert all(json.dumps(name(n))[1:-1] in page for n in chain if data.entities[n].kind == "person")
show_page(page)

# %% [markdown]
# The country level: countries linked by the events between them (edge label: how many).

# %%
saved = write_view(store, WORK / "countries.html", level="country")
print(saved.line().replace(str(WORK), "WORK"))
assert saved.nodes == len(api.query(store, "most-active-countries"))  # every country that took part in an event
show_page(Path(saved.path).read_text(encoding="utf-8"), height=460)

# %%
store.close()
shutil.rmtree(WORK)
assert not WORK.exists()
