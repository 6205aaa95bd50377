"""Bytes -> text, and the text normalisation applied to every article before extraction.

Offsets of evidence refer to the normalised text. ``normalise`` is idempotent, so normalising a stored text
again never moves an offset, and the stored sha256 is the hash of text that normalises to itself.
"""

from __future__ import annotations

import codecs
import logging
import re
import unicodedata

from .errors import InputError

__all__ = ["normalise", "clean_string", "decode", "binary_kind"]

log = logging.getLogger(__name__)

_SURROGATE = re.compile(r"[\ud800-\udfff]")
_LINE_BREAKS = re.compile(r"\r\n?|[\x85\u2028\u2029]")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x84\x86-\x9f]")
_SPACES = re.compile(r"[ \t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]+")
# zero-width characters, the byte-order mark, and bidi embeddings/overrides/isolates ("Trojan source")
_INVISIBLE = re.compile(r"[\u200b\u200c\u200d\u2060\ufeff\u202a-\u202e\u2066-\u2069]")
_BLANK_LINES = re.compile(r"\n{3,}")

_MAGIC = {
    b"%PDF": "PDF", b"\x89PNG": "PNG", b"\x1f\x8b": "gzip", b"PK\x03\x04": "zip", b"\xff\xd8\xff": "JPEG",
    b"GIF8": "GIF", b"\x7fELF": "executable", b"\xd0\xcf\x11\xe0": "Office document", b"BZh9": "bzip2",
    b"\xfd7zXZ\x00": "xz", b"7z\xbc\xaf\x27\x1c": "7-Zip", b"\x28\xb5\x2f\xfd": "zstd", b"RIFF": "RIFF media",
    b"SQLite format 3\x00": "SQLite",
}
_BOMS = ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"), (codecs.BOM_UTF8, "utf-8-sig"),
         (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))
_BINARY_BYTES = re.compile(rb"[\x00-\x08\x0e-\x1a\x1c-\x1f]")
# a well-formed multi-byte UTF-8 sequence: present in UTF-8 text, (almost) never in Latin-1 text
_UTF8_SEQUENCE = re.compile(
    rb"[\xc2-\xdf][\x80-\xbf]|\xe0[\xa0-\xbf][\x80-\xbf]|[\xe1-\xec\xee\xef][\x80-\xbf]{2}|\xed[\x80-\x9f][\x80-\xbf]"
    rb"|\xf0[\x90-\xbf][\x80-\xbf]{2}|[\xf1-\xf3][\x80-\xbf]{3}|\xf4[\x80-\x8f][\x80-\xbf]{2}"
)


def clean_string(text: str) -> str:
    """``text`` with lone surrogates (from JSON escapes such as ``"\\ud800"``) replaced by U+FFFD."""
    return _SURROGATE.sub("\ufffd", text)


def normalise(text: str) -> str:
    """NFC, Unix line ends, no control or invisible characters, single spaces, at most one blank line.

    >>> normalise("  Hallo\\u00a0 Welt \\r\\n\\r\\n\\r\\nZweite Zeile ")
    'Hallo Welt\\n\\nZweite Zeile'
    """
    text = _LINE_BREAKS.sub("\n", clean_string(text))
    text = _INVISIBLE.sub("", _CONTROL.sub(" ", text))
    text = unicodedata.normalize("NFC", text)
    lines = [_SPACES.sub(" ", line).strip() for line in text.split("\n")]
    return _BLANK_LINES.sub("\n\n", "\n".join(lines)).strip()


def binary_kind(data: bytes) -> str | None:
    """The kind of binary file ``data`` starts like ("PDF", "PNG" ...), "binary" for other binary data, or None."""
    for magic, kind in _MAGIC.items():
        if data.startswith(magic):
            return kind
    if any(data.startswith(bom) for bom, _ in _BOMS):
        return None
    head = data[:8192]
    if b"\x00" in head or len(_BINARY_BYTES.findall(head)) > max(8, len(head) // 100):
        return "binary"
    return None


def _position(data: bytes, offset: int) -> str:
    line = data.count(b"\n", 0, offset) + 1
    column = offset - (data.rfind(b"\n", 0, offset) + 1) + 1
    return f"line {line}, column {column}"


def decode(data: bytes, source: str, *, first: bool = True) -> str:
    """Decode a file's bytes: UTF-8 (with or without BOM), UTF-16/32 with BOM, else Windows-1252/Latin-1.

    Text that is mostly UTF-8 but has broken bytes is refused rather than decoded as Latin-1 (which would
    turn every "ü" into "Ã¼"); legacy 8-bit text is decoded with a warning.

    Args:
        data: the raw bytes.
        source: file name (and line) for messages.
        first: whether ``data`` starts the file (binary signatures are only checked there).

    Raises:
        InputError: a binary file, or bytes that are neither UTF-8 nor Windows-1252 text.
    """
    kind = binary_kind(data) if first else ("binary" if b"\x00" in data else None)
    if kind is not None:
        raise InputError(f"{source}: {kind} file, not an article" if kind != "binary"
                         else f"{source}: binary data, not an article")
    for bom, codec in _BOMS:
        if data.startswith(bom):
            try:
                return clean_string(data.decode(codec))
            except UnicodeDecodeError as e:
                raise InputError(f"{source}: invalid {codec.upper()} text at byte {e.start}") from e
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as e:
        where = _position(data, e.start)
        if _UTF8_SEQUENCE.search(data):
            raise InputError(f"{source}: invalid UTF-8 (byte 0x{data[e.start]:02x} at {where}); "
                             "save the file as UTF-8") from e
        try:
            text = data.decode("cp1252")
        except UnicodeDecodeError:
            raise InputError(f"{source}: neither UTF-8 nor Latin-1 text (byte 0x{data[e.start]:02x} at {where})") from e
    log.warning("%s: not UTF-8; read as Latin-1 (Windows-1252)", source)
    return text
