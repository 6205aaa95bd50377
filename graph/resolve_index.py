"""The resolution index as the resolver sees it: the store's mentions by index key, plus a write buffer.

Every person and event node of an article graph carries ``dkg:resolutionKey`` literals and one
``dkg:resolutionData`` literal (``graph.mentions``); the store's indexes answer "which mentions are stored
under these keys" in O(log n) per key. This module caches those answers for the run and buffers written
article graphs so that many are committed in one transaction; lookups see buffered articles as if stored.

People are cached by what the articles report: under each key, the distinct ``dkg:resolutionData`` values
(one per spelling, language, country, roles and result), each with the set of articles holding it. A person
named in thousands of articles is one entry per way of reporting them, so resolving them reads a few
entries, and the cache holds every article of the run compactly (no reading back of frequent surnames).
"""

from __future__ import annotations

import logging
from collections.abc import Collection, Iterable

import pyoxigraph as ox
from rdflib import URIRef

from .mentions import EventMention, PersonMention
from .rdf import Triples
from .store import Store
from .store.terms import to_ox

__all__ = ["MentionIndex", "Mention", "parse_mention"]

Mention = PersonMention | EventMention

log = logging.getLogger(__name__)

_BY_KEY = "SELECT ?key ?g ?data WHERE { GRAPH ?g { ?node dkg:resolutionKey ?key ; dkg:resolutionData ?data } }"
_OF_ARTICLE = "SELECT DISTINCT ?data WHERE { GRAPH ?article { ?node dkg:resolutionData ?data } }"
_TRIPLES = "SELECT ?s ?p ?o WHERE { GRAPH ?article { ?s ?p ?o } }"
_KEYS_PER_QUERY = 400


def parse_mention(article: str, text: str) -> Mention:
    """A stored ``dkg:resolutionData`` literal as a mention of ``article``."""
    # the JSON keys are sorted: an event's data starts with "at", a person's with "c"
    if text.startswith('{"at"'):
        return EventMention.from_data(article, text)
    return PersonMention.from_data(article, text)


class MentionIndex:
    """Cached lookups by index key over the store and the articles written but not yet committed.

    Args:
        store: the store written to.
        batch: article graphs buffered before they are committed together (one transaction: an interrupted
            run loses at most the buffered articles, each wholly, and the same command completes them).
        cache_limit: cached event keys and reports kept before the keys used least recently are dropped
            (memory stays flat on any corpus).
        people_limit: cached (article, reported person) pairs kept before the people's cache is dropped.
    """

    def __init__(self, store: Store, *, batch: int = 64, cache_limit: int = 100_000,
                 people_limit: int = 2_000_000) -> None:
        self.store = store
        self.batch = batch
        self.cache_limit = cache_limit
        self.people_limit = people_limit
        self._cache: dict[str, list[EventMention]] = {}  # event key -> reports
        self._parsed: dict[tuple[str, str], EventMention] = {}  # (article, data) -> report: each parsed once
        self._cached = 0
        self._names: dict[str, set[str]] = {}  # person key -> the distinct data stored under it
        self._holders: dict[str, set[str]] = {}  # person data -> the articles holding it
        self._reps: dict[str, PersonMention] = {}  # person data -> parsed, with one of its articles
        self._held = 0
        self._iris: dict[str, str] = {}  # one string per article IRI, shared by the sets of holders
        self._pending: dict[str, tuple[Triples, list[Mention], str]] = {}
        self._pending_keys: dict[str, list[tuple[str, Mention]]] | None = {}  # key -> (article, buffered mention)

    def fetch(self, keys: Iterable[str], exclude: Collection[str] = ()) -> dict[tuple, Mention]:
        """Every mention stored (or buffered) under any of ``keys``, by ``Mention.local``, leaving out the
        articles of ``exclude``.

        A person reported alike (same ``dkg:resolutionData``) by several articles comes once, as the mention
        of one of them: :meth:`holders` gives them all.
        """
        keys = list(keys)
        self._bound()  # before looking: a key found cached must stay until it is read
        missing = [k for k in keys if k not in self._cache and k not in self._names]
        if missing:
            self._load(missing)
        found: dict[tuple, Mention] = {}
        cache = self._cache
        for key in keys:
            mentions = cache.get(key)
            if mentions is not None:
                cache[key] = cache.pop(key)  # recently used: kept longest
                for m in mentions:
                    if m.article not in exclude:
                        found[m.local] = m
            for data in self._names.get(key, ()):
                rep = self._rep(data, exclude)
                if rep is not None:
                    found[rep.local] = rep
        return found

    def prefetch(self, keys: Iterable[str]) -> None:
        """Read the mentions stored under those of ``keys`` not cached yet (a few store queries for many keys,
        where :meth:`fetch` key by key would send one each)."""
        self._bound()
        missing = sorted(k for k in set(keys) if k not in self._cache and k not in self._names)
        if missing:
            self._load(missing)

    def holders(self, mention: PersonMention) -> set[str]:
        """The articles stored (or buffered) with exactly this person mention (name, forms, result)."""
        data = mention.data()
        self._bound()
        if data not in self._holders and mention.keys() and not mention.keys() & self._names.keys():
            self._load([min(mention.keys())])
        return set(self._holders.get(data, ()))

    def _rep(self, data: str, exclude: Collection[str]) -> PersonMention | None:
        rep = self._reps.get(data)
        if rep is not None and rep.article not in exclude:
            return rep
        article = next((a for a in self._holders[data] if a not in exclude), None)
        if article is None:
            return None
        rep = self._reps[data] = parse_mention(article, data)  # type: ignore[assignment]
        return rep

    def _bound(self) -> None:
        """Keep the caches within their limits."""
        if self._cached > self.cache_limit:
            self._evict()
        if self._held > self.people_limit:
            self._drop_people()

    def _load(self, keys: list[str]) -> None:
        for start in range(0, len(keys), _KEYS_PER_QUERY):
            chunk = keys[start:start + _KEYS_PER_QUERY]
            events: dict[str, list[EventMention]] = {k: [] for k in chunk if k.startswith("e:")}
            people: dict[str, set[str]] = {k: set() for k in chunk if not k.startswith("e:")}
            rows = self.store.select_text(_BY_KEY, {"key": chunk})
            for row in rows:
                key, article, data = row["key"], row["g"], row["data"]
                if article in self._pending:
                    continue
                if key in people:
                    people[key].add(data)
                    self._hold(data, article)
                    continue
                mention = self._parsed.get((article, data))
                if mention is None:
                    mention = self._parsed[article, data] = parse_mention(article, data)  # type: ignore[assignment]
                events[key].append(mention)  # type: ignore[arg-type]
            buffered = self._buffered_keys()
            for key in (*events, *people):
                for iri, m in buffered.get(key, ()):
                    if isinstance(m, PersonMention):
                        people[key].add(m.data())
                        self._hold(m.data(), iri)
                    else:
                        events[key].append(m)
            self._cache.update(events)
            self._cached += sum(len(v) + 1 for v in events.values())  # a key looked up in vain counts too
            self._names.update(people)

    def _buffered_keys(self) -> dict[str, list[tuple[str, Mention]]]:
        """The buffered articles' mentions by index key, in the order they were buffered."""
        if self._pending_keys is None:
            self._pending_keys = {}
            for iri, (_, mentions, _) in self._pending.items():
                self._key_buffered(iri, mentions)
        return self._pending_keys

    def _key_buffered(self, iri: str, mentions: list[Mention]) -> None:
        assert self._pending_keys is not None
        for m in mentions:
            for key in m.keys():
                self._pending_keys.setdefault(key, []).append((iri, m))

    def _hold(self, data: str, article: str) -> None:
        """Record that ``article`` holds the person ``data``."""
        holders = self._holders.setdefault(data, set())
        if article not in holders:
            holders.add(self._iris.setdefault(article, article))
            self._held += 1

    def _drop_people(self) -> None:
        """Drop the people's cache (read again as needed): memory stays bounded on any corpus."""
        self._names.clear()
        self._holders.clear()
        self._reps.clear()
        self._iris.clear()
        self._held = 0

    def stored_mentions(self, article_iri: str) -> list[Mention]:
        """The mentions an article's graph carries (buffered or stored)."""
        if article_iri in self._pending:
            return list(self._pending[article_iri][1])
        rows = self.store.select(_OF_ARTICLE, {"article": URIRef(article_iri)})
        return [parse_mention(article_iri, str(r["data"])) for r in rows]

    def stored_triples(self, article_iri: str) -> Triples:
        """The triples of an article's graph (buffered or stored), in store terms."""
        if article_iri in self._pending:
            return set(self._pending[article_iri][0])
        rows = self.store.select(_TRIPLES, {"article": URIRef(article_iri)})
        return {ox.Triple(to_ox(r["s"]), to_ox(r["p"]), to_ox(r["o"])) for r in rows}

    def put(self, article_iri: str, triples: Triples, old: list[Mention], new: list[Mention], *,
            source: str = "") -> None:
        """Buffer an article's new graph (committed with the batch) and bring cached lookups in line.

        ``source`` names the input (file and line) in the log line written once the graph is committed.
        """
        if article_iri in self._pending:  # buffered again: its old mentions leave the keys (rare)
            self._pending_keys = None
        self._pending[article_iri] = (triples, new, source or article_iri)
        if self._pending_keys is not None:
            self._key_buffered(article_iri, new)
        for m in old:
            if isinstance(m, PersonMention):
                self._release(m, article_iri)
        for m in new:
            if isinstance(m, PersonMention):
                data = m.data()
                under = [self._names[k] for k in m.keys() if k in self._names]
                if data in self._holders or under:
                    for names in under:
                        names.add(data)
                    self._hold(data, article_iri)
        olds = [m for m in old if isinstance(m, EventMention)]
        news = [m for m in new if isinstance(m, EventMention)]
        for key in set().union(*(m.keys() for m in olds + news)) & self._cache.keys():
            cached = self._cache[key]
            if old:  # a stored article changed: drop its old reports
                cached[:] = [m for m in cached if m.article != article_iri]
            added = [m for m in news if key in m.keys()]
            cached.extend(added)
            self._cached += len(added)  # counted as loaded ones, so the cache stays bounded
        if len(self._pending) >= self.batch:
            self.flush()

    def _release(self, mention: PersonMention, article: str) -> None:
        """``article`` holds the person ``mention`` no more (an entry left without articles is dropped)."""
        data = mention.data()
        holders = self._holders.get(data)
        if holders is None or article not in holders:
            return
        holders.discard(article)
        self._held -= 1
        rep = self._reps.get(data)
        if rep is not None and rep.article == article:
            del self._reps[data]
        if not holders:
            del self._holders[data]
            for key in mention.keys():
                self._names.get(key, set()).discard(data)

    def flush(self) -> None:
        """Commit the buffered article graphs in one transaction."""
        if self._pending:
            self.store.replace_graphs((iri, triples) for iri, (triples, _, _) in self._pending.items())
            for iri, (triples, _, source) in self._pending.items():
                log.info("%s: stored as %s (%d triples)", source, iri, len(triples))
            self._pending.clear()
            self._pending_keys = {}

    def _evict(self) -> None:
        """Drop the keys used least recently until half the limit is left (a corpus in time order needs old
        days no more; a key needed again is read again)."""
        self._parsed.clear()
        for key in list(self._cache):
            if self._cached <= self.cache_limit // 2:
                break
            self._cached -= len(self._cache.pop(key)) + 1

