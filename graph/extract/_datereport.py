"""The date of a report is not the date of the act reported: "viajará el lunes a Lima para reunirse con X,
confirmaron este jueves fuentes oficiales", "will visit Oslo on Monday to meet X, officials confirmed on Friday".

Private to :mod:`graph.extract.assemble`. A date told right after a verb of reporting (``dates.json``:
``report_verbs``, regular expressions each matching a whole word or phrase; a few words may stand between,
as in "teilte das Ministerium am Freitag mit") dates the report; an act told before the verb does not take it,
nor does a verb take such a statement's day. A date told after a comma and a conjunction (``clause_joins``:
"..., y el domingo seguirá viaje") dates that clause's act, not a verb told before it, nor does a date told right
after them (", puis mercredi à Amman": the next leg) date an act told before them.
"""

from __future__ import annotations

import re
from functools import cache

from typing import TYPE_CHECKING

from graph.extract import lexicon
from graph.extract._dateyearframe import count_colon

if TYPE_CHECKING:
    from graph.extract.assemble import Context
    from graph.extract.triggers import EventMention
    from graph.model import Span

__all__ = ["quoted", "joined_clause", "not_reported", "report_day", "relative_clause_at", "report_verb_before"]

#: An act ending at most this many characters before a relative clause is its antecedent ("la cumbre, que se
#: celebrará en mayo"), which the clause's date dates.
_ANTECEDENT = 40
#: How far (characters) before a date its reporting verb may stand.
_REACH = 40
#: Words that may stand between the verb and the date ("teilte das Auswärtige Amt am Freitag mit").
_WORDS = 4
_BREAK = re.compile(r"[;:!?«»\"“”„()]|\.\s")
#: What closes a relative clause before the date: the date is then the main clause's again.
_CLAUSE_END = re.compile(r"[,;:!?()]|\s[–—]\s")


@cache
def _pattern(lang: str) -> re.Pattern[str] | None:
    data = (lexicon.load("dates", lang) if lang.isalpha() else None) or {}
    return lexicon.whole_words(data.get("report_verbs"))


def report_verb_before(text: str, start: int, lang: str, floor: int = 0, words: int = _WORDS, reach: int = _REACH) -> int:
    """Where a reporting verb stands in the few words before the date starting at ``start``, else -1.

    Args:
        text: The article text.
        start: Where the date starts.
        lang: The article's language.
        floor: Nothing before this offset is read (the sentence start, or the end of the last trigger).
        words: At most this many words between the verb and the date ...
        reach: ... and characters between the verb's start and the date.
    """
    pattern = _pattern(lang)
    if pattern is None:
        return -1
    low = max(floor, start - reach)
    window = text[low:start]
    cut = list(_BREAK.finditer(window))
    if cut:
        low += cut[-1].end()
        window = window[cut[-1].end() :]
    found = list(pattern.finditer(window))
    if not found:
        return -1
    verb = found[-1]
    between = window[verb.end() :]
    if "," in between or len(between.split()) > words:
        return -1
    return low + verb.start()


@cache
def _joins(lang: str) -> re.Pattern[str] | None:
    data = (lexicon.load("dates", lang) if lang.isalpha() else None) or {}
    words = data.get("clause_joins")
    return re.compile(rf",\s*(?:{words})\s", re.IGNORECASE) if words else None


def joined_clause(text: str, start: int, end: int, lang: str) -> bool:
    """Whether a comma and a conjunction ("..., y el domingo seguirá viaje", "..., and on Sunday") open a
    clause between ``start`` and ``end``, or a relative or participle clause still open at ``end`` ("received X,
    who had arrived the day before", "принял X, прибывшего накануне"): a date told after it is that clause's,
    not an earlier act's."""
    pattern = _joins(lang)
    if pattern is not None and pattern.search(text, start, end) is not None or count_colon(text, lang, start, end):
        return True  # also a count's colon: "die zweite innerhalb weniger Monate: Im November 2025 war X einbestellt worden"
    relative = _relatives(lang)
    opened = list(relative.finditer(text, start, end)) if relative is not None else []
    return bool(opened) and not _CLAUSE_END.search(text, opened[-1].end(), end)


def not_reported(ctx: Context, candidates: list[EventMention], mention: object, span: Span) -> list[EventMention]:
    """The ``candidates`` a date may go to, less the acts told before a reporting clause the date follows
    ("viajará el lunes a Lima para reunirse con X, confirmaron este jueves fuentes") and those told after a comma
    after it ("сообщили в среду в МИД Швейцарии, который предоставил площадку для переговоров"); a date told in a
    relative clause telling an act dates only the acts of that clause and its antecedent ("X, who arrived on
    Monday for a visit, was received by Y"; "la cumbre, que se celebrará en mayo"); one telling no act ("Ma, who
    is in Suva this week") may date the act around it."""
    join = _join_before(ctx.text, mention.span.start, ctx.lang, span.start)
    if join >= 0:  # "attendu mardi à Damas, où il doit rencontrer X, puis mercredi à Amman": the next leg's day
        candidates = [m for m in candidates if m.start > join]
    relative = _relatives(ctx.lang)
    clause = _relative_clause(ctx.text, mention.span.start, span, relative)
    if clause is not None and any(clause[0] <= m.start < clause[1] for m in candidates):
        # "X, who arrived on Monday for a visit, was received by Y": the arrival's day only, when it is an act
        candidates = [m for m in candidates if clause[0] <= m.start < clause[1] or 0 <= clause[0] - m.end <= _ANTECEDENT]
    verb = report_verb_before(ctx.text, mention.span.start, ctx.lang, span.start)
    if verb < 0:
        return candidates
    after = mention.span.end  # "сообщили в среду в МИД, который предоставил площадку для переговоров"
    return [
        m for m in candidates
        if (m.end > verb or "," not in ctx.text[m.end : verb])
        and (m.start < after or relative is None or not relative.search(ctx.text, after, m.start))
    ]


def _relative_clause(text: str, start: int, span: Span, relative: re.Pattern[str] | None) -> tuple[int, int] | None:
    """The relative clause (comma, pronoun, up to the next comma or the sentence end) the date at ``start`` stands
    in, if any."""
    if relative is None:
        return None
    opened = [m for m in relative.finditer(text, span.start, start) if "," not in text[m.end() : start]]
    if not opened:
        return None
    comma = text.find(",", start, span.end)
    return opened[-1].start(), comma if comma >= 0 else span.end


def quoted(text: str, start: int, pos: int) -> bool:
    """Whether ``pos`` stands inside a quotation opened after ``start`` (a sentence's start)."""
    before = text[start:pos]
    opened = sum(before.count(q) for q in "„“«\"") - sum(before.count(q) for q in "”»")
    return opened % 2 == 1


def relative_clause_at(text: str, start: int, span: Span, lang: str) -> tuple[int, int] | None:
    """The relative clause of sentence ``span`` that the date at ``start`` stands in (``lang``'s pronouns), if any."""
    return _relative_clause(text, start, span, _relatives(lang))


@cache
def _relatives(lang: str) -> re.Pattern[str] | None:
    """A comma opening a relative or participle clause (``dates.json``: ``relative_pronouns``,
    ``participle_clauses``: "having", "прибывшего"; ``prepositional_relatives``: "avec qui", "с которым")."""
    data = (lexicon.load("dates", lang) if lang.isalpha() else None) or {}
    led = lexicon.phrases(data.get("prepositional_relatives", []))
    words = "|".join(w for w in (led, data.get("relative_pronouns"), data.get("participle_clauses")) if w)
    return re.compile(rf",\s*(?:{words})(?!\w)", re.IGNORECASE) if words else None


def _join_before(text: str, start: int, lang: str, floor: int) -> int:
    """Where a comma and a conjunction end right before the date at ``start`` (", puis mercredi"), else -1."""
    pattern = _joins(lang)
    if pattern is None:
        return -1
    found = list(pattern.finditer(text, max(floor, start - 20), start))
    return found[-1].start() if found and not text[found[-1].end() : start].strip() else -1


def report_day(ctx: Context, m: EventMention) -> bool:
    """Whether ``m`` is a statement dated by the day of its report ("..., a annoncé vendredi son ministère")."""
    return m.type == "Statement" and report_verb_before(ctx.text, m.date.span.start, ctx.lang, m.start) >= 0
