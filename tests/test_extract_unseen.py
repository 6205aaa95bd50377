"""The extractor on articles it was not developed on (tests/extract_unseen/*.json, written for this test).

Each file holds a short wire report or government readout (en, de, fr, es, ru), its publication date and
the events a careful reader finds in it. Expected and extracted events are paired as the official scorer
does: officials' Jaccard overlap (names compared transliteration-insensitively; countries when either side
names no official) of at least 0.5, ties broken by type and date. Every expected event must be found with
its type (Talks = Meeting, StateVisit = Visit), status, date (as precise as expected, or none when none is
expected) and city where one is expected (compared as the scorer of ``dkg eval`` compares them, "New York" =
"New York City"; like that scorer, an event the text places in no city is not checked for one), and, where the file says so, its background flag and the country it took place in; at most one extra event per article is tolerated. Where a file lists officials
with their states, each must be found representing that state. A file's ``cause`` names the general cause
of extraction errors it guards against.

Known gaps are kept, not hidden: a file's ``known_gaps`` lists events a reader finds that the extractor still
misses, and the articles in ``pending/`` are ones it still gets wrong; both run as strict expected failures, so
one that starts to pass fails the suite until it is moved into the checked expectations.
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from graph._evalkeys import city_key
from graph.extract import extract
from graph.extract.translit import name_key
from graph.model import Article, Event, Person
from where import city_name, venue_country

FOLDER = Path(__file__).parent / "extract_unseen"
CASES = sorted(FOLDER.glob("*.json"))
PENDING = sorted((FOLDER / "pending").glob("*.json"))
GAPS = [p for p in CASES if json.loads(p.read_text(encoding="utf-8")).get("known_gaps")]
RELAXED = {"Talks": "Meeting", "Negotiation": "Meeting", "StateVisit": "Visit", "Conference": "Summit"}


def _keys(person: Person) -> set[str]:
    return {name_key(person.name)} | {name_key(n) for n in person.alternate_names}


def _officials(event: Event, expected_names: list[str]) -> tuple[set[str], set[str]]:
    """(extracted officials, expected officials) as comparable keys; a surname alone matches its full name."""
    wanted = {name_key(n) for n in expected_names}
    found = set()
    for person in [*event.attendees, *([event.speaker] if event.speaker else [])]:
        keys = _keys(person)
        hit = next((w for w in wanted if w in keys or any(k and w.split()[-1:] == k.split() for k in keys)), None)
        found.add(hit or f"?{name_key(person.name)}")
    return found, wanted


def _jaccard(a: set, b: set) -> float:
    return len(a & b) / len(a | b) if a | b else 0.0


def _similarity(event: Event, expected: dict) -> float:
    found, wanted = _officials(event, expected["attendees"])
    if found and wanted:
        score = _jaccard(found, wanted)
    else:
        score = _jaccard(set(event.countries), set(expected["countries"]))
    if score < 0.5:
        return 0.0
    score += 0.25 * (RELAXED.get(event.type, event.type) == RELAXED.get(expected["type"], expected["type"]))
    return score + 0.25 * _dates_agree(event, expected["date"])


def _dates_agree(event: Event, expected: str | None) -> bool:
    value = event.date.value if event.date else None
    if expected is None:
        return value is None
    return value is not None and len(value) >= len(expected) and value.startswith(expected)




def _pairs(events: list[Event], expected: list[dict]) -> list[tuple[Event, dict]]:
    candidates = sorted(
        ((_similarity(e, x), i, j) for i, e in enumerate(events) for j, x in enumerate(expected)),
        key=lambda c: -c[0],
    )
    pairs, used_e, used_x = [], set(), set()
    for score, i, j in candidates:
        if score > 0 and i not in used_e and j not in used_x:
            pairs.append((events[i], expected[j]))
            used_e.add(i)
            used_x.add(j)
    return pairs


def _describe(event: Event) -> str:
    people = ", ".join(p.name for p in event.attendees)
    when = event.date.value if event.date else None
    return f"{event.type}/{event.status} [{people}] {sorted(event.countries)} {city_name(event)} {when}"


def _problems(events: list[Event], expected: list[dict]) -> list[str]:
    pairs = _pairs(events, expected)
    problems = []
    for event, want in pairs:
        label = f"expected {want['type']} {want['date']}"
        if RELAXED.get(event.type, event.type) != RELAXED.get(want["type"], want["type"]):
            problems.append(f"{label}: type {event.type}")
        if event.status != want["status"]:
            problems.append(f"{label}: status {event.status}")
        if not _dates_agree(event, want["date"]):
            problems.append(f"{label}: date {event.date.value if event.date else None}")
        if want["city"] is not None and city_key(city_name(event)) != city_key(want["city"]):
            problems.append(f"{label}: city {city_name(event)}")
        if "background" in want and event.background != want["background"]:
            problems.append(f"{label}: background {event.background}")
        if "venue_country" in want and venue_country(event) != want["venue_country"]:
            problems.append(f"{label}: venue country {venue_country(event)}")
    matched = {id(x) for _, x in pairs}
    problems += [f"missed {x['type']} {x['attendees']} {x['date']}" for x in expected if id(x) not in matched]
    extra = [e for e in events if all(e is not p for p, _ in pairs)]
    if len(extra) > 1:
        problems += [f"spurious {_describe(e)}" for e in extra]
    return problems


def _check(path: Path, expected_key: str = "expected") -> None:
    case = json.loads(path.read_text(encoding="utf-8"))
    article = Article(key=path.name, text=case["text"], language=case["language"],
                      published=date.fromisoformat(case["published"]) if case["published"] else None)  # fmt: skip
    extraction = extract(article)
    events = extraction.events
    expected = case["expected"] + case.get("known_gaps", []) if expected_key == "known_gaps" else case["expected"]
    problems = _problems(events, expected) + _official_problems(extraction.people, case.get("officials", []))
    assert not problems, "\n".join(problems + ["extracted:"] + [_describe(e) for e in events])


@pytest.mark.parametrize("path", CASES, ids=[p.stem for p in CASES])
def test_unseen_article(path: Path) -> None:
    _check(path)


@pytest.mark.xfail(strict=True, reason="a known extraction gap (see the file's known_gaps)")
@pytest.mark.parametrize("path", GAPS, ids=[p.stem for p in GAPS])
def test_known_gap_is_still_missed(path: Path) -> None:
    _check(path, "known_gaps")


@pytest.mark.xfail(strict=True, reason="an article the extractor still gets wrong (tests/extract_unseen/pending)")
@pytest.mark.parametrize("path", PENDING, ids=[p.stem for p in PENDING])
def test_pending_article_still_fails(path: Path) -> None:
    _check(path)


def _official_problems(people: list[Person], expected: list[dict]) -> list[str]:
    problems = []
    for want in expected:
        key = name_key(want["name"])
        found = [p for p in people if key in _keys(p) or key.split()[-1:] == name_key(p.name).split()[-1:]]
        if not found:
            problems.append(f"official {want['name']} not found")
        elif found[0].country != want["country"]:
            problems.append(f"official {want['name']}: country {found[0].country} (expected {want['country']})")
    return problems


def test_every_language_has_at_least_two_articles() -> None:
    languages = [json.loads(p.read_text(encoding="utf-8"))["language"] for p in CASES]
    assert all(languages.count(lang) >= 2 for lang in ("de", "en", "es", "fr", "ru")), languages
