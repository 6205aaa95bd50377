"""Streets, squares and airports are nobody: a word ending in a street noun ("Kaiser-Wilhelm-Straße",
"Willy-Brandt-Platz"), a street noun after a name ("on Albert Parade") and a name after a place's head with an
adjective between ("l'aéroport international Léopold-Sédar-Senghor") are places."""

from datetime import date

from extracted import extraction_of


def _names(text: str, lang: str) -> set[str]:
    found = extraction_of(text, lang, date(2026, 11, 5))
    return {p.name for p in found.people}


def test_german_street_and_square() -> None:
    text = ("Für den Besuch sind Straßensperrungen angekündigt, unter anderem in der Kaiser-Wilhelm-Straße und am "
            "Willy-Brandt-Platz, wo Oberbürgermeister Hans Vogt den Gast empfängt.")
    names = _names(text, "de")
    assert names == {"Hans Vogt"}


def test_english_street_after_a_name() -> None:
    text = "She spent four hours with her counterpart at the Ministry of Foreign Affairs on Albert Parade."
    assert not any("Albert" in name or "Parade" in name for name in _names(text, "en"))


def test_french_airport_with_an_adjective() -> None:
    text = ("Arrivé dimanche soir à l'aéroport international Léopold-Sédar-Senghor, le ministre a été accueilli par "
            "son homologue.")
    assert not any("Senghor" in name for name in _names(text, "fr"))
