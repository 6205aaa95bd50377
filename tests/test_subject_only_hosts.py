"""A host verb whose two people are one plural subject receives no one: "The two ministers welcomed the outcomes
of the visit" is no meeting, while "X welcomed Y" still is."""

from datetime import date

from extracted import events_of


_TEXT = (
    "April 8, 2026\n\n"
    "On April 8, Mr. Daniel Okafor, Minister of Foreign Affairs of Nigeria, held a telephone call with "
    "Ms. Ingrid Solberg, Minister of Foreign Affairs of Norway.\n\n"
    "The two ministers welcomed the outcomes of the visit to Norway by the President of Nigeria, Ahmed Bello, "
    "in March."
)


def test_two_ministers_welcoming_outcomes_meet_no_one() -> None:
    events = events_of(_TEXT, "en", date(2026, 4, 8))
    assert not [e for e in events if e.type == "Meeting"]
    visits = [e for e in events if e.type == "Visit"]
    assert visits and [p.name for p in visits[0].attendees] == ["Ahmed Bello"]
