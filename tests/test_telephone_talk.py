"""The singular "telephone talk" of Japanese readouts is a phone call."""

from datetime import date

from extracted import events_of


_TEXT = (
    "Japan-Kenya Foreign Ministers' Telephone Talk\n\n"
    "On May 12, Mr. Hiroshi Tanabe, Minister for Foreign Affairs of Japan, held a telephone talk with "
    "Ms. Grace Wanjiru, Cabinet Secretary for Foreign Affairs of Kenya.\n\n"
    "The two ministers exchanged views on regional affairs."
)


def test_telephone_talk_is_a_call() -> None:
    events = events_of(_TEXT, "en", date(2026, 5, 12))
    assert [e.type for e in events] == ["PhoneCall"]
