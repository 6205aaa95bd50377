"""The new date of a postponement told before any old one: "a reporté à la mi-janvier la visite ...".

Private to :mod:`graph.extract.dates`. A date right after a verb of postponing and its "to" ("postponed to
March", "reporté à la mi-janvier", "aplazada hasta junio", "перенесли на февраль", "verschoben auf Juni") is the
day a plan now holds, whether or not the old date is told: the act it dates lies ahead and is planned, as for
the revised dates of :mod:`graph.extract._daterevise`. The cues are lexicon data (``dates.json``:
``postponed_to``, regular expressions matching the words that end right before the date, its preposition
included or not; ``postponed_after``, the words right after it: "auf Januar verschoben"). A verb told further back in the
same sentence, with the plan's old date between, still postpones to a date its "to" opens ("aplazaron la reunión,
prevista para este jueves, hasta el 5 de noviembre"): ``postponed_far`` holds the verbs (``verbs``) and the
prepositions (``to``) that open such a date. A month named alone, which the date grammar reads only after a
preposition, is read after a postponement's "to" as well ("postponed to January", "reportée à janvier").

Such a new date dates the act its postponing verb governs (:func:`postponed_act`): "Bolivia y Chile aplazaron la
reunión de su Mecanismo de Consultas Políticas, prevista para este jueves, hasta el 5 de noviembre" dates the
"reunión" named first after the verb, not the act noun nearest to the date (a word of the body's name).
"""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING

from graph.extract import lexicon

if TYPE_CHECKING:
    from graph.extract.assemble import Context
    from graph.extract.triggers import EventMention
    from graph.model import Span

__all__ = ["cue_patterns", "moved_to", "postponed_act", "postponed_to"]

#: How far (characters) before a date its postponing verb is read.
_BEFORE = 40
#: How far (characters) before a date opened by "to" its postponing verb is read, within the sentence.
_FAR = 160


@cache
def _patterns(lang: str) -> tuple[re.Pattern[str] | None, re.Pattern[str] | None]:
    return cue_patterns((lexicon.load("dates", lang) if lang.isalpha() else None) or {})


def cue_patterns(data: dict) -> tuple[re.Pattern[str] | None, re.Pattern[str] | None]:
    """The cues of a ``dates.json`` lexicon ``data`` that end right before a postponement's new date, and those
    that start right after it."""
    before, after = data.get("postponed_to"), data.get("postponed_after")
    return (
        re.compile(rf"(?<!\w)(?:{'|'.join(before)})\s*\Z", re.IGNORECASE) if before else None,
        re.compile(rf"\s*(?:{'|'.join(after)})(?!\w)", re.IGNORECASE) if after else None,
    )


#: A blank line: a headline or paragraph ends there, and no cue reaches across it.
_PARAGRAPH = re.compile(r"\n\s*\n")


def _paragraph_start(text: str, lo: int, start: int) -> int:
    """``lo`` moved up to the start of the paragraph of the date at ``start`` ("... но отложили спор о
    делимитации" as a headline, "В четверг ... провёл переговоры" as the lead: no postponement of the lead's day)."""
    lo = max(0, lo)
    breaks = list(_PARAGRAPH.finditer(text, lo, start))
    return breaks[-1].end() if breaks else lo


def moved_to(text: str, start: int, end: int, cues: tuple[re.Pattern[str] | None, re.Pattern[str] | None]) -> bool:
    """Whether ``cues`` (:func:`cue_patterns`) tell the date at ``text[start:end]`` as a postponement's new date."""
    before, after = cues
    tail = _PARAGRAPH.search(text, end, end + _BEFORE)
    return before is not None and before.search(text, _paragraph_start(text, start - _BEFORE, start), start) is not None \
        or after is not None and after.match(text, end, tail.start() if tail else end + _BEFORE) is not None


@cache
def _far(lang: str) -> tuple[re.Pattern[str] | None, frozenset[str]]:
    data = ((lexicon.load("dates", lang) if lang.isalpha() else None) or {}).get("postponed_far") or {}
    verbs, preps = data.get("verbs"), data.get("to") or ()
    pattern = re.compile(rf"(?<!\w)(?:{'|'.join(verbs)})(?!\w)[^.!?;]*\Z", re.IGNORECASE) if verbs else None
    return pattern, frozenset(p.casefold() for p in preps)


def postponed_to(text: str, start: int, end: int, lang: str, opener: str | None = None) -> bool:
    """Whether the date at ``text[start:end]`` is the new date of a postponement told in ``lang``.

    ``opener`` is the preposition the date match starts with ("hasta el"), if any.
    """
    if moved_to(text, start, end, _patterns(lang)):
        return True
    far, preps = _far(lang)
    if far is None or not opener or " ".join(opener.split()).casefold() not in preps:
        return False
    return far.search(text, _paragraph_start(text, start - _FAR, start), start) is not None


#: How far (characters) before a new date its postponing verb may stand for :func:`postponed_act`.
_GOVERNS = 200


def postponed_act(ctx: Context, mentions: list[EventMention], date: object, span: Span) -> EventMention | None:
    """The act the postponing verb before the revised ``date`` governs, when another act stands between them
    (``postponed_far`` verbs of ``dates.json``). A verb after the act ("the meeting was postponed to May") leaves
    the act nearest to the date, which is the same one."""
    verbs = _verbs(ctx.lang) if date.revised else None
    if verbs is None:
        return None
    verb = None
    for verb in verbs.finditer(ctx.low or ctx.text.lower(), max(span.start, date.span.start - _GOVERNS), date.span.start):
        pass
    if verb is None or ";" in ctx.text[verb.end() : date.span.start]:
        return None
    acts = [m for m in mentions if verb.end() <= m.start and m.end <= date.span.start and not m.dropped]
    return acts[0] if len(acts) > 1 else None


@cache
def _verbs(lang: str) -> re.Pattern[str] | None:
    far = ((lexicon.load("dates", lang) if lang.isalpha() else None) or {}).get("postponed_far") or {}
    return lexicon.whole_words(far.get("verbs"))
