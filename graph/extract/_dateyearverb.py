"""A bare year right after a finite auxiliary is a date: "Haidacher hatte 2019 ... Ulan Bator besucht".

Private to :mod:`graph.extract._dategrammar`. German puts an adverbial year straight after the finite verb of a
perfect or passive clause, with no preposition ("war 2019 ... gereist", "wurde 2021 ... unterzeichnet"); the
lexicon key ``year_after_verbs`` lists those verbs. A round hundred followed by a word stays a count ("hatte
2000 Soldaten entsandt").
"""

from __future__ import annotations

import re

__all__ = ["after_verb"]

_WORD_BEFORE = re.compile(r"(\w+)\s+$")
_WORD_AFTER = re.compile(r"\s+\w")


def after_verb(match: re.Match[str], verbs: dict[str, object], year: int | None) -> bool:
    """Whether the bare year ``match`` matched follows one of ``verbs`` (lower-cased) in its text."""
    if not verbs or year is None:
        return False
    text, start, end = match.string, match.start(), match.end()
    before = _WORD_BEFORE.search(text, max(0, start - 20), start)
    if before is None or before.group(1).lower() not in verbs:
        return False
    return year % 100 != 0 or _WORD_AFTER.match(text, end) is None
