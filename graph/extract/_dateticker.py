"""Live tickers: entries stamped only with a clock time report what happened on the day of publication.

A live ticker ("+++ 18.05 Uhr: ...", "14:30 GMT - ...", "18h05 : ...", "18 h 05 – ...") tells the day's acts in entries
headed by the time they were posted and says "today" at most. Its undated acts took place on the day the
ticker was published, and an act it announces for a clock time of its own ("14:20 - Leaders will sign ... at a
ceremony at 6pm", "um 18 Uhr") takes place that day too.
"""

from __future__ import annotations

import re
from datetime import date

from graph.model import DateValue

__all__ = ["is_ticker", "ticker_dates"]

#: A line opening with a clock time, maybe after a ticker's marks ("+++", "•", "–"); French copy spaces the
#: hour mark ("18 h 05").
_STAMP = re.compile(r"^[ \t]*(?:[+•*–—-]{1,3}[ \t]*)?(?:[01]?\d|2[0-3])(?:[.:]|[ \t]?h[ \t]?)\d{2}\b", re.MULTILINE)
#: A clock time told inside an entry: "at 6pm", "6.30 p.m.", "18:00", "um 18 Uhr", "à 18 heures", "18h30", "в 18:00".
_CLOCK = re.compile(
    r"(?<![\w.:])(?:(?:1[0-2]|0?\d)(?:[.:][0-5]\d)?\s?[ap]\.?m\.?(?!\w)|(?:[01]?\d|2[0-3])(?:[:][0-5]\d(?![\d.:])"
    r"|[ \t]?(?:Uhr|heures?)(?!\w)|[ \t]?h[ \t]?[0-5]\d(?!\d)))", re.IGNORECASE)
#: How many stamped lines make a ticker.
_ENTRIES = 3
#: Statuses of the acts a ticker dates: what happened and what was called off that day.
_STATUSES = frozenset({"Occurred", "Cancelled"})


def is_ticker(text: str) -> bool:
    """Whether ``text`` is a live ticker: at least three lines open with a clock time."""
    count = 0
    for _ in _STAMP.finditer(text):
        count += 1
        if count >= _ENTRIES:
            return True
    return False


def ticker_dates(text: str, published: date | None, drafts: list) -> None:
    """Undated acts of a live ticker that happened (or were called off) take its publication day."""
    if published is None or not is_ticker(text):
        return
    for draft in drafts:
        if draft.date is not None or draft.date_text or draft.background:
            continue
        if draft.status in _STATUSES or draft.status == "Planned" and (draft.attendees or draft.countries) \
                and _clock_in_entry(text, draft):  # a plan of someone: a bare "ceremony" beside "will sign" is no other act
            draft.date = DateValue(published.isoformat(), "")


def _clock_in_entry(text: str, draft) -> bool:
    """Whether the entry (line) of a mention of ``draft`` tells a clock time after its own stamp."""
    for mention in draft.mentions:
        start = text.rfind("\n", 0, mention.start) + 1
        end = text.find("\n", mention.end)
        stamp = _STAMP.match(text, start)
        if _CLOCK.search(text, stamp.end() if stamp else start, end if end >= 0 else len(text)):
            return True
    return False
