"""The day of a meeting after which a dated statement was made, read once all mentions are dated.

Private to :mod:`graph.extract._dateshare`. "sagte Außenminister X am Dienstag vor Journalisten. Er äußerte
sich nach einem Treffen mit seinem Kollegen Y": the undated meeting (or visit, call, summit) named by a noun
right after an "after" word (``spoke_after`` of ``graph/data/lexicons/<lang>/dates.json``: "nach einem",
"after a", "tras una") in the sentence of a statement dated to a day, or in the sentence right after it,
took place that day: the speaker spoke after it; so did an undated visit told after the meeting in its
sentence, with a participant of it ("..., der zu einem eintägigen Besuch gekommen war"). The reverse of ``after_act`` (a statement dated by the act).
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

__all__ = ["spoke_after_days"]

#: The acts a statement may be made after.
_ACTS = frozenset({"meet", "summit", "visit", "call"})
#: At most this many words between the "after" word and the act noun ("nach einem zweistündigen Treffen").
_ADJECTIVES = 1


@cache
def _pattern(lang: str) -> re.Pattern[str] | None:
    words = lexicon.load("dates", lang).get("spoke_after", [])
    if not words:
        return None
    spaced = (r"\s+".join(re.escape(w) for w in phrase.lower().split()) for phrase in sorted(words, key=len, reverse=True))
    return re.compile(rf"(?<!\w)(?:{'|'.join(spaced)})(?:(?<=['’])|(?:\s+[\w-]+){{0,{_ADJECTIVES}}}\s+)$")


def spoke_after_days(ctx: Context, mentions: list[EventMention]) -> None:
    """Date the undated acts a dated statement of their sentence or the one before was made after (see above)."""
    pattern = _pattern(ctx.lang)
    if pattern is None:
        return
    said = [m for m in mentions if m.type == "Statement" and m.status == "Occurred" and not m.background
            and m.date is not None and m.date.precision == "day"]  # fmt: skip
    if not said:
        return
    for m in mentions:
        if m.entry.pos != "noun" or GROUPS[m.type] not in _ACTS or m.date is not None or m.date_text \
                or m.background or m.status != "Occurred" or m.dropped:
            continue
        start = ctx.sentences[m.sentence].start
        if not pattern.search(ctx.low[max(start, m.start - 60) : m.start]):
            continue
        before = [s for s in said if 0 <= m.sentence - s.sentence <= 1 and s.start < m.start]
        if before and not any(o.date is not None and o is not before[-1] and before[-1].start < o.start < m.start for o in mentions):
            m.date, m.date_text = before[-1].date, before[-1].date_text
            _visit_told_with(mentions, m)


def _visit_told_with(mentions: list[EventMention], meeting: EventMention) -> None:
    """"nach einem Treffen mit Y, der zu einem eintägigen Besuch gekommen war": the undated visit told after the
    meeting in its sentence, with a participant of it, is the trip the meeting was part of: the meeting's day."""
    people = set(map(id, meeting.persons))
    for m in mentions:
        if m.sentence == meeting.sentence and m.start > meeting.end and GROUPS[m.type] == "visit" and m.date is None \
                and not m.date_text and not m.background and m.status == "Occurred" and people & set(map(id, m.persons)):
            m.date, m.date_text = meeting.date, meeting.date_text
