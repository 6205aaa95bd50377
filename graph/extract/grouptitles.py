"""A title without a name that means a group, not one official: "beim Treffen der EU-Außenminister".

German writes the genitive plural of most masculine titles like their singular ("der Außenminister"): after a
noun ("Treffen der Außenminister", "Runde der Regierungschefs") such a title means the ministers of a group,
so it must not be read as the one Minister of Foreign Affairs the article names. The words that show it are
the ``group_genitive`` pattern of ``<lang>/roles.json`` (a language that marks the plural needs none).
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any

from graph.extract import lexicon

__all__ = ["group_title"]

_WINDOW = 60  # characters before a title searched for the words that make it a group's


@cache
def _pattern(lang: str) -> re.Pattern[str] | None:
    """The ``group_genitive`` pattern of ``lang``, anchored at the title, or None."""
    raw = lexicon.load("roles", lang).get("group_genitive")
    return re.compile(f"(?:{raw})$") if raw else None


def group_title(lex: Any, text: str, hit: Any) -> bool:
    """Whether the nameless title ``hit`` means the officials of a group ("des réunions des ministres" aside)."""
    pattern = _pattern(lex.lang)
    if pattern is None or text[hit.start : hit.end].lower().endswith(tuple(lex.feminine) or ("\0",)):
        return False
    start = min(hit.start, hit.phrase_start)
    found = pattern.search(text, max(0, start - _WINDOW), start)
    return found is not None and not _honorific(lex, text, found.start() + 1)


def _honorific(lex: Any, text: str, noun: int) -> bool:
    """Whether the noun at ``noun`` ends an honorific ("Seine Exzellenz der Staatsminister ..."): one person's."""
    end = text.find(" ", noun)
    before = text.rfind(" ", 0, max(0, noun - 1)) + 1
    return any((h := lex.honorifics.match(text, pos)) is not None and h.end() == end for pos in (before, noun))
