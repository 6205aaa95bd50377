"""A place a title phrase seems to reach that is an act's place all the same.

Helper of :mod:`graph.extract.placing`. A title used without a name may run on to a place that is no part of it:
the place of an act told inside the phrase ("su par neozelandesa para visitar Wellington en 2027", "the Foreign
Minister for Indonesia's role in hosting last week's consultations in Jakarta"), or the destination of a visit
noun right before the phrase ("la visite d'État du Président de la République en Inde", "la première visite
d'un chef de la diplomatie canadienne au Sénégal"). A title of a named person is left alone ("l'ambassadeur de
France au Sénégal, M. X": his post).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from graph.extract.cues import cue_before
from graph.extract.events import GROUPS, EventMention
from graph.model import Span

if TYPE_CHECKING:
    from graph.extract.assemble import Context

__all__ = ["act_place_in_title"]

#: At most this many characters between a visit noun and the title phrase after it ("visite d'un ", "visita del ").
_VISIT_GAP = 8


def act_place_in_title(ctx: Context, span: Span, cspan: Span, mentions: list[EventMention]) -> bool:
    """Whether the place at ``cspan``, inside the phrase of a title used without a name, is the place of an act
    told inside that phrase before it, or, after a locative word, the destination of a visit noun standing right
    before the phrase."""
    for ref in ctx.people.refs:
        hit = ref.hit
        if not hit.phrase_start <= cspan.start < hit.phrase_end:
            continue
        for m in mentions:
            if hit.end <= m.start and m.end <= cspan.start:
                return True  # "par neozelandesa para visitar Wellington": an act inside the phrase
            if GROUPS[m.type] == "visit" and m.entry.pos == "noun" and m.end <= hit.phrase_start \
                    and hit.phrase_start - m.end <= _VISIT_GAP and cue_before(ctx, "locative", cspan.start, span, 1):
                return True  # "la visite d'un président ivoirien au Ghana": whither the visit went
    return False
