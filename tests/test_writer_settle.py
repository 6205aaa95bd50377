"""The writer's cache of event components: forgotten only when a new report can change them (so the settle pass
resolves fewer again), and the store is settled as before."""

from __future__ import annotations

from pathlib import Path

from graph.curation import Curation
from graph.mentions import EventMention
from graph.pipeline import ingest_paths
from graph.resolve import Resolver
from graph.resolve_cache import Components
from graph.resolve_events import cluster_events
from graph.store import open_store

ARTICLES = Path(__file__).parent / "resolution" / "articles"
BAERBOCK = (("Annalena Baerbock",),)


def report(article: str, date: str | None, *, attendees: tuple = (), status: str = "Occurred",
           published: str = "2025-04-05") -> EventMention:
    return EventMention(f"urn:a:{article}", article, 0, "Meeting", status, date, published, None, ("FR", "DE"),
                        attendees)


def _cached(date_a: str = "2025-04-03") -> tuple[Components, EventMention, EventMention, EventMention]:
    """A dated component of two reports and a vague report (dated to the month) placed with it."""
    cache = Components()
    a, b = report("a", date_a, attendees=BAERBOCK), report("b", date_a, attendees=BAERBOCK)
    cache.events.update(cluster_events([a, b]))
    cache.keep(set(a.link_keys() | b.link_keys()), [a, b])
    vague = report("v", "2025-04", attendees=BAERBOCK)
    cache.events[vague.local] = cache.events[a.local]
    cache.keep(set(vague.probe_keys()), [vague], uses=[a.local])
    return cache, a, b, vague


def test_a_report_that_cannot_join_leaves_the_components_cached() -> None:
    cache, a, _, vague = _cached()
    # same keys (kind, status, states, day), but each report names a participant the other lacks
    cache.admit([report("x", "2025-04-03", attendees=(("Jean-Noël Barrot",),))])
    cache.admit([report("y", "2025-04-03", status="Planned")])  # another status: other keys
    assert a.local in cache.events and vague.local in cache.events


def test_a_report_that_joins_forgets_the_component_and_the_vague_reports_placed_with_it() -> None:
    cache, a, b, vague = _cached()
    cache.admit([report("x", "2025-04-03")])
    assert a.local not in cache.events and b.local not in cache.events
    assert vague.local not in cache.events  # resolved from the dated component's results


def test_a_vague_report_forgets_only_the_vague_components_it_is_compatible_with() -> None:
    cache, a, _, vague = _cached()
    cache.admit([report("w", "2025-04")])  # vague: never joins a dated component
    assert a.local in cache.events and vague.local not in cache.events


def test_settle_passes_after_each_article_leave_no_stale_result(tmp_path: Path) -> None:
    files = sorted(ARTICLES.glob("*.json"), reverse=True)
    with open_store(tmp_path / "store") as store:
        for f in files:  # one settle pass per article, with components kept cached across writes
            ingest_paths(store, [f], curation=Curation())
        assert Resolver(store, curation=Curation()).stale() == []
