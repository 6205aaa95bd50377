"""Trips inside one's own country are no diplomatic visits, and the words of someone holding no office no statement.

A minister who travels to a port of his own country to inspect a power plant, or a ministry delegation that
goes to a province, visits no other state. A visit is domestic when its destination lies in the only state
that any event of the article involves and its one traveller, if named, belongs to it (two people named on
a trip are a guest and a host).
"""

from __future__ import annotations

from graph.model import Country, city_of

__all__ = ["drop_domestic", "private_voice"]


def _destination(place: object) -> str | None:
    if isinstance(place, Country):
        return place.code
    city = city_of(place)
    return city.country if city is not None else None


def _domestic(draft, states: set[str]) -> bool:
    """Whether ``draft`` (a visit) stays within the state it goes to; ``states``: all states of the article."""
    home = _destination(draft.location)
    if home is None or draft.countries - {home} or len(draft.attendees) > 1:
        return False
    return all(p.country == home for p in draft.attendees) and states <= {home}


def drop_domestic(drafts: list) -> list:
    """``drafts`` without the visits that stay within the traveller's own state."""
    states = {c for d in drafts for c in d.countries}
    states |= {p.country for d in drafts for p in d.attendees if p.country}
    return [d for d in drafts if d.group != "visit" or not _domestic(d, states)]


def private_voice(draft) -> bool:
    """Whether ``draft`` is a statement of someone with no office, state or organisation ("said X, an analyst at
    Y University"): no diplomatic act."""
    speaker = draft.speaker
    if draft.group != "statement" or speaker is None or draft.attendees or draft.countries:
        return False
    return not (speaker.role or speaker.country or speaker.organization)
