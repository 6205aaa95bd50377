"""Binding values into SPARQL as RDF terms: a ``VALUES`` block built from ``term.n3()``, never pasted text.

A plain ``str`` binds as a plain literal (escaped here: cheaper than making an rdflib ``Literal`` of each of
the hundreds of index keys a lookup sends).

The block goes at the top of the query's outermost group pattern, so it constrains the whole pattern (also
below aggregates), the same way for every backend.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from rdflib import BNode, Literal, URIRef
from rdflib.term import Node

from ..errors import QueryError

__all__ = ["with_values"]

_NAME = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")
# strings, IRIs and comments are skipped when looking for the group's opening brace
_TOKENS = re.compile(
    r'"""(?:[^"\\]|\\.|"(?!""))*"""|\'\'\'(?:[^\'\\]|\\.|\'(?!\'\'))*\'\'\''
    r'|"(?:[^"\\\n]|\\.)*"|\'(?:[^\'\\\n]|\\.)*\'|<[^<>"{}|^`\\\s]*>|#[^\n]*'
    r"|\b(?:SELECT|ASK|CONSTRUCT|DESCRIBE|WHERE)\b|\{",
    re.IGNORECASE,
)


def _group_start(sparql: str) -> int:
    """Offset just after the ``{`` that opens the outermost WHERE group."""
    form = None
    for m in _TOKENS.finditer(sparql):
        token = m.group(0)
        upper = token.upper()
        if upper in ("SELECT", "ASK", "CONSTRUCT", "DESCRIBE") and form is None:
            form = upper
        elif upper == "WHERE" and form is not None:
            form = "WHERE"
        elif token == "{" and form in ("SELECT", "ASK", "WHERE"):
            return m.end()
    raise QueryError("cannot bind values: the query has no WHERE { ... } pattern")


_ESCAPES = str.maketrans({"\\": "\\\\", '"': '\\"', "\n": "\\n", "\r": "\\r"})


def _plain(text: str) -> str:
    """A plain literal as SPARQL text.

    >>> print(_plain('a "b"\\n'))
    "a \\"b\\"\\n"
    """
    return '"' + text.translate(_ESCAPES) + '"'


def _term(name: str, value: Node | str) -> str:
    if type(value) is str:
        return _plain(value)
    if isinstance(value, BNode):
        raise QueryError(f"cannot bind ?{name} to a blank node")
    if not isinstance(value, (URIRef, Literal)):
        raise QueryError(f"cannot bind ?{name}: {type(value).__name__} is not an RDF term")
    if isinstance(value, URIRef) and re.search(r'[<>"{}|^`\\\s]', str(value)):
        raise QueryError(f"cannot bind ?{name}: {str(value)!r} is not a valid IRI")
    return value.n3()


def with_values(sparql: str, bindings: Mapping[str, Node | str | Sequence[Node | str]] | None) -> str:
    """The query with ``VALUES (?a ?b) { (<...> "...") }`` added at the top of its WHERE pattern.

    A single variable may be bound to a list of terms: one row each (an indexed lookup of many keys).

    >>> with_values("SELECT ?s WHERE { ?s ?p ?o }", {"o": Literal('x" } DROP ALL')})
    'SELECT ?s WHERE { VALUES (?o) { ("x\\\\" } DROP ALL") }\\n ?s ?p ?o }'
    >>> with_values("SELECT ?s WHERE { ?s ?p ?o }", {"o": [Literal("a"), Literal("b")]})
    'SELECT ?s WHERE { VALUES (?o) { ("a") ("b") }\\n ?s ?p ?o }'
    """
    if not bindings:
        return sparql
    for name in bindings:
        if not _NAME.match(name):
            raise QueryError(f"invalid variable name {name!r}")
    names = " ".join(f"?{n}" for n in bindings)
    lists = [n for n, v in bindings.items() if isinstance(v, Sequence) and not isinstance(v, str)]
    if lists and len(bindings) > 1:
        raise QueryError(f"cannot bind ?{lists[0]} to several values together with other variables")
    if lists:
        rows = " ".join(f"({_term(lists[0], v)})" for v in bindings[lists[0]])
    else:
        rows = "(" + " ".join(_term(n, v) for n, v in bindings.items()) + ")"
    at = _group_start(sparql)
    return f"{sparql[:at]} VALUES ({names}) {{ {rows} }}\n{sparql[at:]}"
