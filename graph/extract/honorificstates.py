"""The state an honorific only one state's officials carry tells, where nothing else gave one: "Foreign
Secretary Shri Vikram Nair" (India's), "Datuk Seri X" (Malaysia's). The honorifics and their states are
``honorific_states`` of ``<lang>/roles.json``.

Runs last in :func:`graph.extract.home.assign_home`: it only fills states still unknown.
"""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING

from graph.extract import lexicon

if TYPE_CHECKING:
    from graph.extract.people import People

__all__ = ["honorific_states"]


@cache
def _honorifics(lang: str) -> tuple[dict[str, str], re.Pattern[str] | None]:
    """The honorifics of one state (``honorific_states``) and a pattern of one ending right before a name."""
    states = lexicon.load("roles", lang).get("honorific_states") or {}
    if not states:
        return {}, None
    words = "|".join(re.escape(h) for h in sorted(states, key=len, reverse=True))
    return states, re.compile(rf"(?<!\w)({words})\s*$")


def honorific_states(people: People, text: str) -> None:
    """Give an official still without a state or organisation the state of the honorific right before one of
    his mentions ("Official Spokesperson, Shri Arvind Rao": India's)."""
    states, pattern = _honorifics(people.lang)
    if pattern is None or not any(h in text for h in states):
        return  # most articles
    for mention in people.mentions:
        person = mention.person
        if person is None or person.country or person.organization is not None or not person.role:
            continue
        match = pattern.search(text, max(0, mention.start - 16), mention.start)
        if match is not None:
            person.country = states[match.group(1)]
