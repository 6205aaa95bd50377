"""Bad input to ``dkg ingest``: one clear line naming the file (and line), a documented exit status, and a store
holding exactly the good articles (docs/reliability.md lists every case).

The small cases live in tests/bad_input/; big and binary files are generated in a temporary folder.
"""

from __future__ import annotations

import gzip
import os
import shutil
from datetime import date, timedelta
from pathlib import Path

import pytest

from graph.store import open_store

CORPUS = Path(__file__).resolve().parent / "bad_input"
MEETING_EN = ("Ministers meet in Vienna\nThe foreign minister of Austria met his Hungarian counterpart in Vienna "
              "on Monday. The two ministers discussed energy supplies and border controls.\n")


@pytest.fixture
def store(tmp_path: Path) -> Path:
    return tmp_path / "store"


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    """A copy of tests/bad_input (tests add files to it)."""
    return Path(shutil.copytree(CORPUS, tmp_path / "bad_input"))


def lines(text: str, prefix: str) -> list[str]:
    return [line for line in text.splitlines() if line.startswith(prefix)]


def stored(store: Path) -> dict[str, dict[str, list[str]]]:
    """{source-ish key (headline, else first words): {property local name: [values]}} for each article."""
    if not store.exists():
        return {}
    out: dict[str, dict[str, list[str]]] = {}
    with open_store(store, read_only=True) as s:
        rows = s.select("SELECT ?a ?p ?o WHERE { GRAPH ?a { ?a a schema:NewsArticle ; ?p ?o } }")
        for row in rows:
            props = out.setdefault(str(row["a"]), {})
            props.setdefault(str(row["p"]).rsplit("/", 1)[-1].rsplit("#", 1)[-1], []).append(str(row["o"]))
    return out


def texts(store: Path) -> list[str]:
    return sorted(props["text"][0] for props in stored(store).values())


def start_dates(store: Path) -> list[str]:
    with open_store(store, read_only=True) as s:
        return [str(r["d"]) for r in s.select("SELECT ?d WHERE { GRAPH ?g { ?e schema:startDate ?d } }")]


def test_empty_file(dkg, store: Path) -> None:
    result = dkg("ingest", CORPUS / "empty.txt", "--store", store)
    assert result.exit_code == 1
    assert lines(result.stderr, "error:") == [f"error: {CORPUS / 'empty.txt'}: empty file"]
    assert stored(store) == {}


@pytest.mark.parametrize(("name", "data", "kind"), [
    ("report.pdf", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n", "PDF"),
    ("photo.png", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "PNG"),
    ("article.txt.gz", gzip.compress(MEETING_EN.encode()), "gzip"),
    ("disguised.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "PNG"),
])
def test_binary_files(dkg, store: Path, tmp_path: Path, name: str, data: bytes, kind: str) -> None:
    path = tmp_path / name
    path.write_bytes(data)
    result = dkg("ingest", path, "--store", store, "--lang", "en")
    assert result.exit_code == 1
    assert lines(result.stderr, "error:") == [f"error: {path}: {kind} file, not an article"]
    assert stored(store) == {}


def test_latin1_text_is_decoded_never_mojibake(dkg, store: Path) -> None:
    path = CORPUS / "latin1.txt"
    result = dkg("ingest", path, "--store", store)
    assert result.exit_code == 0, result.stderr
    assert f"warning: {path}: not UTF-8; read as Latin-1 (Windows-1252)" in result.stderr
    [text] = texts(store)
    assert "österreichische Außenminister" in text and "Ã" not in text


def test_broken_utf8_is_refused(dkg, store: Path) -> None:
    path = CORPUS / "broken-utf8.txt"
    result = dkg("ingest", path, "--store", store)
    assert result.exit_code == 1
    assert lines(result.stderr, "error:") == [
        f"error: {path}: invalid UTF-8 (byte 0xfc at line 2, column 173); save the file as UTF-8"]
    assert stored(store) == {}


def test_twenty_megabyte_article_is_refused_unread(dkg, store: Path, tmp_path: Path) -> None:
    path = tmp_path / "huge.txt"
    with path.open("wb") as f:
        f.write(MEETING_EN.encode())
        f.truncate(20 * 2**20)
    result = dkg("ingest", path, "--store", store)
    assert result.exit_code == 1
    assert lines(result.stderr, "error:") == [
        f"error: {path}: file is 20.0 MiB; the limit for one article is 8 MiB "
        "(put many articles in a .jsonl file, one per line)"]
    assert stored(store) == {}


def test_one_megabyte_single_line_is_refused(dkg, store: Path, tmp_path: Path) -> None:
    sentence = "The foreign minister of Austria met his Hungarian counterpart in Vienna on Monday. "
    path = tmp_path / "one-line.txt"
    line = sentence * (2**20 // len(sentence) + 1)
    path.write_text(line, encoding="utf-8")
    result = dkg("ingest", path, "--store", store)
    assert result.exit_code == 1
    assert lines(result.stderr, "error:") == [
        f"error: {path}: article text has {len(line.strip()):,} characters; the limit is 200,000"]
    assert stored(store) == {}


def test_malformed_html_is_read_leniently(dkg, store: Path) -> None:
    result = dkg("ingest", CORPUS / "malformed.html", CORPUS / "script-only.html", "--store", store)
    assert result.exit_code == 1
    assert lines(result.stderr, "error:") == [f"error: {CORPUS / 'script-only.html'}: no article text found in the HTML"]
    [props] = stored(store).values()
    assert props["headline"] == ["Treffen in Wien"]
    assert "ungarischen Amtskollegen" in props["text"][0] and "<" not in props["text"][0]


@pytest.mark.parametrize(("name", "problem"), [
    ("syntax-error.json", "invalid JSON at line 4 column 3: Expecting ',' delimiter"),
    ("no-text.json", "JSON article has no 'text'"),
    ("list.json", "expected one JSON article object, got a list (use .jsonl, one per line)"),
    ("unsupported-language.json", "detected language 'it' is not supported (supported: de, en, es, fr, ru)"),
    ("whitespace.txt", "no article text"),
])
def test_unusable_json_and_text(dkg, store: Path, name: str, problem: str) -> None:
    result = dkg("ingest", CORPUS / name, "--store", store)
    assert result.exit_code == 1
    assert lines(result.stderr, "error:") == [f"error: {CORPUS / name}: {problem}"]
    assert stored(store) == {}


def test_jsonl_with_bad_lines_keeps_the_good_ones(dkg, store: Path) -> None:
    path = CORPUS / "mixed.jsonl"
    result = dkg("ingest", path, "--store", store)
    assert result.exit_code == 1
    assert lines(result.stderr, "error:") == [
        f"error: {path}:2: invalid JSON at column 26: Expecting property name enclosed in double quotes",
        f"error: {path}:5: JSON article has no 'text'",
    ]
    assert sorted(p["headline"][0] for p in stored(store).values()) == ["Entretien à Rome",
                                                                        "Foreign ministers meet in Vienna"]
    assert "2 articles ingested" in result.stderr and "2 failed" in result.stderr


def test_article_without_event_is_stored_with_a_note(dkg, store: Path) -> None:
    path = CORPUS / "no-event.txt"
    result = dkg("ingest", path, "--store", store)
    assert result.exit_code == 0, result.stderr
    assert lines(result.stderr, "warning:") == [
        f"warning: {path}: no diplomatic event found; article stored without events"]
    assert "1 articles ingested (1 without events)" in result.stderr
    assert [p["headline"] for p in stored(store).values()] == [["Regen in Hamburg"]]
    with open_store(store, read_only=True) as s:
        assert not s.ask("ASK { GRAPH ?g { ?e a schema:Event } }")


def test_impossible_date_in_text_makes_no_date(dkg, store: Path) -> None:
    result = dkg("ingest", CORPUS / "impossible-date.txt", "--store", store, "--published", "2025-03-05")
    assert result.exit_code == 0, result.stderr
    assert all("02-31" not in d and "02-30" not in d for d in start_dates(store))
    assert not any(d.startswith("2025-02") for d in start_dates(store))


def test_impossible_date_in_text_keeps_the_event_undated(dkg, store: Path) -> None:
    assert dkg("ingest", CORPUS / "impossible-date.txt", "--store", store, "--published", "2025-03-05").exit_code == 0
    with open_store(store, read_only=True) as s:
        assert s.ask("ASK { GRAPH ?g { ?e a dkg:Meeting } }")
    assert start_dates(store) == []


@pytest.mark.parametrize("value", ["2025-02-31", "2025-13-01", "yesterday"])
def test_impossible_published_option_is_a_usage_error(dkg, store: Path, value: str) -> None:
    result = dkg("ingest", CORPUS / "no-event.txt", "--store", store, "--published", value)
    assert result.exit_code == 2
    assert f"Invalid value for '--published': '{value}' is not a date in the form YYYY-MM-DD" in result.stderr
    assert stored(store) == {}


def test_future_publication_dates_are_ignored_with_a_warning(dkg, store: Path, tmp_path: Path) -> None:
    future = (date.today() + timedelta(days=30)).isoformat()
    text_file = tmp_path / "meeting.txt"
    text_file.write_text(MEETING_EN, encoding="utf-8")
    result = dkg("ingest", CORPUS / "future-date.json", text_file, "--store", store, "--published", future)
    assert result.exit_code == 0, result.stderr
    assert lines(result.stderr, "warning: --published") == [f"warning: --published {future} is in the future; ignored"]
    assert (f"warning: {CORPUS / 'future-date.json'}: publication date 2999-01-01 is in the future; ignored"
            in result.stderr)
    articles = stored(store)
    assert len(articles) == 2 and all("datePublished" not in p for p in articles.values())


def test_symlink_loops(dkg, store: Path, tmp_path: Path) -> None:
    folder = tmp_path / "articles"
    (folder / "sub").mkdir(parents=True)
    (folder / "sub" / "meeting.txt").write_text(MEETING_EN, encoding="utf-8")
    os.symlink("..", folder / "sub" / "up")  # a folder loop: never followed
    os.symlink("b.txt", folder / "a.txt")  # a file loop
    os.symlink("a.txt", folder / "b.txt")
    result = dkg("ingest", folder, "--store", store)
    assert result.exit_code == 1
    assert lines(result.stderr, "error:") == [
        f"error: {folder / 'a.txt'}: cannot read: Too many levels of symbolic links",
        f"error: {folder / 'b.txt'}: cannot read: Too many levels of symbolic links",
    ]
    assert len(stored(store)) == 1


def test_unreadable_file(dkg, store: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "secret.txt"
    path.write_text(MEETING_EN, encoding="utf-8")
    if os.geteuid() == 0:  # root reads anything: simulate the refusal the kernel gives other users
        real = Path.read_bytes

        def refuse(self: Path) -> bytes:
            if self == path:
                raise PermissionError(13, "Permission denied", str(self))
            return real(self)

        monkeypatch.setattr(Path, "read_bytes", refuse)
    path.chmod(0)
    try:
        result = dkg("ingest", path, "--store", store)
    finally:
        path.chmod(0o644)
    assert result.exit_code == 1
    assert lines(result.stderr, "error:") == [f"error: {path}: cannot read: Permission denied"]
    assert stored(store) == {}


def test_whole_corpus_reports_each_bad_file_and_ingests_the_rest(dkg, store: Path, corpus: Path) -> None:
    (corpus / "report.pdf.txt").write_bytes(b"%PDF-1.4\n")
    result = dkg("ingest", corpus, "--store", store, "--published", "2025-03-05")
    assert result.exit_code == 1
    errors = lines(result.stderr, "error:")
    assert len(errors) == 11 and all(line.startswith(f"error: {corpus}/") for line in errors)
    assert sorted(p.get("headline", ["-"])[0] for p in stored(store).values()) == [
        "-", "Außenminister beraten in Wien", "Außenministerin trifft Amtskollegen", "Entretien à Rome",
        "Foreign ministers meet in Vienna", "Regen in Hamburg", "Treffen in Wien"]
    summary = result.stderr.strip().splitlines()[-1]
    assert summary.startswith("15 files: 7 articles ingested") and ", 11 failed;" in summary


def test_worker_processes_report_the_same_lines(dkg, tmp_path: Path, corpus: Path) -> None:
    def report(jobs: int) -> list[str]:
        result = dkg("ingest", corpus, "--store", tmp_path / f"store{jobs}", "--jobs", jobs,
                     "--published", "2025-03-05")
        assert result.exit_code == 1
        return sorted(lines(result.stderr, "error:") + lines(result.stderr, "warning:"))

    assert report(2) == report(1)
