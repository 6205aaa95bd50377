"""Cross-article resolution against a store: one node per real person and per real event.

Each article graph stores, on its person and event nodes, what the article itself reported
(``graph.mentions``). Writing an article goes in two steps:

1. :meth:`Resolver.commit` resolves the article's mentions against the store (indexed lookups of the
   *component* of each mention: the reports and names linked to it by compatibility), builds the article's
   graph with the clusters' IRIs, names, dates and places, and replaces the article's named graph (buffered
   by ``graph.resolve_index`` and committed with others in one transaction).
2. :meth:`Resolver.propagate` (after each batch of articles) re-resolves every component the batch touched
   and rebuilds each article whose stored result differs, from its stored text (``schema:text``). When the
   batch only added reports of events, it compares only what they can change (``graph.resolve_settle``).

Clusters are functions of the set of stored mentions and the curation only (``graph.resolve_people``,
``graph.resolve_events``), so after step 2 the store is the same whatever the order of ingestion.
"""

from __future__ import annotations

import dataclasses
import logging
from collections.abc import Callable, Iterable

from .curation import Curation
from .extract import extract as default_extract
from .ids import Minter
from .mentions import EventMention, PersonMention, describe
from .model import Article, Extraction
from .rdf import Triples
from .resolve_build import build_graph
from .resolve_cache import Components
from .resolve_index import Mention, MentionIndex
from .resolve_events import EventResult, alike, anchored, cluster_events, cluster_vague, place_vague
from .resolve_events import compatible as events_compatible
from .resolve_people import PersonResult, Unit, cluster_people, compatible, fetch_keys, units_of
from .resolve_settle import stale_articles
from .store import Store
from .stored import read_article, stored_articles
from .vocab import DEFAULT_BASE

__all__ = ["Resolver"]

log = logging.getLogger(__name__)

MAX_ROUNDS = 5
_REBUILD_CHUNK = 256  # articles rebuilt per extraction call
#: the latest extractions kept (also across settle passes: later reports of an event arrive within days), to
#: rebuild articles without extracting them again
MAX_REMEMBERED = 2048

def _same(a: Iterable[Mention], b: Iterable[Mention]) -> bool:
    """Whether two lists of mentions report the same (stored results ignored)."""
    def strip(ms: Iterable[Mention]) -> list[str]:
        return sorted(m.data().rsplit('"x":', 1)[0] for m in ms)

    return strip(a) == strip(b)


class Resolver:
    """Resolves and writes articles in one store.

    Args:
        store: an open, writable store.
        base_iri: base of the minted IRIs.
        curation: the analysts' decisions (none by default).
        extract_fn: the extractor used to rebuild stored articles from their text.
        extract_all: extracts several stored articles at once (e.g. in worker processes); by default
            ``extract_fn`` on each.
    """

    def __init__(self, store: Store, *, base_iri: str = DEFAULT_BASE, curation: Curation | None = None,
                 extract_fn: Callable[[Article], Extraction] = default_extract,
                 extract_all: Callable[[list[Article]], list[Extraction]] | None = None) -> None:
        self.store = store
        self.base = base_iri
        self.curation = curation or Curation()
        self.extract_fn = extract_fn
        self.extract_all = extract_all or (lambda articles: [extract_fn(a) for a in articles])
        self.index = MentionIndex(store)
        self.touched: set[str] = set()  # index keys whose components changed since the last propagate
        self.extractions: dict[str, Extraction] = {}  # this run's extractions, to rebuild without extracting
        self.cache = Components()
        self._overlay: dict[str, list[Mention]] = {}
        self.added: set[tuple] = set()  # reports of events first stored since the last pass (Mention.local)
        self.removed = False  # whether a stored report of an event was changed or removed since then
        self.settled = True  # whether every pass settled (else the store may hold stale results: no narrowing)

    # -- reading the index ------------------------------------------------------------------------------------
    def fetch(self, keys: Iterable[str]) -> list[Mention]:
        """The mentions stored under any of ``keys``, with the article being written as it will be."""
        keys = sorted(keys)
        found = self.index.fetch(keys, exclude=self._overlay)
        wanted = set(keys)
        for mentions in self._overlay.values():
            found.update((m.local, m) for m in mentions if m.keys() & wanted)
        return list(found.values())

    # -- components -------------------------------------------------------------------------------------------
    def person_result(self, mention: PersonMention) -> PersonResult:
        if mention.local not in self.cache.people:
            known = self.cache.known.get(mention.signature)
            if known is None:
                self._resolve_people(mention)
            else:  # reported alike a resolved mention: its result, so a popular person costs little
                self.cache.people[mention.local] = known[0]
                self.cache.keep(known[2], [mention])
        return self.cache.people[mention.local]

    def _resolve_people(self, seed: PersonMention) -> list[Mention]:
        """Resolve the component of ``seed``: fetch its names' index keys until nothing new is linked.

        Mentions that report a name alike (same spelling, language, country and roles) are resolved once,
        through one representative, so a person named in thousands of articles costs little.
        """
        found: dict[tuple, PersonMention] = {seed.local: seed}
        reps: dict[str, PersonMention] = {}
        visited: set[str] = set()
        fresh: list[PersonMention] = [seed]
        while True:
            for m in fresh:
                if m.signature not in reps:
                    reps[m.signature] = dataclasses.replace(m, article=m.signature, result="")
            units = units_of(reps.values(), self.curation)
            seed_unit = next(u for u in units if any(r.article == seed.signature for r in u.mentions))
            component = self._connected(units, seed_unit)
            keys = set().union(*(fetch_keys(u, self.curation) for u in component)) - visited
            if not keys:
                break
            visited |= keys
            fresh = []
            for m in self.fetch(keys):
                if isinstance(m, PersonMention) and m.local not in found:
                    found[m.local] = m
                    fresh.append(m)
        by_rep = cluster_people(component, self.curation)
        linked = {r.article for u in component for r in u.mentions}
        members: list[Mention] = [m for m in found.values() if m.signature in linked and m.local != seed.local]
        members.append(seed)  # last: found first when it is put as written (``Components.as_stored``)
        for m in members:
            result = self.cache.people[m.local] = by_rep[(m.signature, m.name)]
            if m.signature not in self.cache.known or m.article not in self._overlay:
                self.cache.known[m.signature] = (result, m.article, visited)
        self.cache.know({m.signature for m in members}, visited)
        self.cache.keep(visited, members)
        return members

    def _connected(self, units: list[Unit], seed: Unit) -> list[Unit]:
        """The units linked to ``seed`` by a chain of compatible units (compared only when they share an
        index key, which every compatible pair does), in the order of ``units``."""
        stored: dict[str, list[Unit]] = {}
        for unit in units:
            for key in set().union(*(m.keys() for m in unit.mentions)):
                stored.setdefault(key, []).append(unit)
        reached = {id(seed)}
        frontier = [seed]
        while frontier:
            current = frontier.pop()
            for key in fetch_keys(current, self.curation):
                for unit in stored.get(key, ()):
                    if id(unit) not in reached and compatible(current, unit, self.curation):
                        reached.add(id(unit))
                        frontier.append(unit)
        return [u for u in units if id(u) in reached]

    def event_result(self, mention: EventMention) -> EventResult:
        if mention.local not in self.cache.events:
            if anchored(mention):
                self._resolve_events(mention)
            else:
                self._resolve_vague(mention)
        return self.cache.events[mention.local]

    def _resolve_vague(self, seed: EventMention) -> None:
        """A report not dated to the day joins the cluster of dated reports it fits best; the vague reports
        ``alike`` it (found through a chain of alike ones) that fit none are clustered together."""
        component: dict[tuple, EventMention] = {seed.local: seed}
        queue, visited = [seed], set()
        placed: dict[tuple, EventResult] = {}
        used: set[tuple] = set()  # the dated reports whose components' results placed the reports
        while queue:
            current = queue.pop()
            probe = current.probe_keys()
            visited |= probe
            clusters: dict[str, dict[tuple, EventMention]] = {}
            for m in self.fetch(probe):
                if not isinstance(m, EventMention) or not events_compatible(m, current):
                    continue
                if anchored(m):
                    path = self.event_result(m).path
                    used.add(m.local)
                    visited |= self.cache.read[m.local]
                    for member in self.cache.members[m.local]:
                        if self.cache.events[member.local].path == path:
                            clusters.setdefault(path, {})[member.local] = member
                elif m.local not in component and alike(m, current):
                    component[m.local] = m
                    queue.append(m)
            result = place_vague(current, [list(c.values()) for _, c in sorted(clusters.items())], self.cache.events)
            if result is not None:
                placed[current.local] = result
        self.cache.events.update(placed)
        self.cache.events.update(cluster_vague(m for m in component.values() if m.local not in placed))
        self.cache.keep(visited, list(component.values()), uses=used)

    def _resolve_events(self, seed: EventMention) -> list[Mention]:
        """Resolve the component of a report dated to the day: every such report linked to it by a chain of
        compatible ones (vaguer reports never link: ``graph.resolve_events.anchored``).

        Every dated report compatible with a member is stored under one of the member's link keys
        (``EventMention.link_keys``), so a search from any member finds the same component.
        """
        component: dict[tuple, EventMention] = {seed.local: seed}
        queue: list[EventMention] = [seed]
        visited: set[str] = set()
        while queue:
            current = queue.pop()
            probe = current.link_keys()
            visited |= probe
            for m in self.fetch(probe):
                if isinstance(m, EventMention) and anchored(m) and m.local not in component \
                        and events_compatible(m, current):
                    component[m.local] = m
                    queue.append(m)
        self.cache.events.update(cluster_events(component.values()))
        members: list[Mention] = list(component.values())
        self.cache.keep(visited, members)
        return members

    # -- writing ----------------------------------------------------------------------------------------------
    def commit(self, extraction: Extraction, *, unless_same: bool = False) -> Triples | None:
        """Resolve one article against the store and replace its named graph.

        Args:
            extraction: what the extractor found in the article.
            unless_same: leave the store alone when it already holds exactly this graph.

        Returns:
            The graph written, or None when ``unless_same`` found it already stored.
        """
        iri = self.article_iri(extraction.article)
        self._remember(iri, extraction)
        old = self.index.stored_mentions(iri)
        people, events = describe(extraction, iri)
        changed = not _same(old, people + events)
        if changed:
            self._forget_moved(old, people + events)
            self._overlay = {iri: [*people, *events]}
        try:
            g, stored = self._graph(extraction, iri, people, events)
        finally:
            self._overlay = {}
        if unless_same and not changed and self.index.stored_triples(iri) == g:
            return None
        self.index.put(iri, g, old, stored, source=extraction.article.source)
        self.cache.as_stored(stored)
        if changed:
            self.touched |= self._keys(self._moved(old, people + events))
        return g

    def article_iri(self, article: Article) -> str:
        """The IRI of an article and of its named graph."""
        return str(Minter(self.base).article(article))

    def _moved(self, old: list[Mention], new: list[Mention]) -> list[Mention]:
        """The mentions of an article's old and new versions whose removal or arrival can change clusters:
        all but people reported in both versions alike, or alike a resolved mention of another article."""
        before = {m.signature for m in old if isinstance(m, PersonMention)}
        after = {m.signature for m in new if isinstance(m, PersonMention)}
        out = []
        for m in [*old, *new]:
            if isinstance(m, PersonMention):
                known = self.cache.known.get(m.signature)
                if m.signature in before & after or (m.signature not in before and known is not None
                                                      and known[1] != m.article):
                    continue
            out.append(m)
        return out

    def _forget_moved(self, old: list[Mention], new: list[Mention]) -> None:
        """Forget the cached components that an article's new version can change: by index key for its
        people and its removed reports of events, and only those its new reports can join otherwise
        (``Components.admit``: most components read under a new report's keys cannot take it)."""
        moved = self._moved(old, new)
        stored = {id(m) for m in old}
        added = [m for m in moved if isinstance(m, EventMention) and id(m) not in stored]
        self.cache.invalidate(set().union(*(m.keys() for m in moved if id(m) in stored or not isinstance(m, EventMention))))
        self.cache.admit(added)
        self.added.update(m.local for m in added)
        self.removed = self.removed or any(isinstance(m, EventMention) for m in old)

    def _remember(self, iri: str, extraction: Extraction) -> None:
        self.extractions.pop(iri, None)
        self.extractions[iri] = extraction
        while len(self.extractions) > MAX_REMEMBERED:
            del self.extractions[next(iter(self.extractions))]

    def _graph(self, extraction: Extraction, iri: str, people: list[PersonMention],
               events: list[EventMention]) -> tuple[Triples, list[Mention]]:
        self._prefetch(people, events)
        person_results = {m.name: self.person_result(m) for m in people}
        event_results = {m.index: self.event_result(m) for m in events}
        return build_graph(extraction, self.base, people, events, person_results, event_results)

    def _prefetch(self, people: list[PersonMention], events: list[EventMention]) -> None:
        """Read the keys that resolving the article's unresolved mentions looks up first, all at once (one
        store query instead of one per mention; the later lookups of their components follow what is found)."""
        keys: set[str] = set()
        for m in people:
            if m.local not in self.cache.people and m.signature not in self.cache.known:
                keys |= fetch_keys(units_of([m], self.curation)[0], self.curation)
        for e in events:
            if e.local not in self.cache.events:
                keys |= e.link_keys() if anchored(e) else e.probe_keys()
        self.index.prefetch(keys)

    def _keys(self, mentions: Iterable[Mention]) -> set[str]:
        out: set[str] = set()
        for m in mentions:
            if isinstance(m, PersonMention):
                unit = units_of([m], self.curation)[0]
                out |= fetch_keys(unit, self.curation) | m.keys()
            else:
                out |= m.keys() | m.probe_keys()
        return out

    def touch_names(self, names: Iterable[str]) -> None:
        """Mark the people known under ``names`` for re-resolution (after a curation decision)."""
        for name in names:
            mention = PersonMention("", name, "en")
            self.touched |= self._keys([mention])

    def propagate(self) -> int:
        """Re-resolve the touched components (only those that added reports can change, when the batch only
        added reports: ``graph.resolve_settle.stale_articles``) and rebuild the articles whose results changed.

        Returns:
            The number of article graphs rebuilt.
        """
        rebuilt = 0
        self.index.flush()
        for _ in range(MAX_ROUNDS):
            if not self.touched:
                break
            keys, self.touched = self.touched, set()
            added = self.added if self.settled and not self.removed else None
            self.added, self.removed = set(), False
            # cached components are current: writes forgot what changed
            dirty = sorted(stale_articles(self, keys, added))
            for start in range(0, len(dirty), _REBUILD_CHUNK):
                chunk = dirty[start:start + _REBUILD_CHUNK]
                extracted = self._extractions(chunk)
                for article in chunk:
                    self._rebuild(article, extracted)
                rebuilt += len(chunk)
            self.index.flush()
        if self.touched:
            log.warning("resolution did not settle after %d rounds; run 'dkg rebuild'", MAX_ROUNDS)
            self.touched, self.added, self.removed, self.settled = set(), set(), False, False
        self.cache.forget()  # settled: what the next batch needs is resolved again, so memory stays flat
        return rebuilt

    def stale(self) -> list[tuple[str, str]]:
        """(article IRI, name or event type) of every stored mention whose graph does not show its current
        resolution; empty after every ingest, rebuild and curation (a check for tests and maintenance)."""
        self.index.flush()
        self.cache.forget(known=True)
        out = []
        for article in stored_articles(self.store):
            for m in self.index.stored_mentions(article):
                if isinstance(m, PersonMention):
                    result: PersonResult | EventResult = self.person_result(m)
                    label = m.name
                else:
                    result, label = self.event_result(m), m.type
                if result.digest() != m.result:
                    out.append((article, label))
        return out

    def _extractions(self, articles: list[str]) -> dict[str, Extraction]:
        """Extractions of ``articles``: those remembered, taken now (rebuilding the others forgets the oldest
        remembered), and the others from their stored text, all at once."""
        out = {iri: self.extractions[iri] for iri in articles if iri in self.extractions}
        stored = {}
        for iri in articles:
            if iri not in out:
                article = read_article(self.store, iri)
                if article is None:
                    log.warning("%s: no stored text to rebuild from; re-ingest the article", iri)
                else:
                    stored[iri] = article
        if stored:
            out.update(zip(stored, self.extract_all(list(stored.values()))))
        return out

    def _rebuild(self, article_iri: str, extracted: dict[str, Extraction]) -> None:
        extraction = extracted.get(article_iri)
        if extraction is not None:
            self.commit(extraction)
