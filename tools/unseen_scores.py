"""Event-level scores of the extractor on the invented unseen articles (tests/extract_unseen, pending included).

The regression test passes an article only when every expected event is right; this prints how much of each
article is right, with the test's own pairing of extracted and expected events (officials' overlap, then type
and date): events precision / recall / F1, and of the paired events the accuracy of type, status, date and
city; officials found and given the expected state. Dates and cities are scored as the official scorer
scores them, only where the expected event has one; ``strict`` is the test's own rule (date and city both right,
none where none is expected).

Usage: python tools/unseen_scores.py [FOLDER]   (default tests/extract_unseen)
"""

from __future__ import annotations

import json
import sys
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))

import test_extract_unseen as unseen  # noqa: E402  (the test's pairing and comparisons)

from graph._evalkeys import city_key  # noqa: E402
from graph.extract import extract  # noqa: E402
from graph.model import Article  # noqa: E402


def score(paths: list[Path]) -> dict[str, list[int]]:
    """Counts per measure: [right, out of]."""
    counts = {k: [0, 0] for k in ("precision", "recall", "type", "status", "date", "city", "strict", "officials", "state")}
    for path in paths:
        case = json.loads(path.read_text(encoding="utf-8"))
        published = date.fromisoformat(case["published"]) if case["published"] else None
        extraction = extract(Article(key=path.name, text=case["text"], language=case["language"], published=published))
        pairs = unseen._pairs(extraction.events, case["expected"])
        _add(counts["precision"], len(pairs), len(extraction.events))
        _add(counts["recall"], len(pairs), len(case["expected"]))
        for event, want in pairs:
            relaxed = unseen.RELAXED
            _add(counts["type"], relaxed.get(event.type, event.type) == relaxed.get(want["type"], want["type"]))
            _add(counts["status"], event.status == want["status"])
            # as the official scorer (../shared/eval/README.md): dates and cities only where the gold has one
            if want["date"] is not None:
                _add(counts["date"], unseen._dates_agree(event, want["date"]))
            if want["city"] is not None:
                _add(counts["city"], city_key(unseen.city_name(event)) == city_key(want["city"]))
            _add(counts["strict"], unseen._dates_agree(event, want["date"])
                 and city_key(unseen.city_name(event)) == city_key(want["city"]))
        for want in case.get("officials", []):
            problems = unseen._official_problems(extraction.people, [want])
            _add(counts["officials"], not any("not found" in p for p in problems))
            _add(counts["state"], not problems)
    return counts


def _add(count: list[int], right: int | bool, total: int = 1) -> None:
    count[0] += int(right)
    count[1] += total


def main() -> None:
    folder = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "tests" / "extract_unseen"
    paths = sorted(folder.glob("*.json")) + sorted((folder / "pending").glob("*.json"))
    counts = score(paths)
    p, r = (counts[k][0] / counts[k][1] if counts[k][1] else 0.0 for k in ("precision", "recall"))
    print(f"{len(paths)} articles; events P {p:.3f} R {r:.3f} F1 {2 * p * r / (p + r) if p + r else 0.0:.3f}")
    for key in ("type", "status", "date", "city", "strict", "officials", "state"):
        right, total = counts[key]
        print(f"  {key:<10} {right / total if total else 0.0:.3f}  ({right} of {total})")


if __name__ == "__main__":
    main()
