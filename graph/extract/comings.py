"""Acts told in the present (or a bare verb) but placed in a coming period: planned, not occurred.

News copy tells a coming act in the present tense ("reist kommende Woche nach Ghana", "travels to Oslo next
week", "se rend la semaine prochaine à Rabat", "viaja la próxima semana a Lima"); the period named next to the
verb ("next week", "tomorrow", "in the coming days") is the only sign that the act lies ahead, and often no
date resolves from it. The ``coming`` cue of a language's ``events.json`` lists such periods: a mention still
told as done whose clause names one (in the trigger itself, a few words after it up to a conjunction, or, for a
verb, in the few words before it back to a comma) is planned. A past verb form or a past cue ("earlier") in
the window keeps the act as told; what follows a statement verb is what it says, not when it is said. (An act noun told after such a verb is left as it is: undated, it would
join the next stop of the trip.)
"""

from __future__ import annotations

from graph.extract.triggers import EventMention, Triggers
from graph.extract.windows import has, word_list_after, word_list_before

__all__ = ["coming_plans"]

#: Words after a verb (and after a noun) in which a coming period still dates the act.
_AFTER_VERB, _AFTER_NOUN, _BEFORE_VERB = 6, 4, 5


def coming_plans(triggers: Triggers, low: str, start: int, end: int, found: list[EventMention]) -> None:
    """Mark planned the mentions of one sentence (``low[start:end]``, lower-cased) dated by a coming period."""
    if "coming" not in triggers.fast or not any(m.status == "Occurred" for m in found) \
            or not has(triggers, "coming", low[start:end]):
        return  # most sentences name no coming period at all: one search settles them
    for m in found:
        if m.status != "Occurred" or m.background or m.earlier or m.after or m.entry.past:
            continue
        if _coming(triggers, low, start, end, m, m.entry.pos == "verb"):
            m.status = "Planned"


def _coming(triggers: Triggers, low: str, start: int, end: int, m: EventMention, verb: bool) -> bool:
    """Whether a coming period stands in the trigger, right after it, or (a verb's) right before it."""
    after = word_list_after(low, m.end, end, _AFTER_VERB if verb else _AFTER_NOUN)
    if verb and m.type == "Statement":
        after = []  # "told reporters that next year's summit would be held in Muscat": the period of what is said
    stop = next((i for i, word in enumerate(after) if has(triggers, "conjunction", word)), len(after))
    window = " ".join([low[m.start : m.end], *after[:stop]])
    if verb:
        comma = low.rfind(",", start, m.start)
        window = " ".join([*word_list_before(low, m.start, max(start, comma + 1), _BEFORE_VERB), window])
    return has(triggers, "coming", window) and not has(triggers, "past", window)
