"""Months told through a noun, and periods counted from publication, for the date grammar.

Private to :mod:`graph.extract._dategrammar`. A month name alone is a date only after a preposition ("im Juni",
"en juin"); it is one too when it names the time of an act: after an event noun and its joiner ("la reunión de
junio", "la rencontre d'avril", lexicon keys ``month_nouns`` and ``month_noun_joiners``) or before one ("the June
meeting", ``month_before_nouns``). Such a mention spans the month alone, so the noun stays the act it dates.
``current_periods`` are phrases naming the running month or year without a number ("avant la fin du mois",
"by the end of the year", "до конца года"), the running week ("a principios de semana", "Anfang der Woche") or
the weekend of the running week ("am Wochenende", "на выходных").
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from graph.model import Span

if TYPE_CHECKING:
    import re

__all__ = ["KINDS", "month_alternatives", "mention_fields"]

#: The pattern kinds of this module: month after a noun, month before a noun, running period.
KINDS = ("nm", "mn", "cp")
_UNIT_FIELDS = {"month": "relative_months", "year": "relative_years", "week": "relative_weeks", "weekend": "relative_weeks"}


def month_alternatives(lx: dict[str, Any], alt: Callable[..., str], month: str) -> dict[str, str]:
    """The patterns of :data:`KINDS` a lexicon supports, by kind (``alt`` builds a word list, ``month`` matches a
    full month name)."""
    out: dict[str, str] = {}
    if lx.get("month_nouns") and lx.get("month_noun_joiners"):
        joiner = alt(lx["month_noun_joiners"])
        out["nm"] = rf"(?<!\w)(?:{alt(lx['month_nouns'])})\s+{joiner}\s*(?P<nm_m>{month})(?!\w)"
    if lx.get("month_before_nouns"):
        out["mn"] = rf"(?P<mn_m>{month})\s+(?=(?:{alt(lx['month_before_nouns'])})(?!\w))"
    if lx.get("current_periods"):
        out["cp"] = rf"(?<!\w)(?P<cp_w>{alt(lx['current_periods'])})(?!\w)"
    return out


def mention_fields(match: re.Match[str], kind: str, tables: dict[str, dict[str, Any]]) -> dict[str, Any] | None:
    """The date fields of a match of one of :data:`KINDS`, or None."""
    from graph.extract._dategrammar import key  # the grammar imports this module

    if kind == "cp":
        unit = tables["current"].get(key(match.group("cp_w")))
        if unit not in _UNIT_FIELDS:
            return None
        fields = {"span": Span(match.start(), match.end()), "text": match.group(), _UNIT_FIELDS[unit]: 0}
        return {**fields, "weekend": True} if unit == "weekend" else fields
    group = f"{kind}_m"
    month = tables["months"].get(key(match.group(group)))
    start, end = match.span(group)
    return {"span": Span(start, end), "text": match.group(group), "month": month}
