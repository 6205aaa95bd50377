"""A meeting the text counts among the parts of a dated trip ("the visit ... in March, including his meeting with
Y") takes the trip's date, not a day told sentences before (tripframes.framed_trip_dates, _datenarrative)."""

from __future__ import annotations

from datetime import date

from extracted import events_of


def test_a_meeting_included_in_a_dated_visit_takes_its_month() -> None:
    text = ("Finnish-Chilean Foreign Ministers' Video Call\n\nOn June 3, Foreign Minister Aino Laaksonen held a video "
            "call with Chilean Foreign Minister Tomás Errázuriz.\n\nThe two ministers recalled the visit to Finland by "
            "Chilean President Camila Rojas Vidal in March this year, including her meeting with President Eero "
            "Halonen in Helsinki, and agreed to follow up on the cooperation in copper and forestry.")
    meetings = [e for e in events_of(text, "en", date(2026, 6, 3))
                if e.type == "Meeting" and any("Halonen" in p.name for p in e.attendees)]
    assert [m.date.value if m.date else None for m in meetings] == ["2026-03"]
    assert meetings[0].background


def test_a_meeting_not_counted_in_the_trip_keeps_its_own_reading() -> None:
    text = ("Foreign Minister Aino Laaksonen visited Santiago in March. On June 3 she held a meeting with President "
            "Eero Halonen in Helsinki.")
    meetings = [e for e in events_of(text, "en", date(2026, 6, 4)) if e.type == "Meeting"]
    assert [m.date.value if m.date else None for m in meetings] == ["2026-06-03"]
