"""A meeting verb whose purpose is a summit or conference names that summit: "se sont réunis dimanche à Abuja
pour un sommet", "gathered in Manama for the summit", "kamen zu einem Gipfel zusammen", "собрались на саммит".

The verb and the noun are one act, of the noun's type (a summit is no bilateral meeting); the ``gathered_for``
cue of ``<lang>/events.json`` (the words between them: "pour un", "for a", "zu einem", "на") joins them, also
across an apposition's comma when the summit is indefinite ("se reunirán en noviembre en Cartagena, en una
cumbre presidencial"; "met in Lima, at the APEC summit" is a meeting at another gathering).
Likewise a meeting of "the heads of state of" a bloc (:func:`bloc_leaders`) is that bloc's summit.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from graph.extract import lexicon

if TYPE_CHECKING:
    from graph.extract.triggers import EventMention, Triggers

__all__ = ["summit_gatherings", "bloc_leaders"]

_REACH = 60  # characters between the verb and the noun ("dimanche à Abuja pour un")
_BREAK = re.compile(r"[,;:.!?()\"“”«»]")
_SUMMITS = ("Summit", "Conference")


def summit_gatherings(triggers: Triggers, low: str, found: list[EventMention]) -> list[EventMention]:
    """Join each meeting verb to the summit or conference noun it gathers for; the noun's mention goes."""
    pattern = triggers.fast.get("gathered_for")
    if pattern is None or not any(m.type in _SUMMITS for m in found):
        return found
    dropped: set[int] = set()
    for verb, noun in zip(found, found[1:]):
        if verb.type != "Meeting" or verb.entry.pos != "verb" or noun.type not in _SUMMITS or noun.entry.pos != "noun":
            continue
        gap = low[verb.end : noun.start]
        if noun.indefinite and _apposed(gap):
            gap = gap[gap.rindex(",") + 1 :]  # "se reunirán en noviembre en Cartagena, en una cumbre presidencial"
        if len(gap) > _REACH or _BREAK.search(gap) or not _cue_last(pattern, gap) or _sidelines(triggers, gap):
            continue  # "met in September on the sidelines of the summit": a meeting of its own
        verb.type, verb.entry = noun.type, noun.entry
        verb.end = noun.end
        dropped.add(id(noun))
    return [m for m in found if id(m) not in dropped] if dropped else found


def _apposed(gap: str) -> bool:
    """Whether the noun stands in an apposition after one comma, within reach of the verb ("met in Hanoi, at a
    summit"): an indefinite summit so set after the meeting's place and date names the meeting itself."""
    return len(gap) <= _REACH and gap.count(",") == 1 and _BREAK.search(gap.replace(",", " ")) is None


def _sidelines(triggers: Triggers, gap: str) -> bool:
    """Whether the gap puts the meeting on the sidelines of the gathering ("на полях", "en marge du")."""
    sidelines = triggers.fast.get("sidelines")
    return sidelines is not None and sidelines.search(gap) is not None


def _cue_last(pattern: re.Pattern[str], gap: str) -> bool:
    """Whether the cue closes the gap, up to one adjective ("pour un", "for the annual")."""
    words = gap.split()
    return any(pattern.fullmatch(" ".join(words[-n - k : len(words) - k])) for n in (1, 2, 3) for k in (0, 1) if n + k <= len(words))


def bloc_leaders(text: str, lang: str, sentences: list, mentions: list, orgs: list) -> None:
    """"The heads of state of the East African Community ... met in Arusha": a meeting verb whose subject is the
    leaders of an organisation (named between the ``leaders`` cue and the verb) names the bloc's summit."""
    leaders = lexicon.cue("events", lang, "cues", "leaders") if orgs else None
    if leaders is None:
        return
    for m in mentions:
        if m.type != "Meeting" or m.entry.pos != "verb":
            continue
        cue = leaders.search(text, sentences[m.sentence].start, m.start)
        if cue is not None and any(cue.end() <= span.start and span.end <= m.start for span, _ in orgs):
            m.type = "Summit"
