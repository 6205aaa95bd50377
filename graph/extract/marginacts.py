"""Acts on the margins of a gathering: "Al margen de la reunión, Maradiaga y Urbina sostuvieron un encuentro
bilateral", "en marge de la réunion, X s'est entretenue avec Y", "on the sidelines of the talks, X met Y", "Am
Rande des Treffens unterzeichneten X und Y eine Absichtserklärung" (a signing).

:func:`sideline_acts` marks, in a sentence, a meeting or ceremony told after a meeting noun named as its margins (the
``sidelines`` cue of ``<lang>/events.json``); :mod:`.merge` then makes it an act of its own, not the gathering
told again, when that gathering is an act already told (:func:`gathering_told`), held where and when the
gathering was unless it says otherwise (:func:`on_margins`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from graph.extract.windows import has, words_before
from graph.model import city_of

if TYPE_CHECKING:
    from graph.extract.assemble import Draft
    from graph.extract.triggers import EventMention, Triggers
    from graph.model import Span

__all__ = ["gathering_told", "on_margins", "sideline_acts"]

#: How many words before a meeting noun the cue may begin ("al margen de la reunión").
SIDELINE_WORDS = 7


def sideline_acts(triggers: Triggers, low: str, span: Span, found: list[EventMention], groups: dict[str, str]) -> None:
    """"Al margen de la reunión, Maradiaga y Urbina sostuvieron un encuentro bilateral", "on the sidelines of the
    talks, X met Y", "Am Rande des Treffens unterzeichneten X und Y": a meeting or ceremony told after a meeting
    noun named as its margins (the ``sidelines`` cue) is an act of its own, not the gathering again, held where
    and when it was (``margins``; see :mod:`.merge`)."""
    margins = [m for m in found if groups[m.type] == "meet" and m.entry.pos == "noun"
               and has(triggers, "sidelines", words_before(low, m.start, span.start, SIDELINE_WORDS))]  # fmt: skip
    if margins:
        for m in found:
            if groups[m.type] in ("meet", "ceremony") and m.start > margins[0].end and m.status == margins[0].status:
                m.margins = margins[0]


def gathering_told(drafts: list[Draft], m: EventMention) -> bool:
    """Whether the gathering on whose margins ``m`` took place ("Al margen de la reunión, X y Y sostuvieron un
    encuentro") is an act told before, so that ``m`` is another; a margins noun naming nothing told before ("Am
    Rande des Treffens kam X mit Y zu einem Gespräch zusammen", after a council session) is ``m``'s own act."""
    host = next((d for d in drafts if any(x is m.margins for x in d.mentions)), None)
    return host is not None and len(host.mentions) > 1


def on_margins(drafts: list[Draft], draft: Draft, m: EventMention) -> None:
    """An act told on the margins of a gathering ("al margen de la reunión") takes its date and place, if it has
    none of its own."""
    host = next((d for d in drafts if any(x is m.margins for x in d.mentions)), None)
    if host is not None:
        draft.date, draft.date_text = (host.date, host.date_text) if m.date is None else (draft.date, draft.date_text)
        if m.location is None and city_of(host.location) is not None:
            draft.location = host.location  # (a state alone may be the gathering's topic: "la consulta sobre Haití")
