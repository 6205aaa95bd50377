"""The state that summoned an envoy when the sentence names only the envoy's state.

"Bereits vorgestern war der russische Botschafter X ins Außenministerium einbestellt worden", "In February he
was called in", "l'ambassadeur de Guinée équatoriale avait été convoqué au ministère": the passive names the
envoy and his state, not who summoned him. In an article about two states (its main act is between them), the
summoner is the other one, and the envoy was called in at its ministry, in its capital.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from graph.extract import places
from graph.model import Country

if TYPE_CHECKING:
    from graph.extract.assemble import Draft

__all__ = ["implied_summoners"]

#: Roles of the envoys a state summons (as ``graph.extract.occasions.ENVOYS``).
_ENVOYS = frozenset({"Ambassador", "Chargé d'affaires", "Consul", "Envoy", "High Commissioner"})


def implied_summoners(drafts: list[Draft], main: Draft | None) -> None:
    """A summons whose only state is its one envoy's takes the other state of the article's main act
    (two states) as the summoning party, and the city that state governs from when it is placed nowhere."""
    if main is None:
        return
    if main.type == "Summons":
        _earlier_summonses(drafts, main)
    states = set(main.countries) | {p.country for p in main.attendees if p.country}
    if len(states) != 2:
        return
    for draft in drafts:
        if draft is main or draft.type != "Summons" or draft.status != "Occurred" or len(draft.countries) != 1:
            continue
        envoys = [p for p in draft.attendees if p.role in _ENVOYS]
        if len(envoys) != 1 or envoys[0].country not in states or draft.countries != {envoys[0].country}:
            continue
        if envoys[0].accredited_to and envoys[0].accredited_to not in states:
            continue  # posted elsewhere: "the Russian ambassador to Sweden"
        summoner = next(iter(states - draft.countries))
        draft.countries.add(summoner)
        if draft.location is None:
            draft.location = places.government_city(summoner)


def _earlier_summonses(drafts: list[Draft], main: Draft) -> None:
    """A summons placed nowhere, dated before the main summons, of an envoy of one state other
    than the main summons' host, takes that host as its summoning state and its place."""
    host = places.country_of(main.location)
    if host is None or main.date is None:
        return
    for draft in drafts:
        if draft is main or draft.type != "Summons" or draft.status != "Occurred":
            continue
        if draft.location is not None or draft.date is None or not _before(draft.date.value, main.date.value):
            continue
        envoy_states = draft.countries - {host}
        if len(envoy_states) != 1:
            continue
        if any(p.country not in (envoy_states if p.role in _ENVOYS else {host}) for p in draft.attendees):
            continue  # an envoy of the host, or another state's official: not the host's summons
        draft.countries.add(host)
        draft.location = Country(host)  # the text seldom names the city again: the state only


def _before(earlier: str, later: str) -> bool:
    """Whether the date ``earlier`` ends before ``later`` begins, compared at the coarser precision."""
    size = min(len(earlier), len(later))
    return earlier[:size] < later[:size]
