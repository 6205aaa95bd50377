"""Dates a postponement replaces: "die für Dienstag geplante Reise ... solle nun am 12. Mai stattfinden".

Private to :mod:`graph.extract.dates`. A date told as a plan ("für Dienstag geplant", "prevista para el lunes",
"initially scheduled for 3 March") that a later date of the same or the next sentence revises ("nun am 12. Mai",
"postponed to 12 May", "auf den 12. Mai verschoben", "se celebrará finalmente del 24 al 25", or with a word of
postponing between the two: "ha sido postergado ... y se llevará a cabo el 28 de agosto") dates no act: the
plan now holds the new date. Such superseded mentions are dropped. The cue words are lexicon data
(``dates.json``: ``plan_words``, near the old date; ``revision_before`` / ``revision_after``, right before or
after the new one), regular expressions each matching a whole word.
"""

from __future__ import annotations

import dataclasses
import re
from functools import cache
from typing import TYPE_CHECKING

from graph.extract._dateanchor import sentence_breaks

if TYPE_CHECKING:
    from graph.extract.dates import DateMention

__all__ = ["drop_superseded"]

_BEFORE_WORDS = 4  # words before a date where a revision cue may stand ("solle nun am 12. Mai")
_AFTER_WORDS = 2  # words after it ("auf den 12. Mai verschoben")
_PLAN_WORDS = 3  # words on either side of the old date where the plan word stands
_WORD = re.compile(r"\w+")
#: The last sentence end of a window (a stop not after a digit, "am 12. Mai" is none): nothing before it is a cue.
_SENTENCE_STOP = re.compile(r"(?<![\d\s])[.!?]\s+")


def drop_superseded(mentions: list[DateMention], text: str, words: tuple[tuple[str, ...], ...]) -> list[DateMention]:
    """``mentions`` without the plan dates that a later mention revises.

    ``words`` are the lexicon's ``plan_words``, ``revision_before`` and ``revision_after``.
    """
    plan, before, after = _cues(*words)
    if plan is None or (before is None and after is None) or len(mentions) < 2:
        return mentions
    out = list(mentions)
    dropped: set[int] = set()
    for k, mention in enumerate(mentions):
        if k == 0 or not (mention.revised or _revises(mention, text, before, after)
                          or _postponed_between(mentions[k - 1], mention, text, before, plan)):
            continue
        for j in range(k - 1, -1, -1):
            old = mentions[j]
            if sentence_breaks(text, old.span.end, mention.span.start) > 1:
                break
            if j in dropped:  # revised already by a nearer date
                continue
            if _names_plan(old, text, plan):
                dropped.add(j)
                out[k] = dataclasses.replace(mention, revised=True)
                break
    return [m for i, m in enumerate(out) if i not in dropped] if dropped else mentions


def _revises(mention: DateMention, text: str, before: re.Pattern[str] | None, after: re.Pattern[str] | None) -> bool:
    """Whether a revision cue stands in the few words before a date, after the last comma ("nun am 12. Mai", not
    "aplazada sin fecha, anunció el jueves"), or right after it."""
    window = text[max(0, mention.span.start - 60) : mention.span.start]
    stops = [m.end() for m in _SENTENCE_STOP.finditer(window)]  # "... перенесен на 10 февраля. В марте ...": not its cue
    window = window[stops[-1] if stops else 0 :]
    head = _WORD.findall(window[window.rfind(",") + 1 :].lower())[-_BEFORE_WORDS:]  # "aplazada sin fecha, anunció el jueves": the report's day
    tail = _WORD.findall(text[mention.span.end : mention.span.end + 40].lower())[:_AFTER_WORDS]
    return bool((before and any(before.match(w) for w in head)) or (after and any(after.match(w) for w in tail)))


def _postponed_between(old: DateMention, new: DateMention, text: str, before: re.Pattern[str] | None,
                       plan: re.Pattern[str]) -> bool:
    """"previsto inicialmente para el 31 de julio, ha sido postergado a solicitud de X y se llevará a cabo el 28 de
    agosto": a word of postponing (a ``revision_before`` cue) between a plan's date and a later date of the same
    clause, at most :data:`_BETWEEN` characters apart and with no comma after the word ("verschoben, wie das
    Ministerium am Dienstag mitteilte": a day of the report), makes the later one the new date."""
    gap = text[old.span.end : new.span.start]
    if before is None or len(gap) > _BETWEEN or ";" in gap or sentence_breaks(text, old.span.end, new.span.start):
        return False
    low = gap.lower()
    cues = [w for w in _WORD.finditer(low) if before.match(w.group())]
    return bool(cues) and "," not in low[cues[-1].end() :] and _names_plan(old, text, plan)


#: At most this many characters between a plan's date and the date a postponement told between them sets.
_BETWEEN = 120


def _names_plan(mention: DateMention, text: str, plan: re.Pattern[str]) -> bool:
    head = _WORD.findall(text[max(0, mention.span.start - 50) : mention.span.start].lower())[-_PLAN_WORDS:]
    own = _WORD.findall(mention.text.lower())
    tail = _WORD.findall(text[mention.span.end : mention.span.end + 40].lower())[:_PLAN_WORDS]
    return any(plan.match(w) for w in head + own + tail)


@cache
def _cues(plan: tuple[str, ...], before: tuple[str, ...], after: tuple[str, ...]) -> tuple[re.Pattern[str] | None, ...]:
    return tuple(_whole_words(words) for words in (plan, before, after))


def _whole_words(words: tuple[str, ...]) -> re.Pattern[str] | None:
    """A pattern matching a whole word that one of the regular expressions ``words`` matches."""
    if not words:
        return None
    return re.compile("(?:" + "|".join(words) + r")\Z")
