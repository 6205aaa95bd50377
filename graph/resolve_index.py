"""The resolution index as the resolver sees it: the store's mentions by index key, plus a write buffer.

Every person and event node of an article graph carries ``dkg:resolutionKey`` literals and one
``dkg:resolutionData`` literal (``graph.mentions``); the store's indexes answer "which mentions are stored
under these keys" in O(log n) per key. This module caches those answers for the run and buffers written
article graphs so that many are committed in one transaction; lookups see buffered articles as if stored.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable

import pyoxigraph as ox
from rdflib import Literal, URIRef

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
        cache_limit: cached mentions kept before the keys used least recently are dropped (memory stays flat
            on any corpus).
    """

    def __init__(self, store: Store, *, batch: int = 64, cache_limit: int = 100_000) -> None:
        self.store = store
        self.batch = batch
        self.cache_limit = cache_limit
        self._cache: dict[str, list[Mention]] = {}
        self._parsed: dict[tuple[str, str], Mention] = {}  # (article, data) -> mention: each parsed once
        self._cached = 0
        self._pending: dict[str, tuple[Triples, list[Mention], str]] = {}

    def fetch(self, keys: Iterable[str]) -> dict[tuple, Mention]:
        """Every mention stored (or buffered) under any of ``keys``, by ``Mention.local``."""
        keys = list(keys)
        missing = [k for k in keys if k not in self._cache]
        if missing:
            self._load(missing)
        found: dict[tuple, Mention] = {}
        cache = self._cache
        for key in keys:
            mentions = cache.get(key)
            if mentions is not None:
                cache[key] = cache.pop(key)  # recently used: kept longest
                for m in mentions:
                    found[m.local] = m
        return found

    def _load(self, keys: list[str]) -> None:
        if self._cached > self.cache_limit:
            self._evict()
        for start in range(0, len(keys), _KEYS_PER_QUERY):
            chunk = keys[start:start + _KEYS_PER_QUERY]
            loaded: dict[str, list[Mention]] = {k: [] for k in chunk}
            rows = self.store.select_text(_BY_KEY, {"key": [Literal(k) for k in chunk]})
            for row in rows:
                article, data = row["g"], row["data"]
                if article not in self._pending:
                    mention = self._parsed.get((article, data))
                    if mention is None:
                        mention = self._parsed[article, data] = parse_mention(article, data)
                    loaded[row["key"]].append(mention)
            for _, mentions, _ in self._pending.values():
                for m in mentions:
                    for key in m.keys() & loaded.keys():
                        loaded[key].append(m)
            self._cache.update(loaded)
            self._cached += sum(len(v) for v in loaded.values())

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
        self._pending[article_iri] = (triples, new, source or article_iri)
        for key in set().union(*(m.keys() for m in old + new)) & self._cache.keys():
            cached = self._cache[key]
            if old:  # a stored article changed: drop its old mentions
                cached[:] = [m for m in cached if m.article != article_iri]
            added = [m for m in new if key in m.keys()]
            cached.extend(added)
            self._cached += len(added)  # counted as loaded ones, so the cache stays bounded
        if len(self._pending) >= self.batch:
            self.flush()

    def flush(self) -> None:
        """Commit the buffered article graphs in one transaction."""
        if self._pending:
            self.store.replace_graphs((iri, triples) for iri, (triples, _, _) in self._pending.items())
            for iri, (triples, _, source) in self._pending.items():
                log.info("%s: stored as %s (%d triples)", source, iri, len(triples))
            self._pending.clear()

    def _evict(self) -> None:
        """Drop the keys used least recently until half the limit is left (a corpus in time order needs old
        days no more; a key needed again is read again)."""
        self._parsed.clear()
        for key in list(self._cache):
            if self._cached <= self.cache_limit // 2:
                break
            self._cached -= len(self._cache.pop(key))

