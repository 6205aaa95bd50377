"""Named queries, typed parameters, hostile values and ``dkg query`` output (issue: analysts' interfaces)."""

from __future__ import annotations

import csv
import io
import json
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from click.testing import CliRunner
from rdflib import Graph, Literal, URIRef

from graph.cli import cli
from graph.errors import QueryError
from graph.formats import display, fit_widths, write_results, write_rows, write_table
from graph.query import load_query, parse_binds, parse_query, query_form, run_select
from graph.vocab import DKG, XSD

HEADER = """# People of a country.
# Longer text.
# param: country country-code -- the country
# param: since date optional -- from this day
# example: dkg query people --bind country=FR
PREFIX schema: <https://schema.org/>
SELECT ?name WHERE { ?p schema:name ?name ; <https://w3id.org/dkg/ontology#represents> ?c . ?c ?x ?country }
"""


def test_header_gives_summary_params_and_examples() -> None:
    q = parse_query(HEADER, name="people")
    assert q.summary == "People of a country."
    assert q.description == "Longer text."
    assert [(p.name, p.type, p.optional, p.doc) for p in q.params] == [
        ("country", "country-code", False, "the country"), ("since", "date", True, "from this day")]
    assert q.examples == ("dkg query people --bind country=FR",)
    assert q.form == "SELECT"


@pytest.mark.parametrize("line, message", [
    ("# param: x colour", "unknown type 'colour'"),
    ("# param: 1x string", "bad parameter line"),
    ("# param: x", "bad parameter line"),
])
def test_bad_param_lines_are_reported(line: str, message: str) -> None:
    with pytest.raises(QueryError, match=message):
        parse_query(f"{line}\nSELECT * WHERE {{ ?s ?p ?x }}", name="q")


@pytest.mark.parametrize("type_, text, term", [
    ("date", "2025-04-10", Literal("2025-04-10", datatype=XSD.date)),
    ("date", "2025-04", Literal("2025-04", datatype=XSD.gYearMonth)),
    ("date", "2025", Literal("2025", datatype=XSD.gYear)),
    ("country-code", "fr", Literal("FR")),
    ("integer", "42", Literal(42)),
    ("iri", "https://example.org/x", URIRef("https://example.org/x")),
    ("iri", "dkg:Meeting", DKG.Meeting),
    ("event-type", "phonecall", DKG.PhoneCall),
    ("status", "planned", DKG.Planned),
    ("string", 'O\'Brien "quoted"', Literal('O\'Brien "quoted"')),
    ("name", "  Jean   DUPONT ", Literal("jean dupont")),
])
def test_values_become_typed_terms(type_: str, text: str, term: object) -> None:
    q = parse_query(f"# param: x {type_}\nSELECT * WHERE {{ ?s ?p ?x }}", name="q")
    assert q.bind({"x": text}) == {"x": term}


@pytest.mark.parametrize("type_, text", [
    ("date", "yesterday"), ("date", "2025-13-01"), ("date", "2025-02-30"), ("country-code", "FRA"),
    ("country-code", "} ; DROP ALL"), ("integer", "4.5"), ("iri", "not an iri"), ("iri", "http://x> } DROP ALL #"),
    ("event-type", "Party"), ("status", "Maybe"), ("name", "   "),
])
def test_wrong_values_are_one_line_errors(type_: str, text: str) -> None:
    q = parse_query(f"# param: x {type_}\nSELECT * WHERE {{ ?s ?p ?x }}", name="q")
    with pytest.raises(QueryError) as info:
        q.bind({"x": text})
    assert str(info.value).startswith("q: x: ") and "\n" not in str(info.value)


def test_unknown_and_missing_parameters_are_errors() -> None:
    q = parse_query(HEADER, name="people")
    with pytest.raises(QueryError, match="unknown parameter 'colour' \\(parameters: country, since\\)"):
        q.bind({"country": "FR", "colour": "red"})
    with pytest.raises(QueryError, match="missing parameter country \\(country-code\\); add --bind country=VALUE"):
        q.bind({"since": "2025"})


def test_parse_binds_keeps_equals_signs_in_values() -> None:
    assert parse_binds(["a=b=c", "?x=1"]) == {"a": "b=c", "x": "1"}
    with pytest.raises(QueryError, match="write NAME=VALUE"):
        parse_binds(["novalue"])


def test_load_query_by_name_file_and_errors(tmp_path: Path) -> None:
    assert load_query("meetings").name == "meetings"
    path = tmp_path / "mine.rq"
    path.write_text(HEADER, encoding="utf-8")
    assert load_query(str(path)).summary == "People of a country."
    with pytest.raises(QueryError, match="no query named 'meeting'; did you mean meetings"):
        load_query("meeting")
    with pytest.raises(QueryError, match="cannot read query file"):
        load_query(str(tmp_path / "absent.rq"))


def test_query_path_adds_queries(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "extra.rq").write_text("# Extra.\nASK { ?s ?p ?o }\n", encoding="utf-8")
    monkeypatch.setenv("DKG_QUERY_PATH", str(tmp_path))
    assert load_query("extra").form == "ASK"


@pytest.mark.parametrize("text, form", [
    ("PREFIX ask: <http://x/> SELECT * { ?s ask:p ?o }", "SELECT"),
    ("# CONSTRUCT in a comment\nASK { ?s ?p \"SELECT\" }", "ASK"),
    ("construct where { ?s ?p ?o }", "CONSTRUCT"),
    ("DESCRIBE <http://x/select>", "DESCRIBE"),
    ("DROP ALL", "UPDATE"),
])
def test_query_form(text: str, form: str) -> None:
    assert query_form(text) == form


HOSTILE = ['x" } ; DROP ALL ; SELECT * { "', "'} DROP ALL #", "a\nb\r\n} DELETE WHERE { ?s ?p ?o }",
           "\\\" } INSERT DATA { <urn:x> <urn:y> <urn:z> } #", "}}}{{{", "\\u0022 } DROP ALL"]


def _count(store) -> int:  # noqa: ANN001
    return int(next(iter(store.select("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }")))["n"])


@pytest.mark.parametrize("value", HOSTILE)
@pytest.mark.parametrize("name, param", [("statements", "speaker"), ("events-at-place", "place")])
def test_hostile_string_values_are_data(diplomacy_store, name: str, param: str, value: str) -> None:  # noqa: ANN001
    before = _count(diplomacy_store)
    _, rows = run_select(diplomacy_store, load_query(name), {param: value})
    assert list(rows) == []
    assert _count(diplomacy_store) == before


# -- output --------------------------------------------------------------------------------------------
def test_fit_widths_shrinks_the_widest_first() -> None:
    assert fit_widths([4, 100, 30], 60) == [4, 26, 26]
    assert fit_widths([4, 5], 60) == [4, 5]


def test_table_fits_width_and_cuts_with_ellipsis() -> None:
    rows = [{"a": Literal("short"), "b": Literal("a much longer cell " * 10)}, {"a": Literal("ok")}]
    out = io.BytesIO()
    assert write_table(["a", "b"], rows, out, width=40) == 2
    lines = out.getvalue().decode("utf-8").splitlines()
    assert all(len(line) <= 40 for line in lines)
    assert lines[2].endswith("…") and lines[0].startswith("a")


def test_display_removes_control_characters_and_compacts_vocabulary() -> None:
    assert display(Literal("red\x1b[31m alert")) == "red [31m alert"
    assert display(URIRef("https://schema.org/Event")) == "schema:Event"
    assert display(URIRef("https://w3id.org/dkg/id/event/1")) == "https://w3id.org/dkg/id/event/1"


def test_write_rows_makes_valid_sparql_result_documents() -> None:
    rows = [{"s": URIRef("urn:x"), "n": Literal('say "hi"\n<b>&', lang="en")}, {"s": URIRef("urn:y")}]
    out = io.BytesIO()
    write_rows(["s", "n"], rows, out, "json")
    doc = json.loads(out.getvalue())
    assert doc["head"]["vars"] == ["s", "n"]
    assert doc["results"]["bindings"][0]["n"] == {"type": "literal", "value": 'say "hi"\n<b>&', "xml:lang": "en"}
    out = io.BytesIO()
    write_rows(["s", "n"], rows, out, "xml")
    ns = "{http://www.w3.org/2005/sparql-results#}"
    assert ET.fromstring(out.getvalue()).find(f"{ns}results/{ns}result/{ns}binding/{ns}literal").text.startswith("say")
    out = io.BytesIO()
    write_rows(["s", "n"], rows, out, "csv")
    assert list(csv.reader(io.StringIO(out.getvalue().decode()))) == [["s", "n"], ["urn:x", 'say "hi"\n<b>&'],
                                                                       ["urn:y", ""]]
    out = io.BytesIO()
    write_rows(["s", "n"], rows, out, "tsv")
    assert out.getvalue().decode().splitlines() == ["?s\t?n", '<urn:x>\t"say \\"hi\\"\\n<b>&"@en', "<urn:y>\t"]


class _NoRowsStore:
    """Fails if anything tries to pull rows into Python: csv/tsv/json/xml must stream via query_to."""

    def __init__(self, store) -> None:  # noqa: ANN001
        self.store = store

    def select_vars(self, *args: object, **kwargs: object) -> None:
        raise AssertionError("rows were built in memory")

    def query_to(self, *args: object, **kwargs: object) -> None:
        self.store.query_to(*args, **kwargs)


@pytest.mark.parametrize("fmt", ["csv", "tsv", "json", "xml"])
def test_result_formats_stream_from_the_store(diplomacy_store, fmt: str) -> None:  # noqa: ANN001
    q = load_query("meetings")
    out = io.BytesIO()
    write_results(_NoRowsStore(diplomacy_store), q.sparql, out, fmt, bindings=q.bind({"country": "DE"}))
    assert b"Berlin" in out.getvalue()


def test_construct_queries_give_turtle(diplomacy_store) -> None:  # noqa: ANN001
    q = load_query("event-graph")
    out = io.BytesIO()
    write_results(diplomacy_store, q.sparql, out, "csv",
                  bindings=q.bind({"event": "https://w3id.org/dkg/id/event-e4"}))
    g = Graph().parse(data=out.getvalue().decode("utf-8"), format="turtle")
    assert (URIRef("https://w3id.org/dkg/id/event-e4"), None, None) in g


# -- the command --------------------------------------------------------------------------------------
@pytest.fixture
def run(diplomacy_location: str, monkeypatch: pytest.MonkeyPatch):  # noqa: ANN201
    monkeypatch.setenv("DKG_STORE", diplomacy_location)

    def invoke(*args: str, columns: int = 120):  # noqa: ANN202
        return CliRunner().invoke(cli, ["query", *args], env={"COLUMNS": str(columns)})

    return invoke


def test_cli_lists_queries_one_line_each(run) -> None:  # noqa: ANN001
    result = run("--list")
    assert result.exit_code == 0
    lines = result.output.splitlines()
    assert len(lines) >= 12 and any(line.startswith("meetings-between ") for line in lines)
    assert "(country1 country2 [since] [until])" in result.output


def test_cli_runs_a_named_query_as_csv(run) -> None:  # noqa: ANN001
    result = run("meetings-between", "--bind", "country1=de", "-b", "country2=UA", "--format", "csv")
    assert result.exit_code == 0, result.output
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    found = [(r["date"], set(r["attendees"].split(", "))) for r in rows]
    assert found == [("2025-03-05", {"Anna Schmidt", "Olena Koval"})]


def test_cli_table_fits_the_terminal(run) -> None:  # noqa: ANN001
    result = run("meetings", columns=70)
    assert result.exit_code == 0
    lines = result.stdout.splitlines()
    assert len(lines) == 2 + 9 and all(len(line) <= 70 for line in lines)
    assert "…" in result.stdout


def test_cli_json_is_sparql_results_json(run) -> None:  # noqa: ANN001
    result = run("officials", "-b", "country=RU", "-f", "json")
    doc = json.loads(result.stdout)
    assert sorted(b["name"]["value"] for b in doc["results"]["bindings"]) == ["Ivan Petrov", "Sergei Orlov"]


def test_cli_expression_and_file(run, tmp_path: Path) -> None:  # noqa: ANN001
    result = run("-e", "SELECT ?n WHERE { ?c dkg:countryCode ?n } ORDER BY ?n", "-f", "tsv")
    assert result.exit_code == 0
    assert result.stdout.splitlines()[:2] == ["?n", '"CH"']
    path = tmp_path / "count.rq"
    path.write_text("# Count events.\nSELECT (COUNT(DISTINCT ?e) AS ?n) WHERE { ?e a schema:Event }\n")
    assert run(str(path), "-f", "csv").stdout.splitlines() == ["n", "9"]


@pytest.mark.parametrize("args, message", [
    (["meetings", "--bind", "country=XYZ"], "Error: meetings: country: 'XYZ' is not a two-letter country code"),
    (["meetings", "--bind", "colour=red"], "Error: meetings: unknown parameter 'colour'"),
    (["officials"], "Error: officials: missing parameter country (country-code); add --bind country=VALUE"),
    (["nosuchquery"], "Error: no query named 'nosuchquery'"),
    ([], "Error: give one of: a query NAME, a FILE.rq, or -e SPARQL"),
    (["-e", "SELECT * WHERE { ?s ?p }"], "Error: invalid SPARQL"),
])
def test_cli_usage_errors_exit_2_with_one_line(run, args: list[str], message: str) -> None:  # noqa: ANN001
    result = run(*args)
    assert result.exit_code == 2
    assert message in result.output


def test_cli_keeps_only_the_blocks_of_given_parameters(run) -> None:  # noqa: ANN001
    everyone = run("statements", "-f", "csv")
    assert everyone.stdout.splitlines()[1].startswith("2025-04-11,Jane Doe,US,")
    nobody = run("statements", "-b", "speaker=Olena Koval", "-f", "csv")
    assert nobody.stdout.splitlines() == ["date,name,represents,sentence,headline,event,person"]


def test_cli_no_rows_says_so(run) -> None:  # noqa: ANN001
    result = run("events-at-place", "--bind", "place=Atlantis")
    assert result.exit_code == 0
    assert "(no rows)" in result.stderr


def test_cli_show_prints_the_query(run) -> None:  # noqa: ANN001
    result = run("rounds", "--show")
    assert result.exit_code == 0 and result.output.startswith("# Chains of rounds")


BLOCKS = """# Blocks.
# param: country country-code optional -- a country
SELECT ?e WHERE {
  #if country
  ?c <urn:code> ?country .
  #end
  #if !country
  ?e <urn:any> ?c .
  #end
  ?e <urn:in> ?c .
}
"""


def test_if_blocks_keep_lines_for_given_parameters() -> None:
    q = parse_query(BLOCKS, name="blocks")
    with_country, bindings = q.prepare({"country": "fr"})
    assert "?country" in with_country and "urn:any" not in with_country and bindings == {"country": Literal("FR")}
    without, _ = q.prepare({})
    assert "?country" not in without and "urn:any" in without


@pytest.mark.parametrize("text, message", [
    ("#if nope\n#end\nASK {}", "#if nope names no declared parameter"),
    ("# param: a string optional -- x\n#if a\nASK {}", "#if a has no #end"),
    ("# param: a string optional -- x\n#end\nASK {}", "#end without #if"),
    ("# param: a string optional -- x\n#if a\n#if a\n#end\nASK {}", "nested #if"),
])
def test_bad_if_blocks_are_reported(text: str, message: str) -> None:
    with pytest.raises(QueryError, match=message):
        parse_query(text, name="q")
