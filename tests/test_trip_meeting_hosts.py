"""A meeting told during a trip that names only officials of the visited state ("Am selben Tag ist ein Treffen mit
Staatspräsidentin X vorgesehen") is the traveller's, and is held where the trip is on those days."""

from __future__ import annotations

from extracted import events_of, of_type

TEXT = (
    "Bern, 05.10.2026 – Bundesrat Urs Kälin, Vorsteher des Eidgenössischen Departements für auswärtige "
    "Angelegenheiten (EDA), reist vom 6. bis 9. Oktober 2026 nach Chile und Peru. Am Dienstag trifft der Vorsteher "
    "des EDA in Santiago ein. Am Mittwoch wird er vom chilenischen Aussenminister Tomás Rivera Soto zu einem "
    "Arbeitsgespräch empfangen. Im Anschluss unterzeichnen die beiden Minister eine Absichtserklärung. Am selben "
    "Tag ist ein Treffen mit Staatspräsidentin Carmen Alvarado Ruiz vorgesehen."
)


def test_the_hosts_meeting_is_the_travellers_and_held_in_the_trips_city() -> None:
    meetings = [e for e in of_type(events_of(TEXT, "de", "2026-10-05"), "Meeting", "Talks")
                if "Carmen Alvarado Ruiz" in {p.name for p in e.attendees}]  # fmt: skip
    assert meetings, "no meeting with the president"
    meeting = meetings[0]
    assert "Urs Kälin" in {p.name for p in meeting.attendees}
    assert meeting.location is not None and "Santiago" in str(meeting.location.name)
    assert meeting.date is not None and meeting.date.value == "2026-10-07"
