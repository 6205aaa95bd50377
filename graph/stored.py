"""Stored articles read back from the store: their IRIs, and each one's text and metadata to rebuild from."""

from __future__ import annotations

from datetime import date

from rdflib import URIRef

from .model import Article
from .store import Store
from .vocab import SDO

# the article node's own triples (one indexed lookup; OPTIONALs would scan every article graph)
_ARTICLE = "SELECT ?p ?o WHERE { GRAPH ?article { ?article ?p ?o } }"
_FIELDS = {str(SDO.identifier): "key", str(SDO.text): "text", str(SDO.inLanguage): "lang",
           str(SDO.headline): "title", str(SDO.url): "url", str(SDO.datePublished): "published"}
_ARTICLES = "SELECT DISTINCT ?article WHERE { GRAPH ?article { ?article a schema:NewsArticle } } ORDER BY ?article"


def read_article(store: Store, article_iri: str) -> Article | None:
    """The stored article (key, text, language, title, URL, publication date), None without its key."""
    row = {_FIELDS[r["p"]]: r["o"] for r in store.select_text(_ARTICLE, {"article": URIRef(article_iri)})
           if r["p"] in _FIELDS}
    if not {"key", "text", "lang"} <= row.keys():
        return None
    published = date.fromisoformat(row["published"]) if "published" in row else None
    return Article(key=row["key"], text=row["text"], language=row["lang"], title=row.get("title"),
                   url=row.get("url"), published=published, source=article_iri)


def stored_articles(store: Store) -> list[str]:
    """The IRIs of all stored articles, sorted."""
    return [str(r["article"]) for r in store.select(_ARTICLES)]
