"""The state that summoned an envoy when the sentence names only the envoy's state.

"Bereits vorgestern war der russische Botschafter X ins Außenministerium einbestellt worden", "In February he
was called in", "l'ambassadeur de Guinée équatoriale avait été convoqué au ministère": the passive names the
envoy and his state, not who summoned him. In an article about two states (its main act is between them), the
summoner is the other one, and the envoy was called in at its ministry, in its capital.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from graph.extract import places

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
