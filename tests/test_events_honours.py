"""A guest welcomed with military honours is a ceremony, whatever stands between the welcoming verb and the
honours (the guest, a day, a place)."""

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
        ("de", "Bundespräsident Karl Moser begrüßte die lettische Präsidentin Ilze Kalnina am Montag vor dem "
               "Schloss mit militärischen Ehren."),
        ("de", "Bundespräsidentin Eva Gruber empfing den finnischen Präsidenten Mikko Laine am Dienstag auf dem "
               "Heldenplatz in Wien mit militärischen Ehren."),
        ("en", "Austrian President Eva Gruber received Finnish President Mikko Laine with full military honors at "
               "the Hofburg in Vienna on Tuesday."),
        ("fr", "La présidente autrichienne Eva Gruber a accueilli mardi à Vienne le président finlandais Mikko Laine "
               "avec les honneurs militaires."),
        ("es", "La presidenta de Austria, Eva Gruber, recibió el martes en Viena con honores militares al presidente "
               "de Finlandia, Mikko Laine."),
        ("ru", "Президент Австрии Ева Грубер во вторник в Вене встретила президента Финляндии Микко Лайне с "
               "воинскими почестями."),
    ],
)
def test_a_welcome_with_military_honours_is_a_ceremony(lang: str, text: str) -> None:
    assert _types(lang, text) == ["Ceremony"]
