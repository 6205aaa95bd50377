"""The seat of an international organisation places a meeting in its city (:mod:`graph.extract.orgseats`,
``organization_seats.json``): "am Sitz der Afrikanischen Union", "en la sede de la OEA", "at the OSCE's
headquarters"; a city joined to the phrase wins ("au siège de l'ONU à Genève"); a seat word alone places nothing."""

from datetime import date

from graph.extract import extract
from graph.extract.orgseats import seat_venues
from graph.model import Article, city_of


def _cities(text: str, lang: str) -> list[str | None]:
    events = extract(Article(key="t", text=text, language=lang, published=date(2026, 3, 2))).events
    return [getattr(city_of(e.location), "name", None) for e in events]


def test_german_seat_of_the_african_union() -> None:
    text = ("Die deutsche Außenministerin Katharina Brenner traf am Montag am Sitz der Afrikanischen Union den "
            "Vorsitzenden der AU-Kommission, Moussa Diallo Sangaré.")
    assert [(c.name, o.code) for _, c, o in seat_venues(text, "de")] == [("Addis Ababa", "AU")]
    assert "Addis Ababa" in _cities(text, "de")


def test_spanish_seat_of_the_oas() -> None:
    text = "Los cancilleres se reunieron el lunes en la sede de la OEA para debatir la crisis en Haití."
    assert [c.name for _, c, _ in seat_venues(text, "es")] == ["Washington"]


def test_english_possessive_headquarters() -> None:
    text = "The ministers met at the OSCE's headquarters on Monday."
    assert [c.name for _, c, _ in seat_venues(text, "en")] == ["Vienna"]


def test_city_joined_to_the_seat_wins() -> None:
    text = ("Le ministre français des Affaires étrangères, Étienne Marchal, a rencontré lundi au siège de l'ONU à "
            "Genève son homologue soudanais, Abdelrahman El-Tayeb.")
    assert "Geneva" in _cities(text, "fr")
    assert "New York City" not in _cities(text, "fr")


def test_seat_word_without_an_organisation_places_nothing() -> None:
    assert seat_venues("M. Sy l'a reçu au siège de l'organisation.", "fr") == []
    assert seat_venues("Russland hat einen ständigen Sitz im Sicherheitsrat.", "de") == []


def test_seat_of_a_compound_whose_first_part_is_the_organisation() -> None:
    text = ("Die Kommissarin unterzeichnete am Abend mit dem Innenminister Karim Haddadi im Sitz der EU-Delegation in "
            "Tunis eine Absichtserklärung.")
    assert seat_venues(text, "de") == []
    assert "Brussels" not in _cities(text, "de")


def test_secretariat_of_an_organisation_is_its_seat() -> None:
    text = "The minister will meet the Secretary-General at the ASEAN Secretariat on Saturday."
    assert [c.name for _, c, _ in seat_venues(text, "en")] == ["Jakarta"]
    text = "Le ministre sera reçu samedi au secrétariat de l'ASEAN par le secrétaire général."
    assert [c.name for _, c, _ in seat_venues(text, "fr")] == ["Jakarta"]
