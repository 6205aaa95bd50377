"""A meeting with a public audience (the diaspora, students, business people) is no diplomatic event."""

from __future__ import annotations

from datetime import date

import pytest

from extracted import events_of


CASES = [
    ("fr", "Le président ghanéen, Kofi Mensah, est arrivé mardi à Lisbonne pour une visite d'État. Jeudi, M. Mensah "
           "doit se rendre à Porto, où il rencontrera la communauté ghanéenne établie dans la ville."),
    ("en", "Ghanaian President Kofi Mensah arrived in Lisbon on Tuesday for a state visit. On Thursday, Mensah is "
           "due to travel to Porto, where he will meet the Ghanaian community living in the city."),
    ("es", "El presidente de Ghana, Kofi Mensah, llegó el martes a Lisboa para una visita de Estado. El jueves, "
           "Mensah viajará a Oporto, donde se reunirá con la comunidad ghanesa residente en la ciudad."),
    ("de", "Der ghanaische Präsident Kofi Mensah ist am Dienstag zu einem Staatsbesuch in Lissabon eingetroffen. "
           "Am Donnerstag reist Mensah nach Porto, wo er sich mit Studierenden der Universität treffen wird."),
    ("ru", "Президент Ганы Кофи Менса прибыл во вторник в Лиссабон с государственным визитом. В четверг Менса "
           "посетит Порту, где встретится с представителями ганской диаспоры."),
]


@pytest.mark.parametrize(("lang", "text"), CASES, ids=[c[0] for c in CASES])
def test_meeting_a_community_is_no_meeting(lang: str, text: str) -> None:
    events = events_of(text, lang, date(2026, 6, 10))
    assert not [e for e in events if e.type in ("Meeting", "Talks")], [(e.type, [p.name for p in e.attendees]) for e in events]


def test_meeting_an_official_and_a_community_stays_a_meeting() -> None:
    text = ("Ghanaian President Kofi Mensah arrived in Lisbon on Tuesday. On Wednesday he will meet Portuguese "
            "President Rui Almeida and the Ghanaian community.")
    events = events_of(text, "en", date(2026, 6, 10))
    assert [e for e in events if e.type in ("Meeting", "Talks")]
