"""A date told as the period of a figure: "destacaron el crecimiento del comercio, que superó los 4.000 millones de
dólares en 2025", "trade reached $2.1 billion last year", "Les échanges ont atteint 310 millions de dollars l'an
dernier".

Private to :mod:`graph.extract._dateassign`. A date standing right after an amount (a number with a unit of
``amount_units`` of ``graph/data/lexicons/<lang>/dates.json``: "millones", "billion", "Milliarden", "%", and at
most a currency or goods noun of ``amount_nouns`` between, "de dólares", "d'euros") tells the period the figure
covers, not the day of an act told before the figure in the sentence. The words ``amount_links`` may stand between
the amount's noun and the date: a genitive or the date's own preposition ("of", "in", "de", "d'", "im", "в").
"""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING

from graph.extract import lexicon

if TYPE_CHECKING:
    from graph.extract.assemble import Context

__all__ = ["amount_period"]

#: How far (characters) before a date the amount it follows may start.
_REACH = 60


@cache
def _pattern(lang: str) -> re.Pattern[str] | None:
    data = (lexicon.load("dates", lang) if lang.isalpha() else None) or {}
    units, nouns = data.get("amount_units", []), data.get("amount_nouns", [])
    if not units:
        return None
    links = rf"(?:{lexicon.phrases(data['amount_links'])})" if data.get("amount_links") else r"(?!)"
    unit = "|".join(r"\s+".join(map(re.escape, u.split())) for u in sorted(units, key=len, reverse=True))
    noun = "|".join(map(re.escape, sorted(nouns, key=len, reverse=True))) or r"(?!)"
    return re.compile(rf"\d\s*(?:{unit})(?!\w)(?:\s*{links}?\s*(?:{noun})(?!\w))?(?:\s+{links})?\s*$", re.IGNORECASE)


def amount_period(ctx: Context, act_end: int, date_start: int) -> bool:
    """Whether the date starting at ``date_start`` follows an amount told after an act ending at ``act_end``."""
    start = max(act_end, date_start - _REACH)
    head = ctx.text[start:date_start]
    if not any(c.isdigit() for c in head):
        return False
    pattern = _pattern(ctx.lang)
    return pattern is not None and pattern.search(head) is not None
