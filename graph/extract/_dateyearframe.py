"""A year told as the frame of what a sentence counts or lists dates no act; the month told in it does.

Private to :mod:`graph.extract.dates`. The general cause handled: "the second expulsion this year: in July X
declared ...", "la deuxième convocation cette année, après celle de l'ambassadeur en mars dernier", "вторая
высылка в этом году: в июле ...". The year is the span over which the acts are counted (after an ordinal of
``dates.json``: ``count_ordinals``) or that a colon or dash opens onto; the act the sentence tells happened in
the month told after it, of that year. Such a year is joined to the month right after a colon or dash (one
mention, as "in August last year"), and otherwise gives the month told later in its sentence its year and is
dropped, so that the trigger near it takes the finer date. A year with no finer date after it in its sentence
is kept.
"""

from __future__ import annotations

import dataclasses
import re
from functools import cache
from typing import TYPE_CHECKING

from graph.extract import lexicon
from graph.model import Span

if TYPE_CHECKING:
    from graph.extract.dates import DateMention

__all__ = ["count_colon", "year_frames"]

#: A colon or dash between the year and the month it opens onto ("this year: in July").
_OPENS = re.compile(r"\s{0,2}[:–—]\s{1,3}")
#: A sentence end (not after "M." or "Dr.") between the year and a later month: the month is another sentence's.
_SENTENCE_END = re.compile(r"(?<=\w\w\w)[.!?]\s")
#: How far (characters) before the year the ordinal of the count may stand ("la deuxième convocation ... cette année").
_COUNT_REACH = 80


@cache
def _ordinals(lang: str) -> re.Pattern[str] | None:
    words = (lexicon.load("dates", lang) if lang.isalpha() else {}).get("count_ordinals", [])
    if not words:
        return None
    return re.compile(r"(?<!\w)(?:" + "|".join(sorted(map(re.escape, words), key=len, reverse=True)) + r")(?!\w)",
                      re.IGNORECASE)


def _year_only(m: DateMention) -> bool:
    return (m.year is not None or m.relative_years is not None) and m.month is None and m.day is None \
        and m.season is None and m.relative_weeks is None and m.weekday is None and m.relative_days is None \
        and m.relative_months is None  # fmt: skip


def _yearless_month(m: DateMention) -> bool:
    return m.month is not None and m.year is None and m.relative_years is None


def _counted_from(year: DateMention, month: DateMention) -> int | None:
    """The year a month inherits from its frame counted from publication: "last year" (-1) does; "this year"
    leaves a bare month its own reading (the latest before publication for a past act), as does a month told
    with its own direction ("en mars dernier")."""
    return None if month.direction or not year.relative_years else year.relative_years


def _counted(text: str, lang: str, year: DateMention) -> bool:
    """Whether an ordinal of a count stands before ``year`` in its sentence ("the second expulsion this year")."""
    pattern = _ordinals(lang)
    if pattern is None:
        return False
    start = max(0, year.span.start - _COUNT_REACH)
    before = text[start : year.span.start]
    ends = list(_SENTENCE_END.finditer(before))
    return pattern.search(before, ends[-1].end() if ends else 0) is not None


def year_frames(mentions: list[DateMention], text: str, lang: str) -> list[DateMention]:
    """``mentions`` with each year frame joined to or folded into the month it opens onto (see the module)."""
    out: list[DateMention] = []
    skip: set[int] = set()
    for i, mention in enumerate(mentions):
        if i in skip:
            continue
        following = mentions[i + 1] if i + 1 < len(mentions) else None
        if not _year_only(mention) or following is None or not _yearless_month(following):
            out.append(mention)
            continue
        if following.day is None and _OPENS.fullmatch(text, mention.span.end, following.span.start):
            span = Span(mention.span.start, following.span.end)
            out.append(dataclasses.replace(following, span=span, text=text[span.start : span.end], year=mention.year,
                                           relative_years=_counted_from(mention, following)))
            skip.add(i + 1)
            continue
        if _counted(text, lang, mention) and not _SENTENCE_END.search(text, mention.span.end, following.span.start):
            if following.day is None or mention.year is not None:
                mentions[i + 1] = dataclasses.replace(following, year=mention.year, relative_years=
                                                      None if following.day is not None else _counted_from(mention, following))
            continue  # the count's year dates no act: the month after it does
        out.append(mention)
    return out


def count_colon(text: str, lang: str, start: int, end: int) -> bool:
    """Whether a colon between ``start`` and ``end`` closes a count of its sentence ("die zweite Einbestellung in
    diesem Jahr: Am 3. März war er ...", "the second expulsion this year: in July ..."): the clause after it tells
    the earlier act counted, with its own date (an ordinal of ``count_ordinals`` before the colon)."""
    colon = text.find(": ", start, end)
    pattern = _ordinals(lang)
    if colon < 0 or pattern is None:
        return False
    before = text[max(0, colon - 2 * _COUNT_REACH) : colon]
    ends = list(_SENTENCE_END.finditer(before))
    return pattern.search(before, ends[-1].end() if ends else 0) is not None
