"""Score the extractor on the development set (``../shared/eval/dev`` or ``$DKG_EVAL_DIR``).

Usage: ``python tools/dev_eval.py [--extractor rules] [--verbose] [FILE...]``

Officials: precision/recall of predicted persons against gold ``normalized_name`` (transliteration-
insensitive keys; a surname-only prediction matches a unique gold name with that surname). Events:
gold and predicted events of one article are paired when the Jaccard overlap of their officials (else
of their countries) is at least 0.5, +0.25 for the same type and +0.25 for agreeing dates (greedy by
weight). Gold events marked generic are optional. Attribute accuracies are over matched pairs.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
import unicodedata
from collections import defaultdict
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from graph.extract import extract  # noqa: E402
from graph.extract.translit import name_key  # noqa: E402
from graph.model import Article, City, Country, Venue  # noqa: E402

TYPE_NAMES = {"Meeting": "meeting", "Talks": "talks", "Negotiation": "negotiation", "Visit": "visit",
              "StateVisit": "state_visit", "PhoneCall": "phone_call", "Summit": "summit", "Conference": "conference",
              "Ceremony": "ceremony", "Summons": "summons", "Expulsion": "expulsion", "Statement": "statement"}  # fmt: skip
RELAXED = {"talks": "meeting", "negotiation": "meeting", "state_visit": "visit", "conference": "summit"}


def eval_dir() -> Path:
    return Path(os.environ.get("DKG_EVAL_DIR") or ROOT.parent / "shared" / "eval" / "dev")


def load_article(path: Path) -> tuple[Article, dict]:
    data = json.loads(path.read_text(encoding="utf-8"))
    published = data.get("publication_date")
    day = date.fromisoformat(published) if published and len(published) == 10 else None
    article = Article(key=path.name, text=data["text"], language=data["language"], title=data.get("title"),
                      url=data.get("source"), published=day)  # fmt: skip
    return article, data["gold"]


def plain(text: str | None) -> str:
    text = unicodedata.normalize("NFKD", (text or "").split(",")[0]).casefold()
    return "".join(ch for ch in text if not unicodedata.combining(ch)).strip()


def match_officials(persons: list, gold: list[dict]) -> dict[int, dict]:
    """Map id(person) -> gold official."""
    keys = []
    for official in gold:
        forms = [official["normalized_name"], official["name_in_text"], *official.get("other_forms_in_text", [])]
        keys.append({name_key(f) for f in forms if f})
    out: dict[int, dict] = {}
    taken: set[int] = set()
    for person in persons:
        mine = {name_key(person.name)} | {name_key(a) for a in person.alternate_names}
        hits = [i for i, k in enumerate(keys) if mine & k and i not in taken]
        if not hits and len(name_key(person.name).split()) == 1:
            surname = name_key(person.name)
            hits = [i for i, o in enumerate(gold) if name_key(o["normalized_name"]).split()[-1:] == [surname]]
            hits = hits if len(hits) == 1 and hits[0] not in taken else []
        if hits:
            out[id(person)] = gold[hits[0]]
            taken.add(hits[0])
    return out


def jaccard(a: set, b: set) -> float:
    return len(a & b) / len(a | b) if a | b else 0.0


def dates_agree(pred: str | None, gold: str | None) -> bool:
    if not pred or not gold:
        return False
    n = min(len(pred), len(gold))
    return pred[:n] == gold[:n]


def event_officials(event, mapping: dict[int, dict]) -> set[str]:
    people = list(event.attendees) + ([event.speaker] if event.speaker else [])
    return {mapping[id(p)]["normalized_name"] if id(p) in mapping else "?" + p.name for p in people}


def pair_events(pred: list, gold: list[dict], mapping: dict[int, dict]) -> list[tuple[object, dict]]:
    candidates = []
    for p in pred:
        p_off = event_officials(p, mapping)
        for g in gold:
            g_off = set(g["participants"]["officials"])
            sim = jaccard(p_off, g_off) if p_off and g_off else jaccard(set(p.countries), set(g["participants"]["countries"]))
            if sim < 0.5:
                continue
            sim += 0.25 * (TYPE_NAMES[p.type] == g["type"])
            sim += 0.25 * dates_agree(p.date.value if p.date else None, g["date"]["resolved"])
            candidates.append((sim, id(p), id(g), p, g))
    pairs, used_p, used_g = [], set(), set()
    for _, ip, ig, p, g in sorted(candidates, key=lambda c: -c[0]):
        if ip not in used_p and ig not in used_g:
            pairs.append((p, g))
            used_p.add(ip)
            used_g.add(ig)
    return pairs


def city_of(location) -> str | None:
    if isinstance(location, Venue):
        return location.city.name if location.city else None
    return location.name if isinstance(location, City) else None


def country_of(location) -> str | None:
    if isinstance(location, Venue):
        return location.city.country if location.city else None
    if isinstance(location, City):
        return location.country
    return location.code if isinstance(location, Country) else None


class Score:
    def __init__(self) -> None:
        self.c: dict[str, list[int]] = defaultdict(lambda: [0, 0])

    def add(self, name: str, ok: bool, n: int = 1) -> None:
        self.c[name][0] += int(ok) * n if isinstance(ok, bool) else ok
        self.c[name][1] += n

    def rate(self, name: str) -> str:
        ok, n = self.c[name]
        return f"{ok / n:.2f} ({ok}/{n})" if n else "-"


def score_article(extraction, gold: dict, score: Score, verbose: bool) -> None:
    mapping = score_officials(extraction, gold, score, verbose)
    pairs = pair_events(extraction.events, gold["events"], mapping)
    score_events(extraction, gold, pairs, score)
    for p, g in pairs:
        score_pair(p, g, score, mapping if verbose else None)
    if verbose:
        show_unmatched(extraction, gold, pairs, mapping)


def score_officials(extraction, gold: dict, score: Score, verbose: bool) -> dict[int, dict]:
    mapping = match_officials(extraction.people, gold["officials"])
    score.c["off_p"][0] += len(mapping)
    score.c["off_p"][1] += len(extraction.people)
    score.c["off_r"][0] += len(mapping)
    score.c["off_r"][1] += len(gold["officials"])
    for person in extraction.people:
        official = mapping.get(id(person))
        if official and official["country"]:
            score.add("off_country", person.country == official["country"])
        if verbose and not official:
            print(f"    FP person {person.name!r} ({person.role}, {person.country})")
    if verbose:
        found = {o["normalized_name"] for o in mapping.values()}
        for o in gold["officials"]:
            if o["normalized_name"] not in found:
                print(f"    FN person {o['normalized_name']!r} ({o['name_in_text']})")
    return mapping


def score_events(extraction, gold: dict, pairs: list, score: Score) -> None:
    matched_gold = {id(g) for _, g in pairs}
    matched_pred = {id(p) for p, _ in pairs}
    specific = [g for g in gold["events"] if g["specificity"] != "generic"]
    score.c["ev_r"][0] += sum(1 for g in specific if id(g) in matched_gold)
    score.c["ev_r"][1] += len(specific)
    score.c["ev_p"][0] += len(matched_pred)
    score.c["ev_p"][1] += len(extraction.events)
    core = [g for g in specific if not g["background"] and g["status"] == "occurred"]
    score.c["core_r"][0] += sum(1 for g in core if id(g) in matched_gold)
    score.c["core_r"][1] += len(core)


def score_pair(p, g: dict, score: Score, mapping: dict[int, dict] | None) -> None:
    score.add("type", TYPE_NAMES[p.type] == g["type"])
    score.add("type_relaxed", RELAXED.get(TYPE_NAMES[p.type], TYPE_NAMES[p.type]) == RELAXED.get(g["type"], g["type"]))
    if g["venue"]["city"]:
        score.add("city", plain(city_of(p.location)) == plain(g["venue"]["city"]))
    if g["venue"]["country"]:
        score.add("venue_country", country_of(p.location) == g["venue"]["country"])
    gold_date = g["date"]["resolved"]
    pred_date = p.date.value if p.date else None
    if gold_date:
        score.add("date", bool(pred_date) and len(pred_date) >= len(gold_date) and pred_date[: len(gold_date)] == gold_date)
        score.add("date_month", bool(pred_date) and pred_date[:7] == gold_date[:7])
        if g["date"]["basis"] != "outside_knowledge":
            score.add("date_text", bool(pred_date) and len(pred_date) >= len(gold_date) and pred_date[: len(gold_date)] == gold_date)
    else:
        score.add("date_null", pred_date is None)
    score.add("status", p.status.lower() == g["status"])
    score.add("background", p.background == g["background"])
    if mapping is not None:
        print(f"    pair {p.type}/{g['type']} {p.status}/{g['status']} date {pred_date}/{gold_date} "
              f"city {city_of(p.location)}/{g['venue']['city']} bg {p.background}/{g['background']} "
              f"off {sorted(event_officials(p, mapping))}")  # fmt: skip


def show_unmatched(extraction, gold: dict, pairs: list, mapping: dict[int, dict]) -> None:
    matched_gold = {id(g) for _, g in pairs}
    matched_pred = {id(p) for p, _ in pairs}
    for p in extraction.events:
        if id(p) not in matched_pred:
            print(f"    FP event {p.type} {p.status} {sorted(event_officials(p, mapping))} {sorted(p.countries)} "
                  f"{p.date and p.date.value} {city_of(p.location)} bg={p.background}")  # fmt: skip
    for g in gold["events"]:
        if id(g) not in matched_gold:
            print(f"    FN event {g['type']} {g['status']} {g['specificity']} {g['participants']['officials']} "
                  f"{g['participants']['countries']} {g['date']['resolved']}")  # fmt: skip


def prf(score: Score, p: str, r: str) -> str:
    tp_p, n_p = score.c[p]
    tp_r, n_r = score.c[r]
    prec = tp_p / n_p if n_p else 0.0
    rec = tp_r / n_r if n_r else 0.0
    f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
    return f"P {prec:.2f} ({tp_p}/{n_p})  R {rec:.2f} ({tp_r}/{n_r})  F1 {f1:.2f}"


def report(name: str, score: Score) -> None:
    print(f"== {name}")
    print(f"  officials   {prf(score, 'off_p', 'off_r')}   country {score.rate('off_country')}")
    print(f"  events      {prf(score, 'ev_p', 'ev_r')}   core recall {score.rate('core_r')}")
    print(f"  type {score.rate('type')}  relaxed {score.rate('type_relaxed')}  status {score.rate('status')}  "
          f"background {score.rate('background')}")  # fmt: skip
    print(f"  date {score.rate('date')}  text-supported {score.rate('date_text')}  month {score.rate('date_month')}  "
          f"null-ok {score.rate('date_null')}  "
          f"city {score.rate('city')}  venue country {score.rate('venue_country')}")  # fmt: skip


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("files", nargs="*")
    parser.add_argument("--extractor", default="rules")
    parser.add_argument("--verbose", "-v", action="store_true")
    args = parser.parse_args()
    paths = [Path(f) for f in args.files] or sorted(eval_dir().glob("*.json"))
    if not paths:
        print(f"no dev files in {eval_dir()}", file=sys.stderr)
        return 1
    totals: dict[str, Score] = defaultdict(Score)
    elapsed = 0.0
    for path in paths:
        article, gold = load_article(path)
        started = time.perf_counter()
        extraction = extract(article, extractor=args.extractor)
        elapsed += time.perf_counter() - started
        if args.verbose:
            print(f"-- {path.name}")
        for name in ("all", article.language):
            score_article(extraction, gold, totals[name], args.verbose and name == "all")
    for name in ["all", *sorted(k for k in totals if k != "all")]:
        report(name, totals[name])
    print(f"{len(paths)} articles in {elapsed:.2f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
