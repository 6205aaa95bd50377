"""The resolver's memory between writes: resolved components, and the index keys each was resolved from.

A component is cached until an article stored under one of the keys it was read from changes
(:meth:`Components.invalidate`), or, for a newly stored report of an event, until that report can join it
(:meth:`Components.admit`); a person's result is also kept by signature (spelling, language, country and
roles), across settle passes, so that a person reported alike in thousands of articles is resolved once.
"""

from __future__ import annotations

from collections.abc import Iterable

from .mentions import EventMention
from .resolve_events import EventResult, anchored, compatible
from .resolve_index import Mention
from .resolve_people import PersonResult

MAX_KNOWN = 200_000  # person signatures whose results are kept across settle passes


class Components:
    """Results of resolved mentions by mention (``Mention.local``), with their components.

    Attributes:
        people, events: the result of each resolved mention.
        members: every mention of a resolved mention's component.
        read: the index keys a mention's component was resolved from.
        known: person signature -> (its result, an article reporting it, not the one being written where there
            is one, and the index keys its component was resolved from).
    """

    def __init__(self) -> None:
        self.people: dict[tuple, PersonResult] = {}
        self.events: dict[tuple, EventResult] = {}
        self.members: dict[tuple, list[Mention]] = {}
        self.read: dict[tuple, set[str]] = {}
        self.known: dict[str, tuple[PersonResult, str, set[str]]] = {}
        self._known_readers: dict[str, set[str]] = {}  # index key -> signatures resolved from it
        self._readers: dict[str, set[int]] = {}  # index key -> cached components that read it
        self._components: dict[int, list[Mention]] = {}
        self._owner: dict[tuple, int] = {}  # mention -> the cached component holding it
        self._users: dict[int, set[int]] = {}  # component -> the cached components resolved from its results
        self._next = 0

    def keep(self, visited: set[str], members: list[Mention], uses: Iterable[tuple] = ()) -> None:
        """Remember a resolved component, the index keys it was resolved from, and the mentions ``uses``
        whose (cached) results it was resolved from: it is forgotten with their components."""
        cid = self._next = self._next + 1
        self._components[cid] = members
        for key in visited:
            self._readers.setdefault(key, set()).add(cid)
        for m in members:
            self.members[m.local] = members
            self.read[m.local] = visited
            self._owner[m.local] = cid
        for local in uses:
            self._users.setdefault(self._owner[local], set()).add(cid)

    def know(self, signatures: set[str], visited: set[str]) -> None:
        """Record that the results known for ``signatures`` were resolved from the index keys ``visited``."""
        for key in visited:
            self._known_readers.setdefault(key, set()).update(signatures)

    def invalidate(self, keys: Iterable[str]) -> None:
        """Forget the components that read any of ``keys`` (an article stored under them changed)."""
        for key in keys:
            for cid in self._readers.pop(key, ()):
                self._drop(cid)
            for signature in self._known_readers.pop(key, ()):
                self.known.pop(signature, None)

    def admit(self, reports: Iterable[EventMention]) -> None:
        """Forget the cached event components that newly stored ``reports`` can change.

        Only a report compatible with a member can change a component: a dated component is the chain of
        dated reports compatible with one another (a vague report never joins it), and a vague component
        changes only with a report compatible with one of its members (one it would find and place or join)
        or with a dated component whose results it used (forgotten with it, :meth:`_drop`). The others, read
        from the same keys, are left cached: resolving them again would give the same results. Reports
        removed from the store are not for this method: :meth:`invalidate` forgets by key.
        """
        for report in reports:
            dated = anchored(report)
            hit = set()
            for key in report.keys():
                for cid in self._readers.get(key, ()):
                    members = self._components.get(cid)
                    if cid in hit or not members or not isinstance(members[0], EventMention):
                        continue
                    if (dated or not anchored(members[0])) and any(compatible(report, m) for m in members):
                        hit.add(cid)
            for cid in hit:
                self._drop(cid)

    def _drop(self, cid: int) -> None:
        """Forget a cached component and those resolved from its results."""
        for m in self._components.pop(cid, ()):
            if self._owner.get(m.local) == cid:
                del self._owner[m.local]
            self.people.pop(m.local, None)
            self.events.pop(m.local, None)
            self.members.pop(m.local, None)
            self.read.pop(m.local, None)
        for user in self._users.pop(cid, ()):
            self._drop(user)

    def forget(self, *, known: bool = False) -> None:
        """Drop the resolved components (the index cache stays: it is kept up to date by every write), and
        the results by person signature when ``known`` or when there are many."""
        for cache in (self.people, self.events, self.members, self.read, self._readers, self._components,
                      self._owner, self._users):
            cache.clear()
        if known or len(self.known) > MAX_KNOWN:
            self.known.clear()
            self._known_readers.clear()

    def as_stored(self, stored: list[Mention]) -> None:
        """Put the mentions as written (with their results) into the cached components that hold them."""
        for mention in stored:
            members = self.members.get(mention.local)
            if members is not None:  # the article's own mentions come last (a component may be large)
                local = mention.local
                i = next((i for i in range(len(members) - 1, -1, -1) if members[i].local == local), None)
                if i is not None:
                    members[i] = mention
