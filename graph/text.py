"""Text normalisation applied to every article before extraction; offsets refer to the normalised text."""

from __future__ import annotations

import re
import unicodedata

__all__ = ["normalise"]

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_SPACES = re.compile(r"[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]+")
_ZERO_WIDTH = re.compile(r"[\u200b\u200c\u200d\u2060\ufeff]")
_BLANK_LINES = re.compile(r"\n{3,}")


def normalise(text: str) -> str:
    """NFC, Unix line ends, no control or zero-width characters, single spaces, at most one blank line.

    >>> normalise("  Hallo\\u00a0 Welt \\r\\n\\r\\n\\r\\nZweite Zeile ")
    'Hallo Welt\\n\\nZweite Zeile'
    """
    text = unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n"))
    text = _ZERO_WIDTH.sub("", _CONTROL.sub(" ", text))
    lines = [_SPACES.sub(" ", line).strip() for line in text.split("\n")]
    return _BLANK_LINES.sub("\n\n", "\n".join(lines)).strip()
