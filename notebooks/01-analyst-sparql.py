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
# # Diplomatic events with SPARQL: an analyst's walk-through
#
# This notebook ingests the sample articles of `data/articles` into a fresh, temporary store, asks it questions
# with the query library (`queries/*.rq`) and with SPARQL written on the spot, turns the answers into pandas
# tables, plots the timeline of the events between two countries and exports the graph as Turtle.
#
# Everything goes through the Python API, `graph.api`, which behaves exactly like the `dkg` command line.
# Every cell that shows a result also checks it (`assert`), so running the notebook top to bottom is a test.

# %%
import shutil
import tempfile
from datetime import date
from pathlib import Path

import matplotlib.dates as mdates
import matplotlib.pyplot as plt
import pandas as pd
from rdflib import Graph, URIRef

from graph import api


def repo_root(start: Path) -> Path:
    """The repository folder: the first of ``start`` and its parents holding the sample articles."""
    for folder in (start, *start.parents):
        if (folder / "data" / "articles").is_dir():
            return folder
    raise FileNotFoundError("run this notebook from inside the dkg repository (data/articles not found)")


ROOT = repo_root(Path.cwd().resolve())
WORK = Path(tempfile.mkdtemp(prefix="dkg-analyst-"))  # the store and the exported files live here
pd.set_option("display.max_colwidth", 80)
ROOT.name, WORK.name

# %% [markdown]
# ## 1. Ingest the sample articles
#
# `api.ingest` reads files and folders (`.txt`, `.html`, `.json`, `.jsonl`). The plain-text sample article has
# no publication date in its metadata, so we give a fallback date: relative expressions such as "on Thursday"
# are resolved against it. JSON and HTML articles carry their own date.

# %%
store = api.open_store(WORK / "store")
summary = api.ingest(store, ROOT / "data" / "articles", published="2025-04-10")
print(summary.line())
assert summary.failed == 0, summary.errors
assert summary.ingested > 0 and summary.events > 0

# %% [markdown]
# ## 2. The query library
#
# Named queries answer the usual questions. Each declares its parameters; values are passed as keyword
# arguments and enter the query as RDF terms, never as text pasted into it.

# %%
library = pd.DataFrame(sorted(api.list_queries().items()), columns=["query", "answers"])
assert {"articles", "meetings", "meetings-between", "partners", "event-evidence"} <= set(library["query"])
library

# %% [markdown]
# What is in the store: one row per article, with its language and the number of events it reports.

# %%
articles = pd.DataFrame(api.query(store, "articles"))
assert len(articles) == summary.ingested
assert articles["language"].notna().all() and (articles["events"] > 0).any()
articles[["published", "language", "events", "headline"]]

# %% [markdown]
# All events, newest first, with their type, date, place, countries and attendees. Events whose text gives no
# date keep an empty date: dkg invents none.

# %%
meetings = pd.DataFrame(api.query(store, "meetings"))
assert len(meetings) > 0 and meetings["event"].is_unique
assert meetings["types"].notna().all()
meetings.reindex(columns=["date", "types", "name", "place", "countries", "attendees", "status"])

# %% [markdown]
# The most active countries, ranked by the number of distinct events they took part in.

# %%
countries = pd.DataFrame(api.query(store, "most-active-countries"))
assert countries["events"].is_monotonic_decreasing
countries

# %% [markdown]
# ## 3. Ad-hoc SPARQL
#
# Any SELECT query works too. The usual prefixes (`schema:`, `dkg:`, `prov:`, `owl:`, `rdfs:`, `xsd:`) are
# declared already, and the default graph is the union of all articles' named graphs. Here: how many events
# each pair of countries shares, which tells us which pairs have a story to tell.

# %%
PAIRS = """
SELECT ?country1 ?country2 (COUNT(DISTINCT ?event) AS ?events) (COUNT(DISTINCT ?date) AS ?dated)
WHERE {
  ?event a schema:Event ;
         dkg:involvedCountry/dkg:countryCode ?country1 , ?country2 .
  FILTER (?country1 < ?country2)
  OPTIONAL { ?event schema:startDate ?date }
}
GROUP BY ?country1 ?country2
ORDER BY DESC(?events) DESC(?dated) ?country1 ?country2
"""
pairs = pd.DataFrame(api.query(store, PAIRS))
assert len(pairs) > 0 and (pairs["country1"] < pairs["country2"]).all()
pairs

# %% [markdown]
# Spain and Mexico share several events, some already held and one planned. The `partners` query confirms it
# from Mexico's side.

# %%
COUNTRY1, COUNTRY2 = "ES", "MX"
partners = pd.DataFrame(api.query(store, "partners", country=COUNTRY2))
shared = pairs[(pairs["country1"] == COUNTRY1) & (pairs["country2"] == COUNTRY2)]
assert len(shared) == 1 and shared["events"].iloc[0] >= 2
assert COUNTRY1 in set(partners["partner"])
partners

# %% [markdown]
# ## 4. A timeline of the events between two countries
#
# `meetings-between` lists the events in which both countries take part, oldest first. Dates may be a day, a
# month or a year (`2025-09`), whatever the article supports; the plot places a month or a year on its first day.

# %%
timeline = pd.DataFrame(api.query(store, "meetings-between", country1=COUNTRY1, country2=COUNTRY2))
assert len(timeline) >= 2 and {"Occurred", "Planned"} <= set(timeline["status"])
timeline.reindex(columns=["date", "types", "name", "place", "attendees", "status", "sources"])


# %%
def first_day(value: object) -> date | None:
    """A date, or the first day of a ``YYYY-MM`` / ``YYYY`` value; None when the event has no date."""
    if isinstance(value, date):
        return value
    if isinstance(value, str) and value[:4].isdigit():
        return date.fromisoformat((value + "-01-01")[:10])
    return None


timeline["day"] = timeline.get("date", pd.Series(index=timeline.index, dtype=object)).map(first_day)
dated = timeline[timeline["day"].notna()]
undated = timeline[timeline["day"].isna()]

fig, ax = plt.subplots(figsize=(9, 2.8))
kinds = sorted(dated["types"].unique())
MARKERS = {"Occurred": ("o", "tab:blue"), "Planned": ("s", "none")}  # anything else: a grey diamond
for status, rows in dated.groupby("status"):
    marker, face = MARKERS.get(status, ("D", "lightgrey"))
    ax.scatter(rows["day"], rows["types"].map(kinds.index), s=90, marker=marker, facecolors=face,
               edgecolors="tab:blue", label=status.lower(), zorder=3)
for _, row in dated.iterrows():
    place = row["place"] + ", " if isinstance(row.get("place"), str) else ""  # NaN when there is none
    ax.annotate(f"{place}{row['day']:%d %b}", (row["day"], kinds.index(row["types"])), xytext=(0, 10),
                textcoords="offset points", ha="center")
ax.set_yticks(range(len(kinds)), kinds)
ax.set_ylim(-0.7, len(kinds) - 0.3)
ax.margins(x=0.1)
ax.xaxis.set_major_formatter(mdates.ConciseDateFormatter(ax.xaxis.get_major_locator()))
ax.grid(axis="x", alpha=0.3)
ax.legend(loc="upper left", bbox_to_anchor=(1.01, 1), fontsize="small", title="status")
ax.set_title(f"Events between {COUNTRY1} and {COUNTRY2} ({len(undated)} more without a date)")
fig.tight_layout()

points = sum(len(collection.get_offsets()) for collection in ax.collections)
assert points == len(dated) >= 2
plt.show()

# %% [markdown]
# ## 5. Where a fact comes from
#
# Every event keeps the articles and the sentences it was read from. `event-evidence` takes an event's IRI,
# as found in the `event` column of the other queries.

# %%
first_event = dated["event"].iloc[0]
evidence = pd.DataFrame(api.query(store, "event-evidence", event=first_event))
assert len(evidence) >= 1 and evidence["sentence"].str.len().gt(0).all()
evidence[["headline", "published", "sentence", "start", "end"]]

# %% [markdown]
# The same event as RDF: `construct` runs a CONSTRUCT query (here the library's `event-graph`) into an rdflib
# graph.

# %%
event_graph = api.construct(store, "event-graph", event=first_event)
event_graph.bind("dkg", "https://w3id.org/dkg/ontology#")
assert (URIRef(first_event), None, None) in event_graph
print(event_graph.serialize(format="turtle"))

# %% [markdown]
# ## 6. Export the graph as Turtle
#
# `api.export` writes the whole graph; the format follows the file's suffix (`.ttl`, `.trig`, `.nq`, `.nt`,
# `.jsonld`). Turtle output is sorted, so the same graph always gives the same bytes. Reading the file back
# with rdflib shows it holds the events we looked at.

# %%
turtle = api.export(store, WORK / "graph.ttl")
exported = Graph().parse(turtle, format="turtle")
print(f"{turtle.name}: {turtle.stat().st_size:,} bytes, {len(exported):,} triples")
assert all((URIRef(iri), None, None) in exported for iri in timeline["event"])

# %% [markdown]
# Close the store and remove the temporary folder (keep it instead to reuse the store from the command line
# with `dkg query ... --store FOLDER`).

# %%
store.close()
shutil.rmtree(WORK)
assert not WORK.exists()
