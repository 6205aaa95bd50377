"""What a settle pass compares: the stored mentions whose result may differ from their current resolution.

A settle pass (``Resolver.propagate``) compares the stored result of mentions found under the touched index
keys, and of the vague reports around the dated events among them, with their current resolution
(:func:`stale_articles`); the articles holding a differing one are rebuilt. When the store was settled before
the batch (every stored result current: each pass leaves it so, ``Resolver.stale``) and the batch only ADDED
reports of events (no stored report removed or changed), a stored report's result can change only through an
added report:

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
from typing import TYPE_CHECKING

from .mentions import EventMention, PersonMention
from .resolve_events import anchored, compatible
from .resolve_index import Mention

if TYPE_CHECKING:
    from .resolve import Resolver

__all__ = ["Reach", "stale_articles"]


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


def stale_articles(resolver: Resolver, keys: set[str], added: set[tuple] | None = None) -> set[str]:
    """The articles whose stored results differ from the current resolution of the mentions stored under
    ``keys`` and of the vague reports around the dated events among them (which may fit them no longer).

    With ``added`` (the batch only added these reports, ``Mention.local``, to a settled store), only the people,
    the added reports' components and the vague reports those can change are compared."""
    check = _Comparison(resolver)
    found = resolver.fetch(keys)
    reach = None
    if added is not None:
        for m in found:
            if isinstance(m, PersonMention) or m.local in added:
                check(m)
        reach = Reach({r.local: r for m in found if m.local in added and anchored(m)
                       for r in resolver.cache.members[m.local]}.values())
        found = [m for m in found if isinstance(m, EventMention) and not anchored(m)]
    for m in found:
        if reach is None or reach.reaches(m):
            check(m)
    for m in resolver.fetch(check.around - keys):
        if isinstance(m, EventMention) and not anchored(m) and (reach is None or reach.reaches(m)):
            check(m)
    return check.dirty


class _Comparison:
    """Compares whole components (each once) and collects the articles to rebuild (``dirty``) and the probe
    keys of the dated reports compared (``around``: the vague reports there may fit them no longer)."""

    def __init__(self, resolver: Resolver) -> None:
        self.resolver = resolver
        self.dirty: set[str] = set()
        self.seen: set[tuple] = set()
        self.around: set[str] = set()

    def __call__(self, m: Mention) -> None:
        if m.local in self.seen:
            return
        resolver = self.resolver
        if isinstance(m, PersonMention):
            resolver.person_result(m)
            results: dict = resolver.cache.people
        else:
            resolver.event_result(m)
            results = resolver.cache.events
        for member in resolver.cache.members[m.local]:
            self.seen.add(member.local)
            if results[member.local].digest() != member.result:
                if isinstance(member, PersonMention):  # one mention for every article reporting it alike
                    self.dirty |= resolver.index.holders(member)
                else:
                    self.dirty.add(member.article)
            if isinstance(member, EventMention) and anchored(member):
                self.around |= member.probe_keys()
