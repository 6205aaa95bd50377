"""dkg: turn news articles about diplomacy into an RDF knowledge graph (schema.org, PROV-O, dkg ontology).

The public Python API lives in :mod:`graph.api` and is re-exported here::

    import graph
    with graph.open_store("dkg-store") as store:
        graph.ingest(store, "data/articles", published="2025-04-10")
        rows = graph.query(store, "meetings")
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .api import Store, construct, export, ingest, ingest_text, list_queries, open_store, query

__all__ = ["__version__", "open_store", "ingest", "ingest_text", "query", "construct", "list_queries", "export",
           "Store"]

__version__ = "0.1.0"


def __getattr__(name: str) -> object:
    """The API, imported on first use: a part of the package used alone (the extractor in an ingest worker
    process) then loads neither the store nor the RDF library."""
    if name in __all__:
        from . import api

        return getattr(api, name)
    raise AttributeError(f"module 'graph' has no attribute {name!r}")
