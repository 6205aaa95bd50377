"""Subjects that a pronoun gives to an event noun ("Sie hatte den Fall in einem Telefonat mit X angesprochen").

A sentence that opens with a subject pronoun ("she", "sie", "elle"), or has one within three words before the
noun after an opening adverb ("На прошлой неделе он провёл телефонный разговор с X"), and names nobody before an
event noun of meeting or calling ("in a phone call with X", "in einem Telefonat mit X") tells an act of the one
the pronoun stands for: the article's current subject takes part in it besides the one named with the noun.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from graph.extract.cues import cue_before, opens_with
from graph.extract.events import GROUPS

if TYPE_CHECKING:
    from graph.extract.assemble import Context
    from graph.extract.events import EventMention
    from graph.model import Person

__all__ = ["pronoun_noun_subject"]

#: Event groups whose noun takes the pronoun's referent as a party.
_PARTY_GROUPS = frozenset({"meet", "call"})
#: Words from a subject pronoun to the event noun it holds ("он провёл телефонный разговор").
_NEAR = 3


def pronoun_noun_subject(ctx: Context, m: EventMention, named_before: bool) -> Person | None:
    """The pronoun's referent when it takes part in the noun event ``m`` of a pronoun sentence: the first
    person named in the sentence before (its subject), not already a party of ``m``."""
    if named_before or m.entry.pos != "noun" or GROUPS.get(m.type) not in _PARTY_GROUPS or len(m.persons) > 1:
        return None
    span = ctx.sentences[m.sentence]
    if m.sentence == 0 or not (opens_with(ctx, "pronoun", span) or cue_before(ctx, "pronoun", m.start, span, _NEAR)):
        return None  # "Вчера он провёл телефонный разговор с X": the pronoun after an opening adverb
    before = ctx.sentences[m.sentence - 1]
    named = sorted((pm.start, pm.person) for pm in ctx.people.mentions  # type: ignore[attr-defined]
                   if pm.person is not None and before.start <= pm.start < before.end)
    named = [person for _, person in named]
    if not named or named[0] in m.persons:
        return None
    return named[0]
