"""Host verbs in the passive: the person received is the subject, not an object after the verb.

"Am Dienstag wurde die Ministerin vom Präsidenten empfangen": a host verb ("empfangen") needs a person as its
object to make a meeting (see :mod:`graph.extract.hosting`); in a passive clause that person stands before
it, as the subject. The ``passive_host`` cue of a language matches the clause before a host verb together
with the verb ("wurde ... empfangen"); languages whose passive is a trigger of its own ("was received by",
"fue recibido por", "был принят") need no cue.
"""

from __future__ import annotations

import dataclasses

from graph.extract.triggers import EventEntry, Triggers

__all__ = ["passive_host"]


def passive_host(triggers: Triggers, entry: EventEntry, clause_before: str, verb: str) -> EventEntry:
    """The entry of a host verb, as one needing no object when its clause is passive.

    Args:
        triggers: the compiled triggers of the language.
        entry: the entry the verb matched.
        clause_before: the lower-cased words of the verb's clause before it.
        verb: the lower-cased verb as matched.

    Returns:
        ``entry`` unchanged, or a copy with ``needs_object`` off for a passive clause.
    """
    if not entry.needs_object or not triggers.search("passive_host", f"{clause_before} {verb}"):
        return entry
    return dataclasses.replace(entry, needs_object=False)
