"""Reading articles from files and folders: ``.txt``, ``.html``/``.htm``, ``.json`` and ``.jsonl``.

Each file yields articles or an :class:`~graph.errors.InputError` naming the file (and the line, for JSONL),
so one bad file or line never stops a batch.
"""

from __future__ import annotations

import json
import logging
import os
from collections.abc import Iterable, Iterator
from datetime import date, timedelta
from pathlib import Path

from .errors import InputError
from .html_text import parse_html
from .lang import detect_language, supported_languages
from .model import Article
from .text import normalise

__all__ = ["iter_files", "read_file", "make_article", "parse_date", "SUFFIXES", "MAX_BYTES"]

log = logging.getLogger(__name__)

SUFFIXES = (".txt", ".html", ".htm", ".json", ".jsonl")
MAX_BYTES = 8 * 1024 * 1024  # a single article larger than this is refused (a JSONL file may be larger)
_MAGIC = {b"%PDF": "PDF", b"\x89PNG": "PNG", b"\x1f\x8b": "gzip", b"PK\x03\x04": "zip", b"\xff\xd8\xff": "JPEG",
          b"GIF8": "GIF"}
ReadResult = Article | InputError


def iter_files(paths: Iterable[str | os.PathLike[str]]) -> Iterator[Path | InputError]:
    """Files to ingest, in a stable order; folders are walked (symlinked folders are not followed)."""
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            yield from _walk(path)
        elif path.is_file():
            yield path
        elif path.is_symlink():
            yield InputError(f"{path}: broken symbolic link")
        else:
            yield InputError(f"{path}: no such file or folder")


def _walk(folder: Path) -> Iterator[Path]:
    for root, dirs, files in os.walk(folder, followlinks=False):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            if not name.startswith(".") and name.lower().endswith(SUFFIXES):
                yield Path(root) / name


def parse_date(value: object, *, source: str, today: date | None = None) -> date | None:
    """A publication date from metadata ("2025-04-10", "2025-04-10T08:00:00Z"); None with a warning if unusable."""
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


def _decode(data: bytes, source: str) -> str:
    for magic, kind in _MAGIC.items():
        if data.startswith(magic):
            raise InputError(f"{source}: binary file ({kind}), not an article")
    if b"\x00" in data[:4096]:
        raise InputError(f"{source}: binary file, not an article")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        try:
            text = data.decode("cp1252")
        except UnicodeDecodeError:
            raise InputError(f"{source}: not valid UTF-8 (byte {e.start}) and not Latin-1 text") from e
        log.warning("%s: not valid UTF-8; read as Latin-1/Windows-1252", source)
        return text


def make_article(text: str, *, key: str, source: str, title: str | None = None, url: str | None = None,
                 published: date | None = None, language: str | None = None) -> Article:
    """Normalise text, detect the language and check what makes an article usable."""
    body = normalise(text)
    if not body:
        raise InputError(f"{source}: no article text")
    lang = (language or detect_language(body) or "").lower() or None
    if lang is None:
        raise InputError(f"{source}: cannot tell the language; pass --lang")
    if lang not in supported_languages():
        raise InputError(f"{source}: language {lang!r} is not supported (supported: {', '.join(supported_languages())})")
    clean_title = normalise(title) if title else None
    clean_url = url.strip() if url and url.strip().lower().startswith(("http://", "https://")) else None
    return Article(key=key, text=body, language=lang, title=clean_title or None, url=clean_url,
                   published=published, source=source)


def read_file(path: Path, *, published: date | None = None, language: str | None = None) -> Iterator[ReadResult]:
    """Articles of one file (several for JSONL), or errors naming the file and the problem."""
    source = str(path)
    try:
        size = path.stat().st_size
        suffix = path.suffix.lower()
        if size == 0:
            raise InputError(f"{source}: empty file")
        if size > MAX_BYTES and suffix != ".jsonl":
            raise InputError(f"{source}: {size / 1e6:.1f} MB is larger than the {MAX_BYTES // 2**20} MiB article limit")
        data = path.read_bytes()
    except InputError as e:
        yield e
        return
    except OSError as e:
        yield InputError(f"{source}: cannot read: {e.strerror or e}")
        return
    try:
        text = _decode(data, source)
    except InputError as e:
        yield e
        return
    reader = {".jsonl": _read_jsonl, ".json": _read_json, ".html": _read_html, ".htm": _read_html}.get(suffix, _read_txt)
    yield from reader(text, path, published, language)


def _read_txt(text: str, path: Path, published: date | None, language: str | None) -> Iterator[ReadResult]:
    headline, _, body = text.lstrip("\ufeff").partition("\n")
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
        yield make_article(doc.text, key=doc.url or path.name, source=source, title=doc.title, url=doc.url,
                           published=parse_date(doc.published, source=source) or published,
                           language=language or doc.language)
    except InputError as e:
        yield e


def _from_object(obj: object, *, key: str, source: str, published: date | None, language: str | None) -> Article:
    if not isinstance(obj, dict):
        raise InputError(f"{source}: expected a JSON object with a 'text' field")
    text = obj.get("text")
    if not isinstance(text, str) or not text.strip():
        raise InputError(f"{source}: JSON article has no 'text'")
    url = obj.get("url") if isinstance(obj.get("url"), str) else None
    ident = obj.get("id")
    return make_article(
        text, key=str(url or ident or key), source=source,
        title=obj.get("title") if isinstance(obj.get("title"), str) else None, url=url,
        published=parse_date(obj.get("published"), source=source) or published,
        language=language or (obj.get("language") if isinstance(obj.get("language"), str) else None),
    )


def _read_json(text: str, path: Path, published: date | None, language: str | None) -> Iterator[ReadResult]:
    source = str(path)
    try:
        obj = json.loads(text)
        yield _from_object(obj, key=path.name, source=source, published=published, language=language)
    except json.JSONDecodeError as e:
        yield InputError(f"{source}: invalid JSON at line {e.lineno} column {e.colno}: {e.msg}")
    except InputError as e:
        yield e


def _read_jsonl(text: str, path: Path, published: date | None, language: str | None) -> Iterator[ReadResult]:
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        source = f"{path}:{number}"
        try:
            obj = json.loads(line)
            yield _from_object(obj, key=f"{path.name}:{number}", source=source, published=published,
                               language=language)
        except json.JSONDecodeError as e:
            yield InputError(f"{source}: invalid JSON at column {e.colno}: {e.msg}")
        except InputError as e:
            yield e
