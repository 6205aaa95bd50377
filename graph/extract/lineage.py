"""Arabic names with a patronymic, written in full or without the family name.

"Rashid bin Hamad Al Nahyan" in the text is often "Rashid bin Hamad" in the headline: a name of five words or
more with a lineage word ("bin", "bint", "ibn") and a family article before its last word ("Al Nahyan") names
the same person as its words without the family name. The lineage and family words are those of the shared
name lexicon (``names.json``), so other spellings are data, not code.
"""

from __future__ import annotations

from graph.extract import lexicon

__all__ = ["same_lineage"]

_DATA = lexicon.load("names", None) or {}
_LINEAGE = frozenset(_DATA.get("lineage_particles", ()))
_FAMILY = frozenset(_DATA.get("family_articles", ()))


def same_lineage(first: tuple[str, ...], second: tuple[str, ...]) -> bool:
    """Whether two names differ only by the family name after a patronymic ("X bin Y" and "X bin Y Al Z")."""
    shorter, longer = sorted((first, second), key=len)
    if len(longer) < 5 or len(longer) - len(shorter) != 2 or longer[-2].lower() not in _FAMILY:
        return False
    if not any(word.lower() in _LINEAGE for word in longer):
        return False
    return all(a.lower() == b.lower() for a, b in zip(shorter, longer))
