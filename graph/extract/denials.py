"""Denied reports: an act told only to be denied is no event.

Two general shapes recur in news copy of every language. A denial verb opens a "that" clause the act stands
in ("desmintió que la ministra viaje a Lima", "опровергли слухи о том, что состоится встреча", "denied reports
that the premier would visit", "dementierte, dass ein Treffen geplant sei"): cue ``denied_report``, read in the
trigger's sentence before it, no further than :data:`_REACH` characters; or a report opens the sentence and
is denied after the act ("Berichte, wonach X im Januar reisen könnte, wies eine Sprecherin zurück", "Reports
that the premier would visit were dismissed"): cue ``report_opening`` before the trigger, ``denied_after``
after it. Or the act is said to be off the
programme right after it ("ein Besuch steht vorerst nicht auf der Tagesordnung", "a visit is not on the
agenda"): cue ``off_agenda``, read in the words after a noun trigger; or the sentence of a noun trigger
closes on its denial however long the trigger's complement ("Einen Besuch von X, über den ... spekuliert
hatten, wird es ... nicht geben."): cue ``none_final``, read in the last :data:`_AFTER` characters. Both are lexicon data per language.
A plan denied by a negation ("ist nicht geplant") or ruled out ("descartó que esté prevista una reunión") is
read here too (:func:`negated_plan`, :func:`ruled_out_plan`).
"""

from __future__ import annotations

from graph.extract.hedges import not_excluded
from graph.extract.triggers import EventMention, Triggers
from graph.extract.windows import has
from graph.model import Span

__all__ = ["denied", "negated_plan", "ruled_out_plan"]

#: How many characters before a trigger a denial of its report is looked for.
_REACH = 240
#: How many characters after a noun trigger "not on the programme" is looked for.
_AFTER = 80


def denied(triggers: Triggers, low: str, mention: EventMention, span: Span, noun: bool) -> bool:
    """Whether ``mention`` is an act denied in its sentence (``low`` is the lower-cased article; ``noun``:
    the trigger is a noun, which the words after it may say to be off the programme)."""
    head = low[max(span.start, mention.start - _REACH) : mention.start]
    if triggers.search("denied_report", head) and not not_excluded(triggers, low, mention, span):
        return True
    if triggers.search("report_opening", head) and triggers.search("denied_after", low[mention.end : span.end]):
        return True  # "Berichte, wonach X im Januar reisen könnte, wies eine Sprecherin zurück"
    if noun and triggers.search("none_final", low[max(mention.end, span.end - _AFTER) : span.end]):
        return True  # "Einen Besuch von X, über den Zeitungen spekuliert hatten, wird es ... nicht geben."
    return noun and triggers.search("off_agenda", low[mention.end : min(span.end, mention.end + _AFTER)])


def negated_plan(triggers: Triggers, after: list[str]) -> bool:
    """Whether a negation closely followed by a plan word stands after a noun trigger ("... ist nicht geplant",
    "no está prevista"); "que tenía previsto ..., sin dar explicaciones" is no such phrase."""
    for i, word in enumerate(after):
        if has(triggers, "negation", word) and has(triggers, "planned", " ".join(after[i + 1 : i + 4])):
            return True
    return False


def ruled_out_plan(triggers: Triggers, before: list[str]) -> bool:
    """Whether a ruling-out word is followed by a plan word before a noun trigger ("descartó que esté prevista
    una reunión", "a exclu qu'une rencontre soit prévue"): the plan is denied, no act."""
    for i, word in enumerate(before):
        if has(triggers, "ruled_out", word) and has(triggers, "planned", " ".join(before[i + 1 :])):
            return True
    return False
