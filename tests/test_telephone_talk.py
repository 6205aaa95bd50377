"""The singular "telephone talk" of Japanese readouts is a phone call."""

from datetime import date

from graph.extract import extract
from graph.model import Article

_TEXT = (
    "Japan-Kenya Foreign Ministers' Telephone Talk\n\n"
    "On May 12, Mr. Hiroshi Tanabe, Minister for Foreign Affairs of Japan, held a telephone talk with "
    "Ms. Grace Wanjiru, Cabinet Secretary for Foreign Affairs of Kenya.\n\n"
    "The two ministers exchanged views on regional affairs."
)


def test_telephone_talk_is_a_call() -> None:
    events = extract(Article(key="t", text=_TEXT, language="en", published=date(2026, 5, 12))).events
    assert [e.type for e in events] == ["PhoneCall"]
