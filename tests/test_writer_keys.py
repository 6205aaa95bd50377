"""The index lookups' keys: sent as plain strings (no rdflib term each), and matched against the buffered
articles through a map by key that follows every article buffered, buffered again or committed."""

from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox

from graph.mentions import PersonMention
from graph.resolve_index import MentionIndex
from graph.store import open_store


def test_plain_strings_bind_as_literals_whatever_they_hold(tmp_path: Path) -> None:
    odd = 'a "b" \\ c\nd\re } DROP ALL'
    with open_store(tmp_path / "store") as store:
        s, p = ox.NamedNode("http://example.org/s"), ox.NamedNode("http://example.org/p")
        store.replace_graph("http://example.org/g", [ox.Triple(s, p, ox.Literal(v)) for v in (odd, "plain", "é")])
        query = "SELECT ?o WHERE { GRAPH ?g { ?s ?p ?o } }"
        assert {r["o"] for r in store.select_text(query, {"o": [odd, "é", "absent"]})} == {odd, "é"}
        assert [r["o"] for r in store.select_text(query, {"o": "plain"})] == ["plain"]


def _person(article: str, name: str) -> PersonMention:
    return PersonMention(article, name, "en", country="DE")


def test_buffered_articles_are_found_by_key_as_last_buffered(tmp_path: Path) -> None:
    a, b = "http://example.org/article/a", "http://example.org/article/b"
    first, second, third = _person(a, "Annalena Baerbock"), _person(a, "Jean-Noël Barrot"), \
        _person(a, "Radosław Sikorski")
    with open_store(tmp_path / "store") as store:
        index = MentionIndex(store, batch=100)
        index.put(a, set(), [], [first])
        index.put(b, set(), [], [_person(b, "Annalena Baerbock")])
        # a buffered again, naming others: its first version is no longer found under any key
        index.put(a, set(), [first], [second, third])
        assert index.fetch(first.keys()) and {m.article for m in index.fetch(first.keys()).values()} == {b}
        assert {(m.article, m.name) for m in index.fetch(second.keys()).values()} == {(a, second.name)}
        # committed (as an empty graph): nothing buffered is left to be found under a key not read before
        index.flush()
        assert index.fetch(third.keys()) == {}
