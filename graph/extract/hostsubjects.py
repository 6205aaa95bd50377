"""A host verb whose people are one plural subject receives no one: "The two ministers welcomed the outcomes of
the visit", "Ambos cancilleres recibieron con satisfacción el informe", "Die beiden Minister begrüßten ...".

:func:`graph.extract.hosting.host_objects` keeps a host verb with two people or more (one of them may be the
person received). When they are all the holders of one plural reference before the verb ("the two ministers")
and no one is named after it, the verb has a plural subject and no person as object: no meeting of its own.
(Two names before a verb stay: "nachdem Scholz Macron empfangen hatte" receives one of them.)
"""

from __future__ import annotations

from graph.extract.triggers import EventMention

__all__ = ["subject_only_hosts"]


def subject_only_hosts(mentions: list[EventMention], items: list[tuple[int, int, object]]) -> None:
    """Drop the host verbs of a sentence whose two or more people are one plural subject (see module);
    ``items`` are the sentence's people as (start, end, person), a plural reference once per holder."""
    for m in mentions:
        if not m.entry.needs_object or m.dropped or len(m.persons) < 2:
            continue
        if any(start >= m.end and any(p is q for q in m.persons) for start, _, p in items):
            continue  # "the two ministers received X": someone received
        spans = {(start, end) for start, end, p in items if start < m.start and any(p is q for q in m.persons)}
        if len(spans) != 1:
            continue
        start, end = spans.pop()
        holders = [p for s, e, p in items if (s, e) == (start, end)]
        if len(holders) >= 2 and all(any(p is q for q in holders) for p in m.persons):
            m.dropped = True
