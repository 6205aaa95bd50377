"""Two leaders who "saw each other" last in some month met: "se vieron por última vez en marzo", "s'étaient vus
pour la dernière fois en avril", "last saw each other", "hatten sich zuletzt im April gesehen", "виделись"; but
"se vieron obligados", "se sont vus contraints" and "sahen sich gezwungen" name no meeting."""

from __future__ import annotations

from datetime import date

import pytest

from extracted import extraction_of


def _events(lang: str, text: str) -> list[tuple[str, str | None]]:
    found = extraction_of(text, lang, date(2026, 6, 12))
    return [(event.type, event.date.value if event.date else None) for event in found.events]


@pytest.mark.parametrize(
    ("lang", "text", "month"),
    [
        ("es", "Los presidentes de Perú, Dina Salas, y de Bolivia, Luis Arce Pinto, se vieron por última vez en "
               "marzo en La Paz.", "2026-03"),
        ("fr", "Le président malien Amadou Traoré et son homologue nigérien Issa Moussa s'étaient vus pour la "
               "dernière fois en avril à Niamey.", "2026-04"),
        ("en", "Chilean President Paula Rojas and Peruvian President Dina Salas last saw each other in March in "
               "Lima.", "2026-03"),
        ("de", "Der polnische Präsident Jan Nowak und der litauische Präsident Vytas Kairys hatten sich zuletzt im "
               "April in Vilnius gesehen.", "2026-04"),
        ("ru", "Президенты Армении Арам Саргсян и Грузии Ираклий Кобахидзе в последний раз виделись в апреле в "
               "Тбилиси.", "2026-04"),
    ],
)
def test_leaders_who_saw_each_other_met(lang: str, text: str, month: str) -> None:
    assert ("Meeting", month) in _events(lang, text)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("es", "Los agricultores se vieron obligados a abandonar sus tierras, dijo el ministro boliviano Luis Arce "
               "Pinto."),
        ("de", "Der polnische Präsident Jan Nowak und der litauische Präsident Vytas Kairys sahen sich gezwungen, "
               "früher abzureisen."),
    ],
)
def test_seeing_oneself_forced_is_no_meeting(lang: str, text: str) -> None:
    assert not [kind for kind, _ in _events(lang, text) if kind == "Meeting"]
