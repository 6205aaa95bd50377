"""Live tickers: entries stamped only with a clock time report what happened on the day of publication.

A live ticker ("+++ 18.05 Uhr: ...", "14:30 GMT - ...", "18h05 : ...", "18 h 05 – ...") tells the day's acts in entries
headed by the time they were posted and says "today" at most. Its undated acts took place on the day the
ticker was published.
"""

from __future__ import annotations

import re
from datetime import date

from graph.model import DateValue

__all__ = ["is_ticker", "ticker_dates"]

#: A line opening with a clock time, maybe after a ticker's marks ("+++", "•", "–"); French copy spaces the
#: hour mark ("18 h 05").
_STAMP = re.compile(r"^[ \t]*(?:[+•*–—-]{1,3}[ \t]*)?(?:[01]?\d|2[0-3])(?:[.:]|[ \t]?h[ \t]?)\d{2}\b", re.MULTILINE)
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
        if draft.date is None and not draft.date_text and not draft.background and draft.status in _STATUSES:
            draft.date = DateValue(published.isoformat(), "")
