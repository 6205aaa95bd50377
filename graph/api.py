"""The Python API: open a store, ingest files or text, run named queries, export.

Everything here is a thin, typed wrapper over the modules that the command line uses too, so scripts and
notebooks get the same behaviour as ``dkg``:

>>> import tempfile
>>> from graph.api import open_store, ingest_text, query
>>> with tempfile.TemporaryDirectory() as folder, open_store(folder + "/store") as store:
...     iri = ingest_text(store, "The foreign ministers met on Monday.", title="Ministers meet",
...                       published="2025-03-03", language="en")
...     [(row["headline"], row["published"]) for row in query(store, "articles")]
[('Ministers meet', datetime.date(2025, 3, 3))]
"""

from __future__ import annotations

import hashlib
import os
from datetime import date
from pathlib import Path
from typing import Any

from rdflib import BNode, Graph, Literal, URIRef
from rdflib.term import Node

from .errors import QueryError
from .query import NamedQuery, library, load_query, parse_query
from .store import Store, open_store
from .vocab import DEFAULT_BASE

__all__ = ["open_store", "ingest", "ingest_text", "query", "construct", "list_queries", "export", "Store"]

EXPORT_SUFFIXES = {".ttl": "turtle", ".trig": "trig", ".nq": "nquads", ".nt": "ntriples", ".jsonld": "jsonld"}


def ingest(store: Store, *paths: str | os.PathLike[str], published: date | str | None = None,
           language: str | None = None, base_iri: str = DEFAULT_BASE, jobs: int = 0) -> Any:
    """Ingest files and folders (.txt, .html, .json, .jsonl), like ``dkg ingest``.

    ``jobs`` worker processes extract while this process writes (0, the default, extracts here: worker
    processes need the ``if __name__ == "__main__":`` guard in a script).

    Returns:
        The pipeline's ``Summary`` (counts of files, articles ingested / unchanged / failed, errors).
    """
    from .pipeline import ingest_paths

    return ingest_paths(store, paths, published=_date(published), language=language, base_iri=base_iri,
                        jobs=jobs)


def ingest_text(store: Store, text: str, *, title: str | None = None, url: str | None = None,
                published: date | str | None = None, language: str | None = None, key: str | None = None,
                base_iri: str = DEFAULT_BASE) -> str:
    """Ingest one article given as text; returns the article's IRI (also the IRI of its named graph).

    ``key`` identifies the article across runs (ingesting the same key again replaces it); it defaults to the
    URL, else a digest of the text.
    """
    from .pipeline import ingest_article
    from .read import make_article

    key = key or url or "text:" + hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]
    article = make_article(text, key=key, source=title or key, title=title, url=url, published=_date(published),
                           language=language)
    return ingest_article(store, article, base_iri=base_iri)


def _date(value: date | str | None) -> date | None:
    if value is None or isinstance(value, date):
        return value
    try:
        return date.fromisoformat(value)
    except ValueError as e:
        raise QueryError(f"{value!r} is not a date in the form YYYY-MM-DD") from e


def _named(name_or_sparql: str) -> NamedQuery:
    if "{" in name_or_sparql:
        return parse_query(name_or_sparql, name="query")
    return load_query(name_or_sparql)


def _texts(params: dict[str, object]) -> dict[str, str]:
    return {name: value.isoformat() if isinstance(value, date) else str(value) for name, value in params.items()}


def _python(term: Node) -> Any:
    if isinstance(term, (URIRef, BNode)):
        return str(term)
    value = term.toPython()
    return str(term) if isinstance(value, Literal) else value


def query(store: Store, name_or_sparql: str, /, *, terms: bool = False, **params: object) -> list[dict[str, Any]]:
    """Run a named query (``"meetings"``), a ``.rq`` file or SPARQL text; one dict per row.

    Args:
        store: an open store.
        name_or_sparql: a library name, a path ending in ``.rq``, or a SELECT query.
        terms: keep rdflib terms instead of Python values (str, int, datetime.date ...).
        **params: parameter values, as text or as ``date``/``int`` (``since=date(2025, 1, 1)``).

    Returns:
        The rows; a variable that a row leaves unbound is absent from its dict.

    Raises:
        QueryError: unknown query or parameter, a value of the wrong type, or a query that is not a SELECT.
    """
    named = _named(name_or_sparql)
    if named.form != "SELECT":
        raise QueryError(f"{named.name}: a {named.form} query; use construct() for RDF results")
    _, rows = store.select_vars(*named.prepare(_texts(params)))
    if terms:
        return list(rows)
    return [{name: _python(term) for name, term in row.items()} for row in rows]


def construct(store: Store, name_or_sparql: str, /, **params: object) -> Graph:
    """Run a CONSTRUCT or DESCRIBE query (named, file or text) into an rdflib Graph."""
    return store.construct(*_named(name_or_sparql).prepare(_texts(params)))


def list_queries() -> dict[str, str]:
    """The named queries and what each answers.

    >>> "meetings-between" in list_queries()
    True
    """
    return {name: named.summary for name, named in library().items()}


def export(store: Store, path: str | os.PathLike[str], *, rdf_format: str | None = None) -> Path:
    """Write the whole graph to ``path`` (format from the suffix: .ttl .trig .nq .nt .jsonld, or ``rdf_format``).

    The file appears complete or not at all (written to ``PATH.part``, then renamed).
    """
    target = Path(path)
    rdf_format = rdf_format or EXPORT_SUFFIXES.get(target.suffix.lower(), "turtle")
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(target.name + ".part")
    with partial.open("wb") as out:
        store.dump(out, rdf_format)
    partial.replace(target)
    return target
