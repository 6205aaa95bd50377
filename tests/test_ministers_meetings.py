"""Ministers' meetings by name: a bloc's "Foreign Ministers' Meeting" is a conference, two states' ("the annual
Australia–Indonesia Foreign Ministers' Meeting", a "2+2") a meeting; a gathering on whose margins a meeting took
place is its frame ("on the margins of the summit"), no event of the sentence."""

from datetime import date

from graph.extract.events import find_mentions
from graph.extract.text import sentences

from extracted import events_of


def _types(text: str) -> list[str]:
    return [e.type for e in events_of(text, "en", date(2026, 6, 11))]


def test_bloc_foreign_ministers_meeting_is_a_conference() -> None:
    text = (
        "June 11, 2026\n\n"
        "Foreign Minister Ravi Sharma chaired the BRICS Foreign Ministers' Meeting in New Delhi today, attended "
        "by Foreign Minister Lungile Dube of South Africa and Foreign Minister Paulo Reis of Brazil."
    )
    assert "Conference" in _types(text)


def test_two_states_foreign_ministers_meeting_is_a_meeting() -> None:
    text = (
        "SYDNEY, June 11 - Indonesia's Foreign Minister Budi Santoso and Australia's Foreign Minister Emma "
        "Clarke co-chaired the annual Australia–Indonesia Foreign Ministers' Meeting in Sydney on Wednesday."
    )
    types = _types(text)
    assert "Conference" not in types and "Meeting" in types


def test_meeting_on_the_margins_of_the_summit_frames_it() -> None:
    text = (
        "DOHA, June 11 - Emir Sheikh Tamim Al Sabah held a summit with Gulf leaders in Doha on Wednesday.\n\n"
        "The Emir also held a bilateral meeting with Oman's Foreign Minister, Sayyid Badr Al Hinai, on the "
        "margins of the summit."
    )
    spans = sentences(text)
    mentions = find_mentions(text, "en", spans)
    last = len(spans) - 1
    assert [m.type for m in mentions if m.sentence == last] == ["Meeting"]  # the summit is its frame only
