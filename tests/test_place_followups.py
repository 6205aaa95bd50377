"""Places of acts told after another ("anschließend"), of signed texts about a facility in a city, and datelines
of hyphenated capitals in capitals ("PORT-AU-PRINCE (AFP) -")."""


from graph.extract import places
from graph.model import city_of

from extracted import events_of


def test_hyphenated_capital_in_capitals_is_a_city():
    found = places.find_cities("PORT-AU-PRINCE (AFP) - Le drapeau", "fr")
    assert [c.name for _, c in found] == ["Port-au-Prince"]
    found = places.find_cities("AIX-EN-PROVENCE (AFP) - Le maire", "fr")
    assert [c.name for _, c in found] == ["Aix-en-Provence"]


def test_signing_afterwards_is_where_the_talks_were_not_in_the_facility_city():
    text = ("Ghanas Präsident in Berlin\n\n"
            "Gestern traf der ghanaische Präsident John Asante im Kanzleramt in Berlin mit Bundeskanzler Jens "
            "Obermaier zusammen. Es ging um Rohstoffe. Ghanas Außenministerin Abena Owusu unterzeichnete anschließend "
            "mit Entwicklungsministerin Sabine Rautenberg eine Absichtserklärung über ein Berufsbildungszentrum in "
            "Kumasi.\n")
    events = events_of(text, "de", "2026-11-11")
    signing = [e for e in events if e.type == "Ceremony"]
    assert signing and city_of(signing[0].location) is not None
    assert city_of(signing[0].location).name == "Berlin"


def test_german_city_adjective_before_a_building_names_the_city():
    found = places.find_cities("Er wurde in der Dresdner Staatskanzlei empfangen.", "de")
    assert [c.name for _, c in found] == ["Dresden"]
    assert places.find_cities("Das berichtet die Berliner Zeitung.", "de") == []
