"""The state of an official whose own title names none, read from a title of one state set before it with a
comma: "vom ägyptischen Chefunterhändler, Botschafter X", "Egypt's chief negotiator, Ambassador X",
"le négociateur en chef égyptien, l'ambassadeur X". The first title describes the same person as the second.

Runs inside :func:`graph.extract.people.find_people`, after :mod:`graph.extract.coref`; it only fills states
still unknown.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from graph.extract.nameshape import PersonMention

__all__ = ["apposed_states"]

#: What may stand between the two titles: a comma, maybe an article ("the", "der", "l'", "el").
_COMMA = re.compile(r"\s*,\s*(?:(?:the|der|die|le|la|l['’]|el)\s*)?", re.IGNORECASE)


def apposed_states(text: str, mentions: list[PersonMention], refs: list[Any]) -> None:
    """Give an official with a title of no state the one state of a title said without a name right before it,
    separated by a comma only ("ägyptischen Chefunterhändler, Botschafter X": Egypt's)."""
    free = [r for r in refs if r.person is None and len(r.hit.countries) == 1
            and not (r.hit.entry.counterpart or r.hit.entry.plural)]  # fmt: skip
    if not free:
        return
    ends = {r.hit.phrase_end: r.hit.countries[0] for r in free}
    for mention in mentions:
        hit, person = mention.title, mention.person
        if hit is None or person is None or hit.countries or person.country or person.organization is not None:
            continue
        if hit.org is not None or hit.entry.org or hit.entry.counterpart or hit.entry.plural:
            continue
        start = hit.phrase_start
        code = next((c for end, c in ends.items() if end < start and _COMMA.fullmatch(text, end, start)), None)
        if code is not None:
            person.country = code
