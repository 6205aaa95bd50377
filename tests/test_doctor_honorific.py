"""French and Spanish write "Dr" / "Dr." / "Dra." before a name: an honorific, no part of the name."""

from datetime import date

import pytest

from extracted import extraction_of


@pytest.mark.parametrize(("lang", "text", "name"), [
    ("fr", "Le Président de la Commission de la CEDEAO, Dr Amadou Sow Keita, effectuera une visite à Cotonou.",
     "Amadou Sow Keita"),
    ("es", "El canciller, Dr. Julio Benítez Ayala, recibió ayer al embajador.", "Julio Benítez Ayala"),
    ("es", "La canciller, Dra. Marta Lugo, recibió ayer al embajador.", "Marta Lugo"),
])
def test_doctor_is_no_part_of_the_name(lang: str, text: str, name: str) -> None:
    names = {p.name for p in extraction_of(text, lang, date(2026, 5, 1)).people}
    assert name in names
