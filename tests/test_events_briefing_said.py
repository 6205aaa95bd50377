"""A spokesperson who "said at a briefing" made a statement (not only reported one)."""

from __future__ import annotations

from datetime import date

from extracted import extraction_of


def test_said_at_a_briefing_is_a_statement() -> None:
    text = ("Finnish foreign ministry spokesperson Laura Niemi said at a briefing on Tuesday that Helsinki "
            "regretted the decision.")
    found = extraction_of(text, "en", date(2026, 3, 12))
    assert [(e.type, e.status) for e in found.events] == [("Statement", "Occurred")]
