"""The issuing state of a minister's first-person release that names no institution: "Senator the Hon X /
Minister for Foreign Affairs / Media release ... Today I spoke with Indonesia's Minister for Foreign Affairs,
Y ... the Australian Government": the state the text names, other than the states of the officials it
names with theirs (Y's), is the one of the author, named in the head.

The first-person words are ``first_person`` of ``<lang>/roles.json``. Runs in
:func:`graph.extract.people.find_people` after coreference, where no institution gave the issuing state.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import cache
from typing import TYPE_CHECKING

from graph.extract import lexicon

if TYPE_CHECKING:
    from graph.extract.nameshape import PersonMention

__all__ = ["first_person_home"]

_HEAD = 300  # characters of the head where the author is named
_QUOTED = re.compile(r'"[^"\n]{1,600}"|“[^”"\n]{1,600}”|«[^»\n]{1,600}»|„[^“”"\n]{1,600}[“”"]')
_MIN_USES = 2  # first-person words outside quotations that make the text the author's own


@cache
def _first_person(lang: str) -> re.Pattern[str] | None:
    words = (lexicon.load("roles", lang) or {}).get("first_person")
    return re.compile(rf"(?<![\w'’])(?:{words})\b") if words else None


def first_person_home(lang: str, text: str, mentions: list[PersonMention], countries: list) -> str | None:
    """The state of the author of a first-person text whose head names an official without a state: the one
    state (by name or adjective) the text names besides those of its officials with a state, or the one named
    most often of several; None for a text told in the third person or quoting its "I"."""
    words = _first_person(lang)
    if words is None or not countries:
        return None
    first = min((m for m in mentions if m.person is not None), key=lambda m: m.start, default=None)
    if first is None or first.start >= _HEAD or first.person.country or first.person.organization is not None:
        return None
    plain = _QUOTED.sub(lambda q: " " * len(q.group()), text) if any(q in text for q in '"“«„') else text
    body = text.find("\n", first.start)  # the lines below the author's own
    uses = words.findall(plain, body + 1) if body >= 0 else []
    if len(uses) < _MIN_USES:
        return None
    taken = {m.person.country for m in mentions if m.person is not None and m.person.country}
    counts = Counter(c.code for _, c in countries if c.form not in ("capital", "metonym") and c.code not in taken)
    ranked = counts.most_common(2)
    if not ranked or len(ranked) == 2 and ranked[0][1] == ranked[1][1]:
        return None
    return ranked[0][0]
