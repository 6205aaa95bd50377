"""Receiving or presenting an ambassador's credentials (or copies of them) is a ceremony in every language, also
when a place and a day stand between the verb and the credentials and when several envoys present them at once."""

from __future__ import annotations

from datetime import date

import pytest

from extracted import extraction_of


def _types(lang: str, text: str) -> list[str]:
    found = extraction_of(text, lang, date(2026, 3, 12))
    return [event.type for event in found.events]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fr", "La présidente de la République, Hélène Marchetti, a reçu mardi au palais présidentiel les lettres de "
               "créance de deux nouveaux ambassadeurs : le Norvégien Lars Eide et la Chilienne Paula Rojas."),
        ("de", "Am Morgen hatte Staatsminister Peter Kaltenbach im Auswärtigen Amt die neue Botschafterin Islands, "
               "Sigrun Olafsdottir, zur Übergabe der Kopie ihres Beglaubigungsschreibens empfangen."),
        ("en", "President Anna Berg on Tuesday received at the presidential palace the credentials of two new "
               "ambassadors, Lars Eide of Norway and Paula Rojas of Chile."),
        ("en", "The new ambassador of Norway, Lars Eide, handed his letters of credence to President Anna Berg on "
               "Tuesday."),
        ("es", "El presidente de Paraguay, Santiago Peña, recibió este martes en el Palacio de López las cartas "
               "credenciales de los nuevos embajadores de Noruega, Lars Eide, y de Chile, Paula Rojas."),
        ("ru", "Во вторник посол Норвегии Ларс Эйде вручил копии верительных грамот заместителю министра "
               "иностранных дел Ивану Петрову."),
    ],
)
def test_credentials_received_or_presented_are_a_ceremony(lang: str, text: str) -> None:
    types = _types(lang, text)
    assert "Ceremony" in types
    assert "Meeting" not in types
