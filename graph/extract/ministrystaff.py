"""Staff of a ministry the text names without its state ("DFA spokesperson X", "the ministry's spokesman",
"Sprecher des Außenministeriums", "представитель МИД"): in wire copy filed from a capital, the ministry is that
state's, as a summons there is.

The words are ``ministry_words`` of the ``<lang>/roles.json`` files: acronyms and nouns of a foreign ministry that name
no state by themselves ("DFA", "MFA", "foreign ministry", "МИД"); a state named with them ("Chinese Foreign
Ministry spokesperson") gives the title its own state before this rule is asked.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any

from graph.extract import lexicon
from graph.lang import supported_languages

__all__ = ["ministry_staff_state"]

_REACH = 40  # characters before a title searched for the ministry


@cache
def _pattern() -> tuple[re.Pattern[str] | None, re.Pattern[str] | None]:
    """The ministry words before a staff title ("DFA spokesperson"), and after it ("spokesman of the ministry"),
    of every language (texts quote each other's acronyms)."""
    words = {word for lang in supported_languages() for word in lexicon.load("roles", lang).get("ministry_words", [])}
    if not words:
        return None, None
    alternatives = "|".join(sorted(map(re.escape, words), key=len, reverse=True))
    before = re.compile(rf"(?<!\w)(?:{alternatives})(?:['’]s)?\s+$", re.IGNORECASE)
    after = re.compile(rf"^\s+(?:\w+\s+){{0,2}}(?:{alternatives})(?!\w)", re.IGNORECASE)
    return before, after


def ministry_staff_state(text: str, mentions: list, person: Any, countries: list, filed_in: str | None) -> str | None:
    """The state of the ministry a title of ``person`` stands right after or before: the state named right before
    the ministry ("Chinese Foreign Ministry spokesperson X"), else, for a ministry named without one ("DFA
    spokesperson X", "portavoz de la Cancillería, X"), the state the report is filed from (``filed_in``)."""
    before, after = _pattern()
    if before is None:
        return None
    for mention in mentions:
        hit = mention.title
        if mention.person is not person or hit is None or hit.countries or hit.org is not None:
            continue
        start = min(hit.start, hit.phrase_start)
        found = before.search(text, max(0, start - _REACH), start)
        if found:
            owner = next((c.code for span, c in countries if 0 <= found.start() - span.end <= 3), None)
            return owner or filed_in  # "Chinese Foreign Ministry", "China's foreign ministry"
        if after.match(text[hit.end : hit.end + _REACH]):
            return filed_in
    return None
