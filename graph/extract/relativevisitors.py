"""A visit noun whose traveller is the subject of the relative clause after it: "la visita de Estado que la
presidenta de México, Elena Morales Ibarra, realizará a Santiago", "the visit which President X will pay to
Hanoi", "la visite que le président X effectuera".

Those who speak of such a visit earlier in the sentence ("ambos cancilleres acordaron iniciar los preparativos
de la visita ...") do not travel: the person named right after the object relative pronoun
(``object_relative`` of ``<lang>/events.json``) is the visit's only traveller.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from graph.extract.events import GROUPS
from graph.extract.triggers import compiled

if TYPE_CHECKING:
    from graph.extract.assemble import Context
    from graph.extract.triggers import EventMention

__all__ = ["relative_visitors"]

_PRONOUN_WORDS = 3  # words between the visit noun and the pronoun ("la visita oficial a Chile que")
_REACH = 60  # characters between the pronoun and the traveller's title or name
_WORD = re.compile(r"[\w’'-]+")
_BREAK = re.compile(r"[;:.!?()\"“”«»]")


def relative_visitors(ctx: Context, mentions: list[EventMention], items: list) -> None:
    """Make the subject of a visit noun's relative clause its only traveller (see module); ``items`` are the
    sentence's people as (start, end, person)."""
    pattern = compiled(ctx.lang).fast.get("object_relative")
    if pattern is None:
        return
    for m in mentions:
        if GROUPS[m.type] != "visit" or m.entry.pos != "noun" or len(m.persons) < 2:
            continue
        words = list(_WORD.finditer(ctx.low, m.end, min(len(ctx.low), m.end + 60)))[: _PRONOUN_WORDS + 1]
        pronoun = next((w for w in words if pattern.fullmatch(w.group())), None)
        if pronoun is None or _BREAK.search(ctx.low, m.end, pronoun.start()) or "," in ctx.low[m.end : pronoun.start()]:
            continue
        after = sorted((start, person) for start, _, person in items if start >= pronoun.end())
        if not after or after[0][0] - pronoun.end() > _REACH or _BREAK.search(ctx.low, pronoun.end(), after[0][0]):
            continue
        traveller = after[0][1]
        if any(p is traveller for p in m.persons):
            m.persons = [traveller]
            m.countries = {traveller.country} if traveller.country else set()
