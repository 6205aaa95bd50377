"""Neighbouring triggers that name one act ("s'est entretenu par téléphone", "held talks", "llegó el viernes a
Buenos Aires en visita de Estado"): one mention. Used by :func:`graph.extract.events.find_mentions`."""

from __future__ import annotations

import dataclasses
import re

from graph.extract.triggers import EventMention

__all__ = ["join_adjacent"]

_WORD = re.compile(r"[\w’'-]+")
_CLAUSE = re.compile(r"[;:.!?\"“”„«»()]|\s[–—-]\s")


def join_adjacent(
    text: str, found: list[EventMention], groups: dict[str, str], receive: re.Pattern[str] | None = None
) -> list[EventMention]:
    """One act named by neighbouring triggers ("s'est entretenu par téléphone", "held talks"): one mention;
    ``groups`` maps each type to the group of types that may name the same act, ``receive`` matches the verbs
    of receiving (the ``receive`` cue of ``<lang>/events.json``, lower-case) that a call noun after them makes
    a call ("a reçu un appel")."""
    out: list[EventMention] = []
    for m in found:
        prev = out[-1] if out else None
        close = prev is not None and m.type != "Statement" and not prev.entry.needs_object and not m.earlier and (
            groups[prev.type] == groups[m.type] or "Contact" in (prev.type, m.type) and "PhoneCall" in (prev.type, m.type)
            or _call_manner(prev, m, groups)
        )
        gap = text[prev.end : m.start] if prev is not None else ""
        if prev is not None and receive is not None and _received_call(prev, m, gap, receive, text):
            out[-1] = m  # "a reçu mercredi un appel téléphonique de X", "received a phone call from": the call
            continue
        if close and "," not in gap and not _CLAUSE.search(gap) and _trip_noun(prev, m, groups, len(_WORD.findall(gap))):
            if m.type == "StateVisit":  # "llegó el viernes a Buenos Aires en visita de Estado": the verb's
                prev.type = m.type  # place stays after it
            continue
        if close and len(_WORD.findall(gap)) <= 2 and "," not in gap and not _CLAUSE.search(gap):
            kind = prev.entry.kind or m.entry.kind  # "signing ceremony"
            proper = prev.entry.proper or m.entry.proper  # "conférence ministérielle": a conference by name
            if prev.type == "Contact" or _call_manner(prev, m, groups) or (m.type != "Contact" and m.end - m.start > prev.end - prev.start):
                prev.type, prev.entry = m.type, m.entry
            if m.type == "StateVisit":  # "llegó el domingo a Lima en visita de Estado"
                prev.type = m.type
            if kind != prev.entry.kind or proper != prev.entry.proper:
                prev.entry = dataclasses.replace(prev.entry, kind=kind, proper=proper)
            prev.end = m.end
            prev.status = m.status if m.status != "Occurred" else prev.status
            prev.background = prev.background or m.background  # "waren ... zu einem Gespräch zusammengekommen"
            continue
        out.append(m)
    return out


def _call_manner(prev: EventMention, m: EventMention, groups: dict[str, str]) -> bool:
    """Whether a call verb right after a meeting verb tells how they talked ("se sont entretenus mardi par
    téléphone"): the meeting verb names the call."""
    return prev.entry.pos == m.entry.pos == "verb" and groups[prev.type] == "meet" and m.type == "PhoneCall"


def _trip_noun(prev: EventMention, m: EventMention, groups: dict[str, str], words: int) -> bool:
    """Whether a trip's noun three or four words after its verb names the same trip ("llegó el viernes a Buenos
    Aires en visita de Estado", "arrived in New Delhi on a state visit")."""
    trip = groups[prev.type] == groups[m.type] == "visit" and prev.entry.pos == "verb" and m.entry.pos == "noun"
    return trip and 2 < words <= 4


def _received_call(prev: EventMention, m: EventMention, gap: str, receive: re.Pattern[str], text: str) -> bool:
    """Whether a verb of receiving names the call right after it ("received a call", "a reçu un appel")."""
    if prev.type != "Meeting" or prev.entry.pos != "verb" or m.type != "PhoneCall" or m.entry.pos != "noun":
        return False
    verb = text[prev.start : prev.end].lower()
    return receive.fullmatch(verb) is not None and len(_WORD.findall(gap)) <= 3 and "," not in gap
