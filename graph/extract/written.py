"""Statements issued in writing: "said in a statement", "dans un communiqué conjoint publié mardi soir",
"en un comunicado", "in einer Erklärung", "в совместном заявлении", "said on X".

A written statement is issued, not made somewhere: it does not take the city of the act it follows or of
the main event of its day (the cue ``written_statement`` of ``lexicons/<lang>/dates.json``). Its own
sentence may still place it ("in a statement issued in Geneva"); the filing capital of a government's
communiqué is settled elsewhere (:mod:`graph.extract.briefings`).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from graph.extract import lexicon

if TYPE_CHECKING:
    from graph.extract.assemble import Draft

__all__ = ["written_statements"]

#: At most this many characters between a statement's trigger and the cue that says it was written.
_REACH = 60


def written_statements(text: str, lang: str, drafts: list[Draft]) -> set[int]:
    """The ids of the statement drafts all of whose mentions the text says were issued in writing (a speech verb
    in the sentence of a written statement noun says what it says)."""
    cue = lexicon.cue("dates", lang, "written_statement")
    if cue is None:
        return set()
    out: set[int] = set()
    for draft in drafts:
        if draft.type != "Statement" or not draft.mentions:
            continue
        written = {id(m) for m in draft.mentions if _written_at(text, cue, m.start, m.end)}
        sentences = {m.sentence for m in draft.mentions if id(m) in written and m.entry.pos == "noun"}
        if all(id(m) in written or m.entry.pos == "verb" and m.sentence in sentences for m in draft.mentions):
            out.add(id(draft))  # "En un comunicado conjunto ..., ambos cancilleres anunciaron": said in writing
    return out


def _written_at(text: str, cue: re.Pattern[str], start: int, end: int) -> bool:
    """Whether a written-statement cue overlaps the trigger at ``start:end`` or is close to it in its clause."""
    lo, hi = max(0, start - _REACH), min(len(text), end + _REACH)
    for match in cue.finditer(text, lo, hi):
        between = text[min(end, match.end()) : max(start, match.start())]
        if match.start() < end and start < match.end():
            return True
        if not any(ch in between for ch in ".;\n«»\"“”"):
            return True
    return False
