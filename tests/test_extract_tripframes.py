"""A meeting told with the trip it took place on, the verb closing the clause (German word order)."""

from __future__ import annotations

from datetime import date

from graph.model import Event

from extracted import events_of


PUBLISHED = date(2026, 3, 10)


def _by_type(found: list[Event]) -> dict[str, Event]:
    return {e.type: e for e in found}


def test_meeting_on_a_trip_verb_last_de() -> None:
    found = _by_type(events_of("Bundeskanzler Peter Lang telefonierte am Montag mit dem brasilianischen Präsidenten "
                               "Luiz Tavares. Lang hatte Tavares zuletzt im Januar bei einem Besuch in Brasília "
                               "getroffen.", "de", PUBLISHED))  # fmt: skip
    meeting, trip = found["Meeting"], found["Visit"]
    assert {p.name for p in meeting.attendees} == {"Peter Lang", "Luiz Tavares"}
    assert meeting.date is not None and meeting.date.value == "2026-01"
    assert [p.name for p in trip.attendees] == ["Peter Lang"]  # the host does not travel


def test_meeting_with_named_host_during_a_trip_de() -> None:
    found = _by_type(events_of("Der Bundeskanzler Peter Lang ist während eines Besuchs in Kiew mit dem ukrainischen "
                               "Präsidenten Ivan Petrenko zusammengetroffen.", "de", PUBLISHED))  # fmt: skip
    assert {p.name for p in found["Meeting"].attendees} == {"Peter Lang", "Ivan Petrenko"}
    assert [p.name for p in found["Visit"].attendees] == ["Peter Lang"]


def test_meeting_during_a_trip_verb_first_en() -> None:
    found = _by_type(events_of("Prime Minister John Hale met President Ivan Petrenko in January during a visit to "
                               "Kyiv.", "en", PUBLISHED))  # fmt: skip
    assert {p.name for p in found["Meeting"].attendees} == {"John Hale", "Ivan Petrenko"}
