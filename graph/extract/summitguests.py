"""The people met at a summit or conference took part in it: "the two-day AU summit opened on Saturday in Addis
Ababa ... On the sidelines, X met Y ... Z signed ... W told the closing session" names the summit's attendees
through the meetings, signings and speeches held at it.

An occurred summit or conference gathers the attendees (and states) of the other acts that took place in its city
on its days (or, for a summit not placed yet, the acts not placed either: the dateline places them alike), which the text often names only in the sideline accounts; a trip is not held at it (the traveller
meets the summit through its own acts), nor is a phone call (made from anywhere). Only a summit told with at
most one participant of its own gathers them: one told with its leaders keeps them (a courtesy call on the host's
head of state the same day is no part of it).
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from typing import TYPE_CHECKING

from graph.model import city_of

if TYPE_CHECKING:
    from graph.extract.assemble import Draft

__all__ = ["summit_attendees"]

#: Groups of the acts held at a summit whose people attend it.
_HELD_AT = frozenset({"meet", "ceremony", "statement"})
_DAYS = re.compile(r"P(\d+)D")
#: Days a summit of no stated length may last after its first day ("the summit ... ended on Sunday").
_DEFAULT_DAYS = 2


def summit_attendees(drafts: list[Draft]) -> None:
    """Give each occurred, dated and placed summit naming at most one participant the attendees of the acts held in its city on its days."""
    for summit in drafts:
        if summit.group != "summit" or summit.status != "Occurred" or summit.background or len(summit.attendees) > 1:
            continue  # a summit told with its participants keeps them (not the emperor met the same day)
        days = _days(summit)
        city = city_of(summit.location)
        if days is None or city is None and summit.location is not None:
            continue
        for draft in drafts:
            if draft is summit or draft.group not in _HELD_AT or draft.status != "Occurred" or draft.background:
                continue
            if city_of(draft.location) != city or draft.date is None or draft.date.value not in days:
                continue
            people = [*draft.attendees, *([draft.speaker] if draft.speaker else [])]
            for person in people:
                if person not in summit.attendees:
                    summit.attendees.append(person)
                    if person.country:
                        summit.countries.add(person.country)


def _days(summit: Draft) -> set[str] | None:
    """The days of a summit dated to a day: its first day and the days its length (or a default) covers."""
    if summit.date is None or summit.date.precision != "day":
        return None
    match = _DAYS.fullmatch(summit.duration or "")
    length = int(match.group(1)) if match else _DEFAULT_DAYS
    first = date.fromisoformat(summit.date.value)
    return {(first + timedelta(days=n)).isoformat() for n in range(max(length, 1))}
