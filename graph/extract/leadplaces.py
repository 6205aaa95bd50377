"""The gathering a report's lead places without naming it: "Les bailleurs réunis mercredi au Palais des Nations, à
Genève, ont promis ... La conférence était coprésidée par ...".

A report may open on a sentence that sets the scene of the day's gathering with words that are no trigger
("bailleurs réunis", "leaders gathered", "Delegationen kamen ... zusammen" told as a result) and name the
gathering only in the next sentence ("La conférence", "The summit"). When the first act the account tells is
such a gathering (a conference, summit or meeting named by a noun), held and placed nowhere, and the sentences
before it (the title and the lead) name one city and no other, it was held there. A dateline's city is not
among the cities read (:mod:`graph.extract.filedfrom` places by the dateline).
"""

from __future__ import annotations

from graph.extract.assemble import Draft
from graph.extract.text import sentence_of
from graph.model import City, Span

__all__ = ["lead_gathering"]

_GATHERINGS = frozenset({"meet", "summit"})


def lead_gathering(drafts: list[Draft], cities: list[tuple[Span, City]], sentences: list[Span]) -> None:
    """Place the first act told, a gathering placed nowhere, in the one city the sentences before it name."""
    told = [d for d in drafts if d.mentions]
    if not told:
        return
    first = min(told, key=lambda d: min(m.sentence for m in d.mentions))
    opening = min(first.mentions, key=lambda m: (m.sentence, m.start))
    if first.group not in _GATHERINGS or first.location is not None or first.background or first.status != "Occurred":
        return
    if opening.entry.pos != "noun" or opening.sentence == 0:
        return
    if any(m.sentence < opening.sentence for d in drafts for m in d.mentions):
        return
    named = {c.geonames_id: c for s, c in cities if 0 <= sentence_of(sentences, s.start) < opening.sentence}
    if len(named) == 1:
        first.location = next(iter(named.values()))
