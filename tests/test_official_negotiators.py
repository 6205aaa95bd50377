"""Issue #3: a chief negotiator is an official of the state his title names, in every language (the
"Chief Negotiator" titles of ``lexicons/<lang>/roles.json``); before, the name stood without a role or state, and
in Russian without a person at all, so the talks he held were lost."""

from __future__ import annotations

from datetime import date

import pytest

from extracted import extraction_of


CASES = {
    "en": "GENEVA, May 5 - Iran's chief negotiator Reza Karimi met EU envoy Anna Berg in Geneva on Monday.",
    "de": "Genf (dpa) - Der iranische Chefunterhändler Reza Karimi hat am Montag in Genf die EU-Gesandte Anna Berg "
          "getroffen.",
    "fr": "Genève - Le négociateur en chef iranien, Reza Karimi, a rencontré lundi à Genève l'émissaire de l'UE Anna "
          "Berg.",
    "es": "Ginebra - El negociador jefe iraní, Reza Karimi, se reunió el lunes en Ginebra con la enviada de la UE Anna "
          "Berg.",
    "ru": "ЖЕНЕВА, 5 мая. Главный переговорщик Ирана Реза Карими в понедельник встретился в Женеве со "
          "спецпосланником ЕС Анной Берг.",
}


@pytest.mark.parametrize("lang", sorted(CASES))
def test_a_chief_negotiator_is_an_official_of_his_state(lang: str) -> None:
    found = extraction_of(CASES[lang], lang, date(2026, 5, 6))
    people = {p.name: (p.role, p.country) for p in found.people}
    assert people.get("Reza Karimi") == ("Chief Negotiator", "IR"), people
    assert any({a.name for a in e.attendees} >= {"Reza Karimi", "Anna Berg"} for e in found.events), found.events
