"""Bare nouns that name a gathering only when the article has told of one of their kind before.

"The session", "die Sitzung", "la sesión" are a council's or an assembly's session when the article first
names one ("an extraordinary session of the Executive Council", "Sondersitzung des Ständigen Rates"); in a
report on wage negotiations "after the session" is no diplomatic act, and after "the 9th Session of the Joint
Commission" it is those talks, not a conference. Triggers marked ``anaphoric`` in ``events.json`` are kept
only after an explicit mention of their own ``kind`` earlier in the article, and only where they are not the
frame of another act of their sentence ("Antes de la sesión, X se reunió con Y", "Am Rande der Sitzung traf
X ..."): there the people are those of the act, not of the session.
"""

from __future__ import annotations

from graph.extract.triggers import EventMention

__all__ = ["drop_unanchored"]


def drop_unanchored(mentions: list[EventMention]) -> list[EventMention]:
    """``mentions`` (in text order) without the anaphoric ones that are unanchored or frame a later act."""
    told: set[str | None] = set()
    kept = []
    for index, mention in enumerate(mentions):
        entry = mention.entry
        if not entry.anaphoric:
            told.add(entry.kind)
        elif entry.kind is None or entry.kind not in told or _frames(mentions, index):
            continue
        kept.append(mention)
    return kept


def _frames(mentions: list[EventMention], index: int) -> bool:
    """Whether a non-anaphoric act follows the mention at ``index`` in its sentence."""
    sentence = mentions[index].sentence
    for later in mentions[index + 1 :]:
        if later.sentence != sentence:
            return False
        if not later.entry.anaphoric:
            return True
    return False
