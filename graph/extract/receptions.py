"""A summoned envoy "received at the ministry by" an official: the reception is the summons itself, not a meeting
of its own ("Kenya summons Ugandan envoy ... High Commissioner X was received at the ministry by Principal
Secretary Y, who handed him a protest note"; "Der Botschafter wurde ... von Staatssekretär Z empfangen"; soon
after the summons, also when the envoy is named by title only: "C'est le secrétaire général, X, qui a reçu le
diplomate").

Runs in :meth:`graph.extract.rules.RuleExtractor.extract` right after the mentions are merged into drafts.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from graph.extract import places

if TYPE_CHECKING:
    from graph.extract.assemble import Draft

__all__ = ["summons_receptions"]

_REACH = 3  # sentences after the summons where its reception may be told


def summons_receptions(drafts: list[Draft]) -> None:
    """Fold into each summons the meeting, told shortly after it, that receives the summoned envoy."""
    summonses = [d for d in drafts if d.group == "summons" and not d.background and d.attendees]
    if not summonses:
        return
    for summons in summonses:
        reception = next((d for d in drafts if _receives(summons, d)), None)
        if reception is None:
            continue
        summons.attendees += [p for p in reception.attendees if p not in summons.attendees]
        summons.countries |= reception.countries
        summons.mentions += reception.mentions
        if summons.location is None or _vaguer(summons.location, reception.location):
            summons.location = reception.location or summons.location
        summons.date = summons.date or reception.date
        drafts.remove(reception)


def _receives(summons: Draft, draft: Draft) -> bool:
    """Whether ``draft`` is a meeting that receives the summoned envoy on the day of the summons, nearby."""
    if draft.type != "Meeting" or draft.background or draft.status != summons.status or summons.status != "Occurred":
        return False
    if draft.date is not None and summons.date is not None and draft.date.value != summons.date.value:
        return False
    first = min(draft.sentences, default=-1)
    last = max((s for s in summons.sentences if s < first), default=-1)  # the summons told again later aside
    if not set(map(id, summons.attendees)) & set(map(id, draft.attendees)):
        if first - last > 2 or len(draft.attendees) != 1 or draft.date is not None:
            return False  # "C'est le secrétaire général, X, qui a reçu le diplomate": the envoy by title only, next
    where, there = places.country_of(summons.location), places.country_of(draft.location)
    return 0 < first - last <= _REACH and (where is None or there is None or where == there)


def _vaguer(old: object, new: object) -> bool:
    """Whether the reception's place says more than the summons' (a city or building, not only a state)."""
    return new is not None and places.country_of(old) == places.country_of(new) and type(old).__name__ == "Country"
