"""The dkg benchmark: one command from a clean checkout, results in bench/results.md (and results.json).

    python bench/run.py --sizes 1000,10000
    python bench/run.py --sizes 100000 --runs 1 --jobs 2     # the long one (hours on 2 cores)

For every size it generates the synthetic corpus (bench/generate.py, cached in bench/data/), then measures,
with medians of ``--runs`` runs: ingest throughput with each ``--jobs`` value (runs interleaved, each into a
fresh store), the peak RSS of the ingest's process tree, the store size on disk, the latency of every library
query (bound with the example of its header, and with its required parameters only), each export format,
``dkg view``, and the same queries on rdflib's in-memory engine loaded with the same export (the ratio is
measured in the same run). The extraction speed of the default extractor is measured once, on one core.
Results of earlier sizes in results.json are kept, so sizes can be run one at a time.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from datetime import datetime, timezone
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE), str(HERE.parent)]

import measure as M  # noqa: E402
import psutil  # noqa: E402
import scaleout  # noqa: E402
from generate import parse_size, write_jsonl  # noqa: E402
from report import render  # noqa: E402

EXPORT_FORMATS = ("turtle", "ntriples", "nquads", "trig", "jsonld")


def corpus_path(size: int, seed: int) -> Path:
    path = HERE / "data" / f"corpus-{size}-s{seed}.jsonl"
    if not path.exists():
        print(f"generating {size} articles ...", file=sys.stderr)
        write_jsonl(path, size, seed)
    return path


def bench_ingest(corpus: Path, size: int, jobs: list[int], runs: int, work: Path) -> tuple[dict, Path]:
    """Interleaved ingest runs (j1, j2, j1, j2 ...) into fresh stores; keeps the last store of the first jobs."""
    out: dict[str, list[dict]] = {str(j): [] for j in jobs}
    kept = work / f"store-{size}"
    for run in range(runs):
        for j in jobs:
            store = work / f"ingest-{size}-j{j}"
            shutil.rmtree(store, ignore_errors=True)
            print(f"  ingest {size} articles, --jobs {j}, run {run + 1}/{runs} ...", file=sys.stderr, flush=True)
            result = M.ingest(corpus, store, j)
            result["store_bytes"] = M.folder_size(store) if store.exists() else 0
            result["load_average"] = list(os.getloadavg())
            print(f"    {result['seconds']:.1f} s, exit {result['exit']}, peak RSS {result['peak_rss_mib']:.0f} MiB",
                  file=sys.stderr, flush=True)
            out[str(j)].append(result)
            if j == jobs[0] and run == runs - 1:
                shutil.rmtree(kept, ignore_errors=True)
                store.rename(kept)
            else:
                shutil.rmtree(store, ignore_errors=True)
    return out, kept


def bench_queries(store_path: Path, runs: int) -> list[dict]:
    from graph.query import library
    from graph.store import open_store

    rows = []
    with open_store(store_path, read_only=True) as store:
        real = M.real_values(store)
        for name, query in library().items():
            for variant, values in M.query_variants(query, real).items():
                entry = {"query": name, "variant": variant, "binds": values,
                         "parameterised": any(not p.optional for p in query.params)}
                try:
                    times, count = M.timed(lambda q=query, v=values: M.run_query(store, q, v), runs)
                    entry.update(seconds=times, rows=count)
                except Exception as e:  # a broken query is a result too
                    entry["error"] = f"{type(e).__name__}: {e}"
                rows.append(entry)
                print(f"  query {name} [{variant}]: {_ms(entry)}", file=sys.stderr, flush=True)
    return rows


def bench_exports(store_path: Path, work: Path, size: int, runs: int) -> tuple[dict, Path]:
    from graph.store import open_store

    out = {}
    nquads = work / f"export-{size}.nq"
    with open_store(store_path, read_only=True) as store:
        for fmt in EXPORT_FORMATS:
            target = nquads if fmt == "nquads" else work / f"export-{size}.{fmt}"

            def dump(fmt: str = fmt, target: Path = target) -> int:
                with target.open("wb") as f:
                    store.dump(f, fmt)
                return target.stat().st_size

            times, size_bytes = M.timed(dump, runs, warmup=0, budget=600)
            out[fmt] = {"seconds": times, "bytes": size_bytes}
            print(f"  export {fmt}: {M.median(times):.2f} s, {size_bytes / 1e6:.1f} MB", file=sys.stderr, flush=True)
            if target != nquads:
                target.unlink()
    return out, nquads


def bench_rdflib(nquads: Path, queries: list[dict], runs: int, timeout: int) -> dict:
    from graph.query import library

    start = time.perf_counter()
    ds = M.rdflib_dataset(nquads)
    out = {"load_seconds": time.perf_counter() - start, "rss_mib": psutil.Process().memory_info().rss / 2**20,
           "queries": []}
    print(f"  rdflib loaded {nquads.name} in {out['load_seconds']:.1f} s", file=sys.stderr, flush=True)
    lib = library()
    for entry in queries:
        if "error" in entry:
            continue
        query = lib[entry["query"]]
        row = {"query": entry["query"], "variant": entry["variant"]}
        try:
            times, count = M.timed(lambda q=query, v=entry["binds"]: M.rdflib_query(ds, q, v, timeout), runs,
                                   budget=5)
            row.update(seconds=times, rows=count, same_rows=count == entry["rows"])
        except TimeoutError:
            row.update(timeout=timeout)
        except Exception as e:  # rdflib's engine fails on some queries: a result too
            row["error"] = f"{type(e).__name__}: {e}"
        out["queries"].append(row)
        print(f"  rdflib {row['query']} [{row['variant']}]: {_ms(row)}", file=sys.stderr, flush=True)
    return out


def bench_view(store: Path, work: Path, size: int, runs: int) -> dict | None:
    """``dkg view`` of the whole store, and of one country's events (what a larger store needs)."""
    if subprocess.run(M.dkg("view", "--help"), capture_output=True, env=M.child_env()).returncode != 0:
        return None
    target = work / f"view-{size}.html"
    out = {}
    for name, extra in (("all", []), ("--country FR", ["--country", "FR"])):
        target.unlink(missing_ok=True)
        results = [M.run_tracked(M.dkg("view", "--store", store, "-o", target, *extra)) for _ in range(runs)]
        view = {"seconds": [r["seconds"] for r in results], "exit": results[-1]["exit"],
                "bytes": target.stat().st_size if target.exists() else 0,
                "peak_rss_mib": max(r["peak_rss_mib"] for r in results)}
        if results[-1]["exit"]:
            view["stderr"] = results[-1]["stderr"][-500:]
        out[name] = view
        print(f"  view {name}: {M.median(view['seconds']):.1f} s, exit {view['exit']}", file=sys.stderr, flush=True)
    target.unlink(missing_ok=True)
    return out


def _ms(entry: dict) -> str:
    if "timeout" in entry:
        return f"timeout after {entry['timeout']} s"
    if "error" in entry:
        return entry["error"]
    return f"{M.median(entry['seconds']) * 1000:.1f} ms, {entry['rows']} rows"


def bench_size(size: int, args: argparse.Namespace, work: Path) -> dict:
    corpus = corpus_path(size, args.seed)
    entry: dict = {"size": size, "seed": args.seed, "started": _now(), "machine": M.machine(),
                   "corpus_bytes": corpus.stat().st_size}
    if args.shards:
        entry["sharded"], store = scaleout.build_from_shards(corpus, size, args.shards, args.jobs[-1], work)
    else:
        entry["ingest"], store = bench_ingest(corpus, size, args.jobs, args.runs, work)
    entry["store_bytes"] = M.folder_size(store)
    entry["queries"] = bench_queries(store, args.query_runs)
    if scaleout.oxigraph_cli():
        names = sorted({q["query"] for q in entry["queries"]})
        entry["remote_queries"] = scaleout.remote_queries(store, args.query_runs, names)
    entry["exports"], nquads = bench_exports(store, work, size, args.export_runs)
    if size <= args.view_max:
        entry["view"] = bench_view(store, work, size, args.export_runs)
    if size <= args.rdflib_max:
        entry["rdflib"] = bench_rdflib(nquads, entry["queries"], args.query_runs, args.rdflib_timeout)
    nquads.unlink(missing_ok=True)
    entry["finished"] = _now()
    entry["load_average_end"] = list(os.getloadavg())
    return entry


def _now() -> str:
    return datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M UTC")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="1000,10000", help="corpus sizes, comma-separated (1000,10k,100k)")
    parser.add_argument("--jobs", default="1,2", help="--jobs values to ingest with, comma-separated")
    parser.add_argument("--runs", type=int, default=3, help="ingest runs per --jobs value (median reported)")
    parser.add_argument("--query-runs", type=int, default=5, help="timed runs per query (after one warm-up)")
    parser.add_argument("--export-runs", type=int, default=3, help="runs per export format and view")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--shards", type=int, default=0,
                        help="build each store from this many shards ingested separately, exported as N-Quads "
                             "and bulk-loaded with 'oxigraph load' (the scale-out path) instead of one ingest")
    parser.add_argument("--rdflib-max", type=parse_size, default=10_000, help="largest size compared with rdflib")
    parser.add_argument("--rdflib-timeout", type=int, default=120, help="seconds before an rdflib query is given up")
    parser.add_argument("--view-max", type=parse_size, default=10_000, help="largest size to run 'dkg view' on")
    parser.add_argument("--extract-articles", type=int, default=1000, help="articles timed for extraction speed")
    parser.add_argument("--work", type=Path, default=None, help="scratch folder [default: a temporary folder]")
    parser.add_argument("--keep", action="store_true", help="keep the scratch folder (stores, exports)")
    parser.add_argument("--out", type=Path, default=HERE, help="folder of results.json and results.md")
    args = parser.parse_args(argv)
    args.sizes = [parse_size(s) for s in args.sizes.split(",") if s.strip()]
    args.jobs = [int(j) for j in args.jobs.split(",") if j.strip()]
    work = args.work or Path(tempfile.mkdtemp(prefix="dkg-bench-"))
    work.mkdir(parents=True, exist_ok=True)
    results_json = args.out / "results.json"
    results = json.loads(results_json.read_text(encoding="utf-8")) if results_json.exists() else {}
    results.setdefault("sizes", {})
    try:
        print("extraction speed ...", file=sys.stderr, flush=True)
        speed = M.extraction_speed(corpus_path(min(args.sizes), args.seed), args.extract_articles, 3)
        results["extraction"] = {**speed, "commit": M.commit(), "measured": _now()}
        for size in args.sizes:
            print(f"size {size}:", file=sys.stderr, flush=True)
            results["sizes"][str(size)] = bench_size(size, args, work)
            M.save_json(results_json, results)
            (args.out / "results.md").write_text(render(results), encoding="utf-8")
    finally:
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)
    print(f"wrote {args.out / 'results.md'}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
