"""Word windows around a trigger and the cue tests on them, shared by the modules that read a trigger's context.

Windows are pieces of the lower-cased article (:func:`graph.extract.text.lower`): the words before a trigger
back to clause punctuation, the words after it up to the next, and whether a cue of the language's
``events.json`` occurs in such a window (:func:`has`) or closes it (:func:`ends_with`).
"""

from __future__ import annotations

import re

from graph.extract.triggers import Triggers

__all__ = ["WORD", "CLAUSE", "words_before", "word_list_before", "word_list_after", "has", "ends_with"]

WORD = re.compile(r"[\w’'-]+")
#: What ends the clause a window stays in: sentence and clause punctuation, quote marks, a dash between spaces;
#: not the dot of a clock time or a number ("um 11.30 Uhr", "1.5 million") nor of a day ("den 28. Januar").
#: Each alternative opens with a character the engine tests first (the dot before the looks behind it).
CLAUSE = re.compile(r"[;:!?\"“”„«»()]|\.(?<!\b\d\.)(?<!\b\d\d\.)(?!\d)|\s[–—-]\s")


def words_before(text: str, start: int, limit: int, count: int) -> str:
    """Up to ``count`` words before ``start`` (not before ``limit``), cut at clause punctuation."""
    return " ".join(word_list_before(text, start, limit, count)) if count else ""


def word_list_before(text: str, start: int, limit: int, count: int) -> list[str]:
    """The list of :func:`words_before`."""
    window = CLAUSE.split(text[max(limit, start - 12 * count) : start])[-1]
    return WORD.findall(window)[-count:]


def word_list_after(text: str, end: int, limit: int, count: int, clause: re.Pattern[str] = CLAUSE) -> list[str]:
    """Up to ``count`` words after ``end`` (not after ``limit``), cut where ``clause`` matches."""
    window = clause.split(text[end : min(limit, end + 12 * count)])[0]
    return WORD.findall(window)[:count]


def has(triggers: Triggers, cue: str, window: str) -> bool:
    """Whether the cue occurs in ``window``, a piece of :func:`~graph.extract.text.lower`-ed text."""
    if not window:
        return False
    found = triggers.memo.get((cue, window))
    return triggers.search(cue, window) if found is None else found


def ends_with(triggers: Triggers, cue: str, window: str) -> bool:
    """Whether ``window`` (lower-cased text) ends with the cue."""
    pattern = triggers.fast.get(cue)
    last = None
    for last in pattern.finditer(window) if pattern is not None else ():
        pass
    return last is not None and not window[last.end() :].strip()
