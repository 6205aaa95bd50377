"""Rounds of talks named by an ordinal alone in a sentence of their own, after the round the article reports.

"The second round ended in Geneva without a deal. ... The first round had taken place in September, also in
Geneva. A third round is planned for January." The sentences after the report have no event word: the ordinal
("the first", "a third") is the act. :mod:`graph.extract.rounds` finds such ordinals in the sentence of the
round itself; :func:`rounds_alone` finds them in a later sentence that has no trigger, with the same cues
(``earlier_round`` and ``later_round`` of ``lexicons/<lang>/events.json``), for the last round told before.
"""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING

from graph.extract.rounds import earlier_round, later_round

if TYPE_CHECKING:
    from graph.extract.triggers import EventMention
    from graph.model import Span

__all__ = ["rounds_alone"]


def rounds_alone(lang: str, low: str, index: int, span: Span, found: list[EventMention]) -> list[EventMention]:
    """The rounds named by an ordinal in the sentence ``span`` (number ``index``) of the lower-cased article
    ``low`` (a sentence without triggers) after the last round of talks in ``found`` (the mentions of the
    sentences before), or after the previous meeting the sentence before names (see :func:`_previous_one`)."""
    model = next((m for m in reversed(found) if m.round and m.status == "Occurred" and not m.background), None)
    if model is None:
        return _next_after_previous(lang, low, index, span, found)
    moved = dataclasses.replace(model, start=span.start - 1, end=span.start, sentence=index)  # search this sentence only
    added = []
    first = earlier_round(lang, low, span.start, span.end, [moved])
    if first is not None:
        added.append(first)
    after = [moved, first] if first is not None else [moved]
    following = later_round(lang, low, span.start, span.end, after)
    if following is not None and (first is None or following.start > first.start):
        added.append(following)
    return added


def _next_after_previous(lang: str, low: str, index: int, span: Span, found: list[EventMention]) -> list[EventMention]:
    """"La anterior reunión trilateral tuvo lugar en agosto en La Unión. La próxima se celebrará en Managua en
    octubre.": the next one (the cue ``later_round``) right after a sentence naming only the previous meeting of a
    series is planned, a meeting of the same kind and sides, with nothing of its own yet."""
    told = [m for m in found if m.sentence == index - 1]
    if len(told) != 1 or not _previous_one(told[0]):
        return []
    model = dataclasses.replace(told[0], start=span.start - 1, end=span.start, sentence=index, background=False)
    following = later_round(lang, low, span.start, span.end, [model])
    return [dataclasses.replace(following, round=False)] if following is not None else []


def _previous_one(m: EventMention) -> bool:
    """Whether ``m`` is a noun naming the previous act of a series of meetings ("la anterior reunión")."""
    return m.entry.pos == "noun" and m.background and not m.earlier and m.status == "Occurred" and m.type in ("Meeting", "Talks")
