"""Re-ingesting an article: a changed version replaces everything the old one contributed; the same version
changes nothing (same triple count, byte-identical Turtle export)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from graph.pipeline import ONTOLOGY_GRAPH
from graph.store import open_store

V1 = {"id": "update-test-1", "title": "Minister visits Vienna", "published": "2025-03-05", "language": "en",
      "text": "The foreign minister of Austria met his Hungarian counterpart in Vienna on Monday. "
              "The two ministers discussed energy supplies and border controls."}
V2 = {"id": "update-test-1", "title": "Minister visits Oslo", "published": "2025-03-05", "language": "en",
      "text": "The Swedish foreign minister met her Norwegian counterpart in Oslo on Tuesday. "
              "The talks were about fisheries."}
OTHER = {"id": "update-test-2", "title": "Second report", "published": "2025-03-05", "language": "en",
         "text": "The Austrian chancellor travelled to Vienna on Monday and met the president of Hungary."}


def write(folder: Path, name: str, obj: dict) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text(json.dumps(obj), encoding="utf-8")
    return path


def quads(store: Path) -> set[tuple]:
    """Every quad of the article graphs (the ontology graph, with its blank nodes, is left out)."""
    with open_store(store, read_only=True) as s:
        rows = s.select("SELECT * WHERE { GRAPH ?g { ?s ?p ?o } FILTER(?g != <%s>) }" % ONTOLOGY_GRAPH)
        return {(r["g"], r["s"], r["p"], r["o"]) for r in rows}


def export(dkg, store: Path, out: Path) -> bytes:  # noqa: ANN001
    result = dkg("export", "--store", store, "--format", "turtle", "-o", out)
    assert result.exit_code == 0, result.stderr
    return out.read_bytes()


@pytest.fixture
def ingest(dkg):  # noqa: ANN001, ANN201
    def run(store: Path, *paths: Path):  # noqa: ANN202
        result = dkg("ingest", *paths, "--store", store)
        assert result.exit_code == 0, result.stderr
        return result.stderr.strip().splitlines()[-1]

    return run


def test_changed_text_replaces_everything_the_old_version_contributed(ingest, tmp_path: Path) -> None:
    store, fresh = tmp_path / "store", tmp_path / "fresh"
    ingest(store, write(tmp_path / "v1", "a.json", V1))
    before = quads(store)
    assert "1 articles ingested" in ingest(store, write(tmp_path / "v2", "a.json", V2))
    ingest(fresh, write(tmp_path / "v2b", "a.json", V2))
    after = quads(store)
    assert after == quads(fresh)  # exactly what ingesting only the new version gives
    words = {str(o) for *_, o in after}
    assert not any("Vienna" in w or "Hungarian" in w for w in words)
    assert before != after


def test_update_keeps_what_other_articles_contributed(ingest, tmp_path: Path) -> None:
    store, fresh = tmp_path / "store", tmp_path / "fresh"
    other = write(tmp_path / "o", "b.json", OTHER)
    ingest(store, write(tmp_path / "v1", "a.json", V1), other)
    ingest(store, write(tmp_path / "v2", "a.json", V2))
    ingest(fresh, write(tmp_path / "v2b", "a.json", V2), other)
    assert quads(store) == quads(fresh)


def test_metadata_change_alone_replaces_the_article(ingest, tmp_path: Path) -> None:
    store = tmp_path / "store"
    ingest(store, write(tmp_path / "v1", "a.json", V1))
    summary = ingest(store, write(tmp_path / "v1b", "a.json", {**V1, "title": "Corrected headline"}))
    assert "1 articles ingested" in summary
    headlines = {str(o) for _, _, p, o in quads(store) if str(p) == "https://schema.org/headline"}
    assert headlines == {"Corrected headline"}


def test_identical_text_changes_nothing(dkg, ingest, tmp_path: Path) -> None:
    store = tmp_path / "store"
    paths = [write(tmp_path / "in", "a.json", V1), write(tmp_path / "in", "b.json", OTHER)]
    ingest(store, *paths)
    first_quads, first_ttl = quads(store), export(dkg, store, tmp_path / "1.ttl")
    summary = ingest(store, *paths)
    assert summary.startswith("2 files: 0 articles ingested, 2 unchanged, 0 failed")
    assert quads(store) == first_quads
    assert export(dkg, store, tmp_path / "2.ttl") == first_ttl
    # the same text under another file name of a JSON article with an id is the same article
    moved = write(tmp_path / "elsewhere", "renamed.json", V1)
    assert ", 1 unchanged," in ingest(store, moved)
    assert export(dkg, store, tmp_path / "3.ttl") == first_ttl


def test_same_file_name_in_two_folders_is_reported(dkg, tmp_path: Path) -> None:
    store = tmp_path / "store"
    a = tmp_path / "one" / "report.txt"
    b = tmp_path / "two" / "report.txt"
    for path, city in ((a, "Vienna"), (b, "Oslo")):
        path.parent.mkdir()
        path.write_text(f"Report\nThe foreign minister met her counterpart in {city} on Monday.", encoding="utf-8")
    result = dkg("ingest", tmp_path / "one", tmp_path / "two", "--store", store, "--lang", "en")
    assert result.exit_code == 0, result.stderr
    assert (f"warning: {b}: same identity as {a} (no url or id, same file name); it replaced that article. "
            "Give each article a distinct 'url' or 'id'") in result.stderr
