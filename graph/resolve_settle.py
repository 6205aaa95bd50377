"""Which stored reports of events a settle pass must compare, when its batch only added reports of events.

A settle pass (``Resolver.propagate``) compares the stored result of mentions found under the touched index
keys with their current resolution. When the store was settled before the batch (every stored result current:
each pass leaves it so, ``Resolver.stale``) and the batch only ADDED reports of events (no stored report
removed or changed), a stored report's result can change only through an added report:

- a report dated to the day takes its result from its component of dated reports linked by compatibility;
  a component an added report did not join is the same set of reports as before, so the same results. Every
  dated report whose component changed is a member of an added report's component, compared when that report
  is checked (first); the other dated reports are skipped.
- a vague report (no day) takes its result from its chain of ``alike`` vague reports (changed only when an
  added vague report joins it: a member of that report's component, compared with it) and from the dated
  clusters of reports compatible with its members (changed only when one of those is in a changed dated
  component). So a vague report is compared when it is compatible with a member of an added dated report's
  component (:class:`Reach`; comparing it compares its whole chain); the others are skipped.

People are always compared (their results do not depend on events). A batch that removed or changed a stored
report (its components may split), and a resolver whose earlier pass did not settle, compare everything found,
as before.
"""

from __future__ import annotations

from collections.abc import Iterable

from .mentions import EventMention
from .resolve_events import compatible

__all__ = ["Reach"]


class Reach:
    """The reports of the dated components that added reports changed, by index key: a vague report they can
    change is compatible with one of them, and a compatible report is stored under one of its probe keys."""

    def __init__(self, changed: Iterable[EventMention]) -> None:
        self._by_key: dict[str, list[EventMention]] = {}
        for report in changed:
            for key in report.keys():
                self._by_key.setdefault(key, []).append(report)

    def reaches(self, vague: EventMention) -> bool:
        """Whether ``vague`` is compatible with a report of a changed component (so may resolve otherwise)."""
        by_key = self._by_key
        return any(compatible(vague, other) for key in vague.probe_keys() if key in by_key for other in by_key[key])
