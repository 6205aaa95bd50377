"""Shared fixtures: temporary stores and the sample articles."""

from __future__ import annotations

import shutil
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SAMPLE_DIR = ROOT / "data" / "articles"
SAMPLE_DE = SAMPLE_DIR / "de-istanbul-us-russia-talks.txt"


@pytest.fixture
def store_path(tmp_path: Path) -> Path:
    """A fresh folder for an embedded store."""
    return tmp_path / "store"


@pytest.fixture
def sample_de() -> Path:
    return SAMPLE_DE


@pytest.fixture
def sample_dir() -> Path:
    return SAMPLE_DIR


@pytest.fixture
def patched_lexicon(request, monkeypatch):
    """Replace keys of one lexicon file for a test: ``patched_lexicon("names", "ru", key=value)``.

    The caches built from lexicons that the test module lists in ``LEXICON_CACHES``, and ``lexicon.cue``, are
    cleared before and after, so the code under test reads the patched data and later tests the real one.
    """
    from graph.extract import lexicon

    real = lexicon.load
    caches = getattr(request.module, "LEXICON_CACHES", ())

    def clear() -> None:
        for cached in (*caches, lexicon.cue):
            cached.cache_clear()

    def patch(name: str, lang: str | None, **keys: object) -> None:
        def load(n: str, language: str | None = None) -> dict:
            data = real(n, language)
            return {**data, **keys} if (n, language) == (name, lang) else data

        monkeypatch.setattr(lexicon, "load", load)
        clear()

    yield patch
    monkeypatch.undo()
    clear()


# -- query side (helper QUERY) -------------------------------------------------------------------------------
FIXTURES = Path(__file__).resolve().parent / "fixtures"
DIPLOMACY_TRIG = FIXTURES / "diplomacy.trig"


def load_trig(store, path: Path = DIPLOMACY_TRIG) -> None:  # noqa: ANN001 - any graph.store.Store
    """Put every named graph of a TriG file into ``store`` through ``replace_graph``."""
    from rdflib import Dataset, Graph

    ds = Dataset()
    ds.parse(path, format="trig")
    for context in ds.graphs():
        if len(context) == 0 or str(context.identifier).startswith("urn:x-rdflib:"):
            continue
        g = Graph()
        for triple in context:
            g.add(triple)
        store.replace_graph(str(context.identifier), g)


@pytest.fixture(scope="session")
def _diplomacy_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from graph.store import open_store

    location = tmp_path_factory.mktemp("template") / "diplomacy-store"
    with open_store(location) as store:
        load_trig(store)
    return location


@pytest.fixture
def diplomacy_location(_diplomacy_template: Path, tmp_path: Path) -> str:
    """The folder of a closed embedded store holding tests/fixtures/diplomacy.trig (a fresh copy per test)."""
    location = tmp_path / "diplomacy-store"
    shutil.copytree(_diplomacy_template, location)
    return str(location)


@pytest.fixture
def diplomacy_store(diplomacy_location: str):  # noqa: ANN201
    """An open embedded store holding tests/fixtures/diplomacy.trig (three articles, nine events)."""
    from graph.store import open_store

    with open_store(diplomacy_location) as store:
        yield store


def _oxigraph_binary() -> str | None:
    beside = Path(sys.executable).parent / "oxigraph"
    return str(beside) if beside.exists() else shutil.which("oxigraph")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_for_http(url: str, timeout: float = 20.0) -> None:
    """Poll ``url`` until it answers (any HTTP status) or fail the test after ``timeout`` seconds."""
    deadline = time.monotonic() + timeout
    while True:
        try:
            urllib.request.urlopen(url, timeout=1).close()
            return
        except urllib.error.HTTPError:
            return
        except OSError:
            if time.monotonic() > deadline:
                pytest.fail(f"no answer from {url} after {timeout:.0f} s")
            time.sleep(0.1)


@pytest.fixture
def oxigraph_server(tmp_path: Path) -> Iterator[str]:
    """A real ``oxigraph serve`` process (union default graph) on a free port; yields its base URL."""
    binary = _oxigraph_binary()
    if binary is None:
        pytest.skip("the oxigraph server binary is missing: pip install oxigraph")
    port = _free_port()
    process = subprocess.Popen(
        [binary, "serve", "--location", str(tmp_path / "oxigraph-server"), "--bind", f"127.0.0.1:{port}",
         "--union-default-graph"],
        stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        wait_for_http(base + "/query?query=ASK%7B%7D")
        yield base
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
        if process.stderr is not None:
            process.stderr.close()


@pytest.fixture
def trig_loader():  # noqa: ANN201
    """``load(store, path=tests/fixtures/diplomacy.trig)``: fill any Store from a TriG file, graph by graph."""
    return load_trig


# -- reliability (helper RELIABILITY) ------------------------------------------------------------------------
@pytest.fixture
def dkg(monkeypatch: pytest.MonkeyPatch):  # noqa: ANN201
    """Run the ``dkg`` command line in-process: ``dkg("ingest", path, "--store", s)`` -> click ``Result``.

    ``result.stdout`` and ``result.stderr`` are separate; exceptions other than exits propagate (a crash is
    a test error, never a silent exit 1).
    """
    from click.testing import CliRunner

    from graph.cli import cli

    monkeypatch.delenv("DKG_STORE", raising=False)

    def run(*args: object):  # noqa: ANN202
        return CliRunner().invoke(cli, [str(a) for a in args], catch_exceptions=False)

    return run


@pytest.fixture
def article_graphs():  # noqa: ANN201
    """``article_graphs(store_path)`` -> {article IRI: set of (s, p, o)}: each article's named graph."""
    from graph.store import open_store

    def read(store_path: Path) -> dict[str, set[tuple]]:
        graphs: dict[str, set[tuple]] = {}
        with open_store(store_path, read_only=True) as store:
            rows = store.select("SELECT ?g ?s ?p ?o WHERE { GRAPH ?g { ?g a schema:NewsArticle . ?s ?p ?o } }")
            for row in rows:
                graphs.setdefault(str(row["g"]), set()).add((row["s"], row["p"], row["o"]))
        return graphs

    return read


# Property tests explore the same examples on every run, so a result never depends on luck; set
# HYPOTHESIS_PROFILE=explore to search randomly while developing.
from hypothesis import settings as _hypothesis_settings  # noqa: E402

_hypothesis_settings.register_profile("deterministic", derandomize=True)
_hypothesis_settings.register_profile("explore", derandomize=False)
_hypothesis_settings.load_profile(__import__("os").environ.get("HYPOTHESIS_PROFILE", "deterministic"))
