"""Speaker turns of transcripts ("П.Сантуш: ...", "SECRETARY HALVORSEN: ...") and the people their pronouns name.

Readouts of meetings often quote the opening remarks turn by turn. Inside a turn, "my trip" is the speaker's,
"your visit" the addressee's (the other speaker, or the one person the speaker was reported meeting) and "our
talks" both of theirs. The pronouns of each language are data (``speech_pronouns`` in ``events.json``).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field
from functools import cache

from graph.extract import lexicon
from graph.extract.translit import name_key
from graph.model import Person

__all__ = ["Turns", "find_turns", "Pronouns", "pronouns"]

#: A turn label: up to five words at the start of a line or after a sentence, then ":" (a remark in brackets
#: may stand before it: "П.Сантуш (как переведено):").
_COLON = re.compile(r":\s")
_LABEL = re.compile(r"(?:^|[\n.!?*…]\s*)([^\W\d_][^\n:.!?*…]{0,60}?)\s*(?:\([^()\n]{0,40}\)\s*)?$")
_MAX_LABEL_WORDS = 5
_WORD = re.compile(r"\w+")
_CLAUSE = re.compile(r"[;:.!?\"“”„«»()]|\s[–—-]\s")


@dataclass(frozen=True, slots=True)
class Pronouns:
    """Word patterns (whole words, case-sensitive) of the speaker (``first``), the addressee (``second``) and
    both (``we``)."""

    first: re.Pattern[str] | None = None
    second: re.Pattern[str] | None = None
    we: re.Pattern[str] | None = None


@cache
def pronouns(lang: str) -> Pronouns:
    """The speech pronouns of ``lang`` (none when its lexicon lists none)."""
    data = lexicon.load("events", lang).get("speech_pronouns", {})
    flags = re.IGNORECASE if data.get("ignore_case") else 0
    return Pronouns(*(re.compile(rf"(?:{data[k]})", flags) if data.get(k) else None for k in ("first", "second", "we")))


@dataclass(slots=True)
class Turns:
    """The turns of a text: ``starts[i]`` begins the turn of ``speakers[i]``, which runs to the next start."""

    starts: list[int] = field(default_factory=list)
    speakers: list[Person] = field(default_factory=list)
    fallback: Person | None = None  # the addressee of a lone speaker, once known

    def speaker_at(self, offset: int) -> Person | None:
        k = bisect_right(self.starts, offset) - 1
        return self.speakers[k] if k >= 0 else None

    def addressee_of(self, speaker: Person) -> Person | None:
        """The other speaker of a two-party exchange, else the fallback."""
        others = {id(p): p for p in self.speakers if p is not speaker}
        if len(others) == 1:
            return next(iter(others.values()))
        return self.fallback if not others and self.fallback is not speaker else None


def find_turns(text: str, people: object) -> Turns:
    """The labelled turns of ``text``; ``people`` is the article's :class:`~graph.extract.people.People`."""
    turns = Turns()
    if ":" not in text:
        return turns
    named = [(m.start, m.end, m.person) for m in people.mentions if m.person is not None]  # type: ignore[attr-defined]
    named += [(r.start, r.end, r.person) for r in people.refs if r.person is not None]  # type: ignore[attr-defined]
    for colon in _COLON.finditer(text):
        low = max(0, colon.start() - 110)
        match = _LABEL.search(text, low, colon.start())
        if match is None or (match.start() == low and low > 0):
            continue
        label = match.group(1)
        if len(_WORD.findall(label)) > _MAX_LABEL_WORDS:
            continue
        start, end = match.start(1), match.end(1)
        inside = [p for s, e, p in named if start <= s and e <= end]
        speaker = inside[0] if inside else _by_name(label, people.persons)  # type: ignore[attr-defined]
        if speaker is not None:
            turns.starts.append(colon.end())
            turns.speakers.append(speaker)
    return turns


def _by_name(label: str, persons: list[Person]) -> Person | None:
    """The one person whose name or surname is the label, or its last word ("Паулу Сантуш", "SECRETARY HALVORSEN")."""
    key = name_key(label)
    last = name_key(label.split()[-1]) if label.split() else ""
    found = [p for p in persons if key in {name_key(n) for n in (p.name, *p.alternate_names)}]
    if not found and last:
        found = [p for p in persons if name_key(p.name).split()[-1:] == [last]]
    return found[0] if len(found) == 1 else None


def speech_persons(text: str, lang: str, turns: Turns, start: int, end: int, limit: int, verb: bool) -> list[Person]:
    """The people a pronoun right before a trigger (or, for a verb, right after it) names inside a turn.

    Args:
        text: the article text.
        lang: its language.
        turns: :func:`find_turns` of the text.
        start: start of the trigger; ``end`` its end.
        limit: where the words before the trigger may begin (the sentence start or the previous trigger).
        verb: whether the trigger is a verb ("nous nous sommes entretenus", "haben wir gesprochen").

    Returns:
        The speaker, the addressee, both, or nobody.
    """
    speaker = turns.speaker_at(start)
    if speaker is None:
        return []
    words = _WORD.findall(_CLAUSE.split(text[max(limit, start - 80) : start])[-1])[-5:]
    words.reverse()  # nearest first
    found = pronouns(lang)
    if verb and found.first is not None and any(found.first.fullmatch(w) for w in _WORD.findall(text[start:end])[1:]):
        return [speaker]  # "fahre ich weiter nach": the speaker inside the trigger
    if verb:
        words += _WORD.findall(_CLAUSE.split(text[end : end + 30])[0])[:2]
    addressee = turns.addressee_of(speaker)
    for word in words:
        if found.first is not None and found.first.fullmatch(word):
            return [speaker]
        if found.second is not None and found.second.fullmatch(word):
            return [addressee] if addressee is not None else []
        if found.we is not None and found.we.fullmatch(word):
            return [speaker, addressee] if addressee is not None else []
    return []
