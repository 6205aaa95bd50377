"""SHACL validation of the whole graph (union of the article graphs) against ``graph/data/shapes.ttl``."""

from __future__ import annotations

import io
from dataclasses import dataclass
from importlib import resources

from rdflib import Graph

from .store import Store

__all__ = ["Validation", "validate_store"]


@dataclass(frozen=True)
class Validation:
    conforms: bool
    report: str  # pyshacl's readable report
    triples: int


def _shapes() -> Graph:
    return Graph().parse(data=resources.files("graph").joinpath("data/shapes.ttl").read_text("utf-8"),
                         format="turtle")


def validate_store(store: Store) -> Validation:
    """Validate the union of all graphs in ``store``.

    Returns:
        Whether the graph conforms, pyshacl's text report and the number of triples checked.
    """
    import pyshacl  # heavy import, only here

    buffer = io.BytesIO()
    store.dump(buffer, "ntriples")
    data = Graph().parse(data=buffer.getvalue().decode("utf-8"), format="nt")
    conforms, _, text = pyshacl.validate(data, shacl_graph=_shapes(), inference="none", advanced=False)
    return Validation(conforms=bool(conforms), report=str(text), triples=len(data))
