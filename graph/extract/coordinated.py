"""Acts told in one breath share their status or kind: a trip "where she will meet X" is planned like the
meeting; "the coming visit of X to Brazil and your trip to Chile" are both planned; "a meeting with X and a
talk with Y" are both meetings.

Coordinated triggers of one sentence (a conjunction or a relative word between them and no clause break) are
read together after each got its own cues (moved out of :mod:`graph.extract.events`).
"""

from __future__ import annotations

from graph.extract.triggers import EventMention, Triggers
from graph.extract.windows import CLAUSE, has

__all__ = ["coordinated_acts"]


def coordinated_acts(triggers: Triggers, low: str, found: list[EventMention], groups: dict[str, str]) -> None:
    """Align the status and kind of the coordinated triggers ``found`` in one sentence (``groups``: event
    type -> group, as :data:`graph.extract.events.GROUPS`)."""
    _plan_anchors(triggers, low, found)
    _coordinated_plans(triggers, low, found, groups)
    _coordinated_contacts(triggers, low, found)


def _plan_anchors(triggers: Triggers, low: str, found: list[EventMention]) -> None:
    """"reist nach Vilnius, wo sie X treffen wird": what will happen there makes the trip there a plan too."""
    for prev, m in zip(found, found[1:]):
        if m.status == "Planned" and prev.status == "Occurred" and not prev.background and not prev.entry.past:
            if has(triggers, "relative", low[prev.end : m.start]):
                prev.status = "Planned"


def _coordinated_plans(triggers: Triggers, low: str, found: list[EventMention], groups: dict[str, str]) -> None:
    """"the upcoming visit of X to Brazil and your trip to Chile": a trip named in one breath with a planned
    one of its kind is planned too."""
    for prev, m in zip(found, found[1:]):
        if prev.status != "Planned" or m.status != "Occurred" or m.background or groups[prev.type] != groups[m.type]:
            continue
        between = low[prev.end : m.start]
        if m.entry.pos == prev.entry.pos == "noun" and has(triggers, "conjunction", between) and not CLAUSE.search(between):
            m.status = "Planned"
    for prev, m in zip(found, found[1:]):  # "ein Treffen mit X sowie ein Gespräch mit Y sind geplant": both
        if prev.status != "Occurred" or m.status != "Planned" or prev.background or m.entry.status == "Planned":
            continue
        between = low[prev.end : m.start]
        if m.entry.pos == prev.entry.pos == "noun" and has(triggers, "conjunction", between) and not CLAUSE.search(between):
            if not has(triggers, "planned", between) and "," not in between:
                prev.status = "Planned"


def _coordinated_contacts(triggers: Triggers, low: str, found: list[EventMention]) -> None:
    """"ein Treffen mit X sowie ein Gespräch mit Y": a conversation named in one breath with a meeting is a
    meeting too, even in an article that reports a phone call."""
    for prev, m in zip(found, found[1:]):
        if m.type != "Contact" or prev.type not in ("Meeting", "Talks") or m.entry.pos != "noun" or prev.entry.pos != "noun":
            continue
        between = low[prev.end : m.start]
        if has(triggers, "conjunction", between) and not CLAUSE.search(between) and "," not in between:
            m.type = "Meeting"
