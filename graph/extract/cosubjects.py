"""A party named by title only as one of two joined subjects: "Der Bundeskanzler und Präsident X hatten zuletzt
im Dezember miteinander telefoniert", "The Chancellor and President X met in June". The title's state takes part
in the meeting or call whose verb follows in the same clause, next to the named person joined to it.

Helper of :mod:`graph.extract.assemble`, run on the mentions of one sentence after
:func:`graph.extract.parties.unnamed_parties` (which reads a title-only party after the trigger).
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from graph.extract import lexicon
from graph.extract.events import GROUPS, EventMention

if TYPE_CHECKING:
    from graph.extract.assemble import Context

__all__ = ["joined_subjects"]

_REACH = 120  # characters between the title and the verb of its meeting or call
_CLAUSE_GAP = re.compile(r"[,;:!?()]|\.(?=\s|$)|\s[–—-]\s")


@lru_cache(maxsize=None)
def _joined_by(lang: str) -> re.Pattern[str] | None:
    """The language's "conjunction" cue (events lexicon: "und|sowie") between spaces: the title joined to the
    named subject after it. None for a language without the cue."""
    entry = lexicon.load("events", lang).get("cues", {}).get("conjunction")
    return re.compile(rf"\s+(?:{entry})\s+", re.IGNORECASE) if entry else None


def joined_subjects(ctx: Context, mentions: list[EventMention], index: int) -> None:
    """Mark the meeting or call verb of a title-only subject joined by "and" to one of its named parties as
    having an unnamed party, of the title's state (in place). The title must come before any meeting or call
    trigger of the sentence (a subject, not the object of an earlier act)."""
    meets = [m for m in mentions if GROUPS[m.type] in ("meet", "call")]
    conjunction = _joined_by(ctx.lang)
    if not meets or conjunction is None:
        return
    for ref in ctx.people.refs:
        if ref.sentence != index or ref.person is not None or ref.persons or not ref.hit.country:
            continue
        if meets[0].start < ref.start:
            continue
        joined = conjunction.match(ctx.text, max(ref.end, ref.hit.phrase_end))
        if joined is None:
            continue
        verbs = [m for m in meets if m.start >= joined.end() and m.start - ref.end <= _REACH and m.entry.pos == "verb"]
        if not verbs or _CLAUSE_GAP.search(ctx.text, joined.end(), verbs[0].start):
            continue
        verb = verbs[0]
        if verb.persons and ctx.text.find(verb.persons[0].name.split()[-1], joined.end(), verb.start) >= 0:
            verb.unnamed = True
            verb.countries.add(ref.hit.country)
