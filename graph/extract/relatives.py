"""An earlier act told again in its own "when" clause: "La última visita se remonta a marzo, cuando X visitó La
Paz", "The last meeting was in May, when the two met in Oslo"; or with the occasion it took place on: "The
ministers last met in Ottawa in March, during X's official visit to Canada".

The first is background (an earlier act named in passing); the verb of the clause that follows tells the same
act, and the occasion framing it is as old, so both are background too.
"""

from __future__ import annotations

from graph.extract.triggers import EventMention, Triggers
from graph.extract.windows import WORD, has

__all__ = ["background_relatives"]

#: How many words may stand between the background noun and the verb of its "when" clause.
_REACH = 12


def background_relatives(triggers: Triggers, low: str, found: list[EventMention], groups: dict[str, str]) -> None:
    """Make background a held act of the group of the background mention before it, told in a ``relative``
    clause ("cuando", "when", "als", "lorsque", "когда") right after it, and an act noun named as its
    ``frame`` ("during", "lors de", "в ходе")."""
    for prev, m in zip(found, found[1:]):
        if not prev.background or m.background or prev.status != "Occurred" or m.status != "Occurred":
            continue
        words = WORD.findall(low[prev.end : m.start])
        if len(words) > _REACH:
            continue
        if groups[prev.type] == groups[m.type] and any(has(triggers, "relative", w) for w in words):
            m.background = True
        elif m.type != "Statement" and has(triggers, "frame", " ".join(words)):
            m.background = True  # "The ministers last met in Ottawa in March, during X's official visit"
