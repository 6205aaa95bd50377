"""The scale features of ingest and export: streamed parallel ingest, progress, streamed deterministic exports,
N-Quads loading (transactional and bulk). Run with ``pytest bench/test_scale.py``."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from graph.errors import InputError
from graph.pipeline import ingest_paths
from graph.store import open_store

G1 = ('<http://ex/a> <http://ex/p> "x" <http://ex/g1> .\n'
      '<http://ex/b> <http://ex/p> "two\\nlines"@en <http://ex/g1> .\n'
      '<http://ex/a> <http://ex/q> <http://ex/b> <http://ex/g1> .\n')
G2 = ('<http://ex/a> <http://ex/p> "x" <http://ex/g2> .\n'
      '<http://ex/a> <http://ex/p> "y" <http://ex/g2> .\n'
      '<http://ex/c> <http://ex/p> "5"^^<http://www.w3.org/2001/XMLSchema#integer> <http://ex/g2> .\n')
FORMATS = ("turtle", "ntriples", "nquads", "trig", "jsonld")


def exports(store) -> dict[str, bytes]:  # noqa: ANN001
    out = {}
    for fmt in FORMATS:
        buffer = io.BytesIO()
        store.dump(buffer, fmt)
        out[fmt] = buffer.getvalue()
    return out


def test_exports_are_the_same_bytes_whatever_the_order_and_way_of_loading(tmp_path: Path) -> None:
    with open_store(tmp_path / "one") as one:
        one.load_nquads(G1.encode())
        one.load_nquads(G2.encode())
        first = exports(one)
    (tmp_path / "shard.nq").write_text(G2 + G1, encoding="utf-8")
    with open_store(tmp_path / "two") as two:
        two.load_nquads(tmp_path / "shard.nq", bulk=True)
        assert exports(two) == first


def test_turtle_export_is_the_union_without_duplicates_subjects_in_order(tmp_path: Path) -> None:
    with open_store(tmp_path / "s") as store:
        store.load_nquads((G1 + G2).encode())
        lines = exports(store)["ntriples"].decode().splitlines()
    assert len(lines) == len(set(lines)) == 5  # <a> <p> "x" is in both graphs, written once
    subjects = [line.split(" ", 1)[0] for line in lines]
    assert subjects == sorted(subjects)


def test_a_bad_nquads_input_is_refused_whole(tmp_path: Path) -> None:
    with open_store(tmp_path / "s") as store:
        with pytest.raises(InputError, match="invalid N-Quads"):
            store.load_nquads((G1 + "<http://ex/a> <http://ex/p> oops <http://ex/g3> .\n").encode())
        assert exports(store)["nquads"] == b""


def article(i: int) -> dict:
    return {"id": f"scale-{i}", "language": "en", "published": "2024-03-08",
            "title": f"Ministers meet ({i})",
            "text": (f"Foreign Minister Anna Berglund of Norway met Foreign Minister Marek Kovacs of Hungary in Oslo "
                     f"on Thursday. They discussed trade and visas, round {i}. A further meeting is planned.")}


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    path = tmp_path / "corpus.jsonl"
    lines = [json.dumps(article(i)) for i in range(24)]
    lines.insert(5, "")  # blank lines are not articles
    lines.insert(9, "{not json")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


@pytest.mark.slow
def test_parallel_ingest_streams_a_jsonl_file_and_gives_the_same_store(tmp_path: Path, corpus: Path) -> None:
    graphs, calls = {}, {}
    for jobs in (1, 2):
        seen: list[tuple[int, int]] = []
        with open_store(tmp_path / f"store{jobs}") as store:
            summary = ingest_paths(store, [corpus], jobs=jobs, progress=lambda d, t, s=seen: s.append((d, t)))
            graphs[jobs] = exports(store)["nquads"]
        assert (summary.files, summary.ingested, summary.failed) == (1, 24, 1)
        calls[jobs] = seen
    assert graphs[1] == graphs[2]
    for seen in calls.values():
        assert seen[-1] == (25, 25)  # 24 articles and one bad line, counted before the run
        assert [d for d, _ in seen] == sorted(d for d, _ in seen)
