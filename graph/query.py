"""Named queries: the SPARQL library in ``graph/data/queries/*.rq``, typed parameters, and running them.

Each ``.rq`` file starts with a comment header::

    # One line saying what the query answers.
    # More lines of description (optional).
    # param: since date optional -- only events on or after this day
    # param: country1 country-code -- the first country (ISO 3166-1 alpha-2)
    # example: dkg query meetings-between --bind country1=RU --bind country2=US

A parameter is a plain SPARQL variable (``?since``) of the outermost WHERE group. Its value arrives as text
(``--bind since=2025-01-01``), is checked and converted to an RDF term according to its declared type, and is
bound as a term by the store (a VALUES block, see ``graph.store.bind``); it is never pasted into the query text.
Unbound optional parameters stay unbound: queries test them with ``BOUND(?since)``. Lines between
``#if NAME`` and ``#end`` (SPARQL comments, so the file stays valid SPARQL) are kept only when the parameter
NAME is given (``#if !NAME``: only when it is not): that is how an optional parameter anchors the query (a join
the engine can start from) instead of filtering every row. Only these fixed lines are chosen; no value ever
enters the text.

Extra folders of ``.rq`` files can be named in ``$DKG_QUERY_PATH`` (separated like ``$PATH``); their queries
are added to the library and override built-in ones of the same name.
"""

from __future__ import annotations

import functools
import os
import re
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from datetime import date
from importlib import resources
from pathlib import Path

from rdflib import Literal, URIRef
from rdflib.term import Node

from .errors import QueryError
from .model import EVENT_TYPES, STATUSES
from .store import Store
from .vocab import DKG, PREFIXES, XSD

__all__ = [
    "Param", "NamedQuery", "PARAM_TYPES", "library", "load_query", "parse_query", "parse_binds", "run_select",
    "query_form",
]

_PARAM_LINE = re.compile(
    r"#\s*param:\s*(?P<name>\S+)\s+(?P<type>\S+)(?P<optional>\s+optional)?\s*(?:--\s*(?P<doc>.*))?$")
_EXAMPLE_LINE = re.compile(r"#\s*example:\s*(?P<text>.*)$")
_IF_LINE = re.compile(r"\s*#if\s+(!?)([A-Za-z_][A-Za-z0-9_]*)\s*$")
_END_LINE = re.compile(r"\s*#end\s*$")
_VAR_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_]*\Z")
_PARTIAL_DATE = {4: XSD.gYear, 7: XSD.gYearMonth, 10: XSD.date}
_PARTIAL_DATE_RE = re.compile(r"\d{4}(-\d{2}(-\d{2})?)?\Z")
_ABSOLUTE_IRI = re.compile(r"[A-Za-z][A-Za-z0-9+.-]*:[^\s<>\"{}|^`\\]+\Z")
# comments, strings and IRIs are skipped when looking for the query form keyword
_FORM_TOKENS = re.compile(
    r'#[^\n]*|"""(?:[^"\\]|\\.|"(?!""))*"""|\'\'\'(?:[^\'\\]|\\.|\'(?!\'\'))*\'\'\''
    r'|"(?:[^"\\\n]|\\.)*"|\'(?:[^\'\\\n]|\\.)*\'|<[^<>"{}|^`\\\s]*>'
    r"|(?<![\w:?$-])(?P<word>SELECT|CONSTRUCT|ASK|DESCRIBE|INSERT|DELETE|LOAD|CLEAR|DROP|CREATE|ADD|MOVE|COPY|WITH)"
    r"(?![\w:-])",
    re.IGNORECASE,
)


def query_form(sparql: str) -> str:
    """The form of a query: ``SELECT``, ``CONSTRUCT``, ``ASK``, ``DESCRIBE``, or ``UPDATE`` for an update.

    >>> query_form("# select this\\nPREFIX x: <http://x/construct> construct { ?s ?p ?o } where { ?s ?p ?o }")
    'CONSTRUCT'
    """
    for m in _FORM_TOKENS.finditer(sparql):
        word = (m.group("word") or "").upper()
        if word in ("SELECT", "CONSTRUCT", "ASK", "DESCRIBE"):
            return word
        if word:
            return "UPDATE"
    raise QueryError("not a SPARQL query: no SELECT, CONSTRUCT, ASK or DESCRIBE found")


def _to_string(value: str) -> Node:
    return Literal(value)


def _to_name(value: str) -> Node:
    text = " ".join(value.split()).lower()
    if not text:
        raise ValueError("a name (it is empty)")
    return Literal(text)


def _to_integer(value: str) -> Node:
    if not re.fullmatch(r"[+-]?\d{1,18}", value.strip()):
        raise ValueError("an integer")
    return Literal(int(value))


def _to_date(value: str) -> Node:
    value = value.strip()
    if not _PARTIAL_DATE_RE.match(value):
        raise ValueError("a date (YYYY-MM-DD, YYYY-MM or YYYY)")
    try:
        date.fromisoformat((value + "-01-01")[:10] if len(value) < 10 else value)
    except ValueError:
        raise ValueError("a date (YYYY-MM-DD, YYYY-MM or YYYY)") from None
    return Literal(value, datatype=_PARTIAL_DATE[len(value)])


def _to_iri(value: str) -> Node:
    value = value.strip()
    if value.startswith("<") and value.endswith(">"):
        value = value[1:-1]
    prefix, _, local = value.partition(":")
    if prefix in PREFIXES and not local.startswith("//"):
        value = PREFIXES[prefix] + local
    if not _ABSOLUTE_IRI.match(value):
        raise ValueError("an absolute IRI (https://...) or a prefixed name such as dkg:Meeting")
    return URIRef(value)


def _to_country_code(value: str) -> Node:
    if not re.fullmatch(r"[A-Za-z]{2}", value.strip()):
        raise ValueError("a two-letter country code (ISO 3166-1 alpha-2, e.g. FR)")
    return Literal(value.strip().upper())


def _choice(kind: str, names: Iterable[str]) -> object:
    by_lower = {n.lower(): n for n in names}

    def convert(value: str) -> Node:
        name = by_lower.get(value.strip().lower())
        if name is None:
            raise ValueError(f"{kind}: one of {', '.join(by_lower.values())}")
        return DKG[name]

    return convert


#: parameter type name -> converter from the text given on the command line to an RDF term
PARAM_TYPES = {
    "string": _to_string,
    "name": _to_name,  # compared in lower case: queries project LCASE(STR(?label)) AS ?param
    "integer": _to_integer,
    "date": _to_date,
    "iri": _to_iri,
    "country-code": _to_country_code,
    "event-type": _choice("an event type", EVENT_TYPES),
    "status": _choice("a status", STATUSES),
}


@dataclass(frozen=True)
class Param:
    """A declared query parameter."""

    name: str
    type: str
    optional: bool = False
    doc: str = ""

    def convert(self, value: str) -> Node:
        """The RDF term for ``value``; raises QueryError naming the parameter when it has the wrong type."""
        try:
            return PARAM_TYPES[self.type](value)
        except ValueError as e:
            raise QueryError(f"{self.name}: {value!r} is not {e}") from None


@dataclass(frozen=True)
class NamedQuery:
    """A query with its header: what it answers, its parameters and examples."""

    name: str
    sparql: str
    summary: str = ""
    description: str = ""
    params: tuple[Param, ...] = ()
    examples: tuple[str, ...] = ()
    source: str = ""

    @property
    def form(self) -> str:
        """``SELECT``, ``CONSTRUCT``, ``ASK``, ``DESCRIBE`` (``UPDATE`` for an update)."""
        return query_form(self.sparql)

    def bind(self, values: Mapping[str, str]) -> dict[str, Node]:
        """Check ``values`` (name -> text) against the declared parameters and convert them to RDF terms.

        Raises:
            QueryError: unknown name, missing required parameter, or a value of the wrong type.
        """
        declared = {p.name: p for p in self.params}
        for name in values:
            if name not in declared:
                known = ", ".join(declared) or "none"
                raise QueryError(f"{self.name}: unknown parameter {name!r} (parameters: {known})")
        missing = [p for p in self.params if not p.optional and p.name not in values]
        if missing:
            p = missing[0]
            raise QueryError(f"{self.name}: missing parameter {p.name} ({p.type}); add --bind {p.name}=VALUE")
        bound = {}
        for name, value in values.items():
            try:
                bound[name] = declared[name].convert(value)
            except QueryError as e:
                raise QueryError(f"{self.name}: {e}") from None
        return bound

    def text_for(self, bound: Iterable[str]) -> str:
        """The SPARQL text with the ``#if NAME`` blocks of the parameters in ``bound`` kept, the others dropped."""
        bound = set(bound)
        lines, keep = [], True
        for line in self.sparql.splitlines(keepends=True):
            m = _IF_LINE.match(line)
            if m:
                keep = (m.group(2) in bound) != (m.group(1) == "!")
            elif _END_LINE.match(line):
                keep = True
            elif keep:
                lines.append(line)
        return "".join(lines)

    def prepare(self, values: Mapping[str, str] | None = None) -> tuple[str, dict[str, Node]]:
        """The text to run and its bindings, for parameter values given as text (see ``bind``)."""
        bindings = self.bind(values or {})
        return self.text_for(bindings), bindings

    def usage(self, name_width: int = 0) -> str:
        """One line for ``dkg query --list``: name, summary, parameters (optional ones in brackets)."""
        params = " ".join(f"[{p.name}]" if p.optional else p.name for p in self.params)
        return f"{self.name:<{name_width}}  {self.summary}" + (f"  ({params})" if params else "")


def parse_query(text: str, *, name: str, source: str = "") -> NamedQuery:
    """Read the comment header of a query text.

    >>> q = parse_query("# People.\\n# param: c country-code optional -- a country\\nSELECT ?p WHERE { ?p ?x ?c }",
    ...                 name="people")
    >>> q.summary, q.params[0].type, q.params[0].optional
    ('People.', 'country-code', True)
    """
    lines: list[str] = []
    params: list[Param] = []
    examples: list[str] = []
    for raw in text.splitlines():
        line = raw.strip()
        if not line:
            continue
        if not line.startswith("#"):
            break
        if re.match(r"#\s*param:", line):
            params.append(_parse_param(line, name))
        elif m := _EXAMPLE_LINE.match(line):
            examples.append(m.group("text").strip())
        else:
            lines.append(line.lstrip("#").strip())
    summary = next((ln for ln in lines if ln), "")
    description = "\n".join(lines[lines.index(summary) + 1:]).strip() if summary else ""
    _check_blocks(text, name, {p.name for p in params})
    return NamedQuery(name=name, sparql=text, summary=summary, description=description,
                      params=tuple(params), examples=tuple(examples), source=source)


def _check_blocks(text: str, query_name: str, declared: set[str]) -> None:
    open_block = None
    for number, line in enumerate(text.splitlines(), start=1):
        if m := _IF_LINE.match(line):
            if open_block or m.group(2) not in declared:
                problem = "nested #if" if open_block else f"#if {m.group(2)} names no declared parameter"
                raise QueryError(f"{query_name}: line {number}: {problem}")
            open_block = m.group(2)
        elif _END_LINE.match(line):
            if not open_block:
                raise QueryError(f"{query_name}: line {number}: #end without #if")
            open_block = None
    if open_block:
        raise QueryError(f"{query_name}: #if {open_block} has no #end")


def _parse_param(line: str, query_name: str) -> Param:
    m = _PARAM_LINE.match(line)
    if not m or not _VAR_NAME.match(m.group("name")):
        raise QueryError(f"{query_name}: bad parameter line {line!r}; write '# param: NAME TYPE [optional] -- doc'")
    if m.group("type") not in PARAM_TYPES:
        raise QueryError(f"{query_name}: parameter {m.group('name')}: unknown type {m.group('type')!r}; "
                         f"use one of {', '.join(PARAM_TYPES)}")
    return Param(m.group("name"), m.group("type"), bool(m.group("optional")), (m.group("doc") or "").strip())


def _read_folder(folder: Path | resources.abc.Traversable) -> Iterator[NamedQuery]:
    for entry in sorted(folder.iterdir(), key=lambda e: e.name):
        if entry.name.endswith(".rq"):
            yield parse_query(entry.read_text(encoding="utf-8"), name=entry.name[:-3], source=str(entry))


@functools.lru_cache(maxsize=8)
def _library(query_path: str) -> dict[str, NamedQuery]:
    found = {q.name: q for q in _read_folder(resources.files("graph").joinpath("data/queries"))}
    for folder in filter(None, query_path.split(os.pathsep)):
        if Path(folder).is_dir():
            found.update((q.name, q) for q in _read_folder(Path(folder)))
    return dict(sorted(found.items()))


def library() -> dict[str, NamedQuery]:
    """All named queries by name: the built-in library plus the folders in ``$DKG_QUERY_PATH``."""
    return _library(os.environ.get("DKG_QUERY_PATH", ""))


def load_query(spec: str) -> NamedQuery:
    """A named query (``meetings``) or a query file (``my.rq``).

    Raises:
        QueryError: no such query or file.
    """
    if spec.endswith(".rq") or os.sep in spec or "/" in spec:
        path = Path(spec)
        try:
            return parse_query(path.read_text(encoding="utf-8"), name=path.stem, source=str(path))
        except OSError as e:
            raise QueryError(f"{spec}: cannot read query file: {e.strerror or e}") from e
    queries = library()
    if spec not in queries:
        close = [n for n in queries if spec.lower() in n.lower()]
        hint = f"; did you mean {', '.join(close[:3])}?" if close else "; 'dkg query --list' shows them"
        raise QueryError(f"no query named {spec!r}{hint}")
    return queries[spec]


def parse_binds(items: Iterable[str]) -> dict[str, str]:
    """``["since=2025-01-01", ...]`` -> ``{"since": "2025-01-01"}`` (the value may contain ``=``)."""
    values: dict[str, str] = {}
    for item in items:
        name, sep, value = item.partition("=")
        name = name.strip().lstrip("?$")
        if not sep or not _VAR_NAME.match(name):
            raise QueryError(f"--bind {item!r}: write NAME=VALUE")
        values[name] = value
    return values


def run_select(store: Store, query: NamedQuery, values: Mapping[str, str] | None = None,
               ) -> tuple[list[str], Iterator[dict[str, Node]]]:
    """Run a SELECT query with parameter values; return the variable names and an iterator of rows."""
    if query.form != "SELECT":
        raise QueryError(f"{query.name}: a {query.form} query has no rows; use a result format such as turtle")
    return store.select_vars(*query.prepare(values))
