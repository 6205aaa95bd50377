""""Coordinating" ("Koordinierender", "координирующий") is a modifier of a minister's title, between it and the
state's adjective before it ("dem indonesischen Koordinierenden Minister für Wirtschaft, X": Indonesia's)."""

from datetime import date

from extracted import extraction_of


def test_german_coordinating_minister_keeps_the_adjective_state() -> None:
    text = ("Brüssel, 27. Mai 2026\n\nDas Abkommen wurde in Brüssel von EU-Handelskommissar Jan Novák und dem "
            "indonesischen Koordinierenden Minister für Wirtschaft, Budi Santoso, unterzeichnet.")
    found = extraction_of(text, "de", date(2026, 5, 27))
    people = {p.name: p.country for p in found.people}
    assert people["Budi Santoso"] == "ID"


def test_english_coordinating_minister() -> None:
    text = "The ambassador met Indonesian Coordinating Minister Budi Santoso in Jakarta."
    found = extraction_of(text, "en", date(2026, 5, 27))
    assert {p.name: p.country for p in found.people}["Budi Santoso"] == "ID"
