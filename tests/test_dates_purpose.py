"""An act a dated trip is made for takes the trip's day (graph/extract/_datepurpose.py)."""

from __future__ import annotations

from datetime import date

import pytest

from extracted import events_of


@pytest.mark.parametrize(
    ("lang", "text", "guest"),
    [
        ("en", "SEOUL, Nov. 5 -- Foreign Minister Kim Dae-ho will embark on a tour of Southeast Asia this weekend, the "
               "ministry said. Kim will arrive in Bangkok on Sunday for a two-day stay. Kim will then fly to Manila on "
               "Tuesday for a meeting with Philippine Foreign Minister Jose Reyes, before ending the trip in Hanoi on "
               "Nov. 12.", "Jose Reyes"),
        ("de", "BERLIN, 5. November – Außenministerin Anna Berg bricht am Wochenende zu einer Reise nach Südeuropa auf. "
               "Berg kommt am Sonntag für zwei Tage in Madrid an. Danach reist sie am Dienstag nach Rom zu einem Treffen "
               "mit dem italienischen Außenminister Marco Rossi, bevor sie die Reise am 12. November in Athen beendet.",
         "Marco Rossi"),
        ("es", "LIMA, 5 nov. – El canciller Pablo Soto iniciará este fin de semana una gira por Sudamérica. Soto llegará "
               "el domingo a Quito para una estancia de dos días. Luego viajará el martes a Lima para una reunión con la "
               "canciller peruana, Rosa Quispe, antes de cerrar la gira en La Paz el 12 de noviembre.", "Rosa Quispe"),
    ],
)
def test_a_meeting_a_trip_is_made_for_is_planned_on_the_trips_day(lang: str, text: str, guest: str) -> None:
    events = events_of(text, lang, date(2025, 11, 5))
    meeting = next(e for e in events if e.type == "Meeting" and guest in {p.name for p in e.attendees})
    assert (meeting.status, meeting.date.value if meeting.date else None) == ("Planned", "2025-11-11")
