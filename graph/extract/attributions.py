"""Statement triggers that attribute a saying: the closing attribution after a reported clause, and the setting a
speech verb was said in.

A statement verb after a comma, quote mark or dash, at most three words on (", a annoncé jeudi le porte-parole",
"», a déclaré", ", said the spokesman") attributes the clause before it: what that clause tells may lie ahead,
the saying does not. A statement verb that is no speech verb, later in the sentence of a speech verb ("„...“,
sagte Kessler nach dem Treffen mit Echeverría vor Journalisten"), is the same saying: it takes the speaker of
the speech verb, not the last person named before it (here the counterpart of the meeting).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from graph.extract.windows import WORD

if TYPE_CHECKING:
    from graph.extract.triggers import EventMention, Triggers
    from graph.model import Span

__all__ = ["trailing_attribution", "share_speaker", "quoted_subject", "that_quote"]

#: What closes a reported clause before its attribution: a comma, a quote mark, a dash.
_BREAK = re.compile(r"[,\"“”«»]|\s[–—-]\s|—")


#: A quotation closed with a comma, then a short subject naming someone, up to the speech verb after it
#: ("...,” Gasimov's spokeswoman, Aysel Mammadova, said"): at most six words, no clause mark between.
_QUOTED_SUBJECT = re.compile(r"(?:,\s*[\"\u201d\u00bb\u201c]|[\"\u201d\u00bb\u201c]\s*,)\s*((?:[^\W\d_][\w'\u2019.-]*,?\s+){1,6})$")


def quoted_subject(text: str, start: int, span: Span) -> bool:
    """Whether the speech verb at ``start`` closes a quotation through a subject between them that opens on a
    capital (a name or title): "“...,” Ms Frimpong-Darko said", "...,\" Gasimov's spokeswoman, Aysel
    Mammadova, said"; not "...,\" he said" or "a State House aide said" (nobody named), nor
    "«...», mientras que El Alami destacó" (a clause of its own)."""
    found = _QUOTED_SUBJECT.search(text, max(span.start, start - 72), start)
    return found is not None and found.group(1)[:1].isupper()


def trailing_attribution(low: str, m: EventMention, span: Span) -> bool:
    """Whether statement verb ``m`` opens a closing attribution (``low``: the lower-cased article)."""
    if m.entry.pos != "verb":
        return False
    head = _BREAK.split(low[max(span.start, m.start - 48) : m.start])
    return len(head) > 1 and len(WORD.findall(head[-1])) <= 3


def share_speaker(mentions: list[EventMention]) -> None:
    """Give a statement verb that is no speech verb the speaker of the speech verb before it in its sentence."""
    said = None
    for m in sorted(mentions, key=lambda m: m.start):
        if m.type != "Statement" or m.entry.pos != "verb":
            continue
        if m.entry.speech and m.speaker is not None:
            said = m
        elif said is not None and not m.entry.speech and said.sentence == m.sentence:
            m.speaker = said.speaker


#: A "that" clause right after a speech verb that quotes words of the speaker ("destacó que la relación «vive ...»").
_THAT_QUOTE = re.compile(r",?\s*(?:que|that|dass|qu['’]|что)\s[^«„“\"”»]{1,160}[«„“\"]\w")


def that_quote(triggers: Triggers, texts: tuple[str, str], end: int, stop: int) -> bool:
    """Whether a "that" clause quoting the speaker follows a speech verb ending at ``end``, right after it or after
    the day it was said (cue 'speech_day': "said on Wednesday that the shells had been fired by "terrorist ...")."""
    text, low = texts
    if _THAT_QUOTE.match(text, end, stop):
        return True
    day = triggers.fast.get("speech_day")
    found = day.match(low, end + 1, stop) if day is not None and text[end : end + 1] == " " else None
    return found is not None and _THAT_QUOTE.match(text, found.end(), stop) is not None
