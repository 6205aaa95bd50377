"""Which earlier date a day counted from "the day told last" counts from ("la veille", "am Tag darauf").

Private to :mod:`graph.extract.dates`. "Sie empfing ihn am Dienstag; er war am Vortag angereist": the day before
is the Monday, not the day before publication. The anchor is the last mention naming a day (a date, a
weekday, "yesterday" or another anchored day) in the same sentence or one of the two before; without one the
count starts from publication, as news copy means by "am Vortag" in a lead ("the day before the report"); further
down a next-day account of the one day its lead tells, from that day (``lead``). A part
of the day ("am Abend", "that evening") belongs to the day the account told last even when a few sentences
about that day's acts stand between them, but not to a day told in the pluperfect ("avait estimé mardi ...
Dans la soirée, X a été convoqué": the account's own day lies after it); with no day told within reach it is
dropped. A bare part of the day ("in the evening", ``account_day_parts``) opening a new paragraph after an aside about
an earlier day ("Arrivé lundi soir, ... \n\n Elle a signé dans l'après-midi") does not precede the lead's day; the
day of a report ("..., a-t-on appris vendredi") and, sentences later, a day counted back ("накануне") are no days
of the account a part of the day returns to. Nor does a "same day" opening a paragraph after a whole paragraph
telling no day precede the lead's day ("... в ходе телефонного разговора в минувшую пятницу. \n\n Министры
подписали Программу. \n\n В тот же день ..."); the lead's day is no dateline's day closing a line of its own
("Ташкент, 9 октября 2026 года") nor a stay's "since" day ("effectue depuis dimanche une visite"), which a part of
the day does not count from either, as from a stay's range of days ("on a visit from 10-12 June"). Deep in a past
account a day counted forward ("Le lendemain") counts from the lead's past day as a day counted back does, also when
it stands within the lead's first sentences but too far from it to anchor ("s'est entretenu mardi dernier ... (a long
sentence and a heading) ... Le lendemain"); neither counts from an arrival's day ("прибывшего ... в понедельник
вечером") nor from a "today" inside a quotation, nor from a title line closing on the page's date. A bare weekday
told in an earlier sentence next to a past verb is a past day whatever the tense of the sentence counting from it
("в субботу вызвало посла ... На следующий день ... заявила, что ... продолжит").
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable
from functools import cache
from typing import TYPE_CHECKING

from graph.extract import lexicon
from graph.extract._datedateline import is_dateline
from graph.extract._datereport import quoted, report_verb_before
from graph.extract._datetense import PAST, clause_at, pluperfect_at

if TYPE_CHECKING:
    from graph.extract.dates import DateMention

__all__ = ["anchor", "sentence_breaks"]

#: At most this many characters between the anchor's end and the anchored mention ...
_REACH = 400
#: ... and at most this many sentence ends ("Am Montag wurde er empfangen. Sie sprachen zwei Stunden. Am Abend ...").
_SENTENCES = 2
#: A part of the day reaches further back: this many sentence ends and characters.
_PART_SENTENCES, _PART_REACH = 9, 1500
#: Beyond this many sentence ends from the start, a day counted from "the day told last" with no day within reach
#: keeps the lead's day when that is the only day told before ("В понедельник прошла встреча ... Накануне вечером
#: министр встретился"): :func:`graph.extract.dates.resolve` counts from it when it is the day before publication
#: (counted from publication, "the day before" would be the lead's own day).
_LEAD_SENTENCES = 2
#: A dateline's day closes a line of at most this many characters, with at most this many after it ("года").
_OWN_LINE, _OWN_LINE_TAIL = 48, 8
#: A sentence end: a stop not after a digit ("9. Juni" is no end), an initial or a title ("M. El Ouazzani", "Teresa
#: M. Dizon", "Dr. X"), then a capital or an opening quote.
_SENTENCE_END = re.compile(r"(?<![\d\s])(?<!\b\w)(?<!\b(?:Mr|Ms|Dr|St|Me|Pr|Sr))(?<!\b(?:Mrs|Mme|Sra|Gen|Hon))(?<!\bProf)"
                           r"[.!?…][\"»”’')]*\s+(?=[\"«„“(]?[A-ZÀ-ÞА-ЯЁ])")


def anchor(mentions: list[DateMention], text: str, lang: str = "") -> list[DateMention]:
    """``mentions`` (in text order) with ``anchor`` set on the anchored ones that have an earlier day to count from."""
    if not any(m.anchored for m in mentions):
        return mentions
    out: list[DateMention] = []
    for mention in mentions:
        if mention.anchored:
            skip = _told_before(text, lang, out, mention.span.start, _same_day(mention, lang)) if mention.part_of_day and not _pluperfect(text, lang, mention) else None
            base = _last_day(out, mention, text, skip=skip)
            if base is None and mention.part_of_day:  # "Am Abend gab X ein Bankett" after the day's other acts
                base = _last_day(out, mention, text, _PART_SENTENCES, _PART_REACH, _or_eve(skip))
            if base is None and mention.part_of_day:
                continue  # "am Abend" with no day told before it: no date
            if base is None and ((mention.relative_days or 0) > 0 or sentence_breaks(text, 0, mention.span.start) > _LEAD_SENTENCES):
                lead = _lead_day(out, text, (mention.relative_days or 0) < 0, lang, (mention.relative_days or 0) > 0)  # "Накануне вечером" deep in an account of the lead's day
                mention = dataclasses.replace(mention, lead=lead) if lead is not None else mention
                if lead is None and (mention.relative_days or 0) > 0:  # "On Sunday, ... (two paragraphs) On the following day"
                    base = _last_day(out, mention, text, _PART_SENTENCES, _PART_REACH)
            if base is not None:
                new_paragraph = "\n" in text[base.span.end : mention.span.start]
                returns = new_paragraph and _key(mention.text) in _account_parts(lang)
                lead = _account_day(out, text, lang) if returns else None
                if not returns and new_paragraph and _aside(text, base, mention):
                    lead = _account_day(out, text, lang)
                mention = dataclasses.replace(mention, anchor=_told_past(text, lang, base, mention), lead=None if lead is base else lead)
        out.append(mention)
    return out


def _told_past(text: str, lang: str, base: DateMention, mention: DateMention) -> DateMention:
    """``base`` marked as told as taken place when it is a bare weekday told in an earlier sentence next to a past
    verb (cue ``past_verb`` of ``events.json``: "в субботу вызвало посла ... На следующий день ... заявила"): the
    anchored day counts from that past day, whatever the tense of its own sentence."""
    if base.weekday is None or base.day is not None or base.month is not None or base.tense or base.direction:
        return base
    if not sentence_breaks(text, base.span.end, mention.span.start):
        return base
    past = lexicon.cue("events", lang, "cues", "past_verb") if lang.isalpha() else None
    if past is None or past.search(clause_at(text, base.span.start, base.span.end)) is None:
        return base
    return dataclasses.replace(base, tense=PAST)


def _last_day(
    earlier: list[DateMention], mention: DateMention, text: str, sentences: int = _SENTENCES, reach: int = _REACH,
    skip: Callable[[DateMention], bool] | None = None,
) -> DateMention | None:
    """The last mention naming a day before ``mention`` (and not ``skip``-ped), within ``reach`` characters and
    ``sentences`` sentence ends."""
    for candidate in reversed(earlier):
        if mention.span.start - candidate.span.end > reach:
            return None
        if _names_day(candidate) and not (skip is not None and skip(candidate)) and not _quoted_today(text, candidate):
            return candidate if sentence_breaks(text, candidate.span.end, mention.span.start) <= sentences else None
    return None


def _aside(text: str, base: DateMention, mention: DateMention) -> bool:
    """Whether a day told after the lead's sentences is an aside a "same day" opening a later paragraph does not
    return to: a whole paragraph stands between them ("... в ходе телефонного разговора в минувшую пятницу. \n\n
    Министры подписали Программу. \n\n В тот же день ..."), so the account has returned to its own day."""
    if sentence_breaks(text, 0, base.span.start) <= _LEAD_SENTENCES:
        return False  # the lead's own day ("провел встречу в понедельник ... \n\n В тот же день")
    return any(part.strip() for part in text[base.span.end : mention.span.start].split("\n")[1:-1])


def _line_of_its_own(text: str, mention: DateMention) -> bool:
    """Whether a day closes a short line of its own, a dateline's day ("Ташкент, 9 октября 2026 года"), or the
    title line opening the text with a full date and no stop ("Compte rendu du point de presse du 28 septembre 2026"): no
    act's."""
    start, end = text.rfind("\n", 0, mention.span.start) + 1, text.find("\n", mention.span.end)
    end = len(text) if end < 0 else end
    title = start == 0 and end > 0 and mention.day is not None and mention.month is not None and "." not in text[mention.span.end : end]
    return (end - start <= _OWN_LINE or title) and end - mention.span.end <= _OWN_LINE_TAIL


def _lead_day(earlier: list[DateMention], text: str, back: bool = False, lang: str = "", forward: bool = False) -> DateMention | None:
    """The day the lead tells, when it is the only day told before (the account's day, not publication's); for a
    day counted back (``back``), a dateline's day and a "same day" counted from the lead's tell no other ("Alger,
    14 octobre 2026 (APS) - X a reçu mardi ... Le même jour, ... La veille, X avait reçu": the Monday), nor a
    page's day on a short line of its own ("Pressemitteilung 24.06.2026 ... hat gestern (23.06.) ... empfangen ...
    Prinz Turki war bereits am Vortag ... zusammengetroffen": the 22nd), nor a traveller's arrival ("принял X,
    прибывшего в Астану в понедельник вечером ... Накануне X провёл переговоры": the eve of the report's day). A day
    counted forward (``forward``, "Le lendemain" deep in a past account) skips the same days and a range of days
    ("s'est entretenu mercredi dernier ... en marge de la session tenue les 20 et 21 mai ... Le lendemain": the
    Thursday)."""
    days: list[DateMention] = []
    for m in earlier:
        if forward and m.end_day is not None:
            continue  # a range of days ("tenue les 20 et 21 mai"): a gathering's frame, not the account's day
        if _names_day(m) and not _quoted_today(text, m) and not ((back or forward) and (
                m.anchored and m.relative_days == 0 and _among(m.anchor, days) or is_dateline(text, m)
                or _capital_dateline(text, m) or _line_of_its_own(text, m) or _arrival_day(text, m, lang))):
            days.append(m)
    if len(days) != 1 or sentence_breaks(text, 0, days[0].span.start) > _LEAD_SENTENCES:
        return None
    return days[0]


def _among(mention: DateMention | None, days: list[DateMention]) -> bool:
    """Whether ``mention`` is one of ``days`` (by its place in the text: an anchor may be a copy marked as told past)."""
    return mention is not None and any(mention.span == day.span for day in days)


#: A place in capitals and a comma opening a line, right before a day ("АШХАБАД, 21 сентября. Министры ...").
_CAPITAL_PLACE = re.compile(r"[A-ZÀ-ÞА-ЯЁ][A-ZÀ-ÞА-ЯЁ' -]{1,30},\s*\Z")


def _quoted_today(text: str, mention: DateMention) -> bool:
    """Whether a day is a "today" inside a quotation („Unsere Grenze ist heute ...“, sagte X. ... Am Vorabend hatten
    ...): the speaker's day, no day the account counts from."""
    if mention.relative_days != 0 or mention.anchored:
        return False
    return quoted(text, text.rfind("\n", 0, mention.span.start) + 1, mention.span.start)


#: How far (characters) before a day an arrival verb makes it the arrival's day ("прибывшего в Астану в понедельник").
_ARRIVAL_NEAR = 40


@cache
def _arrival_verbs(lang: str) -> re.Pattern[str] | None:
    words = ((lexicon.load("dates", lang) if lang.isalpha() else None) or {}).get("arrival_verbs")
    return re.compile(rf"(?<!\w)(?:{words})(?!\w)", re.IGNORECASE) if words else None


def _arrival_day(text: str, mention: DateMention, lang: str) -> bool:
    """Whether a day closes a traveller's arrival clause ("X, прибывшего в Астану в понедельник вечером"): the
    arrival's day, not the day of the lead's act."""
    verbs = _arrival_verbs(lang) if lang else None
    return verbs is not None and verbs.search(text, max(0, mention.span.start - _ARRIVAL_NEAR), mention.span.start) is not None


def _capital_dateline(text: str, mention: DateMention) -> bool:
    """Whether a day follows a place written in capitals and a comma at its line's start, a wire's dateline told
    with no agency or dash after it ("АШХАБАД, 21 сентября. Министры ..."): the report's day, no act's."""
    if mention.day is None or mention.month is None:
        return False
    start = text.rfind("\n", 0, mention.span.start) + 1
    return mention.span.start - start <= _OWN_LINE and _CAPITAL_PLACE.search(text, start, mention.span.start) is not None


@cache
def _account_parts(lang: str) -> frozenset[str]:
    """The bare parts of a day (``dates.json``: ``account_day_parts``, "in the evening", not "that same day")."""
    data = (lexicon.load("dates", lang) if lang.isalpha() else None) or {}
    return frozenset(_key(form) for form in data.get("account_day_parts", []))


def _key(surface: str) -> str:
    return " ".join(surface.lower().replace("’", "'").split())


def _account_day(earlier: list[DateMention], text: str, lang: str) -> DateMention | None:
    """The day the lead's act took place, which a later part of the day may not precede: the first weekday or
    "yesterday" of the first sentences (else their first day) not told in the pluperfect nor after a reporting
    verb ("a convoqué jeudi ..., a-t-on appris vendredi": Thursday), nor a dateline's or a "since" day."""
    days = [
        m for m in earlier
        if _names_day(m) and not m.anchored and sentence_breaks(text, 0, m.span.start) <= _LEAD_SENTENCES
        and not _line_of_its_own(text, m) and m.bound >= 0
        and not _pluperfect(text, lang, m) and report_verb_before(text, m.span.start, lang) < 0
    ]
    return next((m for m in days if m.day is None), days[0] if days else None)


def _pluperfect(text: str, lang: str, mention: DateMention) -> bool:
    return bool(lang) and pluperfect_at(text, mention.span.start, mention.span.end, lang, framed=False)


def _same_day(mention: DateMention, lang: str) -> bool:
    """Whether an anchored part of the day names the day told last by a demonstrative ("ese mismo día", "that same
    day", "am selben Tag"): not a bare part of the day (``account_day_parts``) that returns to the account's day."""
    return mention.relative_days == 0 and bool(lang) and _key(mention.text) not in _account_parts(lang) \
        and not _key(mention.text).startswith(_account_prefixes(lang))


@cache
def _account_prefixes(lang: str) -> tuple[str, ...]:
    """The bare parts of a day as prefixes, also of their longer forms ("por la noche del ...")."""
    return tuple(sorted(_account_parts(lang))) or ("\0",)


def _told_before(text: str, lang: str, earlier: list[DateMention], at: int, same_day: bool = False) -> Callable[[DateMention], bool]:
    """Days of a report, days told in the pluperfect, or counted from one ("Il avait estimé mardi ... Dans la soirée, X a été
    convoqué"; "había llegado el miércoles por la noche. Por la mañana, se reunió"): the account's own day
    lies before them, so a part of the day told at ``at`` after them does not belong to them. A pluperfect told
    by an auxiliary whose participle closes the clause ("war gestern ... einbestellt worden") counts only in an
    earlier paragraph ("Zum Auftakt war er am Montag empfangen worden. ... Am Abend gab X ein Bankett": an
    account of that day). A demonstrative "same day" (``same_day``) told in the sentence right after a pluperfect
    day names that day ("se había reunido el lunes con X. ... ese mismo día negó": Monday)."""

    def reports(candidate: DateMention) -> bool:
        """A day told after a reporting verb and after another day of its sentence (an act's)."""
        if report_verb_before(text, candidate.span.start, lang) < 0:
            return False
        index = earlier.index(candidate)
        return index > 0 and _names_day(earlier[index - 1]) and sentence_breaks(text, earlier[index - 1].span.end, candidate.span.start) == 0

    def told(candidate: DateMention) -> bool:
        if candidate.bound < 0 or candidate.end_day is not None:
            return True  # "effectue depuis dimanche une visite", "on a visit from 10-12 June": a stay's frame, no day of the account
        if reports(candidate):
            return True  # "a convoqué jeudi X, a-t-on appris vendredi. ... Dans la soirée": the report's day
        while candidate.anchor is not None:
            candidate = candidate.anchor
        if _begun(text, lang, candidate):
            return False  # "Begonnen hatte der Staatsbesuch am Montag in Berlin. ... am Abend gab er ein Bankett"
        if same_day and sentence_breaks(text, candidate.span.end, at) <= 1:
            return False  # "La canciller se había reunido el lunes con X. ... Montoya negó ese mismo día": that Monday
        if _pluperfect(text, lang, candidate):
            return True
        return "\n" in text[candidate.span.end : at] and pluperfect_at(text, candidate.span.start, candidate.span.end, lang)

    return told


@cache
def _begun_words(lang: str) -> re.Pattern[str] | None:
    return lexicon.whole_words(((lexicon.load("dates", lang) if lang.isalpha() else None) or {}).get("pluperfect_begun"))


def _begun(text: str, lang: str, mention: DateMention) -> bool:
    """Whether a day is told by a verb of beginning in the pluperfect (``dates.json``: ``pluperfect_begun``, the
    participles): "Begonnen hatte der Staatsbesuch am Montag in Berlin", "the visit had begun on Monday" opens an
    account of that day, which a part of the day told after it ("am Abend gab er ein Staatsbankett") belongs to."""
    pattern = _begun_words(lang) if lang else None
    if pattern is None:
        return False
    if pattern.search(clause_at(text, mention.span.start, mention.span.end)) is not None:
        return True
    close = _CLAUSE_CLOSE.search(text, mention.span.end, mention.span.end + _BEGUN_REACH)  # "hatte am Montag in Berlin
    return close is not None and pattern.search(text, mention.span.end, close.start()) is not None  # mit ... begonnen"


#: How far (characters) after a day the participle closing its clause may stand ("hatte am Montag ... begonnen").
_BEGUN_REACH = 160
_CLAUSE_CLOSE = re.compile(r"[.;:!?,]")


def _or_eve(skip: Callable[[DateMention], bool] | None) -> Callable[[DateMention], bool]:
    """``skip``, and a day counted back from another ("Он прибыл накануне. ... В тот же день"): an aside a
    part of the day told sentences later does not return to."""

    def skipped(candidate: DateMention) -> bool:
        eve = candidate.anchored and candidate.relative_days is not None and candidate.relative_days < 0
        return eve or (skip is not None and skip(candidate))

    return skipped


def sentence_breaks(text: str, start: int, end: int) -> int:
    """How many sentence ends lie in ``text[start:end]`` (0: the same sentence)."""
    if start >= end:
        return 0
    return sum(1 for m in _SENTENCE_END.finditer(text, start, min(len(text), end + 2)) if m.start() < end)


def _names_day(mention: DateMention) -> bool:
    """A mention telling a day: a date with its day, a weekday, "yesterday", an anchored day."""
    if mention.day is not None:
        return mention.month is not None
    return mention.weekday is not None or mention.relative_days is not None
