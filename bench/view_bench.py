"""Benchmark of `dkg view`: page generation time and headless-Chromium load-to-interactive time.

Builds synthetic contract-shaped graphs (countries, officials, events, cities, articles with evidence) of about
N nodes in a temporary store, renders each with ``graph.viz.render_view`` and opens the page in headless
Chromium. "Interactive" is the moment the page reports ``window.dkgView.ready``: the network is drawn and, for
small graphs laid out by in-browser physics, stabilised with physics turned off. Also timed: a search that
selects, highlights and focuses one node (what a click costs).

Usage (from the repository root):
    python bench/view_bench.py                 # 100, 1,000, 5,000, 10,000, 20,000 nodes -> bench/view-results.md
    python bench/view_bench.py --sizes 100 1000 --runs 1 --out /dev/stdout
"""

from __future__ import annotations

import argparse
import os
import platform
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import RDF, XSD

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from graph.model import EVENT_TYPES  # noqa: E402
from graph.store import open_store  # noqa: E402
from graph.vocab import DKG, PROV, SDO  # noqa: E402
from graph.viz import render_view  # noqa: E402

BASE = "https://w3id.org/dkg/id/"
CHROME_FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--window-size=1400,900"]


def _iri(path: str) -> URIRef:
    return URIRef(BASE + path)


def synthetic_store(store, n_nodes: int, *, seed: int = 0) -> None:  # noqa: ANN001 - a graph.store.Store
    """Fill ``store`` with about ``n_nodes`` drawable nodes: 4% countries, 6% cities, 30% officials, 33% events,
    the rest articles (each reporting 1-2 events with two or three attendees, one evidence sentence each)."""
    rng = random.Random(seed)
    n_countries = max(4, min(240, n_nodes // 25))
    n_cities, n_people = max(2, n_nodes * 6 // 100), max(4, n_nodes * 30 // 100)
    n_events = max(2, n_nodes * 33 // 100)
    n_articles = max(1, n_nodes - n_countries - n_cities - n_people - n_events)
    codes = [chr(65 + i // 26) + chr(65 + i % 26) for i in range(n_countries)]
    country_of = [rng.randrange(n_countries) for _ in range(n_people)]
    city_in = [rng.randrange(n_countries) for _ in range(n_cities)]
    # every person attends at least one event; popular people attend more (preferential choice)
    pool = list(range(n_people))
    events_of_article: list[list[int]] = [[] for _ in range(n_articles)]
    for event in range(n_events):
        events_of_article[event % n_articles].append(event)
    for article, events in enumerate(events_of_article):
        g = Graph()
        a = _iri(f"article/{article}")
        g.add((a, RDF.type, SDO.NewsArticle))
        g.add((a, SDO.headline, Literal(f"Report {article} on diplomatic meetings")))
        g.add((a, SDO.url, URIRef(f"https://news.example.org/{article}")))
        g.add((a, SDO.inLanguage, Literal("en")))
        for event in events:
            people = {event % n_people} | {rng.choice(pool) for _ in range(rng.randint(1, 2))}
            pool.extend(people)
            _event(g, rng, a, event, sorted(people), country_of, codes, city_in)
        store.replace_graph(str(a), g)


def _event(g: Graph, rng: random.Random, article: URIRef, event: int, people: list[int], country_of: list[int],
           codes: list[str], city_in: list[int]) -> None:
    e = _iri(f"event/{event}")
    kind = EVENT_TYPES[event % (len(EVENT_TYPES) - 1)]
    day = f"20{rng.randint(20, 25)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
    city = rng.randrange(len(city_in))
    ev = _iri(f"evidence/{event}")
    for triple in [(e, RDF.type, SDO.Event), (e, RDF.type, DKG[kind]), (e, SDO.name, Literal(f"{kind} {event}", lang="en")),
                   (e, SDO.startDate, Literal(day, datatype=XSD.date)), (e, DKG.status, DKG.Occurred),
                   (e, SDO.location, _iri(f"city/{city}")), (e, PROV.wasDerivedFrom, article), (e, DKG.evidence, ev),
                   (ev, RDF.type, DKG.Evidence), (ev, PROV.wasDerivedFrom, article),
                   (ev, SDO.text, Literal(f"Officials {', '.join(map(str, people))} met for {kind.lower()} {event}.")),
                   (_iri(f"city/{city}"), RDF.type, SDO.City), (_iri(f"city/{city}"), SDO.name, Literal(f"City {city}", lang="en")),
                   (_iri(f"city/{city}"), SDO.containedInPlace, _iri(f"country/{codes[city_in[city]]}"))]:
        g.add(triple)
    for person in people:
        p, c = _iri(f"person/{person}"), _iri(f"country/{codes[country_of[person]]}")
        g.add((e, SDO.attendee, p))
        g.add((e, DKG.involvedCountry, c))
        g.add((p, RDF.type, SDO.Person))
        g.add((p, SDO.name, Literal(f"Official {person}")))
        g.add((p, SDO.alternateName, Literal(f"Официальный {person}")))
        g.add((p, SDO.jobTitle, Literal("Minister", lang="en")))
        g.add((p, DKG.represents, c))
    for code in {codes[country_of[p]] for p in people} | {codes[city_in[city]]}:
        c = _iri(f"country/{code}")
        g.add((c, RDF.type, SDO.Country))
        g.add((c, SDO.name, Literal(f"Country {code}", lang="en")))
        g.add((c, DKG.countryCode, Literal(code)))


def chrome():  # noqa: ANN201 - a selenium WebDriver
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = "/usr/bin/chromium"
    for flag in CHROME_FLAGS + [f"--user-data-dir={tempfile.mkdtemp(prefix='dkg-chrome-')}"]:
        options.add_argument(flag)
    return webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)


def load_time(driver, path: Path, timeout: float = 120.0) -> tuple[float, float]:  # noqa: ANN001
    """Seconds from navigation start to ``dkgView.ready``, and seconds of one search-select-highlight."""
    driver.get("about:blank")
    driver.get(path.resolve().as_uri())
    deadline = time.monotonic() + timeout
    while not driver.execute_script("return !!(window.dkgView && window.dkgView.ready)"):
        if time.monotonic() > deadline:
            raise TimeoutError(f"{path}: not interactive after {timeout:.0f} s")
        time.sleep(0.05)
    ready_ms = driver.execute_script("return window.dkgView.readyAt")
    search_ms = driver.execute_script(
        "var t = performance.now(); window.dkgView.search('Official 1'); return performance.now() - t;")
    return ready_ms / 1000, search_ms / 1000


def run(sizes: list[int], runs: int, workdir: Path) -> list[dict]:
    rows, driver = [], chrome()
    try:
        for n in sizes:
            with open_store(workdir / f"store-{n}") as store:
                synthetic_store(store, n)
                gen = []
                for _ in range(runs):
                    start = time.perf_counter()
                    html, result = render_view(store, max_nodes=2 * n)  # also above the limit
                    gen.append(time.perf_counter() - start)
            page = workdir / f"view-{n}.html"
            page.write_text(html, encoding="utf-8")
            loads = [load_time(driver, page) for _ in range(runs)]
            rows.append({"target": n, "nodes": result.nodes, "edges": result.edges, "layout": result.layout,
                         "mb": result.size / 1e6, "gen": statistics.median(gen),
                         "ready": statistics.median(r for r, _ in loads),
                         "search": statistics.median(s for _, s in loads)})
            print(rows[-1], file=sys.stderr)
    finally:
        driver.quit()
    return rows


def report(rows: list[dict], runs: int, load: tuple[float, float]) -> str:
    version = "unknown"
    try:
        import subprocess

        version = subprocess.run(["/usr/bin/chromium", "--version"], capture_output=True, text=True,
                                 timeout=30).stdout.strip()
    except OSError:
        pass
    lines = ["# `dkg view` benchmark", "",
             f"Synthetic graphs (bench/view_bench.py), median of {runs} runs; {platform.machine()}, "
             f"Python {platform.python_version()}, {version}, headless, {os.cpu_count()} cores; "
             f"load average {load[0]:.1f} before and {load[1]:.1f} after the run (other work on the machine "
             "slows every column).", "",
             "| target | nodes | edges | layout | page MB | generate s | load to interactive s | search+highlight s |",
             "|---:|---:|---:|---|---:|---:|---:|---:|"]
    for r in rows:
        lines.append(f"| {r['target']:,} | {r['nodes']:,} | {r['edges']:,} | {r['layout']} | {r['mb']:.1f} | "
                     f"{r['gen']:.2f} | {r['ready']:.2f} | {r['search']:.2f} |")
    lines += ["", "Generation = reading the store, filtering, layout (numpy, above 300 nodes) and rendering the page.",
              "Interactive = network drawn and (physics layouts) stabilised; measured from navigation start.",
              "`dkg view` refuses views above 10,000 nodes (`--max-nodes` raises the limit) and suggests a "
              "filter or `--level country`: above that size loading takes well over 10 s here and every click "
              "seconds.", ""]
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[100, 1000, 5000, 10000, 20000])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--out", type=Path, default=Path(__file__).with_name("view-results.md"))
    args = parser.parse_args()
    before = os.getloadavg()[0]
    with tempfile.TemporaryDirectory(prefix="dkg-view-bench-") as tmp:
        rows = run(args.sizes, args.runs, Path(tmp))
    text = report(rows, args.runs, (before, os.getloadavg()[0]))
    if str(args.out) == "/dev/stdout":
        sys.stdout.write(text)
    else:
        args.out.write_text(text, encoding="utf-8")
        sys.stdout.write(text)


if __name__ == "__main__":
    main()
