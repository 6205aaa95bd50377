"""A date said right before "in"/"during" and an act: that act's date ("El viaje fue acordado el martes en una
conversación telefónica", "agreed on Tuesday in a phone call", "am Dienstag bei einem Telefonat", "во вторник
в ходе телефонного разговора"): the call took place that day, the trip told before it was only agreed then. So
is a date opening an "after" clause ("La convocatoria se produjo después de que el domingo por la noche Solano
conversara por teléfono", "nachdem am Sonntag X telefoniert hatte"): the clause's act, not the one before it.

Private to :mod:`graph.extract.assemble`. The words that tie a date to the act after it are ``date_in_act`` of
``graph/data/lexicons/<lang>/dates.json`` (regular expressions, matched case-insensitively); the "after"
conjunctions are its ``after_clause`` (but a bare "after", which before a date is a preposition: "after Monday").
"""

from __future__ import annotations

import re
from functools import lru_cache

from graph.extract import lexicon

__all__ = ["in_act", "opens_after_clause"]

_GAP = 30  # the most characters between the date and the act's trigger ("en una conversación ")


def in_act(text: str, lang: str, date_end: int, act_start: int) -> bool:
    """Whether only "in"/"during" and at most two lower-case words (no place: "am Freitag in Helsinki eine Erklärung")
    stand between a date and the act at ``act_start``."""
    between = text[date_end:act_start]
    if not between or len(between) > _GAP or "," in between:
        return False
    pattern = _pattern(lang)
    found = pattern.match(between) if pattern is not None else None
    if found is None:
        return False
    rest = _WORDS.findall(between, found.end())  # an article or adjective: "einem", "una", "телефонного"
    return len(rest) <= 2 and all(word.islower() for word in rest) and not _WORDS.sub("", between[found.end():]).strip(" '’")


_WORDS = re.compile(r"[^\W\d_]+")


@lru_cache(maxsize=None)
def _pattern(lang: str) -> re.Pattern[str] | None:
    words = lexicon.load("dates", lang).get("date_in_act")
    if not words:
        return None
    return re.compile(rf"\s+(?:{'|'.join(words)})(?:\s+|(?<=['’]))", re.IGNORECASE)


def opens_after_clause(text: str, lang: str, act_end: int, date_start: int) -> bool:
    """Whether an "after" conjunction ends right before a date told after an act ending at ``act_end``."""
    pattern = _after(lang)
    return pattern is not None and act_end < date_start and pattern.search(text, act_end, date_start) is not None


@lru_cache(maxsize=None)
def _after(lang: str) -> re.Pattern[str] | None:
    words = [w for w in lexicon.load("dates", lang).get("after_clause", ()) if w not in _PREPOSITIONS and not w.endswith(" avoir")]
    if not words:
        return None
    return re.compile(rf"(?<!\w)(?:{'|'.join(map(re.escape, words))})\s*\Z", re.IGNORECASE)


#: "after" words that are also prepositions: before a date they bound it ("after Monday"), no clause opens.
_PREPOSITIONS = frozenset({"after"})
