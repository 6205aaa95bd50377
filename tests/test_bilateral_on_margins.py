"""A bilateral meeting told after a gathering of more states is an act of its own, not that gathering again:
"the BIMSTEC Foreign Ministers' Retreat ... On the margins, she held a bilateral meeting with X"."""

from datetime import date

from extracted import events_of


_TEXT = (
    "NEW DELHI, June 11 -- External Affairs Minister Dr. Meera Sethuraman was in Kathmandu on Tuesday for the "
    "BIMSTEC Foreign Ministers' Retreat hosted by Nepal, which brought together ministers from Bangladesh, Bhutan, "
    "India, Myanmar, Nepal, Sri Lanka and Thailand. On the margins, she held a bilateral meeting with Foreign "
    "Minister Tanvir Ahmed Khan of Bangladesh. They reviewed connectivity projects."
)


def test_bilateral_meeting_is_not_the_retreat() -> None:
    events = events_of(_TEXT, "en", date(2026, 6, 11))
    meetings = [e for e in events if e.type == "Meeting"]
    assert len(meetings) == 2
    assert any(sorted(e.countries) == ["BD", "IN"] for e in meetings)
