"""The host who receives a visitor in a town: "wird sie in Accra von Präsident X empfangen", "será recibida en
Lima por el presidente X", "will be received in Nairobi by President X", "sera reçu à Dakar par le président X",
"в Аккре его примет президент X".

An official named right after a town and the agent of a reception ("von", "by", "par", "por"; ``host_agent`` of
``<lang>/delegations.json``), in a sentence with a word of reception (``host_verbs``; the Russian agent pattern is
the verb itself), receives the visitor at home: he serves the town's state, not the state the text comes from nor
one his sentence names otherwise. A title that states a state of its own wins ("vom ghanaischen Botschafter"), and
envoys are left alone (an ambassador receives abroad). Runs first in :func:`graph.extract.home.assign_home`.
"""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING

from graph.extract import lexicon
from graph.extract.people_cues import ENVOY_ROLES

if TYPE_CHECKING:
    from graph.extract.people import People

__all__ = ["received_in_town"]

#: How far (characters) after the agent the host's name may stand (his title in between).
_REACH = 60
_SENTENCE_END = re.compile(r"[.!?]\s")


@cache
def _patterns() -> tuple[re.Pattern[str] | None, re.Pattern[str] | None]:
    agent = "|".join(f"(?:{a})" for a in lexicon.every_language("delegations", "host_agent"))
    return (re.compile(rf"[ \t]+(?:{agent})(?!\w)", re.IGNORECASE) if agent else None,
            lexicon.whole_words(lexicon.every_language("delegations", "host_verbs")))


def received_in_town(people: People, text: str, cities: list) -> None:
    """Give the official a town's reception names right after the town and its agent the town's state."""
    agent, verbs = _patterns()
    if agent is None or not cities:
        return
    named = sorted((m for m in people.mentions if m.person is not None), key=lambda m: m.start)
    for span, city in cities:
        match = agent.match(text, span.end) if city.country else None
        if match is None:
            continue
        host = next((m for m in named if match.end() <= m.start <= match.end() + _REACH), None)
        if host is None or _SENTENCE_END.search(text, match.end(), host.start):
            continue
        person = host.person
        if person.organization is not None or person.role in ENVOY_ROLES or not person.role \
                or (host.title is not None and host.title.countries):
            continue
        if verbs is not None and not _received(text, verbs, match.group(), span.start, host.end):
            continue
        person.country = city.country


def _received(text: str, verbs: re.Pattern[str], agent: str, start: int, end: int) -> bool:
    """Whether the sentence around the town holds a word of reception (or the agent is the verb itself)."""
    if verbs.search(agent):
        return True
    begin = max(text.rfind(". ", 0, start), text.rfind("\n", 0, start)) + 1
    stop = _SENTENCE_END.search(text, end)
    return verbs.search(text, begin, stop.start() if stop else len(text)) is not None
