"""Where to try the date and duration patterns of :mod:`graph.extract._dategrammar` in a text.

Private to :mod:`graph.extract.dates`. A pattern is tried only around trigger words (months, weekdays,
units...) and numbers, found through the distinct words of the text (:func:`graph.extract.phrases.prepare`),
and at the prefix words just before them.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import cache, lru_cache
from itertools import compress

from graph.extract.phrases import normalise, prepare
from graph.extract.text import lower

__all__ = ["scan"]

_TOKEN = re.compile(r"\w+")
_LOOK_BACK = 7  # words before a trigger where a match may start ("at the beginning of last week")


def scan(
    text: str,
    pattern: re.Pattern[str],
    triggers: frozenset[str],
    prefixes: frozenset[str],
    within: tuple[tuple[int, int], ...] | None = None,
) -> list[re.Match[str]]:
    """Matches of ``pattern`` that contain a trigger word or a number, leftmost first, not overlapping.

    The pattern is tried only where a match can start: at a trigger or at the prefix words
    (prepositions, modifiers, numbers) just before it. A plain ``finditer`` would try every
    alternative at every offset, twenty times slower. With ``within`` (sorted ranges), only triggers
    inside those ranges are tried.
    """
    low = lower(text)
    matches: list[re.Match[str]] = []
    taken = 0
    starts = _trigger_starts(text, triggers)
    if within is not None:
        starts = [at for at in starts if _inside(within, at)]
    for at in starts:
        if at < taken:
            continue
        floor = max(taken, at - 80)
        before = _TOKEN.findall(low, floor, at)
        first = len(before)
        while first > 0 and len(before) - first < _LOOK_BACK and (
            before[first - 1] in prefixes or before[first - 1][0].isdigit()
        ):
            first -= 1
        for start in _starts_of(low, before[first:], floor, at) + [at]:
            match = pattern.match(text, start)
            if match is not None and match.end() > at:
                matches.append(match)
                taken = match.end()
                break
    return matches


def _starts_of(low: str, words: list[str], floor: int, end: int) -> list[int]:
    """Offsets of ``words``, the last ``\\w+`` runs of ``low[floor:end]`` in order (found from the end: the last
    occurrence of the last run before ``end`` is that run)."""
    out = []
    for word in reversed(words):
        end = low.rfind(word, floor, end)
        out.append(end)
    out.reverse()
    return out


def _inside(ranges: tuple[tuple[int, int], ...], offset: int) -> bool:
    k = bisect_right(ranges, (offset, float("inf"))) - 1
    return k >= 0 and offset < ranges[k][1]


def _trigger_starts(text: str, triggers: frozenset[str]) -> list[int]:
    """Offsets of the words of ``text`` that are triggers or start with a digit, in text order."""
    prep = prepare(text)
    words, lowered, numbers = _lowered_words(text)
    hits = _normalised(triggers).intersection(lowered)
    found = [word for word in compress(words, map(hits.__contains__, lowered)) if not word[0].isdigit()] if hits else []
    found += numbers
    tokens = prep.tokens
    out = [tokens[i][0] for word in found for i in prep.where[word]]
    out.sort()
    return out


@lru_cache(maxsize=4)
def _lowered_words(text: str) -> tuple[tuple[str, ...], tuple[str, ...], list[str]]:
    """The distinct words of ``text``, the same lower-cased, and those starting with a digit."""
    words = tuple(prepare(text).where)
    # one call lowers them all: a line break isolates each word (only "Σ" looks at its neighbours)
    lowered = tuple("\n".join(words).lower().split("\n")) if words else ()
    if len(lowered) != len(words):
        lowered = tuple(word.lower() for word in words)
    return words, lowered, [word for word in words if word[0].isdigit()]


@cache  # one per language and kind
def _normalised(words: frozenset[str]) -> frozenset[str]:
    return frozenset(normalise(word) for word in words)
