"""Seats of government that are not the capital of record (The Hague, La Paz, Cotonou, Abidjan, Putrajaya):
the city where a state's ministries summon envoys and its datelines name the government's city."""

from datetime import date

from graph.extract import places
from graph.model import City, city_of

from extracted import events_of


PUBLISHED = date(2026, 6, 3)


def test_government_city_is_the_seat_where_it_is_not_the_capital() -> None:
    assert places.government_city("NL").name == "The Hague"
    assert places.country_capital("NL").name == "Amsterdam"
    assert places.government_city("BO").name == "La Paz"
    assert places.government_city("FR") == places.country_capital("FR")


def test_capital_and_seat_both_govern() -> None:
    assert places.governs_from(places.country_capital("BO"))
    assert places.governs_from(places.government_city("BO"))
    assert not places.governs_from(City(3675707, "Arica", "CL"))


def test_ministry_named_by_its_state_sits_in_the_seat() -> None:
    events = events_of("The Dutch foreign ministry summoned the Russian ambassador on Tuesday over the cyberattack.", "en", PUBLISHED)
    assert [city_of(e.location).name for e in events if e.type == "Summons"] == ["The Hague"]


def test_dateline_of_a_seat_is_the_government_city() -> None:
    text = ("LA PAZ, 3 jun (EFE).- El ministro de Relaciones Exteriores de Bolivia, Juan Pérez, dijo el martes que "
            "el gobierno convocó al embajador de Chile.")
    summons = [e for e in events_of(text, "es", PUBLISHED) if e.type == "Summons"]
    assert summons and city_of(summons[0].location).name == "La Paz"


def test_summoning_minister_is_no_envoy_called_in() -> None:
    """A summons told from the summoning state's capital, naming its minister, took place there (not in the
    capital of the envoy's state)."""
    text = ("SANTIAGO, 3 jun (EFE).- El ministro de Relaciones Exteriores de Chile, Juan Pérez, dijo el martes que "
            "el gobierno convocó al embajador de Bolivia.")
    summons = [e for e in events_of(text, "es", PUBLISHED) if e.type == "Summons"]
    assert summons and city_of(summons[0].location).name == "Santiago"
