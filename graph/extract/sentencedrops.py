"""Mentions of a sentence that name no act of their own: an act judged by a verdict verb ("condemned the
expulsion"), festivities or a summit named only as the frame of another act ("during the celebrations", "on
the sidelines of the summit"), a passive host verb describing the act before it ("the summit, hosted by X"), a
joint declaration that is the document signed ("signed a joint declaration").

Used by :func:`graph.extract.events.find_mentions` on the mentions of each sentence; ``groups`` are the
event groups of :data:`graph.extract.events.GROUPS`.
"""

from __future__ import annotations

from graph.extract.triggers import EventMention, Triggers
from graph.extract.windows import CLAUSE, WORD, has, words_before
from graph.model import Span

__all__ = ["drop_judged", "drop_frames", "drop_hosted_by", "drop_signed_statements"]

#: Words before a summit noun its sidelines cue may stand ("on the sidelines of the annual BRICS Foreign Ministers'
#: Meeting": the noun starts after the bloc's name and an adjective).
_SIDELINE_WORDS = 7
#: Words that may stand between a signing trigger and the joint declaration it signs ("unterzeichneten im Anschluss
#: eine gemeinsame Erklärung"), and words that join another act instead ("signed an accord and a joint statement").
_SIGNED_GAP = 4
_JOINING = frozenset(("and", "und", "sowie", "et", "y", "e", "и", "а", "also", "as", "well", "ainsi", "así"))


def drop_judged(low: str, found: list[EventMention]) -> list[EventMention]:
    """Drop an event noun right after a verdict verb ("nannte die Ausweisung unbegründet", "condemned the
    expulsion"): the act judged is reported elsewhere; the sentence reports the statement."""
    judged = set()
    for i, m in enumerate(found[:-1]):
        nxt = found[i + 1]
        if m.entry.judges and nxt.entry.pos == "noun" and nxt.type != m.type and len(low[m.end : nxt.start].split()) <= 2:
            judged.add(id(nxt))
    return [m for m in found if id(m) not in judged] if judged else found


def drop_signed_statements(low: str, found: list[EventMention]) -> list[EventMention]:
    """Drop a joint declaration named right after a signing ("Kolaj und Aichinger unterzeichneten im Anschluss eine
    gemeinsame Erklärung", "signed a joint statement", "подписали совместное заявление"): the declaration is the
    document signed, the act is the signing; no statement of its own."""
    signed = set()
    for prev, m in zip(found, found[1:]):
        if m.type == "Statement" and m.entry.joint and prev.entry.kind == "signing":
            between = low[prev.end : m.start]
            words = WORD.findall(between)
            if len(words) <= _SIGNED_GAP and "," not in between and not CLAUSE.search(between) and _JOINING.isdisjoint(words):
                signed.add(id(m))
    return [m for m in found if id(m) not in signed] if signed else found


def drop_frames(triggers: Triggers, low: str, span: Span, found: list[EventMention], groups: dict[str, str]) -> list[EventMention]:
    """"meet on 3 October during the celebrations", "во время торжеств": festivities named only
    as the occasion of another act of the sentence are no event of their own, nor is a summit on whose
    sidelines another act took place ("am Rande des G20-Gipfels zusammengekommen": its date and place are the
    act's)."""
    acts = [m for m in found if m.type not in ("Ceremony", "Statement")]
    if not acts:
        return found
    framed = {id(m) for m in found if m.type == "Ceremony" and m.entry.pos == "noun" and m.entry.kind is None
              and has(triggers, "frame", words_before(low, m.start, span.start, 3))}  # fmt: skip
    framed |= {id(m) for m in found if groups[m.type] == "summit" and m.entry.pos == "noun"
               and any(groups[a.type] != "summit" for a in acts)
               and has(triggers, "sidelines", words_before(low, m.start, span.start, _SIDELINE_WORDS))}  # fmt: skip
    return [m for m in found if id(m) not in framed]


def drop_hosted_by(triggers: Triggers, low: str, found: list[EventMention], groups: dict[str, str]) -> list[EventMention]:
    """"the summit, hosted by Norway's Prime Minister": a passive host verb describes the act named before it
    (its agent takes part in that act), it is no meeting of its own."""
    out: list[EventMention] = []
    for m in found:
        prev = out[-1] if out else None
        finite = " " in low[m.start : m.end]  # "and was received by": a clause of its own, no participle
        if prev is not None and m.type == "Meeting" and m.entry.pos == "verb" and prev.entry.pos == "noun" and not finite:
            between = low[prev.end : m.start]
            close = len(WORD.findall(between)) <= 1 or between.rstrip().endswith(",")  # "the summit ..., hosted by"
            if groups[prev.type] != "meet" and close and not CLAUSE.search(between):
                if has(triggers, "agent", " ".join(WORD.findall(low[m.end : m.end + 12])[:1])):
                    continue
        out.append(m)
    return out
