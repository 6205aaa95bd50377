"""Query results as text: a terminal table, CSV, TSV, SPARQL 1.1 Query Results JSON and XML; RDF as Turtle.

``write_results`` runs a query and writes it: csv, tsv, json and xml go straight from the store to the output
through ``Store.query_to`` (nothing is held in memory), CONSTRUCT/DESCRIBE queries always give Turtle, and the
table measures its columns on the first rows only, then streams. ``write_rows`` writes rows that are already
in hand (the SPARQL endpoint of ``dkg serve`` uses it after applying its row limit).
"""

from __future__ import annotations

import csv
import io
import json
import re
import unicodedata
from collections.abc import Iterable, Iterator, Mapping, Sequence
from itertools import islice
from typing import BinaryIO
from xml.sax.saxutils import escape as xml_escape
from xml.sax.saxutils import quoteattr

from rdflib import BNode, Literal, URIRef
from rdflib.term import Node

from .errors import QueryError
from .query import query_form
from .store import Store
from .vocab import PREFIXES, XSD

__all__ = [
    "FORMATS", "RESULT_MEDIA_TYPES", "RDF_MEDIA_TYPES", "write_results", "write_table", "write_rows",
    "write_boolean", "display", "fit_widths",
]

FORMATS = ("table", "csv", "tsv", "json", "xml")
#: result format -> media type of the SPARQL 1.1 result formats
RESULT_MEDIA_TYPES = {
    "json": "application/sparql-results+json",
    "xml": "application/sparql-results+xml",
    "csv": "text/csv; charset=utf-8",
    "tsv": "text/tab-separated-values; charset=utf-8",
}
RDF_MEDIA_TYPES = {"turtle": "text/turtle; charset=utf-8", "ntriples": "application/n-triples"}

Row = Mapping[str, Node]
_SAMPLE_ROWS = 200
_MIN_WIDTH = 6
_GAP = "  "
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]")
_XML_INVALID = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
_NUMERIC = {str(XSD.integer), str(XSD.decimal), str(XSD.double), str(XSD.float), str(XSD.int), str(XSD.long)}
_COMPACT = sorted(((ns, prefix) for prefix, ns in PREFIXES.items()), key=lambda item: -len(item[0]))
_TSV_ESCAPES = {"\\": "\\\\", '"': '\\"', "\n": "\\n", "\r": "\\r", "\t": "\\t"}


def write_results(store: Store, sparql: str, out: BinaryIO, fmt: str = "table", *,
                  bindings: Mapping[str, Node] | None = None, width: int = 100) -> int | None:
    """Run ``sparql`` on ``store`` and write its results to ``out`` in ``fmt``.

    Args:
        store: where to run the query.
        sparql: a SELECT, ASK, CONSTRUCT or DESCRIBE query.
        out: a binary stream (``sys.stdout.buffer``, an open file).
        fmt: one of ``FORMATS``; CONSTRUCT and DESCRIBE always give Turtle.
        bindings: parameter values as RDF terms.
        width: terminal width for the table.

    Returns:
        The number of rows written for a table, else None (the other formats stream without counting).
    """
    if fmt not in FORMATS:
        raise QueryError(f"unknown format {fmt!r}; use one of {', '.join(FORMATS)}")
    form = query_form(sparql)
    if form == "UPDATE":
        raise QueryError("this is an update, not a query; dkg query only reads")
    if form in ("CONSTRUCT", "DESCRIBE"):
        store.query_to(sparql, out, "turtle", bindings)
        return None
    if fmt != "table":
        store.query_to(sparql, out, fmt, bindings)
        return None
    if form == "ASK":
        out.write(b"true\n" if store.ask(sparql, bindings) else b"false\n")
        return 1
    names, rows = store.select_vars(sparql, bindings)
    return write_table(names, rows, out, width=width)


# -- table ------------------------------------------------------------------------------------------------
def display(term: Node | None) -> str:
    """A term as a table cell: literals by their text, vocabulary IRIs as prefixed names, one line.

    >>> display(URIRef("https://w3id.org/dkg/ontology#Meeting")), display(Literal("two\\nlines"))
    ('dkg:Meeting', 'two lines')
    """
    if term is None:
        return ""
    if isinstance(term, URIRef):
        text = str(term)
        for ns, prefix in _COMPACT:
            local = text[len(ns):]
            if text.startswith(ns) and re.fullmatch(r"[A-Za-z_][\w.-]*", local or "_"):
                text = f"{prefix}:{local}"
                break
    elif isinstance(term, BNode):
        text = f"_:{term}"
    else:
        text = str(term)
    return _CONTROL.sub(" ", text)


def _width(text: str) -> int:
    return sum(0 if unicodedata.combining(c) else 2 if unicodedata.east_asian_width(c) in "WF" else 1
               for c in text)


def _cut(text: str, width: int) -> str:
    if _width(text) <= width:
        return text
    out, used = [], 0
    for c in text:
        w = _width(c)
        if used + w > width - 1:
            break
        out.append(c)
        used += w
    return "".join(out) + "…"


def _pad(text: str, width: int, right: bool) -> str:
    fill = " " * max(0, width - _width(text))
    return fill + text if right else text + fill


def fit_widths(natural: Sequence[int], total: int, gap: int = len(_GAP)) -> list[int]:
    """Column widths that fit ``total`` characters: the widest columns shrink first, none below a minimum.

    >>> fit_widths([10, 80, 5], 60)
    [10, 41, 5]
    """
    available = total - gap * (len(natural) - 1)
    if sum(natural) <= available:
        return list(natural)
    lo, hi = _MIN_WIDTH, max(natural)
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if sum(min(w, mid) for w in natural) <= available:
            lo = mid
        else:
            hi = mid - 1
    widths = [min(w, lo) for w in natural]
    spare = available - sum(widths)
    for i, w in enumerate(natural):
        if spare <= 0:
            break
        if w > widths[i]:
            widths[i] += 1
            spare -= 1
    return widths


def _is_numeric(column: Iterable[Node | None]) -> bool:
    seen = False
    for term in column:
        if term is None:
            continue
        if not (isinstance(term, Literal) and str(term.datatype) in _NUMERIC):
            return False
        seen = True
    return seen


def write_table(names: Sequence[str], rows: Iterable[Row], out: BinaryIO, *, width: int = 100) -> int:
    """Write rows as an aligned table at most ``width`` characters wide; long cells end in an ellipsis.

    Column widths come from the header and the first rows; later rows are cut to the same widths.
    Returns the number of rows written.
    """
    rows = iter(rows)
    sample = list(islice(rows, _SAMPLE_ROWS))
    natural = [max([_width(n)] + [_width(display(r.get(n))) for r in sample]) for n in names]
    widths = fit_widths(natural, width)
    right = [_is_numeric(r.get(n) for r in sample) for n in names]

    def line(cells: Iterable[str]) -> bytes:
        parts = [_pad(_cut(c, w), w, r) for c, w, r in zip(cells, widths, right)]
        return (_GAP.join(parts).rstrip() + "\n").encode("utf-8")

    out.write(line(names))
    out.write(line("-" * w for w in widths))
    count = 0
    for row in _chain(sample, rows):
        out.write(line(display(row.get(n)) for n in names))
        count += 1
    return count


def _chain(first: list[Row], rest: Iterator[Row]) -> Iterator[Row]:
    yield from first
    yield from rest


# -- the SPARQL 1.1 result formats, from rows in hand -----------------------------------------------------
def _json_term(term: Node) -> dict[str, str]:
    if isinstance(term, URIRef):
        return {"type": "uri", "value": str(term)}
    if isinstance(term, BNode):
        return {"type": "bnode", "value": str(term)}
    value: dict[str, str] = {"type": "literal", "value": str(term)}
    if term.language:
        value["xml:lang"] = term.language
    elif term.datatype and str(term.datatype) != str(XSD.string):
        value["datatype"] = str(term.datatype)
    return value


def _xml_text(text: str) -> str:
    return xml_escape(_XML_INVALID.sub("\ufffd", text))


def _xml_term(term: Node) -> str:
    if isinstance(term, URIRef):
        return f"<uri>{_xml_text(str(term))}</uri>"
    if isinstance(term, BNode):
        return f"<bnode>{_xml_text(str(term))}</bnode>"
    attr = ""
    if term.language:
        attr = f" xml:lang={quoteattr(term.language)}"
    elif term.datatype and str(term.datatype) != str(XSD.string):
        attr = f" datatype={quoteattr(str(term.datatype))}"
    return f"<literal{attr}>{_xml_text(str(term))}</literal>"


def _tsv_term(term: Node) -> str:
    if isinstance(term, URIRef):
        return f"<{term}>"
    if isinstance(term, BNode):
        return f"_:{term}"
    quoted = '"' + "".join(_TSV_ESCAPES.get(c, c) for c in str(term)) + '"'
    if term.language:
        return f"{quoted}@{term.language}"
    if term.datatype and str(term.datatype) != str(XSD.string):
        return f"{quoted}^^<{term.datatype}>"
    return quoted


def _csv_value(term: Node | None) -> str:
    if term is None:
        return ""
    return f"_:{term}" if isinstance(term, BNode) else str(term)


def write_rows(names: Sequence[str], rows: Iterable[Row], out: BinaryIO, fmt: str) -> int:
    """Write SELECT rows as ``json``, ``xml``, ``csv`` or ``tsv`` (SPARQL 1.1 result formats); returns the count."""
    writer = {"json": _write_json, "xml": _write_xml, "csv": _write_csv, "tsv": _write_tsv}.get(fmt)
    if writer is None:
        raise QueryError(f"unknown result format {fmt!r}; use json, xml, csv or tsv")
    return writer(names, rows, out)


def _write_json(names: Sequence[str], rows: Iterable[Row], out: BinaryIO) -> int:
    out.write(b'{"head":{"vars":' + json.dumps(list(names)).encode() + b'},"results":{"bindings":[')
    count = 0
    for row in rows:
        item = {n: _json_term(row[n]) for n in names if row.get(n) is not None}
        out.write((b",\n" if count else b"\n") + json.dumps(item, ensure_ascii=False).encode("utf-8"))
        count += 1
    out.write(b"\n]}}\n")
    return count


def _write_xml(names: Sequence[str], rows: Iterable[Row], out: BinaryIO) -> int:
    head = "".join(f"<variable name={quoteattr(n)}/>" for n in names)
    out.write(('<?xml version="1.0" encoding="utf-8"?>\n<sparql xmlns="http://www.w3.org/2005/sparql-results#">'
               f"<head>{head}</head><results>\n").encode("utf-8"))
    count = 0
    for row in rows:
        cells = "".join(f"<binding name={quoteattr(n)}>{_xml_term(row[n])}</binding>"
                        for n in names if row.get(n) is not None)
        out.write(f"<result>{cells}</result>\n".encode("utf-8"))
        count += 1
    out.write(b"</results></sparql>\n")
    return count


def _write_csv(names: Sequence[str], rows: Iterable[Row], out: BinaryIO) -> int:
    text = io.TextIOWrapper(out, encoding="utf-8", newline="", write_through=True)
    writer = csv.writer(text, lineterminator="\r\n")
    writer.writerow(names)
    count = 0
    for row in rows:
        writer.writerow([_csv_value(row.get(n)) for n in names])
        count += 1
    text.detach()
    return count


def _write_tsv(names: Sequence[str], rows: Iterable[Row], out: BinaryIO) -> int:
    out.write(("\t".join("?" + n for n in names) + "\n").encode("utf-8"))
    count = 0
    for row in rows:
        out.write(("\t".join(_tsv_term(row[n]) if row.get(n) is not None else "" for n in names) + "\n")
                  .encode("utf-8"))
        count += 1
    return count


def write_boolean(value: bool, out: BinaryIO, fmt: str) -> None:
    """Write an ASK result in ``fmt`` (json, xml; csv and tsv get a one-column table)."""
    word = "true" if value else "false"
    if fmt == "json":
        out.write(f'{{"head":{{}},"boolean":{word}}}\n'.encode())
    elif fmt == "xml":
        out.write(('<?xml version="1.0" encoding="utf-8"?>\n<sparql xmlns="http://www.w3.org/2005/sparql-results#">'
                   f"<head/><boolean>{word}</boolean></sparql>\n").encode())
    else:
        out.write(f"boolean\r\n{word}\r\n".encode() if fmt == "csv" else f"?boolean\n{word}\n".encode())
