"""Dates that bound an act rather than date it: "the first visit since 2019", "bleibt bis Freitag".

Private to :mod:`graph.extract.dates`. A date opened by a "since" word at coarser than day precision ("seit
2019", "depuis janvier", "с 2019 года") tells when something last happened or began, not when the act of its
clause took place; a single date opened by an "until" word ("hasta el jueves", "jusqu'à vendredi", "до 15
мая") tells when a stay or a plan ends, except the end of the current month or year, a plan's deadline that
dates it to that month or year ("до конца года", "bis Ende des Monats": :func:`deadline`); a month or year opened by a
"from" word and ending no range ("a partir de setiembre", "ab Januar") tells when a measure applies. A "since" day ("seit Montag in Berlin") still dates the start of a
stay, and a range ("from 9 until 11 June") its first day. The words are lexicon data (``dates.json``:
``since_prepositions``, ``until_prepositions`` and ``from_prepositions``, each a whole preposition of ``prepositions``).
"""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

from graph.extract import lexicon

if TYPE_CHECKING:
    from graph.extract.dates import DateMention

__all__ = ["bound_of", "coarse_from", "dates_act", "deadline"]

#: The ``bound`` of a date opened by a "since" word, by an "until" word, by a "from" word.
SINCE, UNTIL, FROM = -1, 1, 2


@cache
def _words(lang: str) -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    data = lexicon.load("dates", lang) if lang.isalpha() else {}
    since, until, start = ((data or {}).get(key, []) for key in ("since_prepositions", "until_prepositions", "from_prepositions"))
    return frozenset(map(_key, since)), frozenset(map(_key, until)), frozenset(map(_key, start))


def _key(words: str) -> str:
    return " ".join(words.lower().replace("’", "'").split())


def bound_of(preposition: str | None, lang: str) -> int:
    """:data:`SINCE`, :data:`UNTIL` or :data:`FROM` for a date opened by ``preposition`` in ``lang``, else 0."""
    if not preposition:
        return 0
    since, until, start = _words(lang)
    key = _key(preposition)
    return SINCE if key in since else UNTIL if key in until else FROM if key in start else 0


def coarse_from(bound: int, fields: dict) -> int:
    """``bound``, except that a "from" word before a day ("à partir du 5 mai", "from Monday") bounds nothing: it
    dates the start of what it opens, as a plain date does."""
    if bound != FROM:
        return bound
    day = any(fields.get(key) is not None for key in ("day", "weekday", "relative_days", "relative_weeks"))
    return 0 if day else FROM


def dates_act(mention: DateMention) -> bool:
    """Whether ``mention`` may date the act it stands by (False for "since 2019" and "until Friday")."""
    if mention.bound == SINCE:
        return mention.day is not None or mention.weekday is not None or mention.relative_days is not None
    if mention.bound == UNTIL:
        return mention.end_day is not None or deadline(mention)
    if mention.bound == FROM:  # "un acuerdo que permitirá ... a partir de setiembre": when a measure applies
        return mention.end_month is not None or mention.end_year is not None
    return True


def deadline(mention: DateMention) -> bool:
    """Whether ``mention`` is the current month or year as a whole ("the end of the year", "ce mois-ci"), which
    after a "by"/"until" word is the deadline of a plan ("before the end of the year": that year)."""
    if mention.day is not None or mention.weekday is not None or mention.relative_days is not None:
        return False
    return mention.relative_years == 0 or mention.relative_months == 0
