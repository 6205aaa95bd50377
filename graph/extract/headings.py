"""Topic headings of a briefing or release ("О консультациях с Бахрейном", "On the expulsion of a diplomat").

A ministry briefing tells each topic under a heading line that opens with a topic word ("О", "On", "Sur",
"Zu", "Sobre") and names the act the paragraph below reports. The heading is no act of its own: its noun
would take the briefing's day and status ("consultations ... were cancelled" told under "On consultations"
would start as held). A noun trigger that opens such a line (no closing full stop), with another trigger of
its group in the next sentences, is dropped; the paragraph's own mention tells the act.
"""

from __future__ import annotations

from graph.extract.triggers import EventMention, Triggers
from graph.model import Span

__all__ = ["drop_topic_headings"]

#: How many sentences after a heading the act it names must be told.
_BELOW = 4
#: How many words may stand between the topic word and the trigger ("Об итогах переговоров").
_LEAD_WORDS = 2
_LINE_END = ".!?…"


def drop_topic_headings(
    triggers: Triggers, low: str, sentences: list[Span], found: list[EventMention], groups: dict[str, str]
) -> None:
    """Mark as dropped each noun mention opening a topic heading whose act the next sentences tell."""
    for i, m in enumerate(found):
        if m.entry.pos != "noun" or m.dropped or not _heading(triggers, low, sentences[m.sentence], m):
            continue
        group = groups.get(m.type)
        if any(groups.get(o.type) == group and 0 < o.sentence - m.sentence <= _BELOW for o in found[i + 1 :]):
            m.dropped = True


def _heading(triggers: Triggers, low: str, span: Span, m: EventMention) -> bool:
    """Whether ``m`` stands right after the topic word opening a line without a closing full stop."""
    line = low[span.start : span.end].rstrip()
    if not line or line[-1] in _LINE_END or "\n" in line:
        return False
    if span.start and low[span.start - 1] not in "\n":
        return False  # a heading stands on a line of its own
    words = low[span.start : m.start].split()
    return 1 <= len(words) <= 1 + _LEAD_WORDS and triggers.search("topic", words[0])
