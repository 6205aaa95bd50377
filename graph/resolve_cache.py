"""The resolver's memory between writes: resolved components, and the index keys each was resolved from.

A component is cached until an article stored under one of the keys it was read from changes
(:meth:`Components.invalidate`); a person's result is also kept by signature (spelling, language, country and
roles), across settle passes, so that a person reported alike in thousands of articles is resolved once.
"""

from __future__ import annotations

from collections.abc import Iterable

from .resolve_events import EventResult
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
        self._next = 0

    def keep(self, visited: set[str], members: list[Mention]) -> None:
        """Remember a resolved component and the index keys it was resolved from."""
        cid = self._next = self._next + 1
        self._components[cid] = members
        for key in visited:
            self._readers.setdefault(key, set()).add(cid)
        for m in members:
            self.members[m.local] = members
            self.read[m.local] = visited

    def know(self, signatures: set[str], visited: set[str]) -> None:
        """Record that the results known for ``signatures`` were resolved from the index keys ``visited``."""
        for key in visited:
            self._known_readers.setdefault(key, set()).update(signatures)

    def invalidate(self, keys: Iterable[str]) -> None:
        """Forget the components that read any of ``keys`` (an article stored under them changed)."""
        for key in keys:
            for cid in self._readers.pop(key, ()):
                for m in self._components.pop(cid, ()):
                    self.people.pop(m.local, None)
                    self.events.pop(m.local, None)
                    self.members.pop(m.local, None)
                    self.read.pop(m.local, None)
            for signature in self._known_readers.pop(key, ()):
                self.known.pop(signature, None)

    def forget(self, *, known: bool = False) -> None:
        """Drop the resolved components (the index cache stays: it is kept up to date by every write), and
        the results by person signature when ``known`` or when there are many."""
        for cache in (self.people, self.events, self.members, self.read, self._readers, self._components):
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
