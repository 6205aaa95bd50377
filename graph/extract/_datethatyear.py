"""A month "of that year": "Relations soured in 2024. In October of that year, ...", "En octobre de cette année-là",
"en octubre de ese año", "im Oktober desselben Jahres", "в октябре того же года".

Private to :mod:`graph.extract.dates`. A month told without a year of its own and followed by a phrase pointing back
to a year (``that_year`` of ``graph/data/lexicons/<lang>/dates.json``, regular expressions matching right after the
month, or after the "this year" the date grammar read: "de cette année" + "-là") is in the last year written in
figures in the text before it, within :data:`_BACK` characters; with none there it stays as it is.
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

__all__ = ["that_year"]

#: How far (characters) before the month the year it points back to may be written.
_BACK = 400
_YEAR = re.compile(r"(?<![\w.,])(1[89]\d\d|20\d\d)(?![\w.,]\d)")


@cache
def _pattern(lang: str) -> re.Pattern[str] | None:
    words = lexicon.load("dates", lang).get("that_year") if lang.isalpha() else None
    return re.compile(rf"(?:{'|'.join(words)})(?!\w)", re.IGNORECASE) if words else None


def that_year(mentions: list[DateMention], text: str, lang: str) -> list[DateMention]:
    """``mentions`` with each month "of that year" given the year it points back to (see the module docstring)."""
    pattern = _pattern(lang)
    if pattern is None:
        return mentions
    out = mentions
    for k, m in enumerate(mentions):
        if m.month is None or m.day is not None or m.year is not None or m.relative_years not in (None, 0):
            continue
        phrase = pattern.match(text, m.span.end)
        if phrase is None:
            continue
        years = list(_YEAR.finditer(text, max(0, m.span.start - _BACK), m.span.start))
        if not years:
            continue
        span = Span(m.span.start, phrase.end())
        if out is mentions:
            out = list(mentions)
        out[k] = dataclasses.replace(m, span=span, text=text[span.start : span.end], year=int(years[-1].group(1)),
                                     relative_years=None)
    return out
