"""Language detection by function words and script: fast, offline, deterministic."""

from __future__ import annotations

import json
import re
from functools import lru_cache
from importlib import resources

__all__ = ["detect_language", "supported_languages"]

_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)


@lru_cache(maxsize=1)
def _stopwords() -> dict[str, frozenset[str]]:
    raw = json.loads(resources.files("graph").joinpath("data/languages.json").read_text("utf-8"))
    return {code: frozenset(words) for code, words in raw.items() if not code.startswith("_")}


@lru_cache(maxsize=1)
def supported_languages() -> tuple[str, ...]:
    """Languages with lexicons shipped under ``graph/data/lexicons/<code>/``."""
    root = resources.files("graph").joinpath("data/lexicons")
    return tuple(sorted(p.name for p in root.iterdir() if p.is_dir() and len(p.name) == 2))


def detect_language(text: str, *, sample: int = 5000) -> str | None:
    """The BCP 47 code of the text's language, or None when no language clearly wins.

    >>> detect_language("Die Delegationen trafen sich am Donnerstag in der Stadt und sprachen über die Lage.")
    'de'
    """
    words = [w.lower() for w in _WORD.findall(text[:sample])]
    if not words:
        return None
    scores = {code: sum(w in stop for w in words) for code, stop in _stopwords().items()}
    best = max(scores, key=lambda code: (scores[code], code))
    if scores[best] < max(2, len(words) // 50):
        return None
    if best == "ru" and re.search(r"[іїєґ]", text[:sample]):
        return "uk"
    return best
