"""Stops of a tour told by their own verbs: "stopped over in Harare, where she was received by X", "travels on
Friday to Lilongwe, where X is expected to receive her" are a visit and a meeting each."""

from datetime import date

from extracted import events_of


_TEXT = (
    "WINDHOEK (NAMPA) - Namibia's Minister of International Relations, Anna Shikongo, held talks in Lusaka on "
    "Wednesday with Zambian President Peter Mwale.\n\n"
    "On Tuesday the minister stopped over in Harare, where she was received by Zimbabwe's Deputy Minister of "
    "Foreign Affairs, Tendai Moyo.\n\n"
    "Shikongo travels on Friday to Lilongwe, where Malawi's Vice-President Grace Banda is expected to receive her."
)


def test_each_stop_is_a_visit_and_a_meeting() -> None:
    events = events_of(_TEXT, "en", date(2026, 11, 12))
    visits = {e.location.name: e for e in events if e.type == "Visit" and e.location is not None}
    assert {"Harare", "Lilongwe"} <= set(visits)
    assert visits["Lilongwe"].status == "Planned"
    meetings = [e for e in events if e.type == "Meeting"]
    assert any("Grace Banda" in [p.name for p in e.attendees] and e.status == "Planned" for e in meetings)
