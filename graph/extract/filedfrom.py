"""Acts the account places nowhere took place where the report was filed: the dateline's city.

A wire report or readout opens with the city it was filed from ("ULAANBAATAR, June 11 (Kabar) -", "Asunción,
12 de noviembre de 2026.-"). The city is no venue of its own (:mod:`graph.extract.rules` keeps it out of the
places the account names), but a reporter files from where the talks, the reception or the statement took
place: an act that ends up with no city and is not placed in another state takes the dateline's city. Phone
calls have no venue; an earlier act told in passing is placed there only when the dateline's state took part
in it (a summons by the same ministry months ago), not when it was between others.
"""

from __future__ import annotations

from graph.model import City, Country, Event

__all__ = ["dateline_places"]

_NO_VENUE = frozenset({"PhoneCall"})


def dateline_places(events: list[Event], city: City | None) -> None:
    """Place the current acts without a city in the dateline's ``city`` (None: no dateline, nothing to do)."""
    if city is None:
        return
    for event in events:
        if event.type in _NO_VENUE or (event.background and city.country not in event.countries):
            continue
        place = event.location
        if place is None or (isinstance(place, Country) and place.code == city.country):
            event.location = city
