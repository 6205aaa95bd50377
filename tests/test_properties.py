"""Property-based tests (hypothesis) for the pure functions: text normalisation, name keys, IRI minting."""

from __future__ import annotations

import re
import unicodedata

import pyoxigraph as ox
from hypothesis import given, settings
from hypothesis import strategies as st
from rdflib import Graph, Literal, URIRef

from graph.ids import Minter
from graph.model import Article, City, DateValue, Event, Person, Venue
from graph.names import name_key
from graph.read import make_article
from graph.text import normalise

PROPERTY = settings(deadline=None, max_examples=100)

# any text, every plane, including controls, surrogates excluded (Python str from files cannot hold them)
ANY_TEXT = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=200)
RAW_TEXT = st.text(max_size=200)  # surrogates included (JSON "\ud800" escapes produce them)
_IRIREF = re.compile(r'[^<>"{}|^`\\\x00-\x20]+\Z')
_INVISIBLE = set("\u200b\u200c\u200d\u2060\ufeff\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")


# -- text normalisation -------------------------------------------------------------------------------------
@PROPERTY
@given(RAW_TEXT)
def test_normalise_is_idempotent(text: str) -> None:
    once = normalise(text)
    assert normalise(once) == once


@PROPERTY
@given(RAW_TEXT)
def test_normalised_text_is_clean(text: str) -> None:
    out = normalise(text)
    assert all(unicodedata.category(c) != "Cc" or c == "\n" for c in out)
    assert not _INVISIBLE & set(out)
    assert not any("\ud800" <= c <= "\udfff" for c in out)
    assert unicodedata.is_normalized("NFC", out)
    assert out == out.strip()
    assert "\n\n\n" not in out and "  " not in out
    out.encode("utf-8")  # always storable


@PROPERTY
@given(ANY_TEXT, st.data())
def test_offsets_into_normalised_text_survive_reingest(text: str, data: st.DataObject) -> None:
    """An article read again from its normalised text has the same text, hash, and so the same offsets."""
    body = normalise(text)
    if not body:
        return
    start = data.draw(st.integers(0, len(body)))
    end = data.draw(st.integers(start, len(body)))
    first = make_article(body, key="k", source="s", language="en")
    again = make_article(first.text, key="k", source="s", language="en")
    assert again.text == first.text == body
    assert again.sha256 == first.sha256
    assert again.text[start:end] == body[start:end]


# -- name keys ----------------------------------------------------------------------------------------------
ASCII_NAME = st.text(alphabet="abcdefghijklmnopqrstuvwxyz ABCDEFGHIJKLMNOPQRSTUVWXYZ-", min_size=1, max_size=40)
MARKS = ["\u0301", "\u0300", "\u0302", "\u0308", "\u030c", "\u0327", "\u0303", "\u030a"]


@PROPERTY
@given(ANY_TEXT)
def test_name_key_is_idempotent_on_its_output(name: str) -> None:
    key = name_key(name)
    assert name_key(key) == key


@PROPERTY
@given(ANY_TEXT)
def test_name_key_is_case_insensitive(name: str) -> None:
    assert name_key(name.upper()) == name_key(name.lower()) == name_key(name)


@PROPERTY
@given(ASCII_NAME, st.lists(st.sampled_from(MARKS), min_size=1, max_size=40), st.randoms())
def test_name_key_ignores_diacritics(name: str, marks: list[str], rnd) -> None:  # noqa: ANN001
    accented = "".join(c + (rnd.choice(marks) if c.isalpha() and rnd.random() < 0.5 else "") for c in name)
    assert name_key(unicodedata.normalize("NFC", accented)) == name_key(name)
    assert name_key(unicodedata.normalize("NFD", accented)) == name_key(name)


@PROPERTY
@given(ASCII_NAME)
def test_name_key_ignores_spacing_and_hyphens(name: str) -> None:
    assert name_key(f"  {name.replace(' ', '  ')} ") == name_key(name)
    assert name_key(name.replace("-", " ")) == name_key(name)


# -- IRI minting --------------------------------------------------------------------------------------------
def _article(key: str) -> Article:
    return Article(key=key, text="x", language="en")


def _valid_iri(iri: URIRef) -> None:
    assert _IRIREF.match(str(iri)), iri
    ox.NamedNode(str(iri))  # the store accepts it
    g = Graph()
    g.add((iri, iri, Literal("x")))
    assert set(Graph().parse(data=g.serialize(format="nt"), format="nt")) == set(g)


@PROPERTY
@given(ANY_TEXT, st.integers(0, 10**6), st.integers(0, 10**6))
def test_article_and_evidence_iris_are_deterministic_and_valid(key: str, start: int, end: int) -> None:
    a, b = Minter(), Minter()
    assert a.article(_article(key)) == b.article(_article(key))
    assert re.fullmatch(r"https://w3id\.org/dkg/id/article/[0-9a-f]{16}", a.article(_article(key)))
    assert a.evidence(_article(key), start, end) == b.evidence(_article(key), start, end)
    _valid_iri(a.evidence(_article(key), start, end))


@PROPERTY
@given(ANY_TEXT)
def test_person_iris_are_valid_for_any_name(name: str) -> None:
    iri = Minter().person(Person(name=name))
    assert iri == Minter().person(Person(name=name))
    assert re.fullmatch(r"https://w3id\.org/dkg/id/person/[a-z0-9_]+", iri)
    _valid_iri(iri)


@PROPERTY
@given(ANY_TEXT, ANY_TEXT, st.integers(1, 10**7), st.sampled_from([None, "RU", "us"]),
       st.sampled_from(["", "https://example.org/kg", "https://example.org/kg#"]))
def test_place_and_org_iris_are_valid_for_any_text(kind: str, code: str, geo: int, owner: str | None,
                                                   base: str) -> None:
    mint = Minter(base) if base else Minter()
    city = City(geonames_id=geo, name="City", country="FR")
    for iri in (mint.venue(Venue(kind=kind, name=kind, city=city, owner=owner)),
                mint.organization(code), mint.city(city), mint.country("fr")):
        _valid_iri(iri)
        assert iri.startswith(mint.base)


@PROPERTY
@given(ANY_TEXT, st.integers(0, 50), st.dates(), st.sets(st.sampled_from(["RU", "US", "FR", "DE"]), max_size=3),
       st.sampled_from(["Talks", "PhoneCall", "Visit", "Statement"]))
def test_event_iris_are_deterministic_and_valid(key: str, index: int, day, countries, kind: str) -> None:  # noqa: ANN001
    event = Event(type=kind, countries=set(countries), date=DateValue(day.isoformat(), "text"))
    iri = Minter().event(event, _article(key), index)
    _valid_iri(iri)
    assert iri == Minter().event(event, _article(key), index)
