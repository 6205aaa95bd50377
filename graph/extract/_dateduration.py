"""Stated durations ("drei Stunden" -> "PT3H") of the date grammar: the pattern and the value of a match.

Private to :mod:`graph.extract._dategrammar`, which compiles the pattern with the other patterns of a language.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from graph.extract import _dategrammar as grammar  # circular but used only at call time
from graph.model import Span

if TYPE_CHECKING:
    import re

    from graph.extract._dategrammar import Compiled

__all__ = ["duration_pattern", "duration_from_match"]

_SMALLER = {"Y": ("MO", 12), "MO": ("D", 30), "W": ("D", 7), "D": ("H", 24), "H": ("MIN", 60), "MIN": ("S", 60)}
_DATE_CODES = (("Y", "Y"), ("MO", "M"), ("W", "W"), ("D", "D"))
_TIME_CODES = (("H", "H"), ("MIN", "M"), ("S", "S"))


def duration_pattern(lx: dict[str, Any], alt: Callable[..., str], number_pattern: Callable[..., str]) -> str:
    """The duration regex of one lexicon (``alt`` and ``number_pattern`` are the grammar's word-list builders)."""
    number = number_pattern(lx, articles=False)
    half = alt(lx.get("half_markers", []))
    unit = alt(lx.get("duration_units", {}))
    return (
        rf"(?:(?<!\w)(?P<du_p>{alt(lx.get('duration_prepositions', []))})\s+)?"
        rf"(?:(?P<du_n>{number})|(?<!\w)(?P<du_a>{alt(lx.get('article_numbers', {}))}))"
        rf"(?P<du_h1>\s+{half})?[\s-]+(?P<du_u>{unit})(?!\w)(?P<du_h2>\s+{half}(?!\w))?"
        rf"|(?<!\w)(?P<du_ph>{alt(lx.get('duration_phrases', {}))})(?!\w)"
    )


def duration_from_match(match: re.Match[str], compiled: Compiled, text: str) -> tuple[Span, str] | None:
    """The span and ISO 8601 value of one match of :attr:`Compiled.durations`, or None for an age or a clock time."""
    if match.group("du_ph") is not None:
        value = compiled.tables["duration_phrases"].get(grammar.key(match.group("du_ph")))
        return None if value is None else (Span(match.start(), match.end()), value)
    if match.group("du_a") is not None and match.group("du_p") is None:
        return None  # "a day" alone is no duration; "for a day" is
    start = match.start("du_n") if match.group("du_n") is not None else match.start("du_a")
    before, after = text[max(0, start - 40) : start], text[match.end() : match.end() + 20]
    if compiled.age_before.search(before) or compiled.age_after.search(after) or compiled.clock_before.search(before):
        return None
    count = grammar.number_value(match.group("du_n") or match.group("du_a"), compiled.tables["numbers"])
    unit = compiled.tables["duration_units"].get(grammar.key(match.group("du_u")))
    if count is None or unit is None:
        return None
    if unit == "S" and match.group("du_a") is not None:
        return None  # "for a second time", "une seconde réunion": the ordinal, not the unit
    if match.group("du_h1") or match.group("du_h2"):
        count += 0.5
    value = _iso_duration(count, unit)
    return None if value is None else (Span(start, match.end()), value)


def _iso_duration(count: float, unit: str) -> str | None:
    """``(1.5, "H")`` -> ``"PT1H30M"``; a fraction goes to the next smaller unit."""
    whole, fraction = int(count), count - int(count)
    parts: dict[str, int] = {unit: whole} if whole else {}
    if fraction and unit in _SMALLER:
        smaller, factor = _SMALLER[unit]
        parts[smaller] = parts.get(smaller, 0) + round(fraction * factor)
    if "W" in parts and len(parts) > 1:
        parts["D"] = parts.get("D", 0) + 7 * parts.pop("W")
    if not any(parts.values()):
        return None
    date = "".join(f"{parts[u]}{code}" for u, code in _DATE_CODES if parts.get(u))
    time = "".join(f"{parts[u]}{code}" for u, code in _TIME_CODES if parts.get(u))
    return "P" + date + ("T" + time if time else "")
