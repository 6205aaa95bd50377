"""Reading articles from files and folders: ``.txt``, ``.html``/``.htm``, ``.json`` and ``.jsonl``.

Each file yields articles or an :class:`~graph.errors.InputError` naming the file (and the line, for JSONL),
so one bad file or line never stops a batch. What is refused, and why, is listed in ``docs/reliability.md``:
empty and binary files, text that is neither UTF-8 nor Windows-1252/Latin-1, files over :data:`MAX_BYTES`,
articles over :data:`MAX_CHARS`, unreadable files and folders, special files, unsupported languages.
"""

from __future__ import annotations

import json
import logging
import os
import stat
from collections.abc import Iterable, Iterator
from datetime import date, timedelta
from pathlib import Path

from .errors import InputError
from .html_text import parse_html
from .lang import detect_language, supported_languages
from .model import Article
from .text import clean_string, decode, normalise

__all__ = ["iter_files", "read_file", "make_article", "parse_date", "clean_url", "SUFFIXES", "MAX_BYTES",
           "MAX_CHARS"]

log = logging.getLogger(__name__)

SUFFIXES = (".txt", ".html", ".htm", ".json", ".jsonl")
MAX_BYTES = 8 * 2**20  # a file holding one article (not .jsonl) larger than this is refused unread
#: an article whose normalised text is longer than this is refused: about 30 000 words, far above any news
#: article, and a bound on the extractor's work per article (its cost grows faster than the text)
MAX_CHARS = 200_000
ReadResult = Article | InputError
_IRI_UNSAFE = frozenset('<>"{}|\\^` ') | frozenset(map(chr, range(0x21))) | {"\x7f"}


def iter_files(paths: Iterable[str | os.PathLike[str]]) -> Iterator[Path | InputError]:
    """Files to ingest, in a stable order, each once; folders are walked without following symbolic links.

    Yields an :class:`InputError` for a missing path, a broken link, an unreadable folder, or a folder with
    no article files.
    """
    seen: set[Path] = set()
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            found = False
            for item in _walk(path):
                found = found or isinstance(item, Path)
                if isinstance(item, InputError) or _first_time(item, seen):
                    yield item
            if not found:
                yield InputError(f"{path}: no {', '.join(SUFFIXES)} files in this folder")
        elif path.exists():
            if _first_time(path, seen):
                yield path
        elif path.is_symlink():
            yield InputError(f"{path}: broken or looping symbolic link")
        else:
            yield InputError(f"{path}: no such file or folder")


def _first_time(path: Path, seen: set[Path]) -> bool:
    try:
        real = path.resolve()
    except (OSError, RuntimeError):  # a symlink loop: let read_file report it
        return True
    if real in seen:
        return False
    seen.add(real)
    return True


def _walk(folder: Path) -> Iterator[Path | InputError]:
    errors: list[OSError] = []
    for root, dirs, files in os.walk(folder, followlinks=False, onerror=errors.append):
        yield from (InputError(f"{e.filename or root}: cannot read folder: {e.strerror or e}") for e in errors)
        errors.clear()
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            if not name.startswith(".") and name.lower().endswith(SUFFIXES):
                yield Path(root) / name
    yield from (InputError(f"{e.filename or folder}: cannot read folder: {e.strerror or e}") for e in errors)


def parse_date(value: object, *, source: str, today: date | None = None) -> date | None:
    """A publication date from metadata ("2025-04-10", "2025-04-10T08:00:00Z"); None with a warning if unusable.

    Dates more than a day in the future (time zones) are ignored with a warning.
    """
    if value in (None, ""):
        return None
    text = str(value).strip()[:10]
    try:
        parsed = date.fromisoformat(text)
    except ValueError:
        log.warning("%s: publication date %r is not a valid date; ignored", source, value)
        return None
    if parsed > (today or date.today()) + timedelta(days=1):
        log.warning("%s: publication date %s is in the future; ignored", source, parsed)
        return None
    return parsed


def clean_url(url: str | None) -> str | None:
    """An absolute http(s) URL usable as an IRI (unsafe characters percent-encoded), else None."""
    if not url:
        return None
    text = clean_string(url).strip()
    scheme, sep, rest = text.partition("://")
    if not sep or scheme.lower() not in ("http", "https") or not rest or rest[0] in "/?#":
        return None
    return "".join(_percent(c) if c in _IRI_UNSAFE else c for c in text)


def _percent(char: str) -> str:
    return "".join(f"%{b:02X}" for b in char.encode("utf-8"))


def _language(given: str | None, body: str, source: str) -> str:
    if given:
        lang = given.strip().lower().replace("_", "-").split("-")[0]
        detected = False
    else:
        lang, detected = (detect_language(body) or ""), True
    if not lang:
        raise InputError(f"{source}: cannot tell the language; pass --lang")
    if lang not in supported_languages():
        how = "detected language" if detected else "language"
        raise InputError(f"{source}: {how} {lang!r} is not supported (supported: {', '.join(supported_languages())})")
    return lang


def make_article(text: str, *, key: str, source: str, title: str | None = None, url: str | None = None,
                 published: date | None = None, language: str | None = None) -> Article:
    """Normalise text, detect the language and check what makes an article usable.

    Raises:
        InputError: no text, text over :data:`MAX_CHARS`, or a language that is unknown or unsupported.
    """
    body = normalise(text)
    if not body:
        raise InputError(f"{source}: no article text")
    if len(body) > MAX_CHARS:
        raise InputError(f"{source}: article text has {len(body):,} characters; the limit is {MAX_CHARS:,}")
    lang = _language(language, body, source)
    clean_title = normalise(title) if title else None
    return Article(key=clean_string(key), text=body, language=lang, title=clean_title or None, url=clean_url(url),
                   published=published, source=source)


def _check_file(path: Path, info: os.stat_result) -> None:
    source = str(path)
    if not stat.S_ISREG(info.st_mode):
        raise InputError(f"{source}: not a regular file")
    if info.st_size == 0:
        raise InputError(f"{source}: empty file")
    if info.st_size > MAX_BYTES and path.suffix.lower() != ".jsonl":
        raise InputError(f"{source}: file is {info.st_size / 2**20:.1f} MiB; the limit for one article is "
                         f"{MAX_BYTES // 2**20} MiB (put many articles in a .jsonl file, one per line)")


def read_file(path: Path, *, published: date | None = None, language: str | None = None) -> Iterator[ReadResult]:
    """Articles of one file (several for JSONL), or errors naming the file and the problem."""
    source = str(path)
    suffix = path.suffix.lower()
    try:
        _check_file(path, path.stat())
        if suffix == ".jsonl":
            yield from _read_jsonl(path, published, language)
            return
        text = decode(path.read_bytes(), source)
    except InputError as e:
        yield e
        return
    except OSError as e:
        yield InputError(f"{source}: cannot read: {e.strerror or e}")
        return
    reader = {".json": _read_json, ".html": _read_html, ".htm": _read_html}.get(suffix, _read_txt)
    yield from reader(text, path, published, language)


def _read_txt(text: str, path: Path, published: date | None, language: str | None) -> Iterator[ReadResult]:
    headline, _, body = text.partition("\n")
    try:
        yield make_article(body if body.strip() else headline, key=path.name, source=str(path),
                           title=headline.strip() if body.strip() else None, published=published, language=language)
    except InputError as e:
        yield e


def _read_html(text: str, path: Path, published: date | None, language: str | None) -> Iterator[ReadResult]:
    source = str(path)
    try:
        doc = parse_html(text)
        if doc is None:
            raise InputError(f"{source}: no article text found in the HTML")
        url = clean_url(doc.url)
        yield make_article(doc.text, key=url or path.name, source=source, title=doc.title, url=url,
                           published=parse_date(doc.published, source=source) or published,
                           language=language or doc.language)
    except InputError as e:
        yield e


def _from_object(obj: object, *, key: str, source: str, published: date | None, language: str | None) -> Article:
    if isinstance(obj, list):
        raise InputError(f"{source}: expected one JSON article object, got a list (use .jsonl, one per line)")
    if not isinstance(obj, dict):
        raise InputError(f"{source}: expected a JSON object with a 'text' field")
    text = obj.get("text")
    if not isinstance(text, str) or not text.strip():
        raise InputError(f"{source}: JSON article has no 'text'")
    url = clean_url(obj.get("url") if isinstance(obj.get("url"), str) else None)
    ident = obj.get("id")
    return make_article(
        text, key=str(url or (ident if ident not in (None, "") else key)), source=source,
        title=obj.get("title") if isinstance(obj.get("title"), str) else None, url=url,
        published=parse_date(obj.get("published"), source=source) or published,
        language=language or (obj.get("language") if isinstance(obj.get("language"), str) else None),
    )


def _parse_json(text: str, source: str, *, with_line: bool) -> object:
    try:
        return json.loads(text)
    except json.JSONDecodeError as e:
        where = f"line {e.lineno} column {e.colno}" if with_line else f"column {e.colno}"
        raise InputError(f"{source}: invalid JSON at {where}: {e.msg}") from e
    except (ValueError, RecursionError) as e:  # huge integers, absurd nesting
        raise InputError(f"{source}: invalid JSON: {e}") from e


def _read_json(text: str, path: Path, published: date | None, language: str | None) -> Iterator[ReadResult]:
    source = str(path)
    try:
        obj = _parse_json(text, source, with_line=True)
        yield _from_object(obj, key=path.name, source=source, published=published, language=language)
    except InputError as e:
        yield e


def _read_jsonl(path: Path, published: date | None, language: str | None) -> Iterator[ReadResult]:
    """One article per line; read line by line, so a file may be larger than :data:`MAX_BYTES`."""
    found = False
    with path.open("rb") as lines:
        for number, raw in enumerate(lines, start=1):
            if not raw.strip():
                continue
            found = True
            source = f"{path}:{number}"
            try:
                if len(raw) > MAX_BYTES:
                    raise InputError(f"{source}: line is {len(raw) / 2**20:.1f} MiB; the limit for one article "
                                     f"is {MAX_BYTES // 2**20} MiB")
                text = decode(raw.rstrip(b"\r\n"), source, first=number == 1)
                obj = _parse_json(text, source, with_line=False)
                yield _from_object(obj, key=f"{path.name}:{number}", source=source, published=published,
                                   language=language)
            except InputError as e:
                yield e
    if not found:
        yield InputError(f"{path}: no articles (only blank lines)")
