"""A flight home ("Am Freitag fliegt sie von Santiago aus zurück nach Berlin", "fliegt ... nach Taschkent zurück")
is no visit and so dates no trip (the German travel-verb trigger of events.json)."""

from __future__ import annotations

from datetime import date

from extracted import events_of


def test_a_return_flight_is_no_visit() -> None:
    for text in ("Am Freitag fliegt Ministerin Kessler von Santiago aus zurück nach Berlin.",
                 "Am Donnerstag fliegt die Delegation über Frankfurt nach Taschkent zurück."):
        assert [e for e in events_of(text, "de", date(2026, 11, 12)) if e.type == "Visit"] == [], text


def test_a_flight_out_is_still_a_visit() -> None:
    text = "Am Freitag fliegt Ministerin Kessler nach Santiago."
    assert [e.type for e in events_of(text, "de", date(2026, 11, 12))] == ["Visit"]
