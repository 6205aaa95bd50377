"""A round of talks told with nobody named is a round of the talks the article reports: "The first round, in Almaty
in May 2024, produced little", "Diplomats say a fourth round could take place in Geneva in September".

A meeting or talks draft told as a round (the ``round`` or ``first_round`` cue: "the first round", "a fourth
round") that names neither people nor states would be dropped as an act of nobody; when the article's main event
is talks of two parties or more, the round is one of theirs: it takes their people and states.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from graph.extract.assemble import Draft

__all__ = ["parties_of_rounds"]


def parties_of_rounds(drafts: list[Draft], main: Draft | None) -> None:
    """Give each round of nobody the people and states of the main talks (see module)."""
    if main is None or main.group != "meet" or len(main.attendees) < 2:
        return
    for draft in drafts:
        if draft is main or draft.group != "meet" or draft.attendees or draft.countries:
            continue
        if any(m.round or m.first_round for m in draft.mentions):
            draft.attendees = list(main.attendees)
            draft.countries = set(main.countries)
