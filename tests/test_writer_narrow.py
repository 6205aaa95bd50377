"""The settle pass after a batch that only added reports compares only what those reports can change
(``graph.resolve_settle``): the people, the added reports' components, and the vague reports compatible with a
member of a changed dated component, even one the added report cannot see; a batch that changed a stored report
compares everything, as before. The store is settled after each pass (``Resolver.stale``)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from graph.model import Article, DateValue, Event, Extraction, Person
from graph.resolve import Resolver
from graph.store import open_store

BAERBOCK, BARROT = Person("Annalena Baerbock", country="DE"), Person("Jean-Noël Barrot", country="FR")


def _article(key: str, published: str, day: str, states: set[str], kind: str = "Meeting",
             attendees: tuple[Person, ...] = ()) -> Extraction:
    article = Article(key=key, text=f"Report {key}.", language="en", published=date.fromisoformat(published))
    event = Event(type=kind, countries=states, date=DateValue(day, "that day"), attendees=list(attendees))
    return Extraction(article=article, events=[event])


def _resolver(store, articles: list[Extraction], monkeypatch: pytest.MonkeyPatch) -> tuple[Resolver, list[str]]:  # noqa: ANN001
    """A resolver that extracts the articles again by key, and the keys of the dated reports it resolves."""
    by_key = {x.article.key: x for x in articles}
    r = Resolver(store, extract_fn=lambda a: by_key[a.key])
    seeds: list[str] = []
    resolve_events = Resolver._resolve_events

    def spy(self: Resolver, seed):  # noqa: ANN001, ANN202
        seeds.append(seed.article_key)
        return resolve_events(self, seed)

    monkeypatch.setattr(Resolver, "_resolve_events", spy)
    return r, seeds


def test_a_vague_report_is_compared_when_a_report_it_cannot_see_changes_its_event(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # a meeting of France and Germany on a day, with Baerbock; a report dated to its month between Germany and
    # Poland (placed with it); a meeting of France that day with Barrot (another event).
    # Then talks that day naming France only, with Baerbock: they join the first meeting (now talks), and the
    # month's report, which shares no state with them (so is stored under none of their keys), fits that
    # event no longer; the other meeting is stored under the talks' keys but cannot take them.
    day = _article("a-day", "2025-04-05", "2025-04-03", {"FR", "DE"}, attendees=(BAERBOCK,))
    month = _article("b-month", "2025-04-10", "2025-04", {"DE", "PL"})
    other = _article("c-other", "2025-04-05", "2025-04-03", {"FR"}, attendees=(BARROT,))
    talks = _article("d-talks", "2025-04-04", "2025-04-03", {"FR"}, "Talks", attendees=(BAERBOCK,))
    with open_store(tmp_path / "store") as store:
        r, seeds = _resolver(store, [day, month, other, talks], monkeypatch)
        for x in (day, month, other):
            r.commit(x)
        r.propagate()
        seeds.clear()
        r.commit(talks)
        assert r.propagate() == 2  # the day's meeting (retyped) and the month's report (now apart)
        assert "c-other" not in seeds  # skipped: its component cannot have changed
        assert r.stale() == []


def test_a_changed_report_makes_the_pass_compare_everything(tmp_path: Path,
                                                            monkeypatch: pytest.MonkeyPatch) -> None:
    # the talks of the first test, then their article again dated to another day: they leave the meeting,
    # which is no member of their new component, and the month's report fits the meeting again
    day = _article("a-day", "2025-04-05", "2025-04-03", {"FR", "DE"}, attendees=(BAERBOCK,))
    month = _article("b-month", "2025-04-10", "2025-04", {"DE", "PL"})
    talks = _article("d-talks", "2025-04-04", "2025-04-03", {"FR"}, "Talks", attendees=(BAERBOCK,))
    moved = _article("d-talks", "2025-04-04", "2025-04-01", {"FR"}, "Talks", attendees=(BAERBOCK,))
    with open_store(tmp_path / "store") as store:
        r, _ = _resolver(store, [day, month, talks], monkeypatch)
        for x in (day, month, talks):
            r.commit(x)
        r.propagate()
        r.commit(moved)
        assert r.propagate() == 2  # the meeting and the month's report (the talks were written as resolved)
        assert r.stale() == []
