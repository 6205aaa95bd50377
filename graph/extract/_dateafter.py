"""The day of an act told as following the one before: "Bereits am Montag war die Delegation in Dresden empfangen
worden. Im Anschluss unterzeichneten beide eine Absichtserklärung", "The ministers met on Monday. Afterwards they
signed ...".

Private to :mod:`graph.extract._dateshare`. A sentence that opens with an "afterwards" word (``afterwards`` of
``graph/data/lexicons/<lang>/dates.json``) tells what happened next, on the day of the act told in the sentence
before (or the one before it, when that sentence dates nothing): its acts without a date of their own sentence take the
day of the latest act of that sentence dated to the day and told with the same status (a dropped trigger still tells the day, "empfangen worden" of a visit told elsewhere).
"At the same time" words are among them ("Zugleich wurden zwei Mitarbeiter ... ausgewiesen", "Al mismo tiempo",
"Одновременно"): what is told as simultaneous took place on the day of the act before.
A sentence opened by "there" (``there_openers``: "Dort führt er Gespräche", "Allí se reunió") tells what
happened at the place of the sentence before, on its day too. The "afterwards" word may also stand inside the
sentence, in the few words before its first act ("Les deux chefs d'Etat présideront ensuite la cérémonie de
signature", "The two ministers will then sign"), but not after a word making it a bound (``afterwards_not_after``:
"since then"). An act told as done after a planned act dated after publication is to come too ("Am Mittwoch wird
er empfangen. Im Anschluss unterzeichnen beide ...": the present of a programme), and a planned act told after an
act of the day of publication or later takes that day ("In Ljubljana trifft sie heute Nachmittag X. ... Anschließend
ist ein Gespräch mit Y vorgesehen"). The word may also stand inside the trigger phrase ("M. X a ensuite offert un
déjeuner"). :mod:`graph.extract._dateshare` reads the sentences twice, before and after the other relations it
reads have dated the acts told before. A "there" word (``there_openers``) in the few words before an act ("Er hätte
dort Konsultationen führen sollen") tells it as part of the act before as well; a plan told after a called-off
visit would have taken place in it and takes its date.
"""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING

from graph.extract import lexicon
from graph.extract._dateflashback import past_flashback

if TYPE_CHECKING:
    from graph.extract.assemble import Context
    from graph.extract.events import EventMention

__all__ = ["afterwards_days", "told_afterwards"]

#: What may stand before the "afterwards" word at the start of its sentence ("Und danach", "Then, afterwards").
_LEAD = frozenset({"", "und", "and", "et", "y", "e", "и", "а"})
#: At most this many characters between an "afterwards" word inside a sentence and the act it dates.
_INNER = 30


@cache
def _pattern(lang: str) -> re.Pattern[str] | None:
    data = lexicon.load("dates", lang)
    words = [*data.get("afterwards", []), *data.get("there_openers", [])]
    if not words:
        return None
    return re.compile(rf"(?<!\w)(?:{lexicon.phrases(words)})(?!\w)(?!\s+(?:de|del|des|der|que|an)\b)")


@cache
def _inner(lang: str) -> re.Pattern[str] | None:
    """An "afterwards" word told inside the clause of the act it dates ("présideront ensuite la cérémonie"), not
    after a word that turns it into a bound (``afterwards_not_after``: "since then", "by then")."""
    data = lexicon.load("dates", lang)
    words = [*data.get("afterwards", []), *(w for w in data.get("there_openers", []) if w.isalpha())]
    if not words:
        return None
    bounds = data.get("afterwards_not_after", [])
    guard = "".join(rf"(?<!{re.escape(w)} )" for w in bounds)
    return re.compile(rf"(?<!\w){guard}(?:{lexicon.phrases(words)})(?!\w)(?!\s+(?:de|del|des|der|que|an)\b)"
                      rf"[^,;:.!?()–—]{{0,{_INNER}}}$")


def _told_after(ctx: Context, m: EventMention, span: object, pattern: re.Pattern[str] | None) -> bool:
    """Whether an "afterwards" word stands in the few words before ``m`` in its clause ("will then sign") or inside
    its trigger phrase ("M. X a ensuite offert un déjeuner")."""
    if pattern is None:
        return False
    low = max(span.start, m.start - _INNER - 20)
    return pattern.search(ctx.low, low, m.start) is not None or pattern.search(ctx.low, m.start, m.end) is not None


def told_afterwards(ctx: Context, m: EventMention) -> bool:
    """Whether an "afterwards" word stands in the few words before ``m`` in its clause or inside its trigger phrase
    ("Le Ministre a ensuite reçu X")."""
    return _told_after(ctx, m, ctx.sentences[m.sentence], _inner(ctx.lang))


def _opens(ctx: Context, index: int, pattern: re.Pattern[str]) -> bool:
    """Whether sentence ``index`` opens with an "afterwards" word (after at most a short conjunction)."""
    span = ctx.sentences[index]
    head = ctx.low[span.start : span.start + 40]
    match = pattern.search(head)
    return match is not None and re.sub(r"[\W_]+", "", head[: match.start()]) in _LEAD


def _day(m: EventMention) -> bool:
    return m.date is not None and m.date.precision == "day"


def _own_date(m: EventMention, start: int, end: int) -> bool:
    """Whether ``m`` has a date its own sentence tells (not one lent by an act told elsewhere)."""
    if m.date is None:
        return bool(m.date_text)
    return m.date.span is None or start <= m.date.span.start < end


def _base(mentions: list[EventMention], index: int) -> EventMention | None:
    """The latest act dated to the day in the sentence before, or in the one before it when the sentence before
    dates nothing ("... am Mittwoch empfangen worden. Es ist sein erster Staatsbesuch. Im anschließenden Gespräch"),
    or in the one before those when neither tells an act by a verb (a noun there names the act before again: "hat
    gestern das Ministertreffen geleitet. An dem Treffen nahmen ... teil. Im Mittelpunkt ... Zum Abschluss stellten
    ... vor"; "hat den Botschafter einbestellt. X sei am Montag
    erschienen, teilte ein Sprecher mit. Y habe ihm den Protest übermittelt. Zugleich wies Berlin zwei Mitarbeiter
    aus": the summons' details)."""
    for back in (1, 2, 3):
        told = [m for m in mentions if m.sentence == index - back]
        days = [m for m in told if _day(m)]
        if days:  # not an arrival recalled after the day reached ("war am Vorabend eingetroffen")
            return past_flashback(mentions, _reached(days))
        if any(m.date is not None or m.date_text for m in told):
            return None
        if back == 2 and any(index - 2 <= m.sentence < index and m.entry.pos == "verb" for m in mentions):
            return None  # a noun there names the act told before again ("An dem Treffen nahmen ... teil")
    return None


def _reached(days: list[EventMention]) -> EventMention:
    """The act of the latest day among ``days`` (the last told of that day): the day the account has reached, not
    that of an act it recalls in passing ("a reçu mardi X, arrivé la veille au soir": Tuesday)."""
    latest = max(m.date.value for m in days)
    return [m for m in days if m.date.value == latest][-1]


def afterwards_days(ctx: Context, mentions: list[EventMention], by_sentence: dict[int, list[EventMention]]) -> None:
    """Date the undated acts of a sentence opened by "afterwards" with the day of the sentence before.

    Args:
        ctx: The assembly context (sentences, lower-cased text, language).
        mentions: Every mention of the article, dropped ones included, in text order.
        by_sentence: The kept mentions by sentence index.
    """
    pattern = _pattern(ctx.lang)
    if pattern is None:
        return
    inner = _inner(ctx.lang)
    for index, group in by_sentence.items():
        span = ctx.sentences[index]
        undated = [m for m in group if not m.background and not m.dropped and not _own_date(m, span.start, span.end)]
        if not undated or index == 0:
            continue
        if not _opens(ctx, index, pattern):
            undated = [m for m in undated if m is group[0] and _told_after(ctx, m, span, inner)]
            if not undated:
                continue
        base = _base(mentions, index)
        if base is None:
            continue
        ahead = ctx.reference is not None and base.status == "Planned" and base.date.value > ctx.reference.isoformat()
        today = ctx.reference is not None and base.date.value >= ctx.reference.isoformat()
        for m in undated:
            if m.status == base.status and m.status in ("Occurred", "Planned"):
                m.date, m.date_text = base.date, base.date_text
            elif today and m.status == "Planned":  # "In Ljubljana trifft sie heute Nachmittag X. ... Anschließend ist
                m.date, m.date_text = base.date, base.date_text  # ein Gespräch mit Y vorgesehen": later that day
            elif base.status == "Cancelled" and m.status == "Planned":  # "Ein geplanter Besuch wurde abgesagt. Er
                m.date, m.date_text = base.date, base.date_text  # hätte dort Konsultationen führen sollen": its day
            elif ahead and m.status == "Occurred":  # "Am Mittwoch wird er empfangen. Im Anschluss unterzeichnen
                m.date, m.date_text, m.status = base.date, base.date_text, "Planned"  # beide ...": still to come
