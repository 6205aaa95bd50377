"""graph.read: files and folders -> articles or one-line errors naming the file (and line)."""

from __future__ import annotations

import json
import logging
import os
from datetime import date
from pathlib import Path

import pytest

from graph.errors import InputError
from graph.model import Article
from graph.read import MAX_BYTES, MAX_CHARS, clean_url, iter_files, make_article, parse_date, read_file

BODY_DE = "Die Außenministerin traf am Montag ihren Amtskollegen in Wien. Sie sprachen über die Lage an der Grenze."
BODY_EN = "The foreign minister met her counterpart in Vienna on Monday. They talked about the border."


def read_all(path: Path, **kwargs: object) -> list[Article | InputError]:
    return list(read_file(path, **kwargs))


def messages(items: list) -> list[str]:
    return [str(x) for x in items if isinstance(x, InputError)]


def write(path: Path, content: str | bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(content, str):
        path.write_text(content, encoding="utf-8")
    else:
        path.write_bytes(content)
    return path


# -- files and folders --------------------------------------------------------------------------------------
def test_folder_walk_is_sorted_skips_hidden_and_other_suffixes(tmp_path: Path) -> None:
    for name in ("b.txt", "a.json", "sub/c.html", ".hidden.txt", ".git/x.txt", "notes.md", "d.JSONL"):
        write(tmp_path / name, "x")
    assert [p.relative_to(tmp_path).as_posix() for p in iter_files([tmp_path])] == [
        "a.json", "b.txt", "d.JSONL", "sub/c.html"]


def test_each_file_once_even_when_named_twice(tmp_path: Path) -> None:
    a = write(tmp_path / "a.txt", "x")
    os.symlink(a, tmp_path / "link.txt")
    assert list(iter_files([tmp_path, a, tmp_path / "link.txt"])) == [a]


def test_missing_paths_and_broken_links_are_errors(tmp_path: Path) -> None:
    os.symlink(tmp_path / "nowhere.txt", tmp_path / "broken.txt")
    items = [str(x) for x in iter_files([tmp_path / "missing.txt", tmp_path / "broken.txt"])]
    assert items == [f"{tmp_path / 'missing.txt'}: no such file or folder",
                     f"{tmp_path / 'broken.txt'}: broken or looping symbolic link"]


def test_symlink_loops_in_folders_terminate(tmp_path: Path) -> None:
    write(tmp_path / "top" / "a.txt", "x")
    os.symlink(tmp_path / "top", tmp_path / "top" / "again")  # folder loop: not followed
    os.symlink("loop2.txt", tmp_path / "top" / "loop1.txt")  # file loop: reported when read
    os.symlink("loop1.txt", tmp_path / "top" / "loop2.txt")
    files = list(iter_files([tmp_path / "top"]))
    assert [p.name for p in files] == ["a.txt", "loop1.txt", "loop2.txt"]
    assert messages(read_all(files[1])) == [f"{files[1]}: cannot read: Too many levels of symbolic links"]


def test_folder_without_articles_is_an_error(tmp_path: Path) -> None:
    write(tmp_path / "notes.md", "x")
    assert [str(x) for x in iter_files([tmp_path])] == [
        f"{tmp_path}: no .txt, .html, .htm, .json, .jsonl files in this folder"]


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads any folder: permissions cannot block it")
def test_unreadable_folder_is_reported(tmp_path: Path) -> None:
    write(tmp_path / "ok.txt", "x")
    locked = tmp_path / "locked"
    write(locked / "a.txt", "x")
    locked.chmod(0)
    try:
        items = [str(x) for x in iter_files([tmp_path])]
    finally:
        locked.chmod(0o755)
    assert f"{locked}: cannot read folder: Permission denied" in items


def test_special_files_are_refused_without_blocking(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    assert messages(read_all(fifo)) == [f"{fifo}: not a regular file"]


# -- sizes ----------------------------------------------------------------------------------------------------
def test_huge_file_is_refused_unread(tmp_path: Path) -> None:
    path = tmp_path / "huge.txt"
    with path.open("wb") as f:  # sparse: 20 MiB on paper, nothing written
        f.truncate(20 * 2**20)
    assert messages(read_all(path)) == [
        f"{path}: file is 20.0 MiB; the limit for one article is {MAX_BYTES // 2**20} MiB "
        "(put many articles in a .jsonl file, one per line)"]


def test_text_over_the_character_limit_is_refused() -> None:
    with pytest.raises(InputError, match=r"^s: article text has 200,001 characters; the limit is 200,000$"):
        make_article("a" * (MAX_CHARS + 1), key="k", source="s", language="en")


def test_long_single_line_is_one_article(tmp_path: Path) -> None:
    line = (BODY_EN + " ") * (MAX_CHARS // (len(BODY_EN) + 1))
    [article] = read_all(write(tmp_path / "long.txt", line), language="en")
    assert article.title is None and article.text == line.strip()


# -- encodings ------------------------------------------------------------------------------------------------
def test_txt_headline_and_utf16_with_bom(tmp_path: Path) -> None:
    [article] = read_all(write(tmp_path / "a.txt", ("Titel\r\n" + BODY_DE).encode("utf-16")))
    assert (article.title, article.text, article.language, article.key) == ("Titel", BODY_DE, "de", "a.txt")


def test_latin1_is_decoded_with_a_warning(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    path = write(tmp_path / "a.txt", ("Überschrift\n" + BODY_DE).encode("latin-1"))
    with caplog.at_level(logging.WARNING, logger="graph"):
        [article] = read_all(path)
    assert article.title == "Überschrift" and "Außenministerin" in article.text
    assert f"{path}: not UTF-8; read as Latin-1 (Windows-1252)" in caplog.messages


# -- JSON and JSONL -------------------------------------------------------------------------------------------
def test_json_fields_and_identity(tmp_path: Path) -> None:
    path = write(tmp_path / "a.json", json.dumps({
        "text": BODY_EN, "title": " Talks\u200b ", "url": "https://example.org/a b?q=\"x\"", "published": "2025-04-10",
        "language": "en-GB", "id": "ignored because of the url"}))
    [article] = read_all(path)
    assert article.key == article.url == "https://example.org/a%20b?q=%22x%22"
    assert (article.title, article.published, article.language) == ("Talks", date(2025, 4, 10), "en")


def test_jsonl_errors_name_the_line_and_good_lines_survive(tmp_path: Path) -> None:
    good = json.dumps({"text": BODY_EN + "\u2028" + BODY_EN})  # U+2028 inside a string is not a line break
    path = write(tmp_path / "a.jsonl", b"\r\n".join([
        good.encode(), b"{oops", b"", b'{"text": "\xfc\xfc"}', b'{"id": 3}', b"[1]", good.replace("Vienna", "Graz").encode()]))
    items = read_all(path)
    assert [a.key for a in items if isinstance(a, Article)] == ["a.jsonl:1", "a.jsonl:7"]
    assert messages(items) == [
        f"{path}:2: invalid JSON at column 2: Expecting property name enclosed in double quotes",
        f"{path}:4: cannot tell the language; pass --lang",
        f"{path}:5: JSON article has no 'text'",
        f"{path}:6: expected one JSON article object, got a list (use .jsonl, one per line)",
    ]


def test_jsonl_with_only_blank_lines(tmp_path: Path) -> None:
    path = write(tmp_path / "a.jsonl", "\n \n")
    assert messages(read_all(path)) == [f"{path}: no articles (only blank lines)"]


def test_json_with_absurd_nesting_or_numbers(tmp_path: Path) -> None:
    deep = write(tmp_path / "deep.json", "[" * 100_000 + "]" * 100_000)
    assert messages(read_all(deep))[0].startswith(f"{deep}: invalid JSON")
    big = write(tmp_path / "big.json", '{"text": 1' + "0" * 5000 + "}")
    assert messages(read_all(big))[0].startswith(f"{big}: invalid JSON")


def test_lone_surrogates_in_json_become_replacement_characters(tmp_path: Path) -> None:
    path = write(tmp_path / "a.json", json.dumps({"text": BODY_EN + " \ud800", "id": "x\udfff", "language": "en"}))
    [article] = read_all(path)
    assert article.text.endswith("\ufffd") and article.key == "x\ufffd"
    article.text.encode("utf-8")


# -- languages, dates, URLs -------------------------------------------------------------------------------------
def test_languages_given_detected_and_unsupported() -> None:
    assert make_article(BODY_DE, key="k", source="s").language == "de"
    assert make_article(BODY_DE, key="k", source="s", language="DE_at").language == "de"
    with pytest.raises(InputError, match=r"^s: language 'it' is not supported \(supported: .*en.*\)$"):
        make_article(BODY_DE, key="k", source="s", language="it")
    with pytest.raises(InputError, match=r"^s: cannot tell the language; pass --lang$"):
        make_article("12345 67890", key="k", source="s")


def test_publication_dates(caplog: pytest.LogCaptureFixture) -> None:
    today = date(2025, 4, 10)
    with caplog.at_level(logging.WARNING, logger="graph"):
        assert parse_date("2025-04-10T08:00:00Z", source="s", today=today) == date(2025, 4, 10)
        assert parse_date("2025-02-31", source="s", today=today) is None
        assert parse_date("2025-04-20", source="s", today=today) is None
        assert parse_date("2025-04-11", source="s", today=today) == date(2025, 4, 11)  # time zones
    assert caplog.messages == ["s: publication date '2025-02-31' is not a valid date; ignored",
                               "s: publication date 2025-04-20 is in the future; ignored"]


@pytest.mark.parametrize(("url", "expected"), [
    ("https://example.org/a", "https://example.org/a"),
    (" http://example.org/ä?x=1#f ", "http://example.org/ä?x=1#f"),
    ("https://example.org/<script>{x}|`", "https://example.org/%3Cscript%3E%7Bx%7D%7C%60"),
    ("https://example.org/a\nb\x00", "https://example.org/a%0Ab%00"),
    ("javascript:alert(1)", None),
    ("ftp://example.org/a", None),
    ("https://", None),
    ("https:///path", None),
    ("/relative", None),
])
def test_urls_are_cleaned_to_valid_iris(url: str, expected: str | None) -> None:
    assert clean_url(url) == expected
