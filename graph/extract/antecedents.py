"""A pronoun subject whose referent no earlier event names: "X and Y praised their ties. They met on Monday".

The subject a pronoun stands for is normally the first party of the events of the sentence before (kept in the
assembly's context). When no sentence before told an act with a party, that subject is unknown and the act
would be told by nobody; the referent is then the person the nearest sentence before names first (its
grammatical subject, in news copy), and a plural pronoun (``plural_pronoun`` of ``<lang>/events.json``: "they",
"ils") stands for all the persons that sentence names.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from graph.extract.cues import cue_after, cue_before

if TYPE_CHECKING:
    from graph.extract.assemble import Context
    from graph.extract.triggers import EventMention
    from graph.model import Person

__all__ = ["earlier_people", "plural_subjects"]

_REACH = 2  # sentences back that a pronoun's referent may be named in


def earlier_people(people: dict[int, list[tuple[int, int, Person]]], index: int) -> list[Person]:
    """The persons the nearest of the few sentences before sentence ``index`` names, in their order (no repeats)."""
    for back in range(index - 1, max(-1, index - 1 - _REACH), -1):
        named: list[Person] = []
        for _, _, person in people.get(back, ()):
            if person not in named:
                named.append(person)
        if named:
            return named
    return []


def plural_subjects(ctx: Context, group: list[EventMention], named: list[Person]) -> None:
    """Give a verb act told with a plural subject pronoun ("they met", "ils se sont rencontrés") and no party
    of its own besides the pronoun's first referent all the persons of the sentence before (``named``)."""
    if len(named) < 2:
        return
    for m in group:
        if m.entry.pos != "verb" or any(p not in named for p in m.persons):
            continue
        span = ctx.sentences[m.sentence]
        if cue_before(ctx, "plural_pronoun", m.start, span, 3) or cue_after(ctx, "plural_pronoun", m.end, span):
            m.persons = list(named)
