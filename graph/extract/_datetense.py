"""The tense a date is told in: "empfängt am Donnerstag" looks ahead, "held on Monday" looks back.

Private to :mod:`graph.extract.dates`. News copy tells what is to come in the present tense ("Vor der Abreise
empfängt sie am Donnerstag ...", "la ministre reçoit jeudi ...", "recibe el jueves ...") or with a verb of intent
or a plan participle ("will im Juli ... ausrichten", "le sommet prévu en juillet"): a bare weekday or a month
next to such a word is the coming one. A participle saying the act took place ("the call, held
on Monday", "состоявшийся в понедельник", "celebrada el lunes") makes the date a past one whatever planning word
stands around the act. The words are lexicon data (``dates.json``: ``present_verbs`` and ``past_markers``,
regular expressions each matching a whole word or phrase), looked for in the clause of the date: a few words
before and after it, up to a comma or a stop.
"""

from __future__ import annotations

import re
from functools import cache

from graph.extract import lexicon

__all__ = ["PAST", "PRESENT", "clause_at", "pluperfect_at", "tense_at"]

#: The tense of a date told next to a past participle of taking place, and next to a present event verb.
PAST, PRESENT = -1, 1
#: How far (characters) before and after a date its clause is read.
_BEFORE, _AFTER = 45, 30
_FRONTED = re.compile(r"^\s*,")
_BREAK = re.compile(r"[,;:!?«»\"“”„()]|(?<!\b[A-ZА-ЯЁ])\.|\s[–—-]\s")  # "M. Farouk": an initial's stop is no break


@cache
def _patterns(lang: str) -> tuple[re.Pattern[str] | None, re.Pattern[str] | None]:
    data = (lexicon.load("dates", lang) if lang.isalpha() else None) or {}
    return tuple(  # type: ignore[return-value]
        lexicon.whole_words(data.get(key))
        for key in ("past_markers", "present_verbs")
    )


def tense_at(text: str, start: int, end: int, lang: str) -> int:
    """:data:`PAST`, :data:`PRESENT` or 0 for the date at ``text[start:end]`` told in ``lang``."""
    past, present = _patterns(lang)
    if past is None and present is None:
        return 0
    clause = _clause(text, start, end)
    if past is not None and past.search(clause):
        return PAST
    return PRESENT if present is not None and present.search(clause) else 0


@cache
def _pluperfect(lang: str) -> re.Pattern[str] | None:
    data = (lexicon.load("dates", lang) if lang.isalpha() else None) or {}
    return lexicon.whole_words(data.get("pluperfect"))


def pluperfect_at(text: str, start: int, end: int, lang: str, *, framed: bool = True) -> bool:
    """Whether the date at ``text[start:end]`` is told in the pluperfect ("had arrived on Wednesday night",
    "qui avait estimé mardi", "war gestern ins Amt einbestellt worden"): an earlier day than the one the account
    is telling (``dates.json``: ``pluperfect``, the auxiliaries of the tense; ``pluperfect_aux`` and
    ``pluperfect_final``, an auxiliary before the date whose participle closes the clause after it; read only
    with ``framed``)."""
    pattern = _pluperfect(lang)
    if pattern is not None and pattern.search(_clause(text, start, end)) is not None:
        return True
    aux, final = _framed(lang) if framed else (None, None)
    if aux is None or final is None or not aux.search(_clause(text, start, start)):
        return False
    stop = _STOP.search(text, end, end + _FRAME)
    return final.search(text[end : stop.start() if stop else end + _FRAME]) is not None


#: How far (characters) after a date the participle closing a framed pluperfect may stand, before a stop.
_FRAME = 160
_STOP = re.compile(r"[;:!?«»\"“”„()]|(?<![\d\s])\.\s|,\s+(?:als|wo|wie|dass|weil|nachdem|bevor|und)\b")


@cache
def _framed(lang: str) -> tuple[re.Pattern[str] | None, re.Pattern[str] | None]:
    data = (lexicon.load("dates", lang) if lang.isalpha() else None) or {}
    return lexicon.whole_words(data.get("pluperfect_aux")), lexicon.whole_words(data.get("pluperfect_final"))


def clause_at(text: str, start: int, end: int) -> str:
    """The words of the clause of the date at ``text[start:end]`` (:func:`_clause`), as "before | after"."""
    return _clause(text, start, end)


def _clause(text: str, start: int, end: int) -> str:
    """The words around a date up to a comma or a stop on each side, before and after a bar."""
    floor = max(0, start - _BEFORE)
    before = text[floor:start]
    if floor and not text[floor - 1].isspace():  # a word cut by the window is no word
        before = before.split(None, 1)[-1] if " " in before else ""
    cut = list(_BREAK.finditer(before))
    before = before[cut[-1].end() :] if cut else before
    after = text[end : end + _AFTER]
    if not before.strip():  # a date opening its clause: "En octobre, la ministre doit ..."
        after = _FRONTED.sub("", after, count=1)
    stop = _BREAK.search(after)
    after = after[: stop.start()] if stop else after
    return f"{before} | {after}"
