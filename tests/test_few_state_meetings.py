"""A ministers' gathering of two or three named officials of as many states is a meeting, not a conference
(graph/extract/fewstates.py); "die drei Minister", "the three ministers" are the three holders told before
(graph/extract/coref.py ``three``), and their talks right after are that meeting (graph/extract/merge.py); a
gathering named a conference, or one framing a meeting of the same people, stays a conference."""

from __future__ import annotations

from datetime import date

from extracted import events_of, of_type


def _names(event) -> set[str]:
    return {p.name for p in event.attendees}


def test_a_trilateral_ministers_meeting_is_a_meeting_and_its_talks_are_it() -> None:
    text = ("Wien, 6. Mai 2026 – Heute Vormittag kamen die österreichische Außenministerin Verena Kofler und der "
            "tschechische Außenminister Pavel Novotný in Brünn mit dem slowakischen Außenminister Marek Kováč zum "
            "Außenministertreffen im Austerlitz-Format zusammen. Die drei Minister berieten über die Lage in der "
            "Ukraine. Im Anschluss veröffentlichten sie eine gemeinsame Erklärung.")
    events = events_of(text, "de", date(2026, 5, 6))
    three = {"Verena Kofler", "Pavel Novotný", "Marek Kováč"}
    meetings = of_type(events, "Meeting")
    assert [_names(e) for e in meetings] == [three], [(e.type, _names(e)) for e in events]
    assert not [e for e in events if e.type in ("Conference", "Talks")], [(e.type, _names(e)) for e in events]
    statements = of_type(events, "Statement")
    assert [_names(e) for e in statements] == [three], [(e.type, _names(e)) for e in events]


def test_a_conference_by_name_stays_a_conference() -> None:
    text = ("Paris, 3 mars 2026 – La ministre française des Affaires étrangères, Mme Claire Dumont, et le ministre "
            "belge des Affaires étrangères, M. Luc Peeters, ont ouvert mardi à Paris une conférence sur la "
            "reconstruction de l'Ukraine.")
    events = events_of(text, "fr", date(2026, 3, 3))
    assert [e.type for e in events if e.type in ("Conference", "Meeting")] == ["Conference"], [(e.type, _names(e)) for e in events]


def test_an_organisations_ministerial_framing_a_meeting_stays_a_conference() -> None:
    text = ("Secretary of State Laura Whitfield met with Turkish Foreign Minister Kemal Aydin at the NATO Foreign "
            "Ministerial in Brussels today. They discussed the war in Ukraine.")
    events = events_of(text, "en", date(2026, 4, 3))
    assert "Conference" in [e.type for e in events], [(e.type, _names(e)) for e in events]
