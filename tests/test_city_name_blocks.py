"""Names around a city that are not its venue or a state: a town's longer name ending in a blocked country word
("Cartagena de Indias" is Colombia's Cartagena, no India), and a corridor or process named after a city
("des Lobito-Korridors", "the Berlin Process"), which is what a deal is about, not where it is signed."""

from datetime import date

from graph.extract.countries import find_countries
from graph.extract.places import find_cities
from graph.model import city_of

from extracted import events_of


def _cities(text: str, lang: str) -> list[str | None]:
    events = events_of(text, lang, date(2026, 4, 20))
    return [getattr(city_of(e.location), "name", None) for e in events]


def test_cartagena_de_indias_is_a_colombian_town_not_india() -> None:
    text = "Los cancilleres se reunirán en Cartagena de Indias el próximo lunes."
    assert [c.name for _, c in find_cities(text, "es")] == ["Cartagena"]
    assert [m.code for m in find_countries(text, "es")] == []


def test_blocked_phrase_alone_is_still_no_city() -> None:
    text = "El Archivo General de Indias guarda los documentos."
    assert find_cities(text, "es") == []
    assert find_countries(text, "es") == []


def test_german_corridor_named_after_a_city_is_no_venue() -> None:
    text = ("Am Dienstag trifft die Kommissarin in Luanda den Präsidenten Domingos Neto Sebastião. Im Anschluss "
            "unterzeichnen die Kommissarin und der Außenminister Adriano Cassoma eine Vereinbarung über den "
            "Ausbau des Lobito-Korridors.")
    assert "Lobito" not in _cities(text, "de")


def test_english_process_named_after_a_city_is_no_venue() -> None:
    text = ("On Tuesday, Foreign Minister Ana Petrova met her Serbian counterpart Marko Ilić in Skopje to prepare "
            "the Berlin Process summit.")
    assert "Berlin" not in _cities(text, "en")
