"""A date told in a clause about a person: "talks with her counterpart, X, a former trade minister who took office
this week", "Gespräche mit Amtskollege X, der erst am Montag vereidigt worden war", "conversaciones con X, quien
asumió el cargo el lunes".

Private to :mod:`graph.extract._dateassign`. A relative clause opened right after a person's name or title tells
something about that person (when they took office, arrived, were elected); its date is the time of that clause
and dates no act told before the person, when the sentence tells another date for its acts ("will travel next month
for talks with X, who took office this week"; alone, "could meet X, who is in town this week", it still dates the
act). The same holds for such a clause between commas before the act: "Errazuriz, who took office in March, is
scheduled to pay a courtesy call ... on Friday", "La canciller X, quien asumió el cargo en marzo, realizó a Lima su
primera visita" (there alone too, but for a clause telling the person's arrival, "X, who arrived on Sunday, met Y",
the first day of the trip, which may be the act's). The relative words are ``relative_pronouns`` of
``graph/data/lexicons/<lang>/dates.json``; the person is a name or title phrase the people reader found.

So does a relative clause about a thing the act's clause names further on: "una reunión ... en la que revisaron los
aranceles que ambos países impusieron a comienzos de año", "talks on the tariffs that both sides imposed in
January": the date is when the tariffs were imposed, not when the act took place. The clause's antecedent stands
at least :data:`_THING_WORDS` words after the act (not "the meeting in Brussels that ..."), the relative word is no
"where" nor a word that is also an article (``article_pronouns``: "in den Vereinigten Staaten"), no comma stands
between the act and it, and the clause tells no taking place ("que se celebró en mayo": ``past_markers``, the act's own time)
nor a plan ("que estaba prevista para el 15 de julio").
"""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING

from graph.extract import lexicon
from graph.extract._datearrival import arrival_verbs
from graph.extract._datetense import PAST, pluperfect_at, tense_at

if TYPE_CHECKING:
    from graph.extract.assemble import Context

__all__ = ["about_person", "about_person_before", "about_thing", "arrival_before", "told_earlier"]

#: At least this many words between an act and the relative word of a clause about a thing named after it.
_THING_WORDS = 4
_WORD = re.compile(r"\w+")
#: Relative words that open a clause of place or time (read by :mod:`._datewhere` and :mod:`._datewhen`).
_PLACE_WORDS = frozenset({"wo", "where", "où", "donde", "где", "куда", "when", "cuando", "когда", "lorsque", "als"})


@cache
def _pronoun(lang: str) -> re.Pattern[str] | None:
    words = (lexicon.load("dates", lang) or {}).get("relative_pronouns") if lang.isalpha() else None
    return re.compile(rf"(?<!\w)(?:{words})(?!\w)", re.IGNORECASE) if words else None


def _last_relative(ctx: Context, act_end: int, date_start: int) -> re.Match[str] | None:
    """The last relative word between an act ending at ``act_end`` and a date at ``date_start``, with no comma,
    semicolon or colon between it and the date (None when there is none)."""
    pattern = _pronoun(ctx.lang)
    if pattern is None or act_end >= date_start:
        return None
    found = None
    for found in pattern.finditer(ctx.text, act_end, date_start):
        pass
    if found is None or any(c in ctx.text[found.end() : date_start] for c in ",;:"):
        return None
    return found


def about_person(ctx: Context, act_end: int, date_start: int) -> bool:
    """Whether the date at ``date_start``, told after an act ending at ``act_end``, stands in a relative clause
    opened right after a person's name or title (no comma between the relative word and the date)."""
    found = _last_relative(ctx, act_end, date_start)
    if found is None:
        return False
    head = ctx.text[act_end : found.start()].rstrip(" ,")
    return bool(head) and ctx.titled.covers(act_end + len(head) - 1)


#: What closes a clause whose verb-final auxiliary :func:`told_earlier` reads, and how far (characters) it is read.
_CLAUSE_END = re.compile(r"[,;:.!?()]")
_CLAUSE_REACH = 100


@cache
def _final_aux(lang: str) -> re.Pattern[str] | None:
    data = (lexicon.load("dates", lang) if lang.isalpha() else None) or {}
    words = "|".join(w for w in (data.get("pluperfect"), data.get("pluperfect_aux")) if w)
    return re.compile(rf"(?<!\w)(?:{words})\s*$", re.IGNORECASE) if words else None


def told_earlier(ctx: Context, start: int, end: int) -> bool:
    """Whether the date at ``[start, end)`` of a clause about a person is told in the pluperfect ("who had taken
    office in March"), also by the auxiliary closing a subordinate clause ("die erst im Februar in dieses Amt
    gewählt worden war"): a time before the act the sentence tells, which it does not date."""
    if pluperfect_at(ctx.text, start, end, ctx.lang):
        return True
    pattern = _final_aux(ctx.lang)
    stop = _CLAUSE_END.search(ctx.text, end, end + _CLAUSE_REACH) if pattern is not None else None
    return stop is not None and pattern.search(ctx.text, end, stop.start()) is not None


def about_person_before(ctx: Context, date_start: int, date_end: int, act_start: int) -> bool:
    """Whether the date at ``[date_start, date_end)``, told before an act starting at ``act_start``, stands in a
    relative clause set off by commas right after a person's name or title ("X, who took office in March, is
    to ...")."""
    pattern = _pronoun(ctx.lang)
    if pattern is None or act_start <= date_end or "," not in ctx.text[date_end:act_start]:
        return False
    comma = ctx.text.rfind(",", max(0, date_start - 120), date_start)
    if comma <= 0:
        return False
    rest = ctx.text[comma + 1 : date_start]
    found = pattern.match(ctx.text, comma + 1 + len(rest) - len(rest.lstrip()))
    if found is None or any(c in ctx.text[found.end() : date_start] for c in ";:."):
        return False
    head = ctx.text[:comma].rstrip()
    return bool(head) and ctx.titled.covers(len(head) - 1)


def arrival_before(ctx: Context, date_start: int, act_end: int) -> bool:
    """Whether the relative clause holding the date at ``date_start``, up to the end of the act after it, tells the
    person's arrival ("X, who arrived on Sunday evening, met Y"; "X, der am Sonntagabend mit 30 Vertretern von
    Ministerien, Kommunen und Unternehmen eingetroffen war": the arrival is the act; ``arrival_verbs`` of
    ``dates.json``): the day the trip began, which may be the act's too."""
    verbs = arrival_verbs(ctx.lang)
    comma = ctx.text.rfind(",", max(0, date_start - 120), date_start)
    return verbs is not None and verbs.search(ctx.text, max(comma, 0), act_end) is not None


@cache
def _articles(lang: str) -> frozenset[str]:
    """Relative words that are also articles ("der", "den"), whose relative clause a comma opens (read nowhere
    here: a clause set off by a comma is not the one this rule reads)."""
    return frozenset((lexicon.load("dates", lang) or {}).get("article_pronouns", ())) if lang.isalpha() else frozenset()


def about_thing(ctx: Context, act_end: int, date_start: int, date_end: int) -> bool:
    """Whether the date at ``[date_start, date_end)``, told after an act ending at ``act_end``, stands in a relative
    clause about a thing named further on in the act's clause (see the module docstring)."""
    found = _last_relative(ctx, act_end, date_start)
    if found is None or found.group().lower() in _PLACE_WORDS:
        return False
    head = ctx.text[act_end : found.start()]
    if found.group().lower() in _articles(ctx.lang):
        return False  # "in den Vereinigten Staaten am 7. Februar": an article, no relative clause
    if len(_WORD.findall(head)) < _THING_WORDS or any(c in head for c in ",;:()"):
        return False  # "the visit, which takes place in May": a clause set off by a comma is about the act
    planned = _planned(ctx.lang)
    if planned is not None and planned.search(ctx.text, found.end(), date_start):
        return False  # "la reunión de la Comisión Mixta ... que estaba prevista para el 15 de julio": the act's plan
    return tense_at(ctx.text, date_start, date_end, ctx.lang) != PAST


@cache
def _planned(lang: str) -> re.Pattern[str] | None:
    """A participle of planning (``plan_appositions``: "prevista", "scheduled") or a verb of being held
    (``held_verbs``: "se celebrará", "will be held"): a clause planned or held on a date is about the act, no thing
    is planned or held on one."""
    data = lexicon.load("dates", lang) if lang.isalpha() else {}
    words = [*data.get("plan_appositions", []), *data.get("held_verbs", [])]  # "que se celebrará en noviembre"
    return re.compile(rf"(?<!\w)(?:{'|'.join(words)})(?!\w)", re.IGNORECASE) if words else None
