"""A sentence as a sequence of units: countries, organisations, titles, words and punctuation.

Places and titles found by the other modules are laid over the tokens, so that "US-Außenminister"
becomes a country unit ("US") followed by a title unit ("Außenminister"), and "Исламской Республики
Иран" one country unit. The person finder walks these units.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from operator import attrgetter, itemgetter
from typing import Any

from graph.extract.text import Token
from graph.model import Span

__all__ = ["Unit", "build_units", "spans_within", "per_sentence", "Intervals"]

_START = attrgetter("start")
_SPAN = itemgetter(0, 1)


#: A unit of a sentence: a token (word, punct) or a place, organisation or title laid over tokens.
Unit = Token


def spans_within(items: list[tuple[Span, Any]], start: int, end: int) -> list[tuple[Span, Any]]:
    """The items (sorted by span) whose span lies inside ``[start, end)``."""
    i = bisect_left(items, start, key=lambda item: item[0].start)
    out = []
    while i < len(items) and items[i][0].start < end:
        if items[i][0].end <= end:
            out.append(items[i])
        i += 1
    return out


def per_sentence(items: list[tuple[Span, Any]], sentences: list[Span]) -> list[list[tuple[Span, Any]]]:
    """:func:`spans_within` of every sentence at once (``items`` sorted by span)."""
    starts = [span.start for span, _ in items]
    out: list[list[tuple[Span, Any]]] = []
    for sentence in sentences:
        end = sentence.end
        inside = items[bisect_left(starts, sentence.start) : bisect_left(starts, end)]
        out.append([item for item in inside if item[0].end <= end] if inside else inside)
    return out


class Intervals:
    """Half-open ranges ``[start, end)`` asked "is this offset or span inside one?" in logarithmic time.

    Overlapping ranges are merged; ranges that only touch are kept apart, so that :meth:`contains` never
    accepts a span running across two neighbouring names.
    """

    __slots__ = ("starts", "ends")

    def __init__(self, ranges: Any) -> None:
        starts: list[int] = []
        ends: list[int] = []
        for start, end in sorted(ranges):
            if ends and start < ends[-1]:
                ends[-1] = max(ends[-1], end)
            else:
                starts.append(start)
                ends.append(end)
        self.starts, self.ends = starts, ends

    def _last_at(self, offset: int) -> int:
        return bisect_right(self.starts, offset) - 1

    def covers(self, offset: int) -> bool:
        """Whether some range holds ``offset``."""
        i = self._last_at(offset)
        return i >= 0 and offset < self.ends[i]

    def contains(self, start: int, end: int) -> bool:
        """Whether some range holds all of ``[start, end)``."""
        i = self._last_at(start)
        return i >= 0 and end <= self.ends[i]

    def overlaps(self, start: int, end: int) -> bool:
        """Whether some range shares a character with ``[start, end)``."""
        i = bisect_left(self.starts, end) - 1
        return i >= 0 and self.ends[i] > start


def _choose(annotations: list[tuple[int, int, str, Any]]) -> list[tuple[int, int, str, Any]]:
    """Keep non-overlapping annotations, longer first, then earlier."""
    ordered = sorted(annotations, key=_SPAN)
    if all(a[1] <= b[0] for a, b in zip(ordered, ordered[1:])):
        return ordered  # most sentences: nothing overlaps, every annotation stays
    chosen: list[tuple[int, int, str, Any]] = []
    for ann in sorted(annotations, key=lambda a: (a[0] - a[1], a[0])):
        if all(ann[1] <= c[0] or ann[0] >= c[1] for c in chosen):
            chosen.append(ann)
    return sorted(chosen)


def build_units(
    text: str,
    tokens: list[Token],
    annotations: list[tuple[int, int, str, Any]],
    cities: list[tuple[Span, Any]],
) -> list[Unit]:
    """Lay ``annotations`` (start, end, kind, obj) over ``tokens``; tokens inside one are dropped.

    A token partly covered ("US-Außenminister") keeps only its uncovered part when that part is a word;
    a hyphen between an annotation and the rest of its token is dropped.
    """
    chosen = _choose(annotations)
    city_at = {span.start: (span.end, city) for span, city in cities}
    if not chosen:
        units = _with_cities(tokens, city_at)
    else:
        units = _laid_over(text, tokens, chosen, city_at)
    units.sort(key=_START)
    if len({unit.start for unit in units}) == len(units):
        return units  # no two units start together: nothing to drop
    return _dedupe(units)


def _with_cities(tokens: list[Token], city_at: dict) -> list[Unit]:
    """The tokens of a sentence without annotations; a word that is exactly a city's name carries the city."""
    units = list(tokens)
    if city_at:
        starts = [token.start for token in tokens]
        for start, (end, city) in city_at.items():
            k = bisect_left(starts, start)
            if k < len(units) and starts[k] == start:
                token = units[k]
                if token.end == end and token.kind == "word":
                    units[k] = Token(token.text, token.start, token.end, "word", city)
    return units


def _laid_over(text: str, tokens: list[Token], chosen: list, city_at: dict) -> list[Unit]:
    """The tokens with the (non-overlapping, sorted) annotations laid over them (the caller sorts them)."""
    units: list[Unit] = []
    append = units.append
    a = 0
    n = len(chosen)
    next_start = chosen[0][0]
    for token in tokens:
        while a < n and chosen[a][1] <= token.start:
            ann = chosen[a]
            append(Token(text[ann[0] : ann[1]], ann[0], ann[1], ann[2], ann[3]))
            a += 1
            next_start = chosen[a][0] if a < n else len(text)
        if next_start >= token.end:  # fast path: the token is not covered
            city = city_at.get(token.start) if city_at else None
            if city and city[0] == token.end and token.kind == "word":
                append(Token(token.text, token.start, token.end, "word", city[1]))
            else:
                append(token)
            continue
        piece = _uncovered(text, token, chosen, a, city_at)
        if piece is not None:
            append(piece)
    units += [Token(text[ann[0] : ann[1]], ann[0], ann[1], ann[2], ann[3]) for ann in chosen[a:]]
    return units


def _uncovered(text: str, token: Token, chosen: list, a: int, city_at: dict) -> Unit | None:
    """The part of a token that no annotation covers ("Außenminister" of "US-Außenminister"), if a word."""
    start, end = token.start, token.end
    for i in range(a, len(chosen)):
        ann = chosen[i]
        if ann[0] >= end:
            break
        if ann[0] <= start and ann[1] >= end:
            return None  # fully covered
        if ann[0] > start:
            end = ann[0]
        else:
            start = max(start, ann[1])
    piece = text[start:end].strip("-‐‑")
    if not piece or end <= start:
        return None
    offset = start + text[start:end].index(piece)
    city = city_at.get(offset)
    obj = city[1] if city and city[0] == offset + len(piece) else None
    return Token(piece, offset, offset + len(piece), "word" if piece[:1].isalnum() else "punct", obj)


def _dedupe(units: list[Unit]) -> list[Unit]:
    out: list[Unit] = []
    for unit in units:
        if out and out[-1].start == unit.start and out[-1].end == unit.end:
            continue
        out.append(unit)
    return out
