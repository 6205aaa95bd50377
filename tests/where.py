"""Where an extracted event took place, as the extraction tests compare it: the city's name and the state."""

from __future__ import annotations

from graph.model import City, Country, Event, Venue


def city_name(event: Event) -> str | None:
    """The name of the city an event took place in (a venue's city), None when it is placed in no city."""
    place = event.location
    if isinstance(place, Venue):
        return place.city.name if place.city else None
    return place.name if isinstance(place, City) else None


def venue_country(event: Event) -> str | None:
    """The state an event took place in: its city's, a venue's owner when the venue has no city, or a country."""
    place = event.location
    if isinstance(place, Venue):
        return place.city.country if place.city else place.owner
    if isinstance(place, City):
        return place.country
    return place.code if isinstance(place, Country) else None
