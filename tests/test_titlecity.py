"""A report with no dateline that names one city in its headline after a locative tells what happened there
(graph.extract.filedfrom.title_city): "Talks in Istanbul" places the talks and statements the account places
nowhere, not the next round it announces."""

from __future__ import annotations

from datetime import date

from graph.extract.filedfrom import filed_places, title_city
from graph.extract.rules import _places
from graph.model import DateValue, Event
from where import city_name

from extracted import events_of


PUBLISHED = date(2026, 3, 15)


def _title_city(text: str, lang: str) -> str | None:
    city = title_city(text, _places(text, lang)[1])
    return city.name if city else None


def test_the_headline_city_after_a_locative_is_read() -> None:
    assert _title_city("GCC summit in Doha: live updates\n\nLeaders met.", "en") == "Doha"
    assert _title_city("Soudan : à Genève, l'ONU arrache des promesses\n\nLes bailleurs ...", "fr") == "Geneva"
    assert _title_city("Министры ШОС в Бишкеке поддержали расчёты\n\nВо вторник ...", "ru") == "Bishkek"


def test_no_headline_city_without_a_locative_or_with_two_cities() -> None:
    assert _title_city("Doha hosts GCC summit\n\nLeaders met.", "en") is None
    assert _title_city("From Paris to Berlin: talks in Berlin\n\nLeaders met.", "en") is None


def test_acts_placed_nowhere_take_the_headline_city() -> None:
    text = ("Sénégal-Mauritanie : la ministre à Nouakchott pour relancer la commission\n\n"
            "La ministre sénégalaise des Affaires étrangères, Aïssatou Diop, s'est entretenue mardi avec son "
            "homologue mauritanien, Mohamed Ould Sidi. Elle avait été reçue en mars à Dakar.")
    events = events_of(text, "fr", PUBLISHED)
    assert sorted(city_name(e) for e in events) == ["Dakar", "Nouakchott"], [(e.type, city_name(e)) for e in events]


def test_a_planned_act_does_not_take_the_headline_city() -> None:
    text = "Talks in Istanbul\n\nThe ministers met there."
    cities = _places(text, "en")[1]
    planned, held = Event("Talks", status="Planned", countries={"ET", "SD"}), Event("Talks", countries={"ET", "SD"})
    held.date = planned.date = DateValue("2026-03-14", "on Saturday")
    filed_places(text, cities, [planned, held], None)
    assert (city_name(planned), city_name(held)) == (None, "Istanbul")
