"""The writer runs with Python's cyclic garbage collector run seldom (``graph.pipeline.collecting_seldom``):
the youngest generation collected every 20,000 allocations instead of 700 while articles are committed, and the
thresholds restored after the run, also when it fails."""

from __future__ import annotations

import gc
import json
from pathlib import Path

import pytest

import graph.pipeline as pipeline
from graph.pipeline import collecting_seldom, ingest_paths
from graph.store import open_store


def test_thresholds_are_raised_inside_and_restored_after() -> None:
    before = gc.get_threshold()
    with collecting_seldom():
        assert gc.get_threshold() == (20_000, *before[1:])
    assert gc.get_threshold() == before
    with pytest.raises(RuntimeError), collecting_seldom():
        raise RuntimeError("interrupted")
    assert gc.get_threshold() == before


def test_ingest_commits_with_the_collector_run_seldom(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    seen: list[int] = []
    commit = pipeline._commit

    def spy(*args, **kwargs):  # noqa: ANN002, ANN003, ANN202
        seen.append(gc.get_threshold()[0])
        return commit(*args, **kwargs)

    monkeypatch.setattr(pipeline, "_commit", spy)
    corpus = tmp_path / "c.jsonl"
    corpus.write_text(json.dumps({"id": "a1", "language": "en", "published": "2025-03-14",
                                  "text": "Foreign Minister Annalena Baerbock met Jean-Noël Barrot in Paris on "
                                          "Thursday."}) + "\n", encoding="utf-8")
    before = gc.get_threshold()
    with open_store(tmp_path / "store") as store:
        summary = ingest_paths(store, [corpus])
    assert summary.ingested == 1 and seen == [20_000]
    assert gc.get_threshold() == before
