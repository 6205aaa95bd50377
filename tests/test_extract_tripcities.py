"""The city of a trip the text places only in a country (graph.extract.tripcities)."""

from __future__ import annotations

from datetime import date

import pytest

from where import city_name

from extracted import events_of


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Minister to visit Kenya\n\nThe Foreign Minister of Ghana, Ama Boateng, will pay an official visit to Kenya "
         "from 14 to 16 April. On 15 April she will hold talks in Nairobi with the Cabinet Secretary for Foreign "
         "Affairs of Kenya, Peter Mwangi.", "en"),
        ("Reise nach Kenia\n\nDie ghanaische Außenministerin Ama Boateng wird vom 14. bis 16. April Kenia besuchen. "
         "Am 15. April wird sie in Nairobi Gespräche mit dem kenianischen Außenminister Peter Mwangi führen.", "de"),
    ],
)
def test_a_planned_trip_to_a_country_goes_to_the_city_of_its_programme(text: str, lang: str) -> None:
    events = events_of(text, lang, date(2026, 4, 2))
    visit = next(e for e in events if e.type == "Visit")
    assert city_name(visit) == "Nairobi"


def test_a_past_trip_is_not_placed_by_an_act_of_a_later_day() -> None:
    """Where the travellers arrived is unknown when only a later day's act is placed."""
    text = ("Minister visited Kenya\n\nThe Foreign Minister of Ghana, Ama Boateng, arrived in Kenya on Monday for a "
            "visit. On Wednesday she held talks in Mombasa with the governor, Peter Mwangi.")
    events = events_of(text, "en", date(2026, 4, 17))
    visit = next(e for e in events if e.type == "Visit")
    assert city_name(visit) != "Mombasa"


@pytest.mark.parametrize(
    ("text", "lang", "city"),
    [
        ("Visite au Mali\n\nLe ministre des Affaires étrangères du Niger, Moussa Abdou, a effectué lundi une visite "
         "de travail au Mali. Arrivé à Bamako lundi matin, le ministre a été accueilli par son homologue malien, "
         "Oumar Traoré.", "fr", "Bamako"),
        ("Besuch in Lettland\n\nDer estnische Außenminister Peeter Kask hat am Montag Lettland besucht. Kask war "
         "am Morgen in Riga eingetroffen und wurde von seinem lettischen Amtskollegen Janis Ozols empfangen.",
         "de", "Riga"),
        ("Minister visits Malawi\n\nZambia's Foreign Minister, Mary Banda, paid a working visit to Malawi on "
         "Monday. She arrived in Lilongwe in the morning and was welcomed by her Malawian counterpart, John "
         "Phiri.", "en", "Lilongwe"),
    ],
)
def test_a_trip_to_a_country_goes_to_the_city_its_travellers_arrived_in(text: str, lang: str, city: str) -> None:
    events = events_of(text, lang, date(2026, 4, 21))
    visit = next(e for e in events if e.type == "Visit")
    assert city_name(visit) == city


def test_a_trip_to_a_country_goes_where_the_host_received_the_travellers_state_that_day() -> None:
    """The traveller is named only as the host's counterpart: the host's act of the trip's first day places it."""
    text = ("Außenministerin in Ungarn\n\nWien, 6. Mai 2026 – Außenministerin Anna Berger ist gestern zu einem "
            "zweitägigen Arbeitsbesuch nach Ungarn gereist. Am Dienstagabend lud der ungarische Außenminister Gábor "
            "Kovács seine österreichische Amtskollegin zu einem Arbeitsabendessen in das Karmeliterkloster in "
            "Budapest. Heute Vormittag traf Berger in Budapest den slowakischen Außenminister Peter Hudec.")
    events = events_of(text, "de", date(2026, 5, 6))
    visit = next(e for e in events if e.type == "Visit")
    assert city_name(visit) == "Budapest"



@pytest.mark.parametrize(
    ("text", "lang", "city"),
    [
        ("Переговоры в Кремле\n\nИван Петров 17 апреля принял в Кремле министра иностранных дел Ганы Аму "
         "Боатенг, прибывшую в Россию 15 апреля с рабочим визитом.", "ru", "Moscow"),
        ("Gespräche\n\nBundespräsident Thomas Hellwig empfing am Mittwoch im Schloss Bellevue die ghanaische "
         "Außenministerin Ama Boateng, die am Montag zu einem Arbeitsbesuch in Deutschland eingetroffen war.",
         "de", "Berlin"),
    ],
)
def test_an_arrival_told_on_the_guest_of_a_later_act_goes_to_its_city(text: str, lang: str, city: str) -> None:
    """The guest's arrival in the state, told in the sentence of the act she came for, was to that act's city."""
    events = events_of(text, lang, date(2026, 4, 17))
    visit = next(e for e in events if e.type == "Visit")
    assert city_name(visit) == city


def test_a_sentence_opening_with_a_city_of_the_visited_state_places_the_trip() -> None:
    """"... an official visit to Latvia on Monday. In Riga, the minister is to open ...": the trip goes to Riga."""
    text = ("Minister to visit Latvia\n\nEstonia's Foreign Minister Peeter Kask will pay an official visit to Latvia "
            "on Monday. In Riga, the minister is to open a new consulate.")
    visit = next(e for e in events_of(text, "en", date(2026, 4, 17)) if e.type == "Visit")
    assert city_name(visit) == "Riga"


def test_a_sentence_opening_with_a_city_of_another_state_does_not_place_the_trip() -> None:
    text = ("Minister to visit Latvia\n\nEstonia's Foreign Minister Peeter Kask will pay an official visit to Latvia "
            "on Monday. In Vilnius, the decision was welcomed by commentators.")
    visit = next(e for e in events_of(text, "en", date(2026, 4, 17)) if e.type == "Visit")
    assert city_name(visit) is None
