"""Pairwise precision and recall of cross-article resolution on the invented test set (issue 4).

The test set: ``articles/*.json`` (short invented articles in en, de, fr, es and ru reporting overlapping
events) and ``gold.json`` (for each article, the people and events it reports with their true cluster).

Two measurements:

* end to end: the articles are ingested into a fresh store with the current extractor; each gold mention
  is matched to the node the article's graph gives it (an unmatched mention counts as a cluster of its own),
  and pairs of gold mentions are scored: a pair is predicted together when both have the same IRI.
* resolution only ("oracle"): the gold mentions themselves (name, country, role; type, date, city,
  countries, participants) go through the same clustering functions, to separate resolution from extraction.

Usage: ``python tests/resolution/evaluate.py [--order sorted|reversed|shuffled] [--json]``
"""

from __future__ import annotations

import argparse
import itertools
import json
import random
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))

from graph.curation import Curation  # noqa: E402
from graph.mentions import TYPE_GROUPS, EventMention, PersonMention  # noqa: E402
from graph.names import readings, readings_compatible  # noqa: E402
from graph.pipeline import ingest_paths  # noqa: E402
from graph.resolve_events import cluster_events  # noqa: E402
from graph.resolve_people import cluster_people, units_of  # noqa: E402
from graph.store import open_store  # noqa: E402

ARTICLES = HERE / "articles"
GOLD = HERE / "gold.json"
_CITIES = {"Istanbul": 745044, "Riyadh": 108410, "Kyiv": 703448, "Beijing": 1816670, "Moscow": 524901,
           "Paris": 2988507, "Berlin": 2950159, "Rabat": 2538475}
_PEOPLE = """SELECT ?g ?node ?data WHERE { GRAPH ?g { ?node a schema:Person ; dkg:resolutionData ?data } }"""
_EVENTS = """SELECT ?g ?node ?data WHERE { GRAPH ?g { ?node a schema:Event ; dkg:resolutionData ?data } }"""
_IDS = "SELECT ?g ?id WHERE { GRAPH ?g { ?g schema:identifier ?id } }"


def load_gold() -> dict:
    return json.loads(GOLD.read_text(encoding="utf-8"))["articles"]


def pairwise(gold: list[str], predicted: list[str]) -> dict:
    """Pairwise precision, recall and F1 of a predicted clustering of the same items as ``gold``."""
    tp = fp = fn = 0
    for (g1, p1), (g2, p2) in itertools.combinations(zip(gold, predicted), 2):
        same_gold, same_pred = g1 == g2, p1 == p2
        tp += same_gold and same_pred
        fp += same_pred and not same_gold
        fn += same_gold and not same_pred
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": round(precision, 3), "recall": round(recall, 3), "f1": round(f1, 3),
            "mentions": len(gold), "gold_clusters": len(set(gold)), "predicted_clusters": len(set(predicted))}


# -- end to end ------------------------------------------------------------------------------------------
def ingest(store_dir: Path, files: list[Path], curation: Curation | None = None) -> None:
    with open_store(store_dir) as store:
        ingest_paths(store, files, curation=curation or Curation())


def _by_article(store, query: str, parse) -> dict[str, list]:
    out: dict[str, list] = {}
    for row in store.select(query):
        out.setdefault(str(row["g"]), []).append((str(row["node"]), parse(str(row["g"]), str(row["data"]))))
    return out


def _match_person(name: str, lang: str, predicted: list) -> str | None:
    wanted = readings(name, lang)
    best = None
    for node, mention in predicted:
        forms = [mention.name, *mention.forms]
        if any(readings_compatible(wanted, readings(f, mention.lang)) for f in forms):
            exact = any(readings(f, mention.lang)[0].key == wanted[0].key for f in forms)
            rank = (not exact, mention.name)
            if best is None or rank < best[0]:
                best = (rank, node)
    return best[1] if best else None


def _event_score(gold: dict, mention: EventMention) -> float | None:
    if TYPE_GROUPS.get(gold["type"], gold["type"].lower()) != mention.group:
        return None
    score = 2.0 * (gold["date"] is not None and gold["date"] == mention.date)
    score += gold["status"] == mention.status
    a, b = set(gold["countries"]), set(mention.countries)
    return score + (len(a & b) / len(a | b) if a | b else 0.0)


def end_to_end(store_dir: Path) -> tuple[dict, dict]:
    """Scores of the store at ``store_dir`` (already holding the test set) against the gold clusters, and
    the gold and predicted labels of every mention."""
    gold = load_gold()
    with open_store(store_dir, read_only=True) as store:
        iris = {str(r["id"]).rsplit("/", 1)[-1]: str(r["g"]) for r in store.select(_IDS)}
        people = _by_article(store, _PEOPLE, PersonMention.from_data)
        events = _by_article(store, _EVENTS, EventMention.from_data)
    labels: dict[str, tuple[list[str], list[str]]] = {"people": ([], []), "events": ([], [])}
    for fname, entry in sorted(gold.items()):
        iri = iris.get(fname.split("-")[0], "")
        for person in entry["people"]:
            node = _match_person(person["name"], entry["language"], people.get(iri, []))
            labels["people"][0].append(person["cluster"])
            labels["people"][1].append(node or f"unmatched:{fname}:{person['name']}")
        taken: set[str] = set()
        for event in entry["events"]:
            scored = [(s, node) for node, m in events.get(iri, []) if node not in taken
                      and (s := _event_score(event, m)) is not None]
            node = max(scored)[1] if scored else None
            if node:
                taken.add(node)
            labels["events"][0].append(event["cluster"])
            labels["events"][1].append(node or f"unmatched:{fname}:{event['type']}")
    return {kind: pairwise(g, p) for kind, (g, p) in labels.items()}, labels


def splits(labels: dict[str, tuple[list[str], list[str]]]) -> list[str]:
    """One line per true cluster spread over several predicted nodes, and per node joining true clusters."""
    lines = []
    for kind, (gold, predicted) in labels.items():
        by_gold: dict[str, set[str]] = {}
        by_pred: dict[str, set[str]] = {}
        for g, p in zip(gold, predicted):
            by_gold.setdefault(g, set()).add(p.rsplit("/", 1)[-1])
            by_pred.setdefault(p.rsplit("/", 1)[-1], set()).add(g)
        lines += [f"{kind}: {g} split over {sorted(ps)}" for g, ps in sorted(by_gold.items()) if len(ps) > 1]
        lines += [f"{kind}: {p} joins {sorted(gs)}" for p, gs in sorted(by_pred.items()) if len(gs) > 1]
    return lines


# -- resolution only ----------------------------------------------------------------------------------------
def oracle() -> dict:
    """Scores of the clustering functions fed with the gold mentions (perfect extraction)."""
    gold = load_gold()
    people, events, gold_people, gold_events = [], [], [], []
    for fname, entry in sorted(gold.items()):
        lang, names = entry["language"], {p["cluster"]: p["name"] for p in entry["people"]}
        for p in entry["people"]:
            people.append(PersonMention(fname, p["name"], lang, (), p["country"], (p["role"],)))
            gold_people.append(p["cluster"])
        for i, e in enumerate(entry["events"]):
            city = _CITIES.get(e["city"] or "")
            place = {"city": [city, e["city"], ""]} if city else None
            attendees = tuple(sorted((names[c],) for c in e["participants"]))
            events.append(EventMention(fname, fname, i, e["type"], e["status"], e["date"], entry["published"],
                                       place, tuple(sorted(e["countries"])), attendees, False, lang))
            gold_events.append(e["cluster"])
    curation = Curation()
    person_results = cluster_people(units_of(people, curation), curation)
    event_results = cluster_events(events)
    return {"people": pairwise(gold_people, [person_results[m.local].path for m in people]),
            "events": pairwise(gold_events, [event_results[m.local].path for m in events])}


def files(order: str = "sorted", seed: int = 4) -> list[Path]:
    found = sorted(ARTICLES.glob("*.json"))
    if order == "reversed":
        return found[::-1]
    if order == "shuffled":
        random.Random(seed).shuffle(found)
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--order", choices=["sorted", "reversed", "shuffled"], default="sorted")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    parser.add_argument("--verbose", action="store_true", help="list the clusters split or joined")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        ingest(Path(tmp) / "store", files(args.order))
        scores, labels = end_to_end(Path(tmp) / "store")
        report = {"end_to_end": scores, "oracle": oracle()}
    if args.json:
        print(json.dumps(report, indent=2))
        return
    for mode, scores in report.items():
        for kind, s in scores.items():
            print(f"{mode:<11} {kind:<7} P {s['precision']:.3f}  R {s['recall']:.3f}  F1 {s['f1']:.3f}  "
                  f"({s['mentions']} mentions, {s['gold_clusters']} true clusters, "
                  f"{s['predicted_clusters']} predicted)")
    if args.verbose:
        print("\n".join(splits(labels)))


if __name__ == "__main__":
    main()
