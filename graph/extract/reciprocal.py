"""Reciprocal acts: "Chile expels two Venezuelan diplomats ... Venezuela responded by expelling two Chilean ones".

Helpers of :mod:`graph.extract.settle`, run after merging. Two expulsions whose accounts name staff of different
states are two acts, one in each expelling state, even though they are told with the same words and merged; a
place named for an expulsion that lies in the state whose staff are expelled is not where it happened ("y
Caracas responde": the capital speaks for its government).
"""

from __future__ import annotations

from collections.abc import Callable

from graph.extract import merge
from graph.extract.assemble import Draft
from graph.extract.places import country_of
from graph.model import City, Country, Span, Venue

__all__ = ["split_reciprocal"]

#: The states whose staff an expulsion trigger expels (named in its sentence; see ``settle.expelling_states``).
Expelled = Callable[[object], set[str]]


def _rebuild(draft: Draft, mentions: list, expelled: set[str]) -> None:
    """Give ``draft`` the places of ``mentions`` only, none lying in the state whose staff are expelled."""
    draft.mentions = mentions
    draft.location = None
    rank = {Venue: 3, City: 2, Country: 1}
    for m in mentions:
        state = country_of(m.location)
        if m.location is None or state in expelled:
            continue
        if draft.location is None or rank[type(m.location)] > rank[type(draft.location)]:
            draft.location = m.location


def split_reciprocal(drafts: list[Draft], expelled_in: Expelled, sentences: list[Span]) -> None:
    """Split every expulsion whose mentions expel staff of different states (the answer joins an expulsion of
    the same staff told elsewhere, if any); drop places in the expelled state."""
    sides = {id(d): [frozenset(expelled_in(m)) for m in d.mentions] for d in drafts if d.type == "Expulsion"}
    for draft in [d for d in drafts if id(d) in sides and d.mentions]:
        own = sides[id(draft)]
        first = next((s for s in own if s), frozenset())
        other = [m for m, s in zip(draft.mentions, own) if s and not s & first]
        if not other:
            if first and country_of(draft.location) in first:
                _rebuild(draft, draft.mentions, set(first))
            continue
        answered = frozenset().union(*(s for s in own if s and not s & first))
        _rebuild(draft, [m for m in draft.mentions if not any(m is o for o in other)], set(first))
        answer = next((d for d in drafts if d is not draft and id(d) in sides and next((s for s in sides[id(d)] if s), None) == answered), None)
        if answer is None:
            answer = Draft(type=draft.type, status=draft.status, background=draft.background)
            drafts.insert(drafts.index(draft) + 1, answer)
        for m in other:
            merge.add_mention(answer, m)
        if answer.date is None and not answer.date_text and not answer.background:
            answer.date, answer.date_text = draft.date, draft.date_text  # "Horas después": the same day
        _rebuild(answer, answer.mentions, set(answered))
        answer.countries |= answered | ({country_of(answer.location)} if country_of(answer.location) else set())
