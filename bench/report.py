"""bench/results.json -> bench/results.md: the machine, the targets, and the tables of every measurement."""

from __future__ import annotations

import statistics

__all__ = ["render"]


def _med(values: list[float] | None) -> float | None:
    return statistics.median(values) if values else None


def _fmt(value: float | None, unit: str = "", digits: int = 1) -> str:
    return "–" if value is None else f"{value:,.{digits}f}{unit}"


def _ingest_rates(entry: dict, jobs: str) -> tuple[float | None, float | None, float | None]:
    runs = [r for r in entry.get("ingest", {}).get(jobs, []) if r.get("exit") in (0, 1) and r.get("ingested")]
    if not runs:
        return None, None, None
    seconds = _med([r["seconds"] for r in runs])
    return (entry["size"] / seconds, _med([r["triples"] / r["seconds"] for r in runs]),
            max(r["peak_rss_mib"] for r in runs))


def _query_ms(entry: dict) -> dict[tuple[str, str], float]:
    return {(q["query"], q["variant"]): _med(q["seconds"]) * 1000 for q in entry.get("queries", []) if "seconds" in q}


def _ratio(q: dict, ox_ms: float | None) -> tuple[float | None, bool]:
    """rdflib time / Oxigraph time for one query, and whether it is only a lower bound (rdflib timed out).
    Queries whose row counts differ between the engines are not comparable (None)."""
    if not ox_ms:
        return None, False
    if "timeout" in q:
        return q["timeout"] * 1000 / ox_ms, True
    if "seconds" in q and q.get("same_rows", True):
        return _med(q["seconds"]) * 1000 / ox_ms, False
    return None, False


def _ratios(entry: dict) -> list[float]:
    """Comparable ratios of one size (timeouts count at their lower bound)."""
    ox = _query_ms(entry)
    found = (_ratio(q, ox.get((q["query"], q["variant"])))[0] for q in entry.get("rdflib", {}).get("queries", []))
    return [r for r in found if r is not None]


def _sharded(sharded: dict | None) -> list[str]:
    if not sharded:
        return []
    lines = ["", f"Store built by the scale-out path: {sharded['shards']} shards, each ingested into its own store "
                 f"(`--jobs {sharded['jobs']}`) and exported as N-Quads, then bulk-loaded together with `oxigraph load`.",
             "", "| shard | articles | ingest s | articles/s | peak RSS MiB | export s | N-Quads MB |",
             "|---|---|---|---|---|---|---|"]
    for i, r in enumerate(sharded["ingest"]):
        n = r.get("ingested", 0) + r.get("failed", 0)
        lines.append(f"| {i} | {n} | {r['seconds']:.1f} | {n / r['seconds']:.1f} | {r['peak_rss_mib']:.0f} | "
                     f"{r.get('export_seconds', 0):.1f} | {r.get('export_bytes', 0) / 1e6:.1f} |")
    load = sharded["load"]
    lines += ["", f"`oxigraph load` of the shards: {load['seconds']:.1f} s for {load['input_bytes'] / 1e6:.1f} MB of "
                  f"N-Quads, peak RSS {load['peak_rss_mib']:.0f} MiB, store {load['store_bytes'] / 1e6:.1f} MB, "
                  f"exit {load['exit']}."]
    return lines


def _rdflib_cells(r: dict, ox_ms: float) -> str:
    if not r:
        return "– | –"
    ratio, bound = _ratio(r, ox_ms)
    if "timeout" in r:
        return f"> {r['timeout'] * 1000:,.0f} (timeout) | > {ratio:,.0f}×"
    if "error" in r:
        return f"rdflib error: {r['error'][:60]} | –"
    rd = f"{_med(r['seconds']) * 1000:,.1f}"
    if not r.get("same_rows", True):
        return f"{rd} ({r['rows']} rows: not comparable) | –"
    return f"{rd} | {ratio:,.0f}×"


def _targets(results: dict) -> list[tuple[str, str, str]]:
    sizes = {int(k): v for k, v in results.get("sizes", {}).items()}
    rows = []
    ingested = [n for n, e in sizes.items() if e.get("ingest")]
    largest = sizes[max(ingested)] if ingested else None
    for jobs, goal in (("2", 300), ("1", 180)):
        rate = _ingest_rates(largest, jobs)[0] if largest else None
        rows.append((f"ingest --jobs {jobs} >= {goal} articles/s (largest single-store ingest: "
                     f"{max(ingested) if ingested else '-'} articles)", _fmt(rate, " /s"),
                     _ok(rate is not None and rate >= goal)))
    peaks = {n: max(filter(None, (_ingest_rates(e, j)[2] for j in e.get("ingest", {}))), default=None)
             for n, e in sizes.items()}
    worst = max(filter(None, peaks.values()), default=None)
    rows.append(("peak RSS of ingest < 600 MB", _fmt(worst, " MiB", 0), _ok(worst is not None and worst < 600)))
    if 10_000 in sizes and 100_000 in sizes and peaks[10_000] and peaks[100_000]:
        growth = peaks[100_000] / peaks[10_000]
        rows.append(("RSS flat from 10k to 100k", f"×{growth:.2f}", _ok(growth < 1.25)))
    if 10_000 in sizes:
        slowest = max(_query_ms(sizes[10_000]).values(), default=None)
        rows.append(("every library query < 300 ms at 10k", _fmt(slowest, " ms (slowest)"),
                     _ok(slowest is not None and slowest < 300)))
        ratios = _ratios(sizes[10_000])
        ratio = _med(ratios)
        rows.append(("median speed-up over rdflib in-memory >= 30× at 10k", _fmt(ratio, "× (at least)"),
                     _ok(ratio is not None and ratio >= 30)))
    if 100_000 in sizes:
        entry = sizes[100_000]
        param = {q["query"] for q in entry["queries"] if q.get("parameterised")}
        ms = _query_ms(entry)
        p = max((v for (name, _), v in ms.items() if name in param), default=None)
        w = max((v for (name, _), v in ms.items() if name not in param), default=None)
        rows.append(("parameterised queries < 300 ms at 100k", _fmt(p, " ms"), _ok(p is not None and p < 300)))
        rows.append(("whole-graph aggregates < 3 s at 100k", _fmt(w, " ms"), _ok(w is not None and w < 3000)))
        turtle = _med(entry.get("exports", {}).get("turtle", {}).get("seconds"))
        rows.append(("Turtle export of 100k < 60 s", _fmt(turtle, " s"), _ok(turtle is not None and turtle < 60)))
    if 1000 in sizes and sizes[1000].get("view"):
        view = _med(_views(sizes[1000]["view"]).get("all", {}).get("seconds"))
        rows.append(("1k-article view < 5 s", _fmt(view, " s"), _ok(view is not None and view < 5)))
    speed = results.get("extraction", {}).get("articles_per_s")
    rows.append(("extraction >= 200 articles/s on one core", _fmt(speed, " /s"), _ok(speed is not None and speed >= 200)))
    return rows


def _ok(flag: bool) -> str:
    return "met" if flag else "**not met**"


def _machine(m: dict) -> list[str]:
    packages = ", ".join(f"{k} {v}" for k, v in m.get("packages", {}).items())
    return [f"- CPU: {m.get('cpu')}; {m.get('cores')} logical cores ({m.get('physical_cores')} physical); "
            f"RAM {m.get('ram_gib')} GiB; {m.get('os')}",
            f"- Python {m.get('python')}; {packages}",
            "- the commit and the load of each size are given with it below"]


def _views(view: dict | None) -> dict[str, dict]:
    if not view:
        return {}
    return {"all": view} if "seconds" in view else view


def _size_section(entry: dict) -> list[str]:
    n = entry["size"]
    lines = [f"## {n:,} articles", "",
             f"Commit `{entry.get('machine', {}).get('commit')}`, load average at start "
             f"{entry.get('machine', {}).get('load_average')}. "
             f"Started {entry.get('started')}, finished {entry.get('finished')}; load average at the end "
             f"{[round(x, 2) for x in entry.get('load_average_end', [])]}. Corpus {entry['corpus_bytes'] / 1e6:.1f} MB "
             f"of JSONL; store {entry.get('store_bytes', 0) / 1e6:.1f} MB on disk after ingest.", ""]
    if entry.get("ingest"):
        lines += ["| ingest | runs | median s | articles/s | triples/s | peak RSS tree (main) MiB | peak PSS tree MiB "
                  "| failed |", "|---|---|---|---|---|---|---|---|"]
    for jobs, runs in entry.get("ingest", {}).items():
        rate, triples, _ = _ingest_rates(entry, jobs)
        peak = max((r["peak_rss_mib"] for r in runs), default=0)
        main = max((r["peak_rss_main_mib"] for r in runs), default=0)
        pss = max((r.get("peak_pss_mib") or 0 for r in runs), default=0)  # not measured before this column
        lines.append(f"| --jobs {jobs} | {len(runs)} | {_fmt(_med([r['seconds'] for r in runs]))} | {_fmt(rate)} | "
                     f"{_fmt(triples, digits=0)} | {peak:.0f} ({main:.0f}) | {_fmt(pss or None, digits=0)} | "
                     f"{runs[-1].get('failed', '?')} |")
    lines += _sharded(entry.get("sharded"))
    rdflib = {(q["query"], q["variant"]): q for q in entry.get("rdflib", {}).get("queries", [])}
    remote = {q["query"]: q for q in entry.get("remote_queries", []) if "seconds" in q}
    lines += ["", "| query | binding | rows | Oxigraph median ms | rdflib median ms | ratio | via oxigraph server ms |",
              "|---|---|---|---|---|---|---|"]
    for q in entry.get("queries", []):
        binds = " ".join(f"{k}={v}" for k, v in q["binds"].items()) or "(none)"
        if "error" in q:
            lines.append(f"| {q['query']} | {binds} | error: {q['error'][:80]} | | | | |")
            continue
        ox = _med(q["seconds"]) * 1000
        r = rdflib.get((q["query"], q["variant"]), {})
        server = remote.get(q["query"]) if q["variant"] == "required" else None
        via = f"{_med(server['seconds']) * 1000:,.1f}" if server else "–"
        lines.append(f"| {q['query']} | {binds} | {q['rows']} | {ox:,.1f} | {_rdflib_cells(r, ox)} | {via} |")
    if entry.get("rdflib"):
        rd = entry["rdflib"]
        lines += ["", f"rdflib: loading the N-Quads export into `Dataset(default_union=True)` took "
                      f"{rd['load_seconds']:.1f} s (process RSS afterwards {rd['rss_mib']:.0f} MiB); median speed-up "
                      f"{_fmt(_med(_ratios(entry)), '×')}."]
    lines += ["", "| export | median s | MB |", "|---|---|---|"]
    for fmt, e in entry.get("exports", {}).items():
        lines.append(f"| {fmt} | {_fmt(_med(e['seconds']), digits=2)} | {e['bytes'] / 1e6:.1f} |")
    for name, view in _views(entry.get("view")).items():
        what = "the whole store" if name == "all" else f"`{name}`"
        note = f" ({view['stderr'].strip()[:160]})" if view.get("stderr") else ""
        lines += ["", f"`dkg view` of {what}: median {_fmt(_med(view['seconds']))} s, "
                      f"{view['bytes'] / 1e6:.1f} MB of HTML, exit {view['exit']}{note}."]
    return lines + [""]


def render(results: dict) -> str:
    """The Markdown report of all sizes measured so far."""
    sizes = sorted(results.get("sizes", {}).values(), key=lambda e: e["size"])
    lines = ["# dkg benchmark results", "",
             "Generated by `python bench/run.py` (see bench/README.md for what is measured and how). "
             "Synthetic corpora from `bench/generate.py` (seeded; en, de, fr, es, ru). Medians of the runs listed.", ""]
    if sizes:
        lines += ["## Machine", "", *_machine(sizes[-1]["machine"]), ""]
    lines += ["## Targets", "", "| target | measured | |", "|---|---|---|"]
    lines += [f"| {t} | {m} | {ok} |" for t, m, ok in _targets(results)]
    ext = results.get("extraction")
    if ext:
        lines += ["", f"Extraction (default extractor, one core, reading excluded): {ext['articles_per_s']:.1f} articles/s "
                      f"on {ext['articles']} articles of {ext['chars_per_article']:.0f} characters on average "
                      f"(median of {len(ext['seconds'])} runs; commit `{ext['commit']}`).", ""]
    for entry in sizes:
        lines += _size_section(entry)
    return "\n".join(lines)
