"""A report's dateline: the town it was filed from, the day and the agency ("PARIS (AFP) -", "Accra, March 11,
GNA –", "МОСКВА, 8 июля. /ТАСС/.", "Lübeck. Hoher Besuch ...", "Tumbes, 12 de agosto").

The one place that knows what a dateline looks like. :func:`read` parses the head of a text once (cached) into a
:class:`Dateline`; the extractor's modules ask it rather than parsing the head themselves:

* :mod:`graph.extract.places` asks :func:`town_opens` whether a town's name opens a line as a dateline (a small
  town in capitals is a town there, not an acronym);
* :mod:`graph.extract.rules` asks :func:`city_dateline` for the city of the dateline (its span runs to the dash)
  and :func:`read` for the day when no short line holds it;
* :mod:`graph.extract.localstates` asks :func:`read` for the town of the report (a mayor's town);
* :mod:`graph.extract._datedateline` asks :func:`is_day_dateline` whether a day is the dateline's day.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from graph.extract.text import line_spans
from graph.model import Span

__all__ = ["Dateline", "city_dateline", "is_day_dateline", "named_city", "read", "town_opens"]


@dataclass(frozen=True)
class Dateline:
    """The parsed dateline of a text: where its town's name stands, its day and agency if said, its end, and
    whether a dash ends it (a wire's dateline, whose day dates the lead)."""

    town: Span
    name: str
    day: Span | None
    agency: str | None
    end: int
    dashed: bool = False


#: A dateline opens one of the first characters of the text.
HEAD = 400
#: The town: up to three capitalised words at a line's start ("Lübeck", "NEW DELHI", "Ciudad de México").
_TOWN = r"(?P<town>[^\W\d_][\w'’.-]*(?:[ ](?:(?:de|del|la|el|am|an|der|sur|upon)[ ])?[^\W\d_][\w'’.-]*){0,2}?)"
#: The day after a comma: "March 11", "11 mars", "12 de agosto", "13.05.", "Thursday, 26 March".
_DAY = (r"(?P<day>(?:[^\W\d_]{3,12},?[ ])?(?:[^\W\d_]{3,12}\.?[ ]\d{1,2}|\d{1,2}\.?[ ](?:de[ ])?[^\W\d_]{3,12}\.?"
        r"|\d{1,2}\.\d{1,2}\.(?:\d{2,4})?)(?:,?[ ](?:de[ ])?\d{4})?)")
#: The agency: in brackets, between slashes, or a capitalised word before the dash ("(dpa)", "/ТАСС/", ", GNA –").
_AGENCY = r"(?P<agency>\([^()\n]{2,30}\)|/[^/\n]{1,30}/|,[ ]?[A-ZÀ-ÞА-ЯЁ][\w-]{1,15}(?=[ ][–—-]))"
_HEAD_LINE = re.compile(
    rf"{_TOWN}(?:,[ ]{_DAY})?(?:[ ]?{_AGENCY})?"
    r"(?:[ ]?\.?[ ]?[–—-]{1,2}[ ]"  # "Kiel (dpa) -", "Accra, March 11, GNA –"
    r"|(?(agency)\.?[ ]?(?=[^\W\d_]|$)|(?!))"  # "Bern (Keystone-SDA) Der ...", "МОСКВА, 8 июля. /ТАСС/."
    r"|(?(day)(?:[ ]|$)|(?!))"  # "Tumbes, 12 de agosto" (a line of its own, or before the lead)
    r"|(?(day)(?!)|(?(agency)(?!)|\.[ ](?=[A-ZÀ-ÖØ-ÞА-ЯЁ]))))",  # "Lübeck. Hoher Besuch"
    re.M,
)


@lru_cache(maxsize=64)
def read(text: str) -> Dateline | None:
    """The dateline opening one of the lines in the head of ``text``, if any."""
    for line in line_spans(text):
        if line.start >= HEAD:
            break
        match = _HEAD_LINE.match(text, line.start, line.end)
        if match is None:
            continue
        day = Span(match.start("day"), match.end("day")) if match.group("day") else None
        agency = match.group("agency").strip(" ,()/") if match.group("agency") else None
        town = Span(match.start("town"), match.end("town"))
        dashed = text[match.start("town") : match.end()].rstrip()[-1:] in "–—-"
        return Dateline(town, match.group("town"), day, agency, match.end(), dashed)
    return None


# --- a town of the gazetteer opening a line --------------------------------------------------------------

#: What follows a town's name in a dateline: "(dpa) -", " – ", ", 12 de agosto", ", May 13 (Bernama)".
_TOWN_TAIL = re.compile(r"(?: \([^()\n]{2,30}\))?(?: [–—-]{1,2} |, \d)|, [^\W\d_]{3,9}\.? \d{1,2} \(")
_TOWN_TAIL_REACH = 40
#: The other towns a report is filed from after the first, each after a slash ("Ljubljana/Klagenfurt").
_OTHER_TOWNS = re.compile(r"(?:/[^\W\d_][\w-]{1,30})+")


def town_opens(text: str, start: int, end: int) -> bool:
    """Whether the name at ``start:end`` opens a line as a dateline: a dash, a comma and a date, or the agency
    follow ("Friedrichshafen – Hoher Besuch am Bodensee", "Tumbes, 12 de agosto", "PUTRAJAYA, May 13 (Bernama)",
    "Kassel (dpa) -"); near the top of the text also a period before the first sentence ("Kassel. Der ...")."""
    if start and text[start - 1] != "\n":
        return False
    if _TOWN_TAIL.match(text, end, end + _TOWN_TAIL_REACH) is not None:
        return True
    others = _OTHER_TOWNS.match(text, end)  # "Innsbruck/Bozen. Der ...": filed from two towns
    return start < HEAD and period_follows(text, others.end() if others else end)


def period_follows(text: str, end: int) -> bool:
    """Whether a period and a capitalised word follow ``end`` ("LIMA. El canciller ...")."""
    rest = text[end : end + 3]
    return rest[:2] == ". " and rest[2:3].isupper()


# --- the city of the dateline ----------------------------------------------------------------------------

_DATELINE_LINES = 3  # a dateline opens the first line, or the one after the headline (and a kicker)
_ALONE = 30  # a line this short in capitals, naming a city, is a dateline of its own
#: After a dateline's city: other cities it was filed from ("WIEN/PRAG (APA) -"), the agency, the date, a dash.
#: It may end without a dash: at the agency's name before the first sentence (after a full stop too) or at the
#: end of the line ("Bern (Keystone-SDA) Der ...", "Accra (afp). Die ...", "MADRID, 20 (EUROPA PRESS)"), or at a
#: day and month before a period ("МОСКВА, 20 мая. ...").
_CITY_TAIL = re.compile(
    r"(?:\s?/\s?[^\W\d_][\w.-]{1,30}(?: [^\W\d_][\w.-]{1,30})?)*\s*(?:\([^)]{1,30}\)\s*)?(?:,[^–—/\n]{0,40})?\s*"
    r"(?:[–—-]{1,2}\s|/[^/\n]{1,30}/|\([^()\n]{2,25}\)(?:[ \t]*$|\.?[ \t]+(?=[A-ZÀ-ÞА-ЯЁ])))"
    r"|[,.][ \t]\d{1,2}[ \t][^\W\d_]{3,12}\.[ \t]+(?=[A-ZÀ-ÞА-ЯЁ])"
    r"|,[ \t](?:(?:le|el)[ \t])?(?:[^\W\d_]{3,12},?[ \t])?\d{1,2}\.?[ \t](?:de[ \t])?[^\W\d_]{3,12}\.?"
    r"(?:,?[ \t](?:de[ \t])?\d{4}(?:[ \t](?:года|г\.))?)?"
    # a line of its own ("Dhaka, Thursday, 26 March"), the agency after it ("Баку, 10 ноября, АЗЕРТАДЖ") or a
    # period before the first sentence ("Asunción, 19 de marzo de 2026. El ministro ...")
    r"(?:,[ \t][A-ZÀ-ÞА-ЯЁ]{3,15})?(?:[ \t]*$|(?<!\.)\.[ \t]+(?=[A-ZÀ-ÞА-ЯЁ]))",
    re.M,
)
#: A byline between the headline and the dateline ("Von unserer Korrespondentin", "By Jane Doe", "Par notre envoyé
#: spécial"): a short line that does not count among the first lines.
_BYLINE = re.compile(r"(?:Von|By|Par|Por|От)\s[^.\n]{3,45}$")


def _first_lines(text: str, count: int) -> list[Span]:
    """The first ``count`` lines of ``text`` and the bylines among them, which do not count."""
    out: list[Span] = []
    for line in line_spans(text):
        if len(out) >= count:
            break
        out.append(line)
        if _BYLINE.fullmatch(text, line.start, line.end):
            count += 1
    return out


#: A newspaper's dateline: the city and a period before the first sentence ("LIMA. El canciller", "Helsinki. Finnland"),
#: after the other towns the report is filed from too ("Ljubljana/Klagenfurt. Bundespräsident ...").
_PERIOD_TAIL = re.compile(rf"(?:{_OTHER_TOWNS.pattern})?\.[ \t]+(?=[A-ZÀ-ÖØ-ÞА-ЯЁ])")


def city_dateline(text: str, cities: list) -> tuple | None:
    """The ``(Span, City, alone)`` of a city opening one of the first lines as a news dateline ("PARIS (AFP) -",
    "WASHINGTON, March 3 (Reuters) -", "МОСКВА, 8 июля. /ТАСС/."), its span running to the dash; ``cities`` are
    the text's ``(Span, City)`` pairs in order. A short line in capitals naming only a city is one too ("NEW
    DELHI"): then the span is the line's, ``alone`` is true and the city is returned as found."""
    lines = _first_lines(text, _DATELINE_LINES)
    firsts = {line.start for line in lines}
    alone = [line for line in lines if line.end - line.start <= _ALONE and text[line.start : line.end].isupper()]
    for span, city in cities:
        if span.start > max(firsts, default=-1) and not any(line.start <= span.start < line.end for line in alone):
            break
        tail = _CITY_TAIL.match(text, span.end) if span.start in firsts else None
        if tail is None and span.start in firsts:
            tail = _PERIOD_TAIL.match(text, span.end)
        if tail is not None:  # the span runs to the dash: "WASHINGTON, D.C. —" names one city
            return Span(span.start, tail.end()), city, False
        line = next((line for line in alone if line.start <= span.start and span.end <= line.end), None)
        if line is not None and not text[span.end : line.end].strip():  # "NEW DELHI" alone on its line
            return Span(line.start, line.end), city, True
    return None


#: A dateline's town without its tail read in full opens one of the first lines of a report (after the
#: headline and a kicker) ...
_NAMED_LINES = 4
#: ... and a comma, bracket, dash or full stop follows it ("Tapachula, Chis.—", "PARIS (AFP) -").
_AFTER_NAMED = re.compile(r"\s*(?:[,(–—-]|\.\s|\s*$)", re.MULTILINE)


def named_city(text: str, cities: list) -> object | None:
    """The city opening one of the first lines of ``text`` as its dateline ("Tapachula, Chis.—"), if any:
    the looser reading that points "this city" and a capital's unowned ministry back to it."""
    firsts = {line.start for line in line_spans(text)[:_NAMED_LINES]}
    for span, city in cities:
        if span.start in firsts and _AFTER_NAMED.match(text, span.end):
            return city
    return None


# --- the day of the dateline -------------------------------------------------------------------------------

#: A dated dateline's day is at most this many characters after its line's start, a dash at most this many after it.
_LINE_REACH, _DASH_REACH = 40, 25
_DASH = re.compile(r"\s[–—-]+\s")
_PLACE_COMMA = re.compile(r"[^\W\d_][^\n,]{0,30},\s*$")


def is_day_dateline(text: str, span: Span, line_start: int | None = None) -> bool:
    """Whether the day at ``span`` is a dateline's: after a place and a comma near its line's (or
    ``line_start``'s) start, with a dash soon after it ("Accra, March 11, GNA – ", "Dakar, 11 mars (APS) - ")."""
    start = text.rfind("\n", 0, span.start) + 1 if line_start is None else line_start
    if span.start - start > _LINE_REACH or not _PLACE_COMMA.match(text, start, span.start):
        return False
    return _DASH.search(text, span.end, span.end + _DASH_REACH) is not None
