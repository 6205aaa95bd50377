"""A place a title phrase seems to reach that is an act's place (graph/extract/placesintitles.py), and an act a
host verb's restrictive relative clause places (graph/extract/hosting.py)."""

from __future__ import annotations

from datetime import date

from graph.extract.places import country_of
from graph.model import Event, city_of
from extracted import events_of


def _of(events: list[Event], kind: str) -> Event:
    found = [e for e in events if e.type == kind]
    assert found, [(e.type, e.location) for e in events]
    return found[0]


def test_a_visit_told_inside_a_counterpart_phrase_goes_to_its_city() -> None:
    text = ("Lima, 3 de marzo de 2026. El canciller Tomás Ibarra Soto recibió hoy a su homólogo japonés, Kenji "
            "Morita. El canciller Ibarra aceptó la invitación de su par japonés para visitar Osaka en 2027.")
    visit = _of(events_of(text, "es", date(2026, 3, 3)), "Visit")
    assert city_of(visit.location) is not None and city_of(visit.location).name == "Osaka"


def test_a_visit_noun_before_a_nameless_title_goes_where_the_locative_says() -> None:
    text = ("Dakar, le 4 mars 2026 - Le ministre canadien des Affaires étrangères, M. Paul Lavigne, est arrivé "
            "mardi à Dakar. Il s'agit de la première visite d'un chef de la diplomatie canadienne au Sénégal "
            "depuis 2015.")
    events = events_of(text, "fr", date(2026, 3, 4))
    old = [e for e in events if e.type == "Visit" and e.date is not None and e.date.value == "2015"]
    assert old and country_of(old[0].location) == "SN", [(e.type, e.date, e.location) for e in events]


def test_an_envoy_post_in_a_title_is_still_no_place() -> None:
    text = ("Le ministre des Affaires étrangères, M. Omar Diallo, a reçu mardi l'ambassadeur de France au Sénégal, "
            "M. Luc Bernard, au ministère.")
    meeting = _of(events_of(text, "fr", date(2026, 3, 4)), "Meeting")
    assert country_of(meeting.location) != "SN" or city_of(meeting.location) is not None


def test_a_summit_that_a_state_will_host_in_a_city_is_placed_there() -> None:
    text = ("Prime Minister Ana Costa spoke by telephone with President Luis Ortega on Monday. Ortega accepted an "
            "invitation to the regional summit that Portugal will host in Porto in May.")
    summit = _of(events_of(text, "en", date(2026, 3, 2)), "Summit")
    assert city_of(summit.location) is not None and city_of(summit.location).name == "Porto"
