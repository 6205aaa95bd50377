"""Places that name what an act is about, and towns sharing a name.

A state named after "peace efforts" ("les efforts de paix en Colombie") is a topic; an adjective of a state right
before "mission" ("at the Egyptian mission") names whose mission it is, not a place in that state; what an envoy
is asked to explain ("pedirle explicaciones por ... un exalcalde de Piura") happened elsewhere; a city in the
relative clause of a signed text ("un memorando que prevé ... en Puno") is what the text provides for; a town name
several towns share goes to the one in the state of a town the text names twice ("Ballarat ... Sebastopol").
"""

from __future__ import annotations


from graph.extract import places
from graph.model import Event
from where import city_name, venue_country

from extracted import events_of


PUBLISHED = "2026-04-21"


def _places(events: list[Event], kind: str) -> list[tuple[str | None, str | None]]:
    return [(city_name(e), venue_country(e)) for e in events if e.type == kind]


def test_peace_efforts_in_a_state_are_a_topic_not_the_venue() -> None:
    events = events_of("Mardi, le ministre suisse Marc Rochat a reçu à Genève la vice-ministre colombienne Laura Ortiz, "
                       "avec laquelle il a évoqué l'accompagnement par la Suisse des efforts de paix en Colombie.", "fr", PUBLISHED)
    assert ("Bogotá", "CO") not in _places(events, "Meeting")
    assert all(country != "CO" for _, country in _places(events, "Meeting"))


def test_a_state_adjective_before_mission_is_not_the_venue_state() -> None:
    events = events_of("Egypt's Foreign Minister Hisham Adel and Greece's Foreign Minister Nikos Pappas met behind "
                       "closed doors at the Egyptian mission this morning.", "en", PUBLISHED)
    assert all(country != "EG" for _, country in _places(events, "Meeting"))


def test_what_a_summoned_envoy_must_explain_is_not_where_she_was_summoned() -> None:
    events = events_of("Lima, 7 jul (EFE). El viceministro Javier Ugarte convocó este lunes a la encargada de negocios "
                       "hondureña, Karla Andino, para pedirle explicaciones por la salida irregular del país de un "
                       "exalcalde de Piura.", "es", "2026-07-07")
    assert all(city != "Piura" for city, _ in _places(events, "Summons"))


def test_a_city_in_the_relative_clause_of_a_signed_text_is_not_the_signing_place() -> None:
    events = events_of("Los presidentes se reunieron este jueves en Desaguadero. Al término de la reunión, los cancilleres "
                       "firmaron un memorando de entendimiento que prevé una inversión conjunta en plantas de "
                       "tratamiento de aguas en Puno.", "es", "2026-11-26")
    assert ("Puno", "PE") not in _places(events, "Ceremony")


def test_a_shared_town_name_goes_to_the_state_of_a_town_named_twice() -> None:
    text = ("Ballarat councillors voted on Wednesday night to spend $1.8 million on lighting. Cr Priya Nair wanted "
            "the money spent on footpaths in Sebastopol. Ballarat juniors met the touring side.")
    found = {city.name: city.country for _, city in places.find_cities(text, "en")}
    assert found.get("Sebastopol") == "AU"
    assert "Sevastopol" not in found
