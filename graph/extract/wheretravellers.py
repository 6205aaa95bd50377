"""The travellers of a trip take part in what its "where" clause tells with a plural pronoun: "Anschließend
fuhren X und Y gemeinsam nach Nachitschewan, wo sie im Präsidentenpalast Gespräche führten" (talks of X and Y),
"reisten X und Y nach Bengasi weiter, wo sie mit Z zusammentrafen" (a meeting of X, Y and Z), "X and Y flew on
to Jaffna, where they met ...", "où ils se sont entretenus avec ...".

The nearest name before such a clause is no better guess than the others: the pronoun stands for every traveller
the trip verb names (two or more). The clause is a place relative word (``place_relatives`` of
``<lang>/dates.json``) right after a comma, then the plural pronoun (``plural_pronoun`` of the cues of
``<lang>/events.json``); its acts are the mentions that start within ``_REACH`` characters after it, in the same
sentence, and are no trip themselves. Each keeps its own parties ("mit Z").
"""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING

from graph.extract import lexicon
from graph.extract.events import GROUPS

if TYPE_CHECKING:
    from graph.extract.assemble import Context
    from graph.extract.triggers import EventMention

__all__ = ["where_travellers"]

#: At most this many characters from the pronoun to the act its clause tells.
_REACH = 100


@cache
def _where_they(lang: str) -> re.Pattern[str] | None:
    """", wo sie", ", where they", ", où ils" of ``lang``, or None when a word list is missing."""
    where = lexicon.load("dates", lang).get("place_relatives")
    they = (lexicon.load("events", lang).get("cues") or {}).get("plural_pronoun")
    if not where or not they:
        return None
    return re.compile(rf",\s*(?:{lexicon.phrases(where)})\s+(?:{they})(?!\w)", re.IGNORECASE)


def where_travellers(ctx: Context, group: list[EventMention]) -> None:
    """Give the acts of a trip's "where they" clause the travellers its verb names (see the module docstring)."""
    trips = [m for m in group if GROUPS[m.type] == "visit" and m.entry.pos == "verb" and len(m.persons) >= 2 and not m.dropped]
    if not trips:
        return
    pattern = _where_they(ctx.lang)
    if pattern is None:
        return
    span = ctx.sentences[trips[0].sentence]
    for trip in trips:
        match = pattern.search(ctx.text, trip.end, span.end)
        if match is None:
            continue
        for m in group:
            if match.end() <= m.start <= match.end() + _REACH and GROUPS[m.type] != "visit" and not m.dropped:
                m.persons[:] = [*trip.persons, *(p for p in m.persons if p not in trip.persons)]
