"""The city of an earlier summons between the same two states: "He was last summoned in January", "en marzo ya
había convocado al encargado de negocios beliceño", told with a summons placed in the summoning state's capital.

A summons is held where the summoning state's foreign ministry sits, and a text that tells an earlier one between
the same pair (dated before it) rarely names that city again: it takes the one city of the later summonses whose
states hold its own, when nothing in it points elsewhere (a state it is placed in other than the city's, or a
summoned envoy of the state whose capital that is: the other side's summons in return). Run at the end of
:func:`.occasions.summons_capitals`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from graph.model import Country, city_of

if TYPE_CHECKING:
    from graph.extract.assemble import Draft

__all__ = ["past_summons_cities"]


def past_summons_cities(drafts: list[Draft]) -> None:
    """Place each earlier summons without a city in the one city of the later summonses of its states."""
    current = [d for d in drafts if d.type == "Summons" and not d.background and city_of(d.location) is not None
               and d.date is not None]
    if not current:
        return
    for draft in drafts:
        if draft.type != "Summons" or draft.status != "Occurred" or city_of(draft.location) is not None:
            continue
        cities = {c.geonames_id: c for d in current if draft.countries and draft.countries <= d.countries
                  and _earlier(draft, d) and (c := city_of(d.location))}
        if len(cities) != 1:
            continue
        city = next(iter(cities.values()))
        if isinstance(draft.location, Country) and draft.location.code != city.country:
            continue
        if any(p.country == city.country for p in draft.attendees):
            continue  # the envoy summoned is of the state whose capital it is: the other side's summons
        draft.location = city


def _earlier(draft: Draft, current: Draft) -> bool:
    """Whether ``draft`` is dated before ``current`` (a month or year before its day, not one holding it)."""
    if draft.date is None:
        return False
    mine, theirs = draft.date.value, current.date.value
    return mine < theirs and not theirs.startswith(mine)
