"""A courtesy call on an official is a meeting with that official, not a trip (the "courtesy call" of English)."""

from __future__ import annotations

from datetime import date

import pytest

from extracted import events_of


PUBLISHED = date(2026, 3, 10)


@pytest.mark.parametrize(
    ("text", "lang", "names"),
    [
        ("Le ministre Jean Dupont a rendu une visite de courtoisie au Premier ministre népalais Ram Sharma mardi.",
         "fr", {"Jean Dupont", "Ram Sharma"}),
        ("El canciller Juan Pérez realizó el martes una visita de cortesía al primer ministro nepalí Ram Sharma.",
         "es", {"Juan Pérez", "Ram Sharma"}),
        ("Der Außenminister Peter Lang stattete am Dienstag dem nepalesischen Premierminister Ram Sharma einen "
         "Höflichkeitsbesuch ab.", "de", {"Peter Lang", "Ram Sharma"}),
        ("Во вторник министр иностранных дел Казахстана Айдар Беков нанес визит вежливости премьер-министру "
         "Непала Раму Шарме.", "ru", {"Aidar Bekov", "Ram Sharma"}),
        ("Foreign Minister Ashraf Khan paid a courtesy call on Prime Minister Ram Sharma of Nepal on Tuesday.",
         "en", {"Ashraf Khan", "Ram Sharma"}),
    ],
)
def test_courtesy_call_is_a_meeting(text: str, lang: str, names: set[str]) -> None:
    found = events_of(text, lang, PUBLISHED)
    assert [(e.type, {p.name for p in e.attendees}) for e in found] == [("Meeting", names)]
    assert found[0].date is not None and found[0].date.value == "2026-03-10"
