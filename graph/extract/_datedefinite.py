"""An act named again by a definite noun takes the day of the act of its type told before: "X held talks with Y
in Gaborone yesterday ... X landed on Monday and was welcomed ... According to the presidency, the talks covered
the railway": yesterday's talks, not Monday's welcome.

Private to :mod:`graph.extract._dateshare`. An undated common noun of a gathering (a meeting, talks, a summit) told as taken place (not background, not an earlier
act named in passing, not a gathering's name) right after a definite article (``dates.json``: ``definite_before``, "the", "les", "die",
"los") names again the latest act of the same type told as taken place and dated to a day at most
:data:`_REACH` sentences before it, when no other act of that type stands between; it takes that day, which the
acts tied to it ("The two delegations then watched as ... signed") take in turn.
"""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING

from graph.extract import lexicon

if TYPE_CHECKING:
    from graph.extract.assemble import Context
    from graph.extract.triggers import EventMention

__all__ = ["definite_days"]

#: The acts a definite noun names again by their type: gatherings (a signing or a visit named again merges with
#: the act told before, undated: "Both presidents witnessed the signing"; a visit spans several days).
_GATHERINGS = frozenset({"Meeting", "Talks", "Negotiation", "Summit", "Conference"})
#: How many sentences back the act a definite noun names again may be told.
_REACH = 6
#: How many characters before the noun its article is read (an adjective may stand between: "the bilateral talks").
_ARTICLE = 24


@cache
def _article(lang: str) -> re.Pattern[str] | None:
    entry = ((lexicon.load("dates", lang) if lang.isalpha() else None) or {}).get("definite_before")
    return re.compile(rf"(?<!\w)(?:{entry})(?:\s+[\w-]+)?\s*\Z", re.IGNORECASE) if entry else None


def definite_days(ctx: Context, mentions: list[EventMention]) -> None:
    """Date the undated definite nouns that name a dated act told before (see the module); ``mentions`` in text
    order."""
    article = _article(ctx.lang)
    if article is None:
        return
    for index, m in enumerate(mentions):
        if m.type not in _GATHERINGS or m.date is not None or m.date_text or m.entry.pos != "noun" or m.status != "Occurred" or m.background \
                or m.earlier or m.after or m.dropped or ctx.text[m.start].isupper():
            continue  # a named gathering ("the annual Australia–Indonesia Foreign Ministers' Meeting") is no anaphor
        if article.search(ctx.text, max(0, m.start - _ARTICLE), m.start) is None:
            continue
        same = [o for o in mentions[:index] if o.type == m.type and o.sentence < m.sentence and not o.dropped]
        if not same or m.sentence - same[-1].sentence > _REACH:
            continue
        last = same[-1]
        if last.status == "Occurred" and not last.background and last.date is not None and last.date.precision == "day":
            m.date, m.date_text = last.date, last.date_text
