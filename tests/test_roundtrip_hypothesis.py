"""Hostile strings survive every export format exactly (hypothesis).

Strings with quotes, triple quotes, backslashes, line breaks, control characters and characters of every
Unicode plane are stored raw with ``store.replace_graph`` (article text itself is normalised, see
``graph.text``), exported by the store's ``dump`` (what ``dkg export`` writes) and parsed back with rdflib.
"""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from rdflib import Dataset, Graph, Literal, URIRef

from graph.model import Article
from graph.pipeline import ingest_article
from graph.store import open_store
from graph.store.oxigraph import OxigraphStore
from graph.text import normalise

XSD_STRING = URIRef("http://www.w3.org/2001/XMLSchema#string")
GRAPH = "https://w3id.org/dkg/id/article/0123456789abcdef"
SUBJECT = URIRef(GRAPH)
HEADLINE = URIRef("https://schema.org/headline")
TEXT = URIRef("https://schema.org/text")
NAME = URIRef("https://schema.org/name")
DATE_TEXT = URIRef("https://w3id.org/dkg/ontology#dateText")
pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning")
FORMATS = {"turtle": "turtle", "ntriples": "nt", "trig": "trig", "nquads": "nquads", "jsonld": "json-ld"}
DATASET_FORMATS = ("trig", "nquads", "jsonld")

HOSTILE = st.sampled_from(['"', '"""', "'", "'''", "\\", "\\\\\"", "\n", "\r", "\r\n", "\t", "\x00", "\x08",
                           "\x0c", "\x1b", "\x7f", "\x85", "\u2028", "\u2029", "\ufeff", "\ufffe", "\uffff",
                           "\U0001f600", "\U0010ffff", "\U000e0001", "\u0301", "@en", "^^<x>", "<>", "_:b",
                           "\" . <a> <b> <c> .", "#", "{}", "]]>", "</script>"])
# every plane: all code points except surrogates, which no UTF-8 file can hold
ANY_CHAR = st.characters(blacklist_categories=("Cs",))
HOSTILE_TEXT = st.lists(st.one_of(HOSTILE, st.text(ANY_CHAR, max_size=8)), max_size=12).map("".join)


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> OxigraphStore:
    s = OxigraphStore(str(tmp_path_factory.mktemp("roundtrip") / "store"))
    yield s
    s.close()


def _export(store: OxigraphStore, rdf_format: str) -> bytes:
    out = io.BytesIO()
    store.dump(out, rdf_format)
    return out.getvalue()


def _canon(term: object) -> object:
    """RDF 1.1: ``"x"^^xsd:string`` and ``"x"`` are the same literal (rdflib keeps them apart)."""
    if isinstance(term, Literal) and term.datatype == XSD_STRING:
        return Literal(str(term))
    return term


def _parse_back(data: bytes, rdf_format: str) -> set[tuple]:
    """Quads (graph name last; None for the union formats) parsed by rdflib, an independent implementation."""
    ds = Dataset()
    ds.parse(data=data.decode("utf-8"), format=FORMATS[rdf_format])
    with_graph = rdf_format in DATASET_FORMATS
    return {(s, p, _canon(o), URIRef(str(getattr(c, "identifier", c))) if with_graph else None)
            for s, p, o, c in ds.quads()}


def _expected(g: Graph, rdf_format: str) -> set[tuple]:
    name = URIRef(GRAPH) if rdf_format in DATASET_FORMATS else None
    return {(s, p, _canon(o), name) for s, p, o in g}


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(headline=HOSTILE_TEXT, text=HOSTILE_TEXT, name=HOSTILE_TEXT, lang=st.sampled_from(["de", "en-GB", "ru"]))
def test_hostile_strings_round_trip_through_every_export_format(store: OxigraphStore, headline: str, text: str,
                                                                name: str, lang: str) -> None:
    g = Graph()
    g.add((SUBJECT, HEADLINE, Literal(headline)))
    g.add((SUBJECT, TEXT, Literal(text, datatype=XSD_STRING)))
    g.add((SUBJECT, NAME, Literal(name, lang=lang)))
    g.add((SUBJECT, DATE_TEXT, Literal(headline + text, datatype=URIRef("https://example.org/dt#x"))))
    store.replace_graph(GRAPH, g)
    for rdf_format in FORMATS:
        back = _parse_back(_export(store, rdf_format), rdf_format)
        assert back == _expected(g, rdf_format), rdf_format
        # exact strings, not merely equal terms
        assert {str(o) for *_, o, _ in back} == {str(o) for o in g.objects()}


def test_every_plane_in_one_literal(store: OxigraphStore) -> None:
    chars = "".join(chr(cp) for plane in range(17) for cp in (plane << 16, (plane << 16) + 0x41, (plane << 16) | 0xFFFD))
    everything = chars + "".join(map(chr, range(0x00, 0x100))) + '"""\'\'\'\\'
    g = Graph()
    g.add((SUBJECT, TEXT, Literal(everything)))
    store.replace_graph(GRAPH, g)
    for rdf_format in FORMATS:
        back = _parse_back(_export(store, rdf_format), rdf_format)
        assert [str(o) for *_, o, _ in back] == [everything], rdf_format


def test_turtle_export_is_byte_identical_for_the_same_graph(tmp_path: Path) -> None:
    first, second = OxigraphStore(str(tmp_path / "a")), OxigraphStore(str(tmp_path / "b"))
    triples = [(SUBJECT, p, Literal(f"v{i}\n\"{i}\"")) for i, p in enumerate((TEXT, NAME, HEADLINE))]
    for store_, order in ((first, triples), (second, triples[::-1])):
        g = Graph()
        for t in order:
            g.add(t)
        store_.replace_graph(GRAPH, g)
    assert _export(first, "turtle") == _export(second, "turtle")
    first.close()
    second.close()


@settings(max_examples=10, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(headline=HOSTILE_TEXT, text=HOSTILE_TEXT)
def test_hostile_article_through_the_pipeline(store: OxigraphStore, headline: str, text: str) -> None:
    """An article with hostile headline and text, ingested by the pipeline: both come back exactly."""
    body = normalise("Talks in Vienna. " + text)
    article = Article(key="hostile\n\"key\"", text=body, language="en", title=normalise(headline) or None)
    iri = ingest_article(store, article)
    for rdf_format in FORMATS:
        back = _parse_back(_export(store, rdf_format), rdf_format)
        values = {(str(p), str(o)) for s, p, o, _ in back if str(s) == iri}
        assert (str(TEXT), body) in values, rdf_format
        if article.title:
            assert (str(HEADLINE), article.title) in values, rdf_format


def test_dkg_export_command_round_trips(dkg, tmp_path: Path) -> None:  # noqa: ANN001
    hostile = 'He said: """enough""" \\ \'\'\' \r\n\x00\x1f\x7f \u2028 \ufffe \U0001f54a \U0010fffd'
    g = Graph()
    g.add((SUBJECT, HEADLINE, Literal(hostile)))
    g.add((SUBJECT, NAME, Literal(hostile, lang="de")))
    with open_store(tmp_path / "store") as s:
        s.replace_graph(GRAPH, g)
    for rdf_format in FORMATS:
        out = tmp_path / f"export.{rdf_format}"
        result = dkg("export", "--store", tmp_path / "store", "--format", rdf_format, "-o", out)
        assert result.exit_code == 0, result.stderr
        assert _parse_back(out.read_bytes(), rdf_format) == _expected(g, rdf_format), rdf_format
