"""An act agreed to be held, with its date or place told between the agreement and the act: "convinieron en
celebrar en septiembre, en la Ciudad de México, la VI Reunión de la Comisión Binacional", "agreed to hold in
Geneva in March the next round", "vereinbarten, im Herbst in Berlin die nächste Sitzung abzuhalten".

Within the words before an act noun, an agreeing word (``agreed`` of ``<lang>/events.json``) followed by an
infinitive of holding (``to_hold``: "celebrar", "to hold", "abzuhalten", "tenir", "провести") makes the act
planned, however far the date and place put it from the agreement (the nearer "agreed to hold the talks" the
``agreed`` cue alone reads).
"""

from __future__ import annotations

from graph.extract.triggers import Triggers
from graph.extract.windows import has

__all__ = ["agreed_to_hold"]

_WORDS = 15


def agreed_to_hold(triggers: Triggers, before: list[str]) -> bool:
    """Whether ``before`` (the words before an act noun in its sentence, lower-case) hold an agreeing word and,
    after it, an infinitive of holding (see module). The German infinitive closes the clause, after the noun:
    "vereinbarten, die nächste Sitzung im Herbst abzuhalten" is read by the ``agreed`` cue itself."""
    words = before[-_WORDS:]
    agreed = next((i for i in range(len(words) - 1, -1, -1) if has(triggers, "agreed", words[i])), None)
    if agreed is None or agreed > 0 and has(triggers, "relative_subject", words[agreed - 1]):
        return False  # "los presidentes, que acordaron en 2019 celebrar cumbres anuales, se reunieron": another clause
    return any(has(triggers, "to_hold", " ".join(words[j : j + 2])) for j in range(agreed + 1, len(words)))
