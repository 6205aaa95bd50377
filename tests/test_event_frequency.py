"""A verb trigger followed by a frequency ("will meet at least once a year", "se réunira deux fois par an") tells a
recurring arrangement, no single act; "a return visit could follow" is no act told as held."""

from datetime import date

from extracted import events_of


PUBLISHED = date(2026, 3, 4)


def test_recurring_meeting_is_no_event() -> None:
    text = ("Foreign Minister Anna Berg held talks with her Chilean counterpart Luis Soto in Oslo on Tuesday. "
            "They agreed to set up a joint commission that will meet at least once a year.")
    planned = [e for e in events_of(text, "en", PUBLISHED) if e.status == "Planned"]
    assert not planned


def test_visit_that_could_follow_is_not_occurred() -> None:
    text = ("Foreign Minister Anna Berg held talks with her Chilean counterpart Luis Soto in Oslo on Tuesday. "
            "A return visit by Berg to Santiago could follow if the commission meets there.")
    assert not [e for e in events_of(text, "en", PUBLISHED) if e.type == "Visit" and e.status == "Occurred"]
