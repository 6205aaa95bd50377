"""The "sidelines" cue ("on the sidelines of", "en marge", "am Rande", "al margen", "на полях"; ``sidelines`` of
``<lang>/events.json``) for the rules that read it: whether a sentence puts its acts on the margins of a gathering
(:func:`on_sidelines`, matched once per sentence through :func:`.cues.cue_between`'s cache), and the compiled cue
for rules that read it in stretches of their own (:func:`sidelines_cue`: "En marge du sommet, ..." opening a
sentence, the words between an act and a summit).
"""

from __future__ import annotations

import re

from graph.extract.assemble import Context
from graph.extract.cues import cue_between
from graph.extract.events import compiled

__all__ = ["on_sidelines", "sidelines_cue"]


def on_sidelines(ctx: Context, index: int) -> bool:
    """Whether sentence ``index`` says "on the sidelines" ("acordaron reunirse ..., al margen de la Asamblea")."""
    span = ctx.sentences[index]
    return cue_between(ctx, "sidelines", span.start, span.end)


def sidelines_cue(lang: str) -> re.Pattern[str] | None:
    """The language's compiled cue, None where the lexicon gives none."""
    return compiled(lang).fast.get("sidelines")
