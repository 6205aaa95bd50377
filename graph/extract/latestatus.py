"""Status words far from an event noun: a holding verb in the future ("La reunión ..., prevista para el lunes, se
celebrará finalmente del 24 al 25") or a cancelling verb after a long complement ("..., qui devait se tenir ... à
Alger, a été annulé"), and the status a change of plan gives."""

from __future__ import annotations

from graph.extract.triggers import EventMention, Triggers
from graph.extract.windows import WORD as _WORD
from graph.extract.windows import ends_with as _ends_with
from graph.extract.windows import has as _has
from graph.extract.windows import word_list_before as _word_list_before
from graph.model import Span

_LATE_WORDS = 40
_FAR = 240  # how far (characters) after an event noun its holding verb may stand
_NEXT = 120  # how far (characters) into the next sentence a "no new date" may stand


def plan_change(triggers: Triggers, *windows: str) -> str | None:
    """The status a change of plan told in ``windows`` gives: "abgesagt" calls the act off (Cancelled),
    "verschoben", "postponed" move it (Planned: its new date is the only one left); None without either."""
    for cue, status in (("cancelled", "Cancelled"), ("postponed", "Planned")):
        for window in windows:
            if _has(triggers, cue, window):
                return status
    return None


def held_later(triggers: Triggers, low: str, span: Span, found: list[EventMention]) -> None:
    """"La reunión ..., prevista para el lunes, se celebrará finalmente del 24 al 25", "La France accueillera
    du 3 au 5 mars à Paris une conférence": an event noun whose holding verb, however far in its sentence, is
    in the future is planned (the verb after it, up to the next trigger; the hosting verb before it); so is a
    summit or conference noun told only as the setting of an act in doubt ("могут пообщаться в кулуарах
    саммита ..., который пройдёт 12 июня", "could meet on the sidelines of the summit, which will be held")."""
    for i, m in enumerate(found):
        hedged = m.status == "Uncertain" and m.type in ("Summit", "Conference")  # "могут пообщаться в кулуарах
        # саммита ..., который пройдёт 12 июня": the gathering is held whether or not the pair meets at it
        if m.status != "Occurred" and not hedged or m.background or m.type == "Statement":
            continue
        if m.entry.pos != "noun" and not _ends_with(triggers, "nominal", " ".join(_word_list_before(low, m.start, span.start, 1))):
            continue  # "the visit that X will make": a verb form used as a noun
        end = found[i + 1].start if i + 1 < len(found) else span.end
        after = " ".join(_WORD.findall(low[m.end : min(end, m.end + _FAR)]))
        before = " ".join(_word_list_before(low, m.start, span.start, 15))
        if _has(triggers, "held_later", after) or _has(triggers, "hosts_later", before):
            m.status = "Planned"


def late_cancellations(triggers: Triggers, low: str, span: Span, found: list[EventMention]) -> None:
    """"Un entretien entre A et son homologue B, qui devait se tenir ... à Alger, a été annulé": the verb that
    cancels (or postpones) a noun trigger may follow its long complement, as long as no other trigger stands
    between."""
    for i, m in enumerate(found):
        if m.entry.pos != "noun" or m.status == "Cancelled":
            continue
        end = found[i + 1].start if i + 1 < len(found) else span.end
        window = low[m.end : end]
        words = _WORD.findall(window)
        changed = plan_change(triggers, " ".join(words[:_LATE_WORDS]))  # a long complement: its first words
        if changed:
            m.status = changed
    undated_postponements(triggers, low, span, found)


def undated_postponements(triggers: Triggers, low: str, span: Span, found: list[EventMention]) -> None:
    """"The meeting ... has been postponed. No new date was given.", "a reporté sa visite ... Aucune nouvelle date
    n'a été fixée.": an act put off with no new date, said in its sentence or the next, is called off (cue
    'no_new_date'); one put off to a date or period stays planned ("ein neuer Termin werde im Frühjahr gesucht")."""
    if "no_new_date" not in triggers.fast:
        return
    for i, m in enumerate(found):
        if m.status != "Planned" or m.entry.status == "Planned":
            continue
        end = found[i + 1].start if i + 1 < len(found) else span.end
        if _has(triggers, "postponed", low[span.start : end]) and _has(triggers, "no_new_date", low[m.end : span.end + _NEXT]):
            m.status = "Cancelled"


def spanning_counterfactual(triggers: Triggers, before: str, noun: str, after: str) -> bool:
    """"Taherian hätte dort politische Konsultationen mit seinem Kollegen führen sollen": a counterfactual whose
    auxiliary stands before an act noun and whose modal after it (cue 'counterfactual' matched across the noun)
    tells a plan that fell through."""
    pattern = triggers.fast.get("counterfactual")
    window = f"{before} {noun} {after}"
    found = pattern.search(window) if pattern is not None and before else None
    return found is not None and found.start() < len(before) and found.end() > len(before) + 1 + len(noun)
