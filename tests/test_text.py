"""graph.text: decoding bytes to text and normalising article text."""

from __future__ import annotations

import logging

import pytest

from graph.errors import InputError
from graph.text import binary_kind, clean_string, decode, normalise

GERMAN = "Die Außenministerin traf ihren Amtskollegen in München; sie sprachen über Grenzübergänge."


def test_normalise_spaces_lines_and_controls() -> None:
    raw = "  Erste\u00a0\u00a0Zeile\t \r\n\r\n\r\n\r\nZweite\x00Zeile\x1b\u200b!\u2028Dritte\x85Vierte "
    assert normalise(raw) == "Erste Zeile\n\nZweite Zeile !\nDritte\nVierte"


def test_normalise_composes_after_removing_invisible_characters() -> None:
    # "e", zero-width space, combining acute: the invisible character must not block composition
    assert normalise("Caf e\u200b\u0301") == "Caf \u00e9"
    assert normalise(normalise("Caf e\u200b\u0301")) == "Caf \u00e9"


def test_normalise_removes_bidi_overrides_and_c1_controls() -> None:
    assert normalise("a\u202eb\u2066c\u0085d\u0096e") == "abc\nd e"


def test_clean_string_replaces_lone_surrogates() -> None:
    assert clean_string("a\ud800b") == "a\ufffdb"
    assert normalise("x\udfffy") == "x\ufffdy"


def test_decode_utf8_and_boms() -> None:
    assert decode(GERMAN.encode("utf-8"), "a.txt") == GERMAN
    assert decode(b"\xef\xbb\xbf" + GERMAN.encode("utf-8"), "a.txt") == GERMAN
    assert decode(GERMAN.encode("utf-16"), "a.txt") == GERMAN
    assert decode(GERMAN.encode("utf-32"), "a.txt") == GERMAN


def test_decode_latin1_with_warning(caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.WARNING, logger="graph"):
        assert decode(GERMAN.encode("latin-1"), "a.txt") == GERMAN
    assert "a.txt: not UTF-8; read as Latin-1 (Windows-1252)" in caplog.text


def test_decode_windows_1252_quotes() -> None:
    assert decode("„Frieden“ – sagte er".encode("cp1252"), "a.txt") == "„Frieden“ – sagte er"


def test_decode_refuses_mostly_utf8_with_a_broken_byte() -> None:
    data = "Grüße\nÜber die Lage".encode("utf-8") + b" \xfc"
    with pytest.raises(InputError) as info:
        decode(data, "a.txt")
    assert str(info.value) == "a.txt: invalid UTF-8 (byte 0xfc at line 2, column 16); save the file as UTF-8"


def test_decode_refuses_bytes_undefined_in_windows_1252() -> None:
    with pytest.raises(InputError, match=r"a.txt: neither UTF-8 nor Latin-1 text \(byte 0x81 at line 1"):
        decode(b"abc \x81\x8d def", "a.txt")


@pytest.mark.parametrize(("data", "kind"), [
    (b"%PDF-1.7\n%\xe2\xe3", "PDF"),
    (b"\x89PNG\r\n\x1a\n\x00\x00", "PNG"),
    (b"\x1f\x8b\x08\x00", "gzip"),
    (b"PK\x03\x04rest", "zip"),
    (b"\x7fELF\x02\x01", "executable"),
    (bytes(range(256)) * 4, "binary"),
])
def test_binary_files_are_refused(data: bytes, kind: str) -> None:
    assert binary_kind(data) == kind
    with pytest.raises(InputError, match="not an article"):
        decode(data, "x.txt")


def test_text_is_not_binary() -> None:
    assert binary_kind(GERMAN.encode("utf-8")) is None
    assert binary_kind("Привет, мир".encode("utf-8")) is None
    assert binary_kind(b"colour \x1b[1mbold\x1b[0m text") is None
