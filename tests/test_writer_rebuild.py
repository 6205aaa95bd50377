"""The settle pass rebuilds every article it finds stale, even when rebuilding the others forgets the
extractions it remembered (it keeps only the latest ones): the store then shows each report's current
resolution."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from graph import resolve
from graph.model import Article, DateValue, Event, Extraction
from graph.resolve import Resolver
from graph.store import open_store


def _article(key: str, published: str, day: str, kind: str = "Meeting") -> Extraction:
    article = Article(key=key, text=f"Report {key}.", language="en", published=date.fromisoformat(published))
    event = Event(type=kind, countries={"FR", "DE"}, date=DateValue(day, "that day"))
    return Extraction(article=article, events=[event])


def test_a_stale_article_remembered_when_the_pass_starts_is_rebuilt(tmp_path: Path,
                                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(resolve, "MAX_REMEMBERED", 2)
    # a day's meeting, then a report dated to its month (placed with it), then a report of talks that day,
    # which retypes the event: the first two articles are stale; only the month's report is remembered when
    # the pass starts, and rebuilding the first one (extracted again from its text) forgets it
    by_key: dict[str, Extraction] = {}
    with open_store(tmp_path / "store") as store:
        r = Resolver(store, extract_fn=lambda a: by_key[a.key])
        day, month = _article("a-day", "2025-04-05", "2025-04-03"), None
        for suffix in range(100):  # keys whose articles' IRIs sort the day's report first
            month = _article(f"b-month-{suffix}", "2025-04-10", "2025-04")
            if r.article_iri(day.article) < r.article_iri(month.article):
                break
        talks = _article("c-talks", "2025-04-04", "2025-04-03", "Talks")
        by_key.update({x.article.key: x for x in (day, month, talks)})
        r.commit(day)
        r.propagate()
        r.commit(month)
        r.commit(talks)
        assert r.propagate() == 2
        assert r.stale() == []
