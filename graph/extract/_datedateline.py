"""The day of a wire dateline is the "today" of its lead: "PUTRAJAYA, May 13 (Bernama) -- Malaysia and the
Philippines today agreed ..." in a paper of 14 May tells of the 13th.

Private to :mod:`graph.extract.dates` and :mod:`graph.extract._datelead`. A dateline is a day of a month said
in the first words of a line, right after a place and a comma, and followed within a few characters by the
agency and a dash ("Accra, March 11, GNA – ", "Dakar, 11 mars (APS) - "). "Today" and "yesterday" told
after it in its paragraph count from its day, not from publication's, which may be the next day.
"""

from __future__ import annotations

import dataclasses
import re
from typing import TYPE_CHECKING

from graph.extract.datelines import HEAD, is_day_dateline

if TYPE_CHECKING:
    from graph.extract.dates import DateMention

__all__ = ["dateline_of", "from_dateline", "is_dateline"]

#: A dateline's day stands at most this many characters after its line's start, after a place and a comma.
_LINE_REACH = 40
_PLACE_COMMA = re.compile(r"[^\W\d_][^\n,]{0,30},\s*$")
#: The agency's name closing a dateline: in brackets without a dash ("(PTI) ", "(Xinhua) "), or after a full stop
#: and before a dash (". Kazinform – ", ". ТАСС — ").
_AGENCY = re.compile(r"\s*\([A-Z][\w.&-]*(?:[ /][A-Z][\w.&-]*){0,3}\)\s+(?=[A-Z])|\.[ ]+[^\W\d_][\w-]{1,20}[ ]+[–—-]+\s")


def is_dateline(text: str, mention: DateMention, line_start: int | None = None) -> bool:
    """Whether ``mention`` is a dateline: a day after a place and a comma near its line's (or ``line_start``'s)
    start, with a dash soon after it (see :func:`graph.extract.datelines.is_day_dateline`) or the agency's name
    in brackets right after it, which some wires end their dateline with ("NEW DELHI, Nov 24 (PTI) The minister"), or
    after a full stop ("Астана, 26 ноября. Казинформ – ")."""
    if mention.day is None or mention.month is None or mention.end_day is not None:
        return False
    if is_day_dateline(text, mention.span, line_start):
        return True
    start = text.rfind("\n", 0, mention.span.start) + 1 if line_start is None else line_start
    return mention.span.start - start <= _LINE_REACH and _PLACE_COMMA.match(text, start, mention.span.start) is not None \
        and _AGENCY.match(text, mention.span.end) is not None


def dateline_of(mentions: list[DateMention], text: str) -> DateMention | None:
    """The dateline among the first mentions of ``text``, if any."""
    for mention in mentions:
        if mention.span.start > HEAD:  # a dateline opens one of the first characters
            return None
        if is_dateline(text, mention):
            return mention
    return None


def from_dateline(mentions: list[DateMention], text: str) -> list[DateMention]:
    """``mentions`` with "today" and "yesterday" of the dateline's paragraph counted from its day (a later
    paragraph may tell a later day: "UPDATE, May 14: ... this morning"); after a release's place and full date on
    a line of their own ("Lima, 12 de marzo de 2026"), those of the paragraph that follows it ("copresidieron hoy":
    the 12th, also in a copy published on the 13th)."""
    dateline = dateline_of(mentions, text)
    end = -1 if dateline is None else text.find("\n", dateline.span.end)
    if dateline is None:
        dateline = _own_line(mentions, text)
        if dateline is None:
            return mentions
        end = _paragraph_after(text, dateline.span.end)
    out: list[DateMention] = []
    end = len(text) if end < 0 else end
    moved: dict[int, DateMention] = {}  # a later day counted from a moved one ("el día anterior" after "hoy") follows it
    for mention in mentions:
        if dateline.span.end < mention.span.start < end and _bare_relative_day(mention):
            moved[id(mention)] = dataclasses.replace(mention, anchor=dateline)
            mention = moved[id(mention)]
        elif moved and (id(mention.anchor) in moved or id(mention.lead) in moved):
            mention = dataclasses.replace(mention, anchor=moved.get(id(mention.anchor), mention.anchor),
                                          lead=moved.get(id(mention.lead), mention.lead))
        out.append(mention)
    return out


#: A release's date line ends at most this many characters after its day ("года").
_LINE_TAIL = 8


def _own_line(mentions: list[DateMention], text: str) -> DateMention | None:
    """The first mention, when it is a full date (day, month, year) closing a short line that opens with a place and a
    comma ("Lima, 12 de marzo de 2026", "Brüssel, 24. November 2026") among the first characters."""
    first = mentions[0] if mentions else None
    if first is None or first.span.start > HEAD or first.year is None or first.day is None or first.month is None \
            or first.end_day is not None or first.anchored:
        return None
    start, end = text.rfind("\n", 0, first.span.start) + 1, text.find("\n", first.span.end)
    if end < 0 or end - first.span.end > _LINE_TAIL or first.span.start - start > _LINE_REACH:
        return None
    return first if _PLACE_COMMA.match(text, start, first.span.start) is not None else None


def _paragraph_after(text: str, offset: int) -> int:
    """The end of the first paragraph with words after the line ending after ``offset``."""
    start = text.find("\n", offset)
    while 0 <= start < len(text) and not text[start].strip():
        start += 1
    return text.find("\n", start) if start >= 0 else -1


def _bare_relative_day(mention: DateMention) -> bool:
    """"today", "yesterday": a day counted from publication, not from the day told last ("tomorrow" is left to
    count from publication, as a plan's day)."""
    return mention.relative_days is not None and mention.relative_days <= 0 and not mention.anchored and mention.anchor is None \
        and mention.weekday is None and mention.day is None and not mention.bound
