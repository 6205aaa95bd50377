"""A signing or a statement told after an act the text names by no act word: "At the conclusion of the JPCC, the
two Ministers signed ...", "Zum Abschluss der Beratungen unterzeichneten beide ...", "À l'issue de la session, les
ministres ont signé ...".

Private to :mod:`graph.extract._dateshare`. A sentence that opens with an "after the act" phrase (``after_act`` of
``graph/data/lexicons/<lang>/dates.json``) naming no act the extractor reads (an acronym, "the session") tells what
followed the latest act of the same people: its undated signings and statements take the day of the latest meeting
told before (within a few sentences) dated to the day with one of their people.
"""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING

from graph.extract import lexicon
from graph.extract.events import GROUPS

if TYPE_CHECKING:
    from graph.extract.assemble import Context
    from graph.extract.events import EventMention

__all__ = ["conclusion_days"]

#: The acts told after the phrase that take the day, and the acts whose day they take.
_FOLLOWERS = frozenset({"statement", "ceremony"})
_ACTS = frozenset({"meet", "summit"})
#: How many sentences back the act may be told; how many characters the phrase and its noun may run.
_REACH, _HEAD = 6, 60


@cache
def _pattern(lang: str) -> re.Pattern[str] | None:
    words = lexicon.load("dates", lang).get("after_act", [])
    if not words:
        return None
    return re.compile(rf"(?:{lexicon.phrases(words)})(?:(?<=['’])|(?!\w))[^,.;:]{{1,{_HEAD}}},")  # "de l'entretien"


def conclusion_days(ctx: Context, mentions: list[EventMention], by_sentence: dict[int, list[EventMention]]) -> None:
    """Date the undated followers of a sentence opened by an "after the act" phrase (see the module docstring)."""
    pattern = _pattern(ctx.lang)
    if pattern is None:
        return
    for index, group in by_sentence.items():
        followers = [m for m in group if GROUPS[m.type] in _FOLLOWERS and m.status == "Occurred" and not m.background
                     and not m.dropped and m.date is None and not m.date_text and m.persons]  # fmt: skip
        if not followers:
            continue
        span = ctx.sentences[index]
        match = pattern.match(ctx.low, span.start)
        if match is None or any(m.start < match.end() for m in group):
            continue  # no such phrase, or it names an act of its own ("after the talks")
        for m in followers:
            act = _latest_act(mentions, m)
            if act is not None:
                m.date, m.date_text = act.date, act.date_text


def _latest_act(mentions: list[EventMention], follower: EventMention) -> EventMention | None:
    people = set(map(id, follower.persons))
    for m in reversed([m for m in mentions if follower.sentence - _REACH <= m.sentence < follower.sentence]):
        if GROUPS[m.type] not in _ACTS or m.dropped or m.background or m.earlier or m.status != "Occurred":
            continue
        if m.date is not None and m.date.precision == "day" and people & set(map(id, m.persons)):
            return m
    return None
