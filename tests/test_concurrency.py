"""Concurrent use of one embedded store (docs/reliability.md, "Concurrent use").

One writer at a time: a second ``dkg ingest`` gets "store is in use" (exit 1) and changes nothing. Readers
(``query``, ``export``, ``stats``, ``validate``) never open a store another process is writing: RocksDB calls
that undefined behaviour, so they are refused the same way, and an ingest started while readers hold the store
is refused too. Readers may run side by side.
"""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest


ARTICLE = {"id": "concurrency-1", "language": "en", "title": "Ministers meet",
           "text": "The foreign minister of Austria met his Hungarian counterpart in Vienna on Monday."}
HOLDER = """
import sys
from graph.store import open_store
with open_store(sys.argv[1], read_only=sys.argv[2] == "read") as store:
    if sys.argv[2] == "write":
        from rdflib import Graph, Literal, URIRef
        g = Graph()
        g.add((URIRef("https://example.org/s"), URIRef("https://example.org/p"), Literal("held")))
        store.replace_graph("https://example.org/holder", g)
    print("ready", flush=True)
    sys.stdin.readline()
"""
@contextmanager
def holding(store: Path, mode: str) -> Iterator[None]:
    """Another process holding ``store`` open for writing ("write") or reading ("read") until the block ends."""
    process = subprocess.Popen([sys.executable, "-c", HOLDER, str(store), mode], stdin=subprocess.PIPE,
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        line = process.stdout.readline()
        assert line == "ready\n", process.stderr.read()
        yield
    finally:
        process.stdin.close()
        process.wait(timeout=30)
        process.stdout.close()
        process.stderr.close()
    assert process.returncode == 0


@pytest.fixture
def article(tmp_path: Path) -> Path:
    path = tmp_path / "a.json"
    path.write_text(json.dumps(ARTICLE), encoding="utf-8")
    return path


@pytest.fixture
def store(dkg, tmp_path: Path, article: Path) -> Path:  # noqa: ANN001
    path = tmp_path / "store"
    assert dkg("ingest", article, "--store", path).exit_code == 0
    return path


def in_use(store: Path) -> str:
    return f"Error: {store}: store is in use by another dkg process; wait for it to finish or use another --store"


def test_second_writer_is_refused_and_changes_nothing(dkg, store: Path, tmp_path: Path, article_graphs) -> None:  # noqa: ANN001
    other = tmp_path / "b.json"
    other.write_text(json.dumps({**ARTICLE, "id": "concurrency-2"}), encoding="utf-8")
    before = article_graphs(store)
    with holding(store, "write"):
        result = dkg("ingest", other, "--store", store)
    assert result.exit_code == 1
    assert result.stderr.strip().splitlines() == [in_use(store)]
    assert article_graphs(store) == before
    assert dkg("validate", "--store", store).exit_code == 0


def test_writer_in_the_same_process_is_refused(dkg, store: Path, article: Path) -> None:  # noqa: ANN001
    from graph.store import open_store

    with open_store(store):
        result = dkg("ingest", article, "--store", store)
    assert result.exit_code == 1
    assert result.stderr.strip().splitlines() == [in_use(store)]


@pytest.mark.parametrize("command", [["stats"], ["export", "--format", "nquads"], ["validate"]])
def test_readers_are_refused_while_an_ingest_writes(dkg, store: Path, command: list[str]) -> None:  # noqa: ANN001
    with holding(store, "write"):
        result = dkg(*command, "--store", store)
    assert result.exit_code == 1
    assert result.stderr.strip().splitlines() == [
        f"Error: {store}: store is in use: an ingest is writing it; try again when it has finished"]
    assert result.stdout == ""


def test_ingest_is_refused_while_readers_hold_the_store(dkg, store: Path, article: Path) -> None:  # noqa: ANN001
    with holding(store, "read"):
        result = dkg("ingest", article, "--store", store)
    assert result.exit_code == 1
    assert result.stderr.strip().splitlines() == [in_use(store)]


def test_readers_run_side_by_side(dkg, store: Path) -> None:  # noqa: ANN001
    with holding(store, "read"):
        result = dkg("stats", "--store", store)
        assert result.exit_code == 0, result.stderr
        assert result.stdout.startswith("articles")


def test_reader_in_the_writing_process_reads_through_the_writer(dkg, store: Path) -> None:  # noqa: ANN001
    from graph.store import open_store

    with open_store(store):
        result = dkg("stats", "--store", store)
    assert result.exit_code == 0, result.stderr
    assert result.stdout.startswith("articles")
