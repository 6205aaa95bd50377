"""Dictionary lookup of multi-word phrases in a text, token n-gram by token n-gram (no giant regex).

A :class:`PhraseIndex` maps the normalised text of each phrase to a value and remembers, per first
word, the longest phrase starting with it; :func:`scan` walks the words of a :func:`prepare`-d text
and returns the longest phrase starting at each word, left to right, without overlaps. Normalising
(curly apostrophes, "ё", no-break spaces, non-breaking hyphens) keeps the length, so offsets found in
the normalised text are offsets into the original.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass

__all__ = ["PhraseIndex", "Prepared", "Hit", "normalise", "prepare", "from_words", "scan"]

_NORM = {"’": "'", "ʼ": "'", "‘": "'", "ё": "е", "Ё": "Е", "\u00a0": " ", "\u2011": "-", "\u2010": "-"}
_WORD = re.compile(r"[^\W_]+")
#: What may stand between two words of one phrase: "U.S.", "Washington, D.C.", "Saudi-Arabien", "d'Ivoire".
_GAP = re.compile(r"[ '.,-]|\. |, |'s | - ")

#: (first word index, last word index, matched key, value)
Hit = tuple[int, int, str, object]


def normalise(text: str) -> str:
    """Replace curly apostrophes, "ё", no-break spaces and hyphens by plain ones (same length)."""
    for old, new in _NORM.items():
        if old in text:
            text = text.replace(old, new)
    return text


class PhraseIndex:
    """Phrases keyed by their normalised text, plus the longest phrase length (in words) per first word."""

    __slots__ = ("entries", "first")

    def __init__(self) -> None:
        self.entries: dict[str, object] = {}
        self.first: dict[str, int] = {}

    def add(self, phrase: str, value: object, *, overwrite: bool = False, capitalised: bool = False) -> None:
        """Index ``phrase`` (outer punctuation ignored: "U.S." is looked up as "U.S").

        Args:
            phrase: the phrase as written.
            value: what a match returns.
            overwrite: replace the value of an already indexed phrase (else the first one stays).
            capitalised: also index the phrase with its first letter upper-cased (sentence starts).
        """
        key = normalise(phrase).strip(" .,;:-'\"")
        words = _WORD.findall(key)
        if not words:
            return
        keys = [key, key[:1].upper() + key[1:]] if capitalised and key[:1].islower() else [key]
        for k in keys:
            if overwrite or k not in self.entries:
                self.entries[k] = value
            head = _WORD.match(k)
            first = head.group() if head else words[0]
            self.first[first] = max(self.first.get(first, 0), len(words))


@dataclass(frozen=True, slots=True)
class Prepared:
    """A text ready for scanning: normalised text, its words and their (start, end) offsets."""

    norm: str
    words: tuple[str, ...]
    tokens: tuple[tuple[int, int], ...]
    where: dict[str, list[int]]  # word -> indexes where it occurs

    def capitalised(self) -> list[str]:
        """The distinct words starting with an upper-case letter."""
        return [w for w in self.where if w[:1].isupper()]

    def joinable(self, i: int) -> bool:
        """Whether words ``i`` and ``i + 1`` may belong to one phrase (short gap, no line break)."""
        return bool(_GAP.fullmatch(self.norm, self.tokens[i][1], self.tokens[i + 1][0]))


_PREPARED: dict[str, Prepared] = {}  # the last few texts prepared (first in, first out)
_PREPARED_SIZE = 16


def prepare(text: str) -> Prepared:
    """Normalise and split ``text`` into words (cached for the last few texts)."""
    prep = _PREPARED.get(text)
    if prep is None:
        norm = normalise(text)
        matches = list(_WORD.finditer(norm))
        prep = _remember(text, _prepared(norm, [m[0] for m in matches], [m.span() for m in matches]))
    return prep


def from_words(text: str, runs: list) -> Prepared:
    """:func:`prepare` ``text`` from its words already split off by the tokenizer (and cache the result).

    Args:
        text: the text.
        runs: every maximal run of letters and digits of ``text`` (``[^\\W_]+``) in text order, as tokens
            (``text``, ``start``, ``end``): :func:`graph.extract.text.runs` of all its tokens.
    """
    prep = _PREPARED.get(text)
    if prep is not None:
        return prep
    if "ʼ" in text:  # a letter in the text, an apostrophe once normalised: the words differ
        return prepare(text)
    norm = normalise(text)
    spans = [(run.start, run.end) for run in runs]
    words = [run.text for run in runs] if "ё" not in text and "Ё" not in text else [norm[s:e] for s, e in spans]
    return _remember(text, _prepared(norm, words, spans))


def _prepared(norm: str, words: list[str], spans: list[tuple[int, int]]) -> Prepared:
    where: defaultdict[str, list[int]] = defaultdict(list)
    for i, word in enumerate(words):
        where[word].append(i)
    return Prepared(norm, tuple(words), tuple(spans), dict(where))  # a plain dict: no key is added by looking


def _remember(text: str, prep: Prepared) -> Prepared:
    if len(_PREPARED) >= _PREPARED_SIZE:
        _PREPARED.pop(next(iter(_PREPARED), ""), None)
    _PREPARED[text] = prep
    return prep


def scan(index: PhraseIndex, prep: Prepared, variants: Callable[[str], Iterable[str]] | None = None) -> list[Hit]:
    """Longest phrases of ``index`` in ``prep``, left to right, without overlaps.

    Args:
        index: the phrases to find.
        prep: the prepared text.
        variants: optional function giving other keys to try for a capitalised word or phrase that is not
            in the index (Russian case endings: "Москве" -> "Москва").

    Returns:
        Hits ``(first word, last word, matched key, value)`` in text order.
    """
    first = index.first
    words, tokens, norm = prep.words, prep.tokens, prep.norm
    where = prep.where
    starts = [i for word in first.keys() & where.keys() for i in where[word]]
    if variants is not None:
        starts += [
            i for w in prep.capitalised()
            if w not in first and (forms := variants(w)) and any(v in first for v in forms) for i in where[w]
        ]
    starts.sort()
    out: list[Hit] = []
    covered = -1
    count = len(words)
    gap = _GAP.fullmatch
    for i in starts:
        if i <= covered:
            continue
        longest = first.get(words[i], 0)
        if not longest and variants is not None:
            longest = max((first.get(v, 0) for v in variants(words[i])), default=0)
        last = i
        while last + 1 < count and last - i + 1 < longest and gap(norm, tokens[last][1], tokens[last + 1][0]):
            last += 1
        hit = _longest_hit(index, prep, i, last, variants)
        if hit is not None:
            out.append(hit)
            covered = hit[1]
    return out


def _longest_hit(index: PhraseIndex, prep: Prepared, i: int, last: int, variants) -> Hit | None:
    start = prep.tokens[i][0]
    entries = index.entries
    for j in range(last, i - 1, -1):
        key = prep.norm[start : prep.tokens[j][1]]
        value = entries.get(key)
        if value is not None:
            return (i, j, key, value)
        if variants is not None and key[:1].isupper():
            for variant in variants(key):
                value = entries.get(variant)
                if value is not None:
                    return (i, j, variant, value)
    return None
