"""Issue 8: ``--jobs N`` extracts in worker processes; the store is the same whatever N (and batch commits)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.issue(8)

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """150 synthetic articles (bench/generate.py): more than one commit batch and than --jobs 1 extracts
    in-process, some of them reporting the same events."""
    path = tmp_path_factory.mktemp("jobs") / "corpus.jsonl"
    subprocess.run([sys.executable, str(ROOT / "bench" / "generate.py"), "--size", "150", "--seed", "7",
                    "-o", str(path)], check=True, capture_output=True)
    return path


def _export(dkg, store: Path, out: Path) -> bytes:  # noqa: ANN001
    assert dkg("export", "--store", store, "--format", "nquads", "-o", out).exit_code == 0
    return out.read_bytes()


def test_jobs_1_and_2_build_byte_identical_stores(dkg, corpus: Path, tmp_path: Path) -> None:  # noqa: ANN001
    exports = []
    for jobs in (1, 2):
        result = dkg("-v", "ingest", corpus, "--store", tmp_path / f"s{jobs}", "--jobs", jobs)
        assert result.exit_code == 0, result.stderr
        assert result.stderr.strip().splitlines()[-1].startswith("1 files: 150 articles ingested")
        assert result.stderr.count(" stored as ") >= 150  # one line per committed article graph
        exports.append(_export(dkg, tmp_path / f"s{jobs}", tmp_path / f"s{jobs}.nq"))
    assert exports[0] == exports[1]
    assert exports[0].count(b"\n") > 150 * 50


def test_a_second_run_changes_nothing_and_says_so(dkg, corpus: Path, tmp_path: Path) -> None:  # noqa: ANN001
    store = tmp_path / "s"
    assert dkg("ingest", corpus, "--store", store, "--jobs", 2).exit_code == 0
    before = _export(dkg, store, tmp_path / "a.nq")
    again = dkg("ingest", corpus, "--store", store, "--jobs", 2)
    assert again.exit_code == 0
    assert "0 articles ingested, 150 unchanged" in again.stderr.splitlines()[-1]
    assert _export(dkg, store, tmp_path / "b.nq") == before


def test_articles_of_an_earlier_run_are_rebuilt_by_the_workers(dkg, corpus: Path,  # noqa: ANN001
                                                                 tmp_path: Path) -> None:
    """A later run whose reports change earlier articles' events extracts those articles again in its worker
    processes (the writer keeps no extractor); the store equals one run over everything."""
    lines = corpus.read_text(encoding="utf-8").splitlines(keepends=True)
    first, second = tmp_path / "first.jsonl", tmp_path / "second.jsonl"
    first.write_text("".join(lines[:75]), encoding="utf-8")
    second.write_text("".join(lines[75:]), encoding="utf-8")
    assert dkg("ingest", first, "--store", tmp_path / "split", "--jobs", 2).exit_code == 0
    later = dkg("-v", "ingest", second, "--store", tmp_path / "split", "--jobs", 2)
    assert later.exit_code == 0, later.stderr
    rebuilt = [line for line in later.stderr.splitlines() if "cross-article resolution rebuilt" in line]
    assert rebuilt and not rebuilt[-1].rstrip().endswith("rebuilt 0 article graphs")
    assert dkg("ingest", corpus, "--store", tmp_path / "whole", "--jobs", 2).exit_code == 0
    split = _export(dkg, tmp_path / "split", tmp_path / "split.nq")
    assert split == _export(dkg, tmp_path / "whole", tmp_path / "whole.nq")


def test_no_worker_is_started_when_no_article_is_readable(tmp_path: Path) -> None:
    from graph.extract_workers import Extractors
    from graph.pipeline import ingest_paths
    from graph.store import open_store

    (tmp_path / "broken.json").write_text("{not json", encoding="utf-8")
    errors: list[str] = []
    seen: list[Extractors] = []
    real_enter = Extractors.__enter__

    def enter(self: Extractors) -> Extractors:
        seen.append(self)
        return real_enter(self)

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(Extractors, "__enter__", enter)
        summary = ingest_paths(open_store(tmp_path / "store"), [tmp_path / "broken.json"], jobs=2,
                               on_error=errors.append)
    assert summary.failed == 1 and "broken.json" in errors[0]
    assert seen and seen[0].jobs == 2 and seen[0].pool is None


def test_a_script_without_a_main_guard_gets_a_clear_error_not_a_hang(corpus: Path, tmp_path: Path) -> None:
    script = tmp_path / "unguarded.py"
    script.write_text(
        "import sys\n"
        "from graph.pipeline import ingest_paths\n"
        "from graph.store import open_store\n"
        "ingest_paths(open_store(sys.argv[2]), [sys.argv[1]], jobs=2)\n",
        encoding="utf-8",
    )
    done = subprocess.run([sys.executable, str(script), str(corpus), str(tmp_path / "store")],
                          capture_output=True, text=True, timeout=120)
    assert done.returncode != 0
    assert "if __name__ ==" in done.stderr.splitlines()[-1]


def test_extraction_workers_load_neither_the_store_nor_the_rdf_library() -> None:
    """Each worker holds the extractor only: the store and RDF libraries (about 30 MB a process) stay out."""
    from graph.extract_workers import Extractors
    from graph.model import Article

    article = Article(key="a", text="Der Außenminister traf am Montag in Berlin seinen Amtskollegen.", language="de")
    with Extractors(jobs=1, expected=1000) as extractors:
        assert len(extractors.extract_all([article])) == 1  # the one worker has extracted
        loaded = extractors._start().submit(eval, "sorted(__import__('sys').modules)").result(timeout=120)
    assert "graph.extract.rules" in loaded
    assert not [m for m in loaded if m.split(".")[0] in ("pyoxigraph", "rdflib", "graph.store")]


def test_the_dkg_command_starts_the_cli_only_when_it_runs() -> None:
    """``dkg`` (and ``python -m graph``) imports the command line inside ``main``: worker processes that import
    the script again load nothing more than the extractor needs."""
    probe = "import sys, graph.__main__; print(sorted(m for m in sys.modules if m.split('.')[0] in ('click', 'rdflib', 'pyoxigraph')))"
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"
    help_text = subprocess.run([sys.executable, "-m", "graph", "--help"], capture_output=True, text=True, check=True)
    assert "Usage: " in help_text.stdout and "ingest" in help_text.stdout
