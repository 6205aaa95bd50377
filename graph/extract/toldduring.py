"""Acts named again in passing: talks through what was said during them, a visit through its preparation.

- "La possibilité d'une visite a été évoquée lors des entretiens", "raised during the talks": a definite
  meeting noun after "during" (``during_told`` of ``<lang>/events.json``), or after a word of sequence with no
  party of its own ("Following the meeting, X and Y signed", "По итогам встречи", ``after_told``, ``told_with``);
- "discussed preparations for the visit", "um den Besuch vorzubereiten", "согласована повестка визита": a
  definite visit noun after (or, in German, before) a word of preparing it (``prepared_visit``,
  ``prepared_visit_after``), or a German participle of preparing that opens the sentence a few words before
  the noun ("Vorbereitet worden war der Besuch letzte Woche von den Außenministern").

With no date in its sentence (for talks) and after the article has already reported an act of the kind, the
noun is that act again: it is read as a reference (merged with the act already reported, or dropped) and takes
none of the sentence's people, who belong to the other acts of the sentence ("a visit by the prime minister was
discussed during the talks", "they spoke by phone to prepare the visit").
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from graph.extract.cues import cue_after, cue_before, opens_with
from graph.extract.events import GROUPS, EventMention

if TYPE_CHECKING:
    from graph.extract.assemble import Context
    from graph.model import Span

__all__ = ["told_during"]

_CUE_WORDS = 3
#: The kinds of act a definite noun of a group can name again: "lors de cet entretien" after a summons is it.
_REPORTED = {"meet": ("meet", "summons"), "visit": ("visit",)}
_FRONTED = 40  # characters from the sentence start to the visit noun after a fronted participle
_COMPLEMENT = 40  # characters after a visit noun where its own traveller or destination would stand
_CLAUSE_END = re.compile(r"[,.;:!?()]")
_CAPITAL = re.compile(r"(?<!\w)[^\W\d_]", re.UNICODE)


def told_during(ctx: Context, mentions: list[EventMention], m: EventMention, span: Span) -> bool:
    """Whether ``m`` names again an act the article has already reported (see module); marks it so."""
    if m.entry.pos != "noun" or m.indefinite or m.background:
        return False  # (a definite "after the talks" is the act reported, not an earlier one)
    group = GROUPS.get(m.type)
    if group == "meet":
        if ctx.dates_by.get(span.start) or not (cue_before(ctx, "during_told", m.start, span, _CUE_WORDS) or _after_told(ctx, m, span)):
            return False
    elif group == "visit":
        fronted = m.start - span.start <= _FRONTED and opens_with(ctx, "prepared_visit_after", span)
        if not (fronted or cue_before(ctx, "prepared_visit", m.start, span, _CUE_WORDS) or cue_after(ctx, "prepared_visit_after", m.end, span)):
            return False
        if _own_complement(ctx, m, span, not fronted):
            return False  # "preparations for the visit of the Vietnamese minister to Moscow": another trip
    else:
        return False
    if not any(o.start < span.start and GROUPS.get(o.type) in _REPORTED[group] for o in mentions):
        return False
    m.persons = []
    m.told = True
    return True


def _after_told(ctx: Context, m: EventMention, span: Span) -> bool:
    """"Following the meeting, X and Y signed ...", "По итогам встречи ...": a definite meeting noun after a word
    of sequence (``after_told``) and not followed by its own party ("after the meeting with X": that one)."""
    return cue_before(ctx, "after_told", m.start, span, _CUE_WORDS) and not cue_after(ctx, "told_with", m.end, span)


def _own_complement(ctx: Context, m: EventMention, span: Span, capitals: bool = True) -> bool:
    """Whether the clause after the noun names someone or some place (a capitalised word or a title); after a
    fronted German participle only a name counts (every German noun is capitalised; a title there is the
    agent: "Vorbereitet worden war der Besuch letzte Woche von den Außenministern")."""
    end = min(span.end, m.end + _COMPLEMENT)
    cut = _CLAUSE_END.search(ctx.text, m.end, end)
    end = cut.start() if cut else end
    if ctx.names.overlaps(m.end, end):
        return True
    if not capitals:
        return False
    if ctx.titled.overlaps(m.end, end):
        return True
    return any(c.group().isupper() for c in _CAPITAL.finditer(ctx.text, m.end, end))
