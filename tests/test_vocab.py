"""The ontology file, the closed namespace and the query library agree (issue 2)."""

from __future__ import annotations

import re
from importlib import resources
from pathlib import Path

import pytest
from rdflib import Graph, Literal
from rdflib.namespace import RDFS

from graph.model import EVENT_TYPES, STATUSES
from graph.vocab import DKG, SDO

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def ontology() -> Graph:
    return Graph().parse(data=resources.files("graph").joinpath("data/ontology.ttl").read_text("utf-8"),
                         format="turtle")


def declared_terms() -> list[str]:
    return [name for name in DKG.__annotations__ if not name.startswith("_")]


@pytest.mark.parametrize("name", declared_terms())
def test_every_term_has_english_and_german_label_and_comment(ontology: Graph, name: str) -> None:
    term = DKG[name]
    for prop in (RDFS.label, RDFS.comment):
        langs = {o.language for o in ontology.objects(term, prop) if isinstance(o, Literal)}
        assert {"en", "de"} <= langs, f"dkg:{name} lacks {prop} in en/de"


@pytest.mark.parametrize("name", EVENT_TYPES)
def test_event_classes_are_schema_events(ontology: Graph, name: str) -> None:
    assert (DKG[name], RDFS.subClassOf, SDO.Event) in ontology


def test_statuses_are_declared(ontology: Graph) -> None:
    for name in STATUSES:
        assert (DKG[name], None, None) in ontology


def test_misspelt_term_is_an_error() -> None:
    with pytest.raises(AttributeError):
        DKG.Meting  # noqa: B018


def test_ontology_declares_nothing_the_namespace_lacks(ontology: Graph) -> None:
    ns = str(DKG._NS)
    used = {str(s)[len(ns):] for s in ontology.subjects() if str(s).startswith(ns)}
    assert used <= set(declared_terms())


def test_queries_use_only_declared_terms() -> None:
    files = list((ROOT / "queries").glob("*.rq"))
    if not files:
        pytest.skip("no queries/ folder in this checkout")
    known = set(declared_terms())
    for path in files:
        for term in re.findall(r"\bdkg:([A-Za-z_][\w-]*)", path.read_text("utf-8")):
            assert term in known, f"{path.name} uses undeclared dkg:{term}"
