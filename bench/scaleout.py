"""Scale-out path, measured: the corpus in shards, each ingested into its own store (as separate machines
would), exported as N-Quads, bulk-loaded together with ``oxigraph load`` into one store, and served by
``oxigraph serve-read-only`` so that ``dkg --store http://...`` (the remote-store backend) can query it.

Used by ``bench/run.py --shards K``; see docs/scale-out.md.
"""

from __future__ import annotations

import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import measure as M


def oxigraph_cli() -> str | None:
    """The ``oxigraph`` command (PyPI package ``oxigraph``), next to this Python or on the PATH."""
    local = Path(sys.executable).with_name("oxigraph")
    return str(local) if local.exists() else shutil.which("oxigraph")


def split(corpus: Path, shards: int, work: Path) -> list[Path]:
    """Cut a JSONL corpus into ``shards`` consecutive files of (nearly) equal line counts."""
    lines = corpus.read_bytes().splitlines(keepends=True)
    size = -(-len(lines) // shards)
    out = []
    for i in range(shards):
        path = work / f"shard-{i:03d}.jsonl"
        path.write_bytes(b"".join(lines[i * size:(i + 1) * size]))
        out.append(path)
    return out


def ingest_shards(shards: list[Path], work: Path, jobs: int) -> tuple[list[dict], list[Path]]:
    """Ingest every shard into its own store, export it as N-Quads; returns per-shard results and exports."""
    results, exports = [], []
    for shard in shards:
        store = work / (shard.stem + "-store")
        shutil.rmtree(store, ignore_errors=True)
        print(f"  shard {shard.name}: ingest --jobs {jobs} ...", file=sys.stderr, flush=True)
        result = M.ingest(shard, store, jobs)
        export = work / (shard.stem + ".nq")
        start = time.perf_counter()
        done = subprocess.run(M.dkg("export", "--store", store, "--format", "nquads", "-o", export),
                              capture_output=True, env=M.child_env(), cwd=M.ROOT)
        result.update(export_seconds=time.perf_counter() - start, export_exit=done.returncode,
                      export_bytes=export.stat().st_size if export.exists() else 0)
        print(f"    {result['seconds']:.1f} s ingest, {result['export_seconds']:.1f} s export", file=sys.stderr,
              flush=True)
        results.append(result)
        exports.append(export)
        shutil.rmtree(store, ignore_errors=True)
    return results, exports


def bulk_load(exports: list[Path], target: Path) -> dict:
    """``oxigraph load`` of all shard exports (loaded in parallel by Oxigraph) into a fresh store folder."""
    cli = oxigraph_cli()
    if cli is None:
        raise RuntimeError("the oxigraph command is not installed (pip install oxigraph)")
    shutil.rmtree(target, ignore_errors=True)
    result = M.run_tracked([cli, "load", "--location", str(target), "--file", *map(str, exports)])
    result["store_bytes"] = M.folder_size(target)
    result["input_bytes"] = sum(p.stat().st_size for p in exports)
    return result


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def remote_queries(store: Path, runs: int, names: list[str]) -> list[dict]:
    """The library queries through ``oxigraph serve-read-only`` and dkg's SPARQL backend."""
    from graph.query import library
    from graph.store import open_store

    port = _free_port()
    server = subprocess.Popen([oxigraph_cli(), "serve-read-only", "--location", str(store), "--bind",
                               f"127.0.0.1:{port}", "--union-default-graph"], stdout=subprocess.DEVNULL,
                              stderr=subprocess.DEVNULL)
    url = f"http://127.0.0.1:{port}"
    try:
        _wait(url + "/query?query=ASK%7B%7D")
        rows = []
        with open_store(url) as remote:
            real = M.real_values(remote)
            lib = library()
            for name in names:
                query = lib[name]
                values = M.query_variants(query, real)["required"]
                entry = {"query": name, "binds": values}
                try:
                    times, count = M.timed(lambda q=query, v=values: M.run_query(remote, q, v), runs)
                    entry.update(seconds=times, rows=count)
                except Exception as e:  # noqa: BLE001 - recorded as a result
                    entry["error"] = f"{type(e).__name__}: {e}"
                rows.append(entry)
        return rows
    finally:
        server.terminate()
        server.wait(timeout=30)


def _wait(url: str, seconds: float = 60) -> None:
    deadline = time.monotonic() + seconds
    while True:
        try:
            with urllib.request.urlopen(url, timeout=2):
                return
        except OSError:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.2)


def build_from_shards(corpus: Path, size: int, shards: int, jobs: int, work: Path) -> tuple[dict, Path]:
    """The whole path; returns its measurements and the merged store folder."""
    folder = work / f"shards-{size}"
    folder.mkdir(parents=True, exist_ok=True)
    parts = split(corpus, shards, folder)
    results, exports = ingest_shards(parts, folder, jobs)
    merged = work / f"store-{size}"
    load = bulk_load(exports, merged)
    print(f"  oxigraph load of {len(exports)} shards: {load['seconds']:.1f} s", file=sys.stderr, flush=True)
    for path in [*parts, *exports]:
        path.unlink(missing_ok=True)
    return {"shards": shards, "jobs": jobs, "ingest": results, "load": load}, merged
