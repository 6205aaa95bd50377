"""Maintenance of a store's resolution: apply analysts' decisions, rebuild every article from its text.

``rebuild`` re-extracts each stored article from its stored text (``schema:text``, key ``schema:identifier``)
with the current extractor, resolves it with the current curation and replaces its named graph; the
result is the graph a fresh ingest of the same articles would give. ``apply_curation`` re-resolves only
the people a decision names (and every article that mentions them).
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from .curation import Curation
from .extract import extract as default_extract
from .ids import Minter
from .model import Article, Extraction
from .resolve import Resolver
from .stored import read_article, stored_articles
from .store import Store
from .vocab import DEFAULT_BASE

__all__ = ["RebuildSummary", "rebuild", "apply_curation"]

log = logging.getLogger(__name__)


@dataclass
class RebuildSummary:
    """What a rebuild did."""

    articles: int = 0
    rebuilt: int = 0
    skipped: int = 0
    resolved: int = 0  # graphs rewritten again by the final resolution pass

    def line(self) -> str:
        return (f"{self.articles} articles: {self.rebuilt} rebuilt from their stored text, {self.skipped} "
                f"skipped (no stored text), {self.resolved} re-resolved")


def rebuild(store: Store, *, base_iri: str = DEFAULT_BASE, curation: Curation | None = None,
            extract_fn: Callable[[Article], Extraction] = default_extract,
            progress: Callable[[int, int], None] | None = None) -> RebuildSummary:
    """Re-extract and re-resolve every stored article.

    Args:
        store: an open, writable store.
        base_iri: base of the minted IRIs (an article stored under another base moves to this one).
        curation: the decisions to apply (none by default).
        extract_fn: the extractor.
        progress: called with (articles done, articles in all).

    Returns:
        A :class:`RebuildSummary`.
    """
    resolver = Resolver(store, base_iri=base_iri, curation=curation, extract_fn=extract_fn)
    iris = stored_articles(store)
    summary = RebuildSummary(articles=len(iris))
    for done, iri in enumerate(iris, start=1):
        article = read_article(store, iri)
        if article is None:
            log.warning("%s: no stored key and text (ingested by an older dkg?); re-ingest it", iri)
            summary.skipped += 1
        else:
            extraction = extract_fn(article)
            new_iri = str(Minter(base_iri).article(article))
            if new_iri != iri:
                store.remove_graph(iri)
            resolver.commit(extraction)
            summary.rebuilt += 1
        if progress:
            progress(done, len(iris))
    summary.resolved = resolver.propagate()
    return summary


def apply_curation(store: Store, curation: Curation, names: Iterable[str], *,
                   base_iri: str = DEFAULT_BASE,
                   extract_fn: Callable[[Article], Extraction] = default_extract) -> int:
    """Re-resolve the people known under ``names`` after a decision; returns the graphs rewritten."""
    resolver = Resolver(store, base_iri=base_iri, curation=curation, extract_fn=extract_fn)
    resolver.touch_names(names)
    return resolver.propagate()
