"""A ceremony told in the account of a visit with no one named is the guest's: "Für den Abend ist ein Staatsbankett
zu Ehren des Gastes geplant", "A state banquet will be held in the evening", "Un dîner officiel sera offert ce
mercredi soir".

A banquet, dinner or ceremony told with neither people nor states would be dropped as an act of nobody. Told
after a visit that is not background, on a day of that visit (its first day or up to a week after it) or
undated, it is part of the visit's programme: the visitors attend it, and the visit's states take part.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from graph.extract.assemble import Draft

__all__ = ["guest_ceremonies"]

_PROGRAMME_DAYS = 7  # how many days after a visit's first day its programme may run


def guest_ceremonies(drafts: list[Draft]) -> None:
    """Give each ceremony of nobody told during a visit the visit's people and states (see module)."""
    # (a ceremony has no speaker: attendees and states are all it may lack)
    for draft in drafts:
        if draft.type != "Ceremony" or draft.background or draft.attendees or draft.countries:
            continue
        first = min(draft.sentences)
        visits = [d for d in drafts if d.group == "visit" and not d.background and d.attendees
                  and min(d.sentences) < first and _during(d, draft)]  # fmt: skip
        if visits:
            visit = visits[-1]
            draft.attendees = list(visit.attendees)
            draft.countries = set(visit.countries)


def _during(visit: Draft, act: Draft) -> bool:
    """Whether ``act`` is undated or dated on a day of ``visit`` (its first day up to a week later)."""
    if act.date is None or visit.date is None:
        return True
    a, v = act.date.value, visit.date.value
    if len(a) == len(v) == 10:
        return 0 <= (date.fromisoformat(a) - date.fromisoformat(v)).days <= _PROGRAMME_DAYS
    n = min(len(a), len(v))
    return a[:n] == v[:n]
