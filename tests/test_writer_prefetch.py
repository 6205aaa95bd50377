"""Committing an article reads the index keys its unresolved mentions look up first in one store lookup
(``Resolver._prefetch``), not one per mention; what is stored is the same."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from graph.model import Article, DateValue, Event, Extraction, Person
from graph.resolve import Resolver
from graph.resolve_index import MentionIndex
from graph.store import open_store


def _article(key: str, day: str, people: tuple[Person, ...]) -> Extraction:
    article = Article(key=key, text=f"Report {key}.", language="en", published=date.fromisoformat("2025-04-05"))
    meeting = Event(type="Meeting", countries={"FR", "DE"}, date=DateValue(day, "that day"), attendees=list(people))
    talks = Event(type="Talks", countries={"PL", "DE"}, date=DateValue("2025-04", "in April"))
    return Extraction(article=article, people=list(people), events=[meeting, talks])


def test_an_article_reads_its_mentions_first_keys_in_one_lookup(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    people = (Person("Annalena Baerbock", country="DE"), Person("Jean-Noël Barrot", country="FR"),
              Person("Radosław Sikorski", country="PL"))
    loads: list[int] = []
    load = MentionIndex._load

    def spy(self: MentionIndex, keys: list[str]) -> None:
        loads.append(len(keys))
        load(self, keys)

    monkeypatch.setattr(MentionIndex, "_load", spy)
    with open_store(tmp_path / "store") as store:
        r = Resolver(store)
        r.commit(_article("a", "2025-04-03", people))
        assert len(loads) == 1  # three people and two reports of events: one lookup
        r.commit(_article("b", "2025-04-04", people[:1]))
        r.propagate()
        assert r.stale() == []
