"""Officials listed under a plural title that names no state take the states of the officials before them, in order.

"Los presidentes de Chile, Tomás Rivas, y de Perú, Julio Campos, ..., acompañados por sus cancilleres, Ana Vidal y
Jorge Paz": "sus cancilleres" names no state, and the sentence has named two states' officials before it, so the
first foreign minister serves the first state and the second the second. Nothing changes when the counts differ
or when the listed officials already have states of their own.
"""

from __future__ import annotations

from typing import Any

__all__ = ["respective_states"]


def respective_states(groups: list[tuple[Any, list[Any]]]) -> None:
    """Give the officials of each plural, stateless title group of a sentence the earlier groups' states, in order.

    Args:
        groups: the sentence's title hits with the person mentions each one names, in text order.
    """
    for i, (hit, mentions) in enumerate(groups):
        if not hit.entry.plural or hit.countries or len(mentions) < 2:
            continue
        if any(m.country not in (None, hit.country) for m in mentions):
            continue  # states of their own ("sus cancilleres, la chilena X y el peruano Y")
        states: list[str] = []
        for _, earlier in groups[:i]:
            states += [m.country for m in earlier if m.country and m.country not in states]
        if len(states) == len(mentions):
            for mention, state in zip(mentions, states):
                mention.country = state
