"""Hedged acts: a modal or a "whether" earlier in the trigger's own clause, or "is possible", "not confirmed"
after it, makes an act uncertain.

"die beiden Minister könnten am Donnerstag am Rande der Beratungen zusammentreffen", "Ob es zu einer
Begegnung mit X kommt, ist offen": the cue stands more than a few words before the trigger (a verb at the
end of a German clause, a noun after "zu einer"), but inside the clause the trigger belongs to. The clause
is read back to the last comma, semicolon or colon, and no further than :data:`_REACH` words.
"""

from __future__ import annotations

import re

from graph.extract.triggers import EventMention, Triggers
from graph.model import Span

__all__ = ["hedged", "hedged_relatives", "hypothetical", "not_excluded"]

#: How many words before a trigger its clause is read for a hedge.
_REACH = 8
#: How far back a German verb closing its clause reads it ("Ob X wie ursprünglich vorgesehen im November nach
#: Brasília reist, ist unklar": the hedge opens the clause, the verb ends it).
_FINAL_VERB_REACH = 14
#: How many words after a trigger its clause is read for ``uncertain_after`` ("a meeting with X ... was possible").
_AFTER = 12

_CLAUSE_END = re.compile(r"[,;:]")
_WORD = re.compile(r"[\w’'-]+")
#: How many words may stand between a "not excluded" cue and the act it hedges ("не исключено, что X посетит").
_EXCLUDED_REACH = 14
_SENTENCE_BREAK = re.compile(r"[;:.!?]")
#: How many words after a trigger a modal told of it may stand ("a return visit by X to Y could follow if ...").
_MODAL_AFTER = 6


#: The article last read and, per sentence start, whether the "not excluded" cue occurs in it (most do not).
_SEEN: list = [None, {}]


def _in_sentence(pattern: re.Pattern[str], low: str, span: Span) -> bool:
    """Whether ``pattern`` occurs in the sentence ``span`` of ``low`` (one search per sentence of an article)."""
    if _SEEN[0] is not low:
        _SEEN[0], _SEEN[1] = low, {}
    known = _SEEN[1].get(span.start)
    if known is None:
        known = _SEEN[1][span.start] = pattern.search(low, span.start, span.end) is not None
    return known


def not_excluded(triggers: Triggers, low: str, mention: EventMention, span: Span) -> bool:
    """Whether "not ruled out" stands before the act in its sentence, a comma and a "that" clause at most between
    ("Не исключено, что X посетит Баку", "did not rule out a visit by X", "no se descarta que X viaje")."""
    pattern = triggers.fast.get("not_excluded")
    if pattern is None or not _in_sentence(pattern, low, span):
        return False
    start = max(span.start, mention.start - 12 * _EXCLUDED_REACH)
    for found in pattern.finditer(low, start, min(span.end, mention.end + 12 * _AFTER)):
        if found.start() >= mention.start:
            break
        if found.end() > mention.end:
            return True  # "schloss ein Treffen mit X nicht aus": the cue encloses the act
        between = low[found.end() : mention.start]
        if not _SENTENCE_BREAK.search(between) and between.count(",") <= 1 and len(_WORD.findall(between)) <= _EXCLUDED_REACH:
            return True
    return False


def hedged(triggers: Triggers, low: str, mention: EventMention, span: Span) -> bool:
    """Whether the ``uncertain`` cue stands in the clause of ``mention`` before it, or (for a noun) the cue
    ``uncertain_after`` after it ("Ein Treffen mit X ist möglich", "a meeting with X has not been confirmed")."""
    reach = _FINAL_VERB_REACH if triggers.capitalised_nouns and mention.entry.pos == "verb" else _REACH
    piece = low[max(span.start, mention.start - 12 * reach) : mention.start]
    words = _WORD.findall(_CLAUSE_END.split(piece)[-1])[-reach:]
    if words and triggers.search("uncertain", " ".join(words)):
        return True
    piece = low[mention.end : min(span.end, mention.end + 12 * _AFTER)]
    words = _WORD.findall(_CLAUSE_END.split(piece)[0])[:_AFTER]
    if words and triggers.search("uncertain_after", " ".join(words)):
        return True
    return mention.entry.pos == "noun" and _doubted(triggers, low[mention.end : min(span.end, mention.end + 240)])


#: A conditional clause about the act's own confirmation ("If confirmed, the visit would be the first"): a plan.
_CONFIRMED = re.compile(r"confirm|bestätig|подтверд")
_OPENING = re.compile(r"[\W_]*")
_QUOTES = re.compile(r"[\"“”«»„]")


def hypothetical(triggers: Triggers, low: str, mention: EventMention, span: Span) -> bool:
    """Whether ``mention`` stands in the main clause after a conditional opening clause, told with a modal:
    "Should they conclude quickly, a signing could be arranged during next year's APEC meetings", "Si eso se
    concreta, no descarto que el presidente viaje": an act only imagined, no event."""
    pattern = triggers.fast.get("conditional_opening")
    if pattern is None or pattern.match(low, _OPENING.match(low, span.start).end()) is None:
        return _condition_after(triggers, low, mention, span)
    comma = low.find(",", span.start, mention.start)
    if comma < 0 or _CONFIRMED.search(low, span.start, comma):
        return False
    opening = _OPENING.match(low, span.start).group()
    if _QUOTES.search(opening) and _QUOTES.search(low, comma, mention.start) and _WORD.search(low, mention.end, span.end):
        return False  # "«Si el mecanismo funciona, no sería descabellado ...», dijo X al concluir la reunión": the
        # quotation imagines, the act after it is reported (a bare "..., afirmó." goes on with a statement told)
    return triggers.search("conditional_modal", low[comma : span.end])


def _condition_after(triggers: Triggers, low: str, mention: EventMention, span: Span) -> bool:
    """Whether a modal in the trigger's clause is followed, after the trigger, by a condition: "Kenya could host
    a follow-up conference next year if other partners agree", "Ottawa pourrait accueillir une réunion si les
    partenaires le souhaitent": an act only imagined on a condition (cue ``condition_after``), no event."""
    pattern = triggers.fast.get("condition_after")
    rest = low[mention.end : span.end].split(";")[0]
    if pattern is None or not (found := pattern.search(rest)) or _CONFIRMED.match(rest, found.end() + 1):
        return False  # "a visit could follow, if confirmed, in May": a plan awaiting confirmation
    piece = low[max(span.start, mention.start - 12 * _REACH) : mention.start]
    words = _WORD.findall(_CLAUSE_END.split(piece)[-1])[-_REACH:] + _WORD.findall(_CLAUSE_END.split(rest[: found.start()])[0])[:_MODAL_AFTER]
    return bool(words) and triggers.search("conditional_modal", " ".join(words))


def _doubted(triggers: Triggers, rest: str) -> bool:
    """Whether the predicate of an act noun's sentence puts it in doubt, past relative clauses and appositions
    ("Une rencontre ..., que le Togo s'efforçait d'organiser, paraît désormais compromise", "Участие ...,
    которые пройдут в июне, пока под вопросом"): the cue in the rest of the sentence, before a semicolon."""
    return triggers.search("doubtful", rest.split(";")[0])


def hedged_relatives(triggers: Triggers, low: str, span: Span, found: list[EventMention]) -> None:
    """An act noun whose own predicate, after it and before the sentence's next act, says it only may take
    place is uncertain: "визита премьер-министра X, который, по данным источников, может состояться в ноябре",
    "a visit by X, which could take place in November" (the ``uncertain_relative`` cue)."""
    for i, m in enumerate(found):
        if m.entry.pos != "noun" or m.status not in ("Occurred", "Planned"):
            continue
        end = found[i + 1].start if i + 1 < len(found) else span.end
        if end > m.end and triggers.search("uncertain_relative", low[m.end : end].split(";")[0]):
            m.status = "Uncertain"
