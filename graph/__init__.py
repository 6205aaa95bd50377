"""dkg: turn news articles about diplomacy into an RDF knowledge graph (schema.org, PROV-O, dkg ontology)."""

from __future__ import annotations

__all__ = ["__version__"]

__version__ = "0.1.0"
