"""Meetings told one after the other in one sentence: "Il s'est entretenu avec le président A, puis avec le
premier ministre B", "met President A and then with Prime Minister B", "traf A und danach mit B zusammen" are
two meetings of the subject, one with each, not one meeting of three; so are two calls ("conversó por teléfono con
A y, por separado, con B").

The ``then_with`` cue of ``<lang>/events.json`` ("puis avec", "then with") parts the two. Runs right after the
mentions are merged into drafts (:meth:`graph.extract.rules.RuleExtractor.extract`).
"""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING

from graph.extract import lexicon

if TYPE_CHECKING:
    from graph.extract.assemble import Draft
    from graph.model import Person, Span

__all__ = ["split_sequences"]


@cache
def _cue(lang: str) -> re.Pattern[str] | None:
    return lexicon.whole_words((lexicon.load("events", lang) or {}).get("cues", {}).get("then_with"))


def split_sequences(text: str, lang: str, sentences: list[Span], drafts: list[Draft], named: list[tuple[int, Person]]) -> None:
    """Split each meeting or call of three or more whose sentence names some of them after a "then with" cue.

    Args:
        named: ``(offset, person)`` of every person mention of the article.
    """
    cue = _cue(lang)
    if cue is None:
        return
    for draft in list(drafts):
        if draft.group not in ("meet", "call") or len(draft.attendees) < 3:
            continue
        found = ((m, cue.search(text, m.end, sentences[m.sentence].end)) for m in draft.mentions)
        first, then = next(((m, t) for m, t in found if t is not None), (None, None))
        if first is None or then is None:
            continue
        span = sentences[first.sentence]
        later = {id(p) for at, p in named if then.end() <= at < span.end}
        earlier = {id(p) for at, p in named if first.end <= at < then.start()} - later
        common = [p for p in draft.attendees if id(p) not in later | earlier]
        second = [p for p in draft.attendees if id(p) in later]
        if not common or not second or not earlier & {id(p) for p in draft.attendees}:
            continue
        drafts.insert(drafts.index(draft) + 1, _second(draft, common + second))
        kept = [p for p in draft.attendees if id(p) not in later]
        draft.countries = _countries(draft, kept)  # by the states all its parties held (not the later party's)
        draft.attendees = kept


def _second(draft: Draft, attendees: list[Person]) -> Draft:
    """The later meeting: the same kind, day and place, with its own parties."""
    from graph.extract.assemble import Draft as _Draft

    out = _Draft(type=draft.type, mentions=list(draft.mentions), status=draft.status, attendees=attendees,
                 location=draft.location, date=draft.date, date_text=draft.date_text, background=draft.background)  # fmt: skip
    out.countries = _countries(draft, attendees)
    return out


def _countries(draft: Draft, attendees: list[Person]) -> set[str]:
    """The states of ``attendees``, and those of the draft that none of its attendees holds (a host state)."""
    held = {p.country for p in draft.attendees if p.country}
    return {p.country for p in attendees if p.country} | (draft.countries - held)
