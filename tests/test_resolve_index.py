"""The resolution index's cache: bounded, and giving the same answers however small it is."""

from __future__ import annotations

from pathlib import Path

import pytest

from graph.mentions import EventMention, PersonMention
from graph.pipeline import ingest_paths
from graph.stored import stored_articles
from graph.resolve_index import MentionIndex
from graph.store import open_store

ARTICLES = Path(__file__).parent / "resolution" / "articles"


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory):  # noqa: ANN201
    store = open_store(tmp_path_factory.mktemp("index") / "store")
    ingest_paths(store, [ARTICLES])
    return store


def _answers(index: MentionIndex, keys: list[str]) -> dict[str, set[tuple[str, str]]]:
    """For each key, the (article, data) pairs found, every article of a person reported alike spelled out."""
    out = {}
    for key in keys:
        pairs = set()
        for m in index.fetch([key]).values():
            articles = index.holders(m) if isinstance(m, PersonMention) else {m.article}
            pairs |= {(a, m.data()) for a in articles}
        out[key] = pairs
    return out


def test_a_tiny_cache_gives_the_answers_of_a_large_one_and_stays_bounded(store) -> None:  # noqa: ANN001
    mentions = [m for a in stored_articles(store) for m in MentionIndex(store).stored_mentions(a)]
    # the keys mentions are stored under, and the many a vague report probes in vain
    keys = sorted(set().union(*(m.keys() | (m.probe_keys() if isinstance(m, EventMention) else set())
                                for m in mentions)))
    assert len(keys) > 50 and any(k.startswith("e:") for k in keys) and any(k.startswith("p") for k in keys)
    large = _answers(MentionIndex(store), keys)
    tiny = MentionIndex(store, cache_limit=8, people_limit=4)
    assert _answers(tiny, keys) == large
    assert _answers(tiny, list(reversed(keys))) == large
    assert len(tiny._cache) <= 8 and tiny._held <= 4 + max(len(v) for v in large.values())
    # many keys at once: what was cached when the lookup began is read before anything is dropped
    every = set().union(*large.values())
    for _ in range(3):
        found = tiny.fetch(keys).values()
        assert {(a, m.data()) for m in found
                for a in (tiny.holders(m) if isinstance(m, PersonMention) else {m.article})} == every
    empty = [k for k in keys if not large[k]]
    assert len(empty) > 20
    _answers(tiny, empty)  # keys looked up in vain take memory too
    assert len(tiny._cache) <= 8
    # every stored mention is found under each of its keys, people once per way of reporting them
    for m in mentions:
        assert all((m.article, m.data()) in large[k] for k in m.keys())


def test_a_person_reported_alike_by_many_articles_is_one_entry(store) -> None:  # noqa: ANN001
    index = MentionIndex(store)
    people = [m for a in stored_articles(store) for m in index.stored_mentions(a) if isinstance(m, PersonMention)]
    alike: dict[str, set[str]] = {}
    for m in people:
        alike.setdefault(m.data(), set()).add(m.article)
    data, articles = max(alike.items(), key=lambda item: len(item[1]))
    assert len(articles) >= 2
    mention = next(m for m in people if m.data() == data)
    found = [m for m in index.fetch(mention.keys()).values() if m.data() == data]
    assert len(found) == 1 and index.holders(found[0]) == articles
    others = [m for m in index.fetch(mention.keys(), exclude={found[0].article}).values() if m.data() == data]
    assert len(others) == 1 and others[0].article != found[0].article
