"""Latency of the library queries on an existing store, and a check that two versions of the library agree.

    python bench/queries_bench.py --store STORE [--runs 5] [--only meetings evidence] [--markdown]
    python bench/queries_bench.py --store STORE --before OLD_QUERY_DIR --extra since=2019-06   # before/after
    python bench/queries_bench.py --store STORE --compare OLD_QUERY_DIR                        # same rows?

Each query runs with the header's ``# example:`` binding, with only its required parameters ("none" when it has
none), and with each ``--extra NAME=VALUE`` it declares, its ``#if`` blocks chosen the way ``dkg query``
chooses them. Two timings: ``engine`` streams the results as CSV into memory (the path of ``dkg query --format
csv|tsv|json``); ``api`` also turns every row into rdflib terms (the Python API, ``--format table``,
``dkg serve``). Medians of ``--runs`` runs after one warm-up run. ``--before`` times the ``.rq`` files of
another folder (e.g. an older checkout's ``graph/data/queries``) in the same run. ``--compare`` runs both
versions on the same bindings (plus every optional parameter alone, with values of the seeded bench corpus)
and reports queries whose rows differ: as multisets, GROUP_CONCAT lists as sets, and separately when only
``SAMPLE()`` columns differ (any value of the group is a right answer there).
"""

from __future__ import annotations

import argparse
import io
import re
import statistics
import sys
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import measure as M  # noqa: E402

from graph.query import NamedQuery, library, parse_query  # noqa: E402
from graph.store import open_store  # noqa: E402

_CONCAT = re.compile(r", | \| | ")


def read_folder(folder: Path) -> dict[str, NamedQuery]:
    """The ``.rq`` files of a folder as named queries."""
    return {p.stem: parse_query(p.read_text("utf-8"), name=p.stem, source=str(p)) for p in sorted(folder.glob("*.rq"))}


def variants(query: NamedQuery, real: dict[str, str], extra: list[str] = ()) -> dict[str, dict[str, str]]:
    """``example`` and ``required`` bindings (see bench/measure.py), then the required ones plus each ``extra``
    NAME=VALUE the query declares; duplicates dropped."""
    found = M.query_variants(query, real)
    declared = {p.name for p in query.params}
    for item in extra:
        name, _, value = item.partition("=")
        if name in declared:
            found[item] = {**found["required"], name: value}
    unique: dict[str, dict[str, str]] = {}
    for label, values in found.items():
        if values not in unique.values():
            unique[label] = values
    return unique


def _engine(store, query: NamedQuery, values: dict[str, str]) -> int:  # noqa: ANN001
    text, bindings = query.prepare(values)
    out = io.BytesIO()
    store.query_to(text, out, "csv" if query.form == "SELECT" else "ntriples", bindings)
    return max(out.getvalue().count(b"\n") - (query.form == "SELECT"), 0)


def _rows(store, query: NamedQuery, values: dict[str, str]) -> int:  # noqa: ANN001
    if query.form != "SELECT":
        return len(store.construct(*query.prepare(values)))
    return sum(1 for _ in store.select_vars(*query.prepare(values))[1])


def timed(fns: dict[str, Callable[[], int]], runs: int, budget: float) -> tuple[dict[str, float], int]:
    """Median seconds of each function over ``runs`` rounds after a warm-up round, the functions taking turns in
    every round (so that a change of load on the machine hits them alike); and the result of the first one."""
    count = [fn() for fn in fns.values()][0]
    times: dict[str, list[float]] = {key: [] for key in fns}
    for _ in range(runs):
        for key, fn in fns.items():
            start = time.perf_counter()
            fn()
            times[key].append(time.perf_counter() - start)
        if sum(map(sum, times.values())) > budget:
            break
    return {key: statistics.median(values) for key, values in times.items()}, count


def result_rows(store, query: NamedQuery, values: dict[str, str]) -> tuple[list[str], list[tuple]]:  # noqa: ANN001
    """The variable names and rows as tuples of text (GROUP_CONCAT-looking values as sorted lists)."""
    if query.form != "SELECT":
        return ["s", "p", "o"], sorted(tuple(str(t) for t in triple) for triple in store.construct(*query.prepare(values)))
    names, found = store.select_vars(*query.prepare(values))
    out = []
    for row in found:
        out.append(tuple(" ".join(sorted(_CONCAT.split(str(row[n])))) if n in row else None for n in names))
    return names, out


def bench(store, queries: dict[str, NamedQuery], before: dict[str, NamedQuery], args) -> list[dict]:  # noqa: ANN001
    """Time every query and binding; one result dict per line of the table."""
    real = M.real_values(store)
    results = []
    for name, query in queries.items():
        for variant, values in variants(query, real, args.extra).items():
            entry = {"query": name, "binding": " ".join(f"{k}={v}" for k, v in values.items()) or "(none)"}
            fns = {"engine": lambda: _engine(store, query, values)}
            if name in before:
                fns["before"] = lambda: _engine(store, before[name], values)
            if not args.engine_only:
                fns["api"] = lambda: _rows(store, query, values)
            medians, entry["rows"] = timed(fns, args.runs, args.budget)
            entry.update(medians)
            results.append(entry)
            print(_line(entry), file=sys.stderr, flush=True)
    return results


def compare(store, queries: dict[str, NamedQuery], old: dict[str, NamedQuery]) -> int:  # noqa: ANN001
    """Run both versions of each query on the same bindings; returns the number of differing results."""
    real = M.real_values(store)
    extra = {"place": "paris", "min_sources": "3"}
    problems = 0
    for name, query in queries.items():
        if name not in old:
            continue
        cases = list(variants(query, real).values()) + _more_cases(query, real, extra)
        for values in cases:
            names, new_rows = result_rows(store, query, values)
            old_rows = result_rows(store, old[name], values)[1]
            same = Counter(new_rows) == Counter(old_rows)
            verdict = "same" if same else "DIFFERENT"
            if not same and _without_samples(query, names, new_rows) == _without_samples(old[name], names, old_rows):
                same, verdict = True, "same but for SAMPLE() picks"
            problems += not same
            print(f"{verdict}  {name} {values}: {len(new_rows)} rows"
                  + ("" if verdict == "same" else f" (old {len(old_rows)})"), flush=True)
            if not same:
                for row in list((Counter(new_rows) - Counter(old_rows)).elements())[:3]:
                    print("   new only:", row)
                for row in list((Counter(old_rows) - Counter(new_rows)).elements())[:3]:
                    print("   old only:", row)
    return problems


def _without_samples(query: NamedQuery, names: list[str], rows: list[tuple]) -> Counter:
    """The rows without the columns that ``SAMPLE()`` fills (any value of the group is a right answer)."""
    sampled = set(re.findall(r"\(SAMPLE\(.*?AS\s+\?(\w+)\)", query.sparql, re.S))
    keep = [i for i, n in enumerate(names) if n not in sampled]
    return Counter(tuple(row[i] for i in keep) for row in rows)


def _more_cases(query: NamedQuery, real: dict[str, str], extra: dict[str, str]) -> list[dict[str, str]]:
    """Every optional parameter bound alone, on top of the required ones, with values that have rows."""
    sample = {"country-code": "FR", "date": "2019-01-20", "event-type": "Summons", "name": real.get("speaker", "x"),
              "integer": "3", "iri": real.get("event", "")}
    required = M.query_variants(query, real)["required"]
    cases = []
    for p in query.params:
        if p.optional:
            value = extra.get(p.name, sample.get(p.type, ""))
            cases.append({**required, p.name: value})
    if {"since", "until"} <= {p.name for p in query.params}:
        cases.append({**required, "since": "2019-01", "until": "2019-01-15"})
        cases.append({**required, "since": "2019"})
    return cases


def _line(e: dict) -> str:
    ms = [f"{e[k] * 1000:,.1f} ms {k}" for k in ("before", "engine", "api") if k in e]
    return f"{e['query']:<22} {e['binding']:<45} {e['rows']:>7} rows  " + ", ".join(ms)


def markdown(results: list[dict]) -> str:
    cols = [k for k in ("before", "engine", "api") if any(k in e for e in results)]
    head = {"before": "before ms", "engine": "after ms (engine)", "api": "after ms (rows as Python terms)"}
    lines = ["| query | binding | rows | " + " | ".join(head[c] for c in cols) + " |",
             "|---|---|---:|" + "---:|" * len(cols)]
    for e in results:
        binding = re.sub(r"event=\S+", "event=(most reported event)", e["binding"])
        ms = " | ".join(f"{e[c] * 1000:,.0f}" if c in e else "–" for c in cols)
        lines.append(f"| {e['query']} | {binding} | {e['rows']} | {ms} |")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--store", required=True, help="an existing store folder")
    p.add_argument("--runs", type=int, default=5)
    p.add_argument("--budget", type=float, default=60.0, help="stop repeating a query after this many seconds")
    p.add_argument("--only", nargs="*", help="query names")
    p.add_argument("--before", type=Path, help="a folder of older .rq files to time beside the library")
    p.add_argument("--compare", type=Path, help="a folder of older .rq files whose results must be the same")
    p.add_argument("--engine-only", action="store_true", help="skip the timing with rows as Python terms")
    p.add_argument("--markdown", action="store_true", help="print a Markdown table at the end")
    p.add_argument("--extra", action="append", default=[], metavar="NAME=VALUE",
                   help="also time each query that has this parameter with it bound (repeatable)")
    args = p.parse_args(argv)
    queries = {n: q for n, q in library().items() if not args.only or n in args.only}
    with open_store(args.store, read_only=True) as store:
        if args.compare:
            return 1 if compare(store, queries, read_folder(args.compare)) else 0
        results = bench(store, queries, read_folder(args.before) if args.before else {}, args)
    if args.markdown:
        print(markdown(results))
    return 0


if __name__ == "__main__":
    sys.exit(main())
