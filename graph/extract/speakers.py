"""The speaker of a statement: the person after an inverted speech verb or a noun, else the subject before.

A speech verb or noun does not reach past the word that opens the clause it reports ("that", "dass", "que", "что";
the cue ``reported_clause`` of ``lexicons/<lang>/dates.json``): in "La portavoz X informó ... que el ministro
Y viajará" the speaker is X, not Y, who is the subject of what is reported.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from graph.extract import lexicon
from graph.extract.text import sentence_of

if TYPE_CHECKING:
    from graph.extract.assemble import Context
    from graph.extract.events import EventMention
    from graph.model import Person

__all__ = ["assign_speakers"]


def _clause_start(ctx: Context, m: EventMention) -> int:
    """Where the clause a speech verb reports opens (the sentence's end when it reports none)."""
    index = sentence_of(ctx.sentences, m.end)
    end = ctx.sentences[index].end if index >= 0 else len(ctx.text)
    cue = lexicon.cue("dates", ctx.lang, "reported_clause")
    found = cue.search(ctx.text, m.end, end) if cue is not None else None
    return found.start() if found else end


def assign_speakers(ctx: Context, mentions: list[EventMention], items: list[tuple[int, int, Person]]) -> set[int]:
    """Give each statement its speaker; return the ids of the persons who speak through a verb."""
    speakers: set[int] = set()
    for m in mentions:
        if m.type != "Statement":
            continue
        after = [i for i in items if i[0] >= m.end]
        reported = _clause_start(ctx, m)  # "anunciaron que los presidentes X e Y": not the speakers
        after = [i for i in after if i[0] < reported]  # "informó en la rueda de prensa que el ministro Y viajará"
        opening = not ctx.text[ctx.sentences[m.sentence].start : m.start].strip()  # "Speaking to reporters after
        # the talks, X said": a fronted phrase whose speaker is the subject after it
        if m.entry.pos == "verb" and not m.entry.speech and not opening:  # "qualified the talks that X held": not
            # across a trigger
            after = [i for i in after if not any(m.end <= o.start and o.end <= i[0] for o in mentions if o.type != "Statement")]
        before = [i for i in items if i[1] <= m.start]
        if m.entry.pos == "verb" and not m.entry.speech:
            before = [i for i in before if "," not in ctx.text[i[1] : m.start]  # ", a annoncé l'Élysée"
                      or ctx.text[i[1] : m.start].strip() == ","]  # "Der Sprecher, Name, nannte": an apposition
        pick = (after[:1] or before[-1:]) if m.entry.speech or m.entry.pos == "noun" else (before[-1:] or after[:1])
        if not pick and m.entry.pos == "verb" and not any(r.sentence == m.sentence for r in ctx.people.refs):
            m.dropped = True  # "teilte der Agentur mit": nobody identifiable speaks
        if pick:
            m.speaker = pick[0][2]
            if m.entry.pos == "verb":
                speakers.add(id(m.speaker))
            else:
                m.persons = [i[2] for i in items if i[2] is not m.speaker and i[0] < reported]
    return speakers
