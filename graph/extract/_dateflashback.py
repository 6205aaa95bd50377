"""An arrival recalled after the day the account has reached: "X received Y on Wednesday. Y, who had arrived on
Tuesday evening, ... Afterwards they signed ...".

Private to the date rules that date an act with the day of the act told before it (:mod:`graph.extract._dateafter`).
A report opens with the day of its main act and then goes back a step to tell when the guest arrived ("war am
Dienstagabend eingetroffen", "who arrived late on Tuesday", "que llegó anoche", "прибывший накануне"); what it
tells next ("Im Anschluss", "después", "then") follows the main act, not the arrival. A trip told as taken place
and dated a few days before a day an earlier sentence already reached is such a flashback: the day reached stands.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from graph.extract.events import GROUPS

if TYPE_CHECKING:
    from graph.extract.events import EventMention

__all__ = ["past_flashback"]

#: At most this many days lie between a recalled arrival and the day the account had reached.
_DAYS = 3


def _day(m: EventMention) -> bool:
    return m.date is not None and m.date.precision == "day" and not m.background and m.status == "Occurred"


def past_flashback(mentions: list[EventMention], base: EventMention) -> EventMention:
    """The act of the day the account reached before ``base`` when ``base`` is a recalled arrival (see the module
    docstring), else ``base``."""
    if GROUPS[base.type] != "visit" or not _day(base):
        return base
    earlier = [m for m in mentions if m.sentence < base.sentence and _day(m) and GROUPS[m.type] != "visit"
               and m.date.value > base.date.value]
    if not earlier:
        return base
    latest = max(earlier, key=lambda m: m.date.value)
    gap = (date.fromisoformat(latest.date.value) - date.fromisoformat(base.date.value)).days
    return latest if gap <= _DAYS else base
