"""The query library: every query documented, runnable, and right on the fixture graph.

Canonical files live in ``graph/data/queries/`` (shipped inside the package); ``queries/`` at the top of the
repository is a copy for people browsing the repo, kept identical by ``test_top_level_copy_is_identical``.
"""

from __future__ import annotations

import re
import shlex
from collections.abc import Callable
from importlib import resources
from pathlib import Path

import pytest

from graph.query import PARAM_TYPES, library, load_query, parse_binds, run_select

ROOT = Path(__file__).resolve().parents[1]
QUERIES = library()
NAMES = sorted(QUERIES)


def test_the_library_has_at_least_twelve_queries() -> None:
    assert len(QUERIES) >= 12


def test_top_level_copy_is_identical() -> None:
    packaged = {e.name: e.read_text("utf-8") for e in resources.files("graph").joinpath("data/queries").iterdir()
                if e.name.endswith(".rq")}
    top = {p.name: p.read_text("utf-8") for p in (ROOT / "queries").glob("*.rq")}
    assert top == packaged, "queries/ differs from graph/data/queries/: cp graph/data/queries/*.rq queries/"


@pytest.mark.parametrize("name", NAMES)
def test_every_query_is_documented(name: str) -> None:
    q = QUERIES[name]
    assert q.summary.endswith("."), f"{name}: the first header line should be one sentence"
    assert len(q.summary) <= 110
    assert q.examples and all(e.startswith(f"dkg query {name}") for e in q.examples)
    for p in q.params:
        assert p.type in PARAM_TYPES and p.doc, f"{name}: parameter {p.name} needs a type and a description"
        assert re.search(rf"\?{p.name}\b", q.sparql.split("\nPREFIX", 1)[-1]), f"{name}: ?{p.name} is unused"


@pytest.mark.parametrize("name", NAMES)
def test_examples_bind_valid_values(name: str) -> None:
    q = QUERIES[name]
    for example in q.examples:
        words = shlex.split(example)
        binds = [words[i + 1] for i, w in enumerate(words) if w in ("--bind", "-b")]
        q.bind(parse_binds(binds))  # raises on a wrong name or value


def _required(name: str) -> dict[str, str]:
    sample = {"country-code": "DE", "date": "2025-01-01", "iri": "https://w3id.org/dkg/id/event-e1",
              "string": "Berlin", "name": "berlin", "integer": "1", "event-type": "Meeting", "status": "Occurred"}
    return {p.name: sample[p.type] for p in QUERIES[name].params if not p.optional}


@pytest.mark.parametrize("name", NAMES)
def test_every_query_runs_on_an_empty_store(store_path: Path, name: str) -> None:
    from graph.store import open_store

    q = QUERIES[name]
    with open_store(store_path) as store:
        if q.form == "SELECT":
            assert list(run_select(store, q, _required(name))[1]) == []
        else:
            assert len(store.construct(q.sparql, q.bind(_required(name)))) == 0


def rows(store, name: str, **values: str) -> list[dict[str, str]]:  # noqa: ANN001
    names, found = run_select(store, load_query(name), values)
    return [{n: str(r[n]) for n in names if n in r} for r in found]


def _set(text: str, sep: str = ", ") -> set[str]:
    return set(text.split(sep)) if text else set()


E = "https://w3id.org/dkg/id/event-"

#: name -> (parameter values, check of the rows)
EXPECTED: dict[str, tuple[dict[str, str], Callable[[list[dict[str, str]]], bool]]] = {
    "meetings": ({}, lambda r: len(r) == 9 and r[0]["event"] == E + "e3" and r[-1]["event"] == E + "e8"
                 and next(x for x in r if x["event"] == E + "e1")["sources"] == "2"),
    "meetings-between": ({"country1": "RU", "country2": "US"},
                         lambda r: [x["event"][-2:] for x in r] == ["e9", "e1", "e2", "e3"]
                         and _set(r[1]["types"]) == {"Talks", "Meeting"}
                         and _set(r[1]["attendees"]) == {"Ivan Petrov", "Jane Doe"}),
    "person-network": ({}, lambda r: len(r) == 3 and (r[0]["person1"], r[0]["person2"], r[0]["events"])
                       == ("Ivan Petrov", "Jane Doe", "2") and r[0]["first"] == "2025-02-27"),
    "events-at-place": ({"place": "GENEVA"}, lambda r: [x["event"][-2:] for x in r] == ["e1", "e2"]
                        and r[0]["location"] == "Palais des Nations"),
    "officials": ({"country": "ru"}, lambda r: [(x["name"], x["events"]) for x in r]
                  == [("Ivan Petrov", "2"), ("Sergei Orlov", "1")]),
    "most-active-officials": ({"since": "2025-03"}, lambda r: [(x["name"], x["events"]) for x in r][:2]
                              == [("Anna Schmidt", "2"), ("Jane Doe", "2")]),
    "most-active-countries": ({}, lambda r: [(x["code"], x["events"]) for x in r][:3]
                              == [("RU", "6"), ("US", "6"), ("DE", "3")] and r[0]["country"] == "Russia"),
    "partners": ({"country": "DE"}, lambda r: {(x["partner"], x["events"]) for x in r}
                 == {("RU", "1"), ("UA", "1"), ("US", "1")}),
    "evidence": ({"country": "FR"}, lambda r: len(r) == 1 and r[0]["sentence"].startswith("In November France")
                 and r[0]["start"] == "118" and r[0]["headline"] == "Envoys meet in Geneva"),
    "event-evidence": ({"event": E + "e1"}, lambda r: [x["published"] for x in r] == ["2025-02-28", "2025-04-11"]
                       and r[0]["url"] == "https://news.example/a1"),
    "multi-source": ({}, lambda r: [(x["event"], x["sources"]) for x in r] == [(E + "e1", "2")]),
    "planned-vs-occurred": ({"country": "US"}, lambda r: {x["type"]: (x["occurred"], x["planned"], x["cancelled"])
                            for x in r}["Talks"] == ("2", "1", "0") and len(r) == 5),
    "rounds": ({}, lambda r: [(x["round"], x["event"]) for x in r] == [("1", E + "e1"), ("2", E + "e2"),
                                                                          ("3", E + "e3")]),
    "statements": ({"speaker": "jane doe"}, lambda r: len(r) == 1 and r[0]["represents"] == "US"
                   and "konstruktiv" in r[0]["sentence"]),
    "expulsions-summonses": ({}, lambda r: [(x["type"], x["date"]) for x in r]
                             == [("Summons", "2025-03-10"), ("Expulsion", "2024-11")]
                             and r[0]["people"] == "Sergei Orlov"),
    "articles": ({}, lambda r: [(x["headline"], x["events"]) for x in r][0] == ("Zweite Gesprächsrunde in Genf", "4")),
}

#: the same queries with a parameter that must narrow or empty the result
NARROWED = [
    ("meetings", {"country": "DE", "since": "2025-03", "until": "2025-03"}, {"e4", "e5", "e7"}),
    ("meetings", {"type": "Summons"}, {"e7"}),
    ("meetings", {"until": "2024"}, {"e8"}),
    ("meetings-between", {"country1": "DE", "country2": "FR"}, set()),
    ("meetings-between", {"country1": "US", "country2": "RU", "since": "2025-04"}, {"e2", "e3"}),
    ("evidence", {"since": "2025-04-11"}, {"e3", "e6"}),
    ("expulsions-summonses", {"country": "FR"}, {"e8"}),
    ("statements", {"speaker": "Iwan Petrow"}, set()),
    ("statements", {"country": "DE"}, set()),
    ("multi-source", {"min_sources": "3"}, set()),
    ("rounds", {"country": "DE"}, set()),
]


def test_class_and_status_tables_follow_the_ontology() -> None:
    """Queries name event classes and statuses with VALUES tables (no STR() on every row); a table that lists
    event classes beyond the two of expulsions-summonses must list them all, and every name is the local name."""
    from graph.model import EVENT_TYPES, STATUSES

    tables = 0
    for name, q in QUERIES.items():
        for body in re.findall(r"VALUES \(\?\w+ \?\w+\) \{(.*?)\}", q.sparql, re.S):
            pairs = re.findall(r'\(dkg:(\w+) "(\w+)"\)', body)
            tables += 1
            assert pairs and all(term == label for term, label in pairs), f"{name}: {body}"
            terms = {term for term, _ in pairs}
            if terms <= set(STATUSES):
                assert terms == set(STATUSES), f"{name}: a status table lacks {set(STATUSES) - terms}"
            elif len(terms) > 2:
                assert terms == set(EVENT_TYPES), f"{name}: an event class table lacks {set(EVENT_TYPES) - terms}"
    assert tables >= 3


def test_every_select_query_has_an_expectation() -> None:
    assert {n for n in NAMES if QUERIES[n].form == "SELECT"} <= set(EXPECTED)


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_query_rows_on_the_fixture(diplomacy_store, name: str) -> None:  # noqa: ANN001
    values, check = EXPECTED[name]
    found = rows(diplomacy_store, name, **values)
    assert check(found), found


@pytest.mark.parametrize("name, values, events", NARROWED)
def test_parameters_narrow_the_result(diplomacy_store, name: str, values: dict, events: set) -> None:  # noqa: ANN001
    found = rows(diplomacy_store, name, **values)
    assert {r["event"].rsplit("-", 1)[-1] for r in found} == events


def test_event_graph_merges_all_reports(diplomacy_store) -> None:  # noqa: ANN001
    q = load_query("event-graph")
    g = diplomacy_store.construct(q.sparql, q.bind({"event": E + "e1"}))
    texts = {str(o) for o in g.objects(None, __import__("rdflib").SDO.text)}
    assert len(texts) == 2  # the sentences of both reporting articles


# -- query plans: an anchored query must not build a hash table of the whole store -------------------------
#: (query, bound parameters) whose plan may keep hash left joins although a parameter is bound, because the
#: query reads the whole store anyway: a date range only filters rows (articles, the rankings), person-network
#: builds its pairs for the whole store, and a speaker's name is matched among all speakers' names in any case
HASH_ALLOWED = {
    *(("articles", p) for p in ("since", "all")),
    *(("most-active-countries", p) for p in ("since", "until", "all")),
    *(("most-active-officials", p) for p in ("since", "until")),
    *(("person-network", p) for p in ("since", "until", "country", "all")),
    ("statements", "speaker"),
}


def _oxigraph_cli() -> str | None:
    import shutil
    import sys

    beside = Path(sys.executable).parent / "oxigraph"
    return str(beside) if beside.exists() else shutil.which("oxigraph")


def _plan(location: str, text: str, bindings: dict, form: str) -> str:
    import subprocess

    from graph.store.bind import with_values

    plan_file = Path(location).parent / "plan.txt"
    fmt = "tsv" if form == "SELECT" else "nt"
    subprocess.run([_oxigraph_cli(), "query", "-l", location, "-q", with_values(text, bindings),
                    "--union-default-graph", "--results-format", fmt, "--explain-file", str(plan_file)],
                   check=True, capture_output=True)
    return plan_file.read_text("utf-8")


@pytest.mark.server
@pytest.mark.parametrize("name", NAMES)
def test_plans_have_no_hash_left_joins(diplomacy_location: str, name: str) -> None:
    """Oxigraph turns some OPTIONAL shapes (stars, alternatives, long chains) into hash joins that read every
    graph even when a parameter anchors the query; keep OPTIONALs to one pattern or a short chain.

    A query run without any parameter reads the whole store anyway: there, hash joins over sub-selects are the
    fast plan (docs/queries.md, "Performance"), so only plans with a parameter bound are checked."""
    if _oxigraph_cli() is None:
        pytest.skip("the oxigraph command-line tool is missing: pip install oxigraph")
    q = QUERIES[name]
    sample = {"country-code": "DE", "date": "2025-01-01", "iri": "https://w3id.org/dkg/id/event-e1",
              "string": "Berlin", "name": "berlin", "integer": "1", "event-type": "Meeting", "status": "Occurred"}
    variants = {"required": [p for p in q.params if not p.optional], "all": list(q.params)}
    variants.update({p.name: [*variants["required"], p] for p in q.params if p.optional})
    hashed = []
    for label, params in variants.items():
        if not params or (name, label) in HASH_ALLOWED:
            continue
        text, bindings = q.prepare({p.name: sample[p.type] for p in params})
        if re.search(r'"LeftJoin\(Hash', _plan(diplomacy_location, text, bindings, q.form)):
            hashed.append(label)
    assert not hashed, f"{name}: hash left join in the plan with parameters: {', '.join(hashed)}"
