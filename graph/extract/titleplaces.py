"""Whether a place named inside a person's name or title phrase is part of it ("Staatsministerin im Auswärtigen
Amt Lea Hoffmann", "мэр Москвы"), or the object the title phrase only reached ("hatte als erster
österreichischer Bundespräsident Ulan Bator besucht": a title used without a name, then the city visited).

Helper of :mod:`graph.extract.placing`.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from graph.model import Span

if TYPE_CHECKING:
    from graph.extract.assemble import Context

__all__ = ["in_title"]

_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
#: What may follow the city for it to end the phrase: no capitalised word of a name ("Präsident Lima Barreto").
_NAME_AFTER = re.compile(r"[ \t]+[A-ZÀ-Þ]")


def in_title(ctx: Context, cspan: Span) -> bool:
    """Whether the place at ``cspan`` lies in a name or title phrase of a person, but not when it is a city
    standing right after the title word of a phrase naming no one, ends that phrase, and no name follows
    (in a language that joins a city to a title with a preposition or a case ending: "Bürgermeister von Wien",
    "мэр Москвы", never "Bundespräsident Ulan Bator")."""
    if not ctx.titled.covers(cspan.start):
        return False
    if ctx.names.covers(cspan.start) or _CYRILLIC.search(ctx.text, cspan.start, cspan.end):
        return True
    for ref in ctx.people.refs:
        hit = ref.hit
        if hit.phrase_end == cspan.end and hit.end < cspan.start and not ctx.text[hit.end : cspan.start].strip():
            return _NAME_AFTER.match(ctx.text, cspan.end) is not None
    return True
