"""Swearing-in: the title a person is sworn in as names that person. "Gonzalo Ruiz juró ayer como ministro de
Relaciones Exteriores", "X was sworn in on Monday as foreign minister", "X a prêté serment en tant que
ministre", "X принял присягу в качестве министра", "X wurde am Montag als neuer Außenminister vereidigt".

The words are ``oath_before`` of ``<lang>/roles.json`` (a regular expression ending right before the title's
phrase: the oath verb and "como"/"as"/"en tant que"/"в качестве"/"als") and, where the verb follows the title
(German), ``oath_after`` (searched in the rest of the sentence). The name is the one ending right before the
oath words, with at most a few words between ("juró ayer").
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any

from graph.extract import lexicon

__all__ = ["sworn_before", "sworn_name"]

_REACH = 80  # characters before the title in which the oath words may stand
_SKIP = 6  # words between the name and the oath words ("wurde am Montag in Wien")


@cache
def _patterns(lang: str) -> tuple[re.Pattern[str] | None, re.Pattern[str] | None]:
    data = lexicon.load("roles", lang)
    before, after = data.get("oath_before"), data.get("oath_after")
    return (re.compile(f"(?:{before})$", re.IGNORECASE) if before else None,
            re.compile(f"(?:{after})", re.IGNORECASE) if after else None)


def sworn_name(sent: Any, hit: Any) -> list[tuple[int, int]]:
    """The name of whoever is sworn in as the title of ``hit``, if the sentence says so."""
    before, after = _patterns(sent.lex.lang)
    units = sent.units
    if before is None or not units:
        return []
    low = max(units[0].start, hit.phrase_start - _REACH)
    match = before.search(sent.text[low : hit.phrase_start])
    if match is None:
        return []
    if after is not None and not after.search(sent.text, hit.phrase_end, units[-1].end):
        return []
    oath = low + match.start()
    return _name_before(sent, oath) or _name_after(sent, hit.phrase_end)


def sworn_before(sent: Any, hit: Any) -> list[tuple[int, int]]:
    """The name right before the oath or appointment words that end right before the title ("X ha sido nombrado
    Embajador de ...", "X назначен Послом ... и Главой Миссии"): that name holds the title even where capitalised
    words follow it, which are then no name of the holder's."""
    before, after = _patterns(sent.lex.lang)
    units = sent.units
    if before is None or not units or after is not None:
        return []
    low = max(units[0].start, hit.phrase_start - _REACH)
    match = before.search(sent.text[low : hit.phrase_start])
    return _name_before(sent, low + match.start()) if match is not None else []


def _name_after(sent: Any, end: int) -> list[tuple[int, int]]:
    """The name after the title when the subject follows ("juró como ministra de la Producción la economista X")."""
    units = sent.units
    u = next((k for k, x in enumerate(units) if x.start >= end), len(units))
    if u < len(units) and units[u].lower in sent.lex.determiners:
        u += 1
    if u < len(units) and units[u].kind == "word" and units[u].text[:1].islower():
        u += 1  # "la economista", "the diplomat"
    if u >= len(units) or units[u].kind != "word" or not sent.name_like(u):
        return []
    name = sent.name_at(u, linked=True)
    return [name] if name is not None else []


def _name_before(sent: Any, oath: int) -> list[tuple[int, int]]:
    """The name ending right before the oath words, with at most ``_SKIP`` units between."""
    units = sent.units
    last = max((k for k, x in enumerate(units) if x.end <= oath), default=-1)
    for _ in range(_SKIP):
        if last < 0 or (units[last].kind == "word" and sent.name_like(last)):
            break
        last -= 1
    if last < 0 or units[last].kind != "word" or not sent.name_like(last):
        return []
    first = last
    while first > 0 and units[first - 1].kind == "word" and sent.name_like(first - 1):
        first -= 1
    for start in range(first, last + 1):
        name = sent.name_at(start, linked=True)
        if name is not None and name[1] == last + 1:
            return [name]
    return []
