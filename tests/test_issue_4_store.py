"""Issue 4: store-side resolution reaches the same graph whatever the order, batches and updates.

Uses hand-made extractions (no extractor), so the resolver alone is tested: every order of ingestion,
split into any batches, gives the same N-Quads, and no stored mention is left with a stale result.
"""

from __future__ import annotations

import io
import random
from datetime import date, timedelta
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from graph.curation import Curation
from graph.model import Article, City, Country, DateValue, Event, Extraction, Person, Span, Venue
from graph.resolve import Resolver
from graph.store import open_store

pytestmark = pytest.mark.issue(4)

ISTANBUL, MOSCOW, KYIV = City(745044, "Istanbul", "TR"), City(524901, "Moscow", "RU"), City(703448, "Kyiv", "UA")
PEOPLE = [  # (spellings by language, country, role)
    ({"en": "Pavel Ivanov", "de": "Pawel Iwanow", "ru": "Павел Иванов", "es": "Ivánov"}, "RU", "Ambassador"),
    ({"en": "Sergei Ivanov", "de": "Sergej Iwanow", "ru": "Сергей Иванов"}, "RU", "Deputy Minister"),
    ({"en": "Linda Park", "de": "Linda Park", "ru": "Линда Парк"}, "US", "Assistant Secretary"),
    ({"en": "Wang Lei", "de": "Wang Lei", "ru": "Ван Лэй", "es": "Wang"}, "CN", "Minister of Foreign Affairs"),
    ({"en": "Wang Jun", "de": "Wang Jun", "fr": "Wang"}, "CN", "Minister of Commerce"),
    ({"en": "Katrin Neubauer", "de": "Katrin Neubauer", "ru": "Катрин Нойбауэр"}, "DE", "Minister"),
]


def _person(index: int, lang: str) -> Person:
    names, country, role = PEOPLE[index]
    return Person(names.get(lang, names["en"]), country=country, role=role, evidence=[Span(0, 10)])


def corpus(seed: int = 0, size: int = 18) -> list[Extraction]:
    """Reports of a few events (some undated, some with less detail) and of other events alike."""
    rnd = random.Random(seed)
    events = [("Talks", date(2025, 3, 13), Venue("consulate", "Russian consulate", ISTANBUL, "RU"), (0, 2)),
              ("Talks", date(2025, 2, 27), ISTANBUL, (0, 2)),
              ("Meeting", date(2025, 3, 4), MOSCOW, (1, 3)),
              ("PhoneCall", date(2025, 3, 5), None, (3, 2)),
              ("Meeting", date(2025, 3, 11), City(1816670, "Beijing", "CN"), (4, 5)),
              ("Visit", date(2025, 3, 10), KYIV, (5,))]
    out = []
    for i in range(size):
        kind, day, place, who = events[i % len(events)]
        lang = rnd.choice(["en", "de", "ru", "es", "fr"])
        people = [_person(p, lang) for p in who]
        published = day + timedelta(days=rnd.choice([0, 1, 2]))
        dated = rnd.random() < 0.7
        where = place if rnd.random() < 0.7 else (place.city if isinstance(place, Venue) else None)
        event = Event(kind, attendees=people[: rnd.choice([1, len(people)])],
                      countries={p.country for p in people if p.country},
                      location=where if where is not None else (Country("TR") if kind == "Talks" else None),
                      date=DateValue(day.isoformat(), "x") if dated else None, evidence=[Span(0, 10)])
        article = Article(key=f"https://example.org/{i}", text=f"report {i} " * 3, language=lang,
                          published=published)
        out.append(Extraction(article, people=people, events=[event]))
    return out


def run(store_dir: Path, batches: list[list[Extraction]], every: list[Extraction]) -> str:
    by_key = {x.article.key: x for x in every}
    with open_store(store_dir) as store:
        for batch in batches:
            resolver = Resolver(store, curation=Curation(), extract_fn=lambda a: by_key[a.key])
            for extraction in batch:
                resolver.commit(extraction)
            resolver.propagate()
        assert Resolver(store, curation=Curation()).stale() == []
        out = io.BytesIO()
        store.dump(out, "nquads")
    return out.getvalue().decode("utf-8")


@pytest.fixture(scope="module")
def reference(tmp_path_factory: pytest.TempPathFactory) -> str:
    every = corpus()
    return run(tmp_path_factory.mktemp("ref") / "s", [every], every)


@settings(max_examples=8, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.randoms(use_true_random=False), st.integers(1, 6))
def test_any_order_and_batching_gives_the_same_graph(reference: str, tmp_path_factory: pytest.TempPathFactory,
                                                     rnd: random.Random, batches: int) -> None:
    every = corpus()
    shuffled = list(every)
    rnd.shuffle(shuffled)
    size = -(-len(shuffled) // batches)
    split = [shuffled[i:i + size] for i in range(0, len(shuffled), size)]
    assert run(tmp_path_factory.mktemp("perm") / "s", split, every) == reference


def test_an_update_is_the_same_as_ingesting_the_new_version(tmp_path: Path) -> None:
    every = corpus()
    changed = corpus(seed=1)  # other languages, dates and places for the same article keys
    updated = every[:9] + changed[9:]
    first = run(tmp_path / "a", [every, changed[9:]], updated)
    assert first == run(tmp_path / "b", [updated], updated)
