"""A French visit verb with an emphatic pronoun between auxiliary and participle ("s'était lui-même rendu à",
"s'est elle-même rendue à") is a visit; in the pluperfect, an earlier one."""

from __future__ import annotations

from datetime import date

from extracted import events_of


def test_a_pluperfect_visit_with_an_emphatic_pronoun_is_background() -> None:
    text = ("Le président malgache Hery Rakotondrabe est attendu lundi à Paris. Le président français Laurent "
            "Vasseur s'était lui-même rendu à Antananarivo en avril.")
    visits = [e for e in events_of(text, "fr", date(2025, 12, 1)) if e.type == "Visit"]
    earlier = [e for e in visits if e.background]
    assert len(earlier) == 1 and earlier[0].date is not None and earlier[0].date.value == "2025-04"


def test_a_visit_with_an_emphatic_pronoun_is_a_visit() -> None:
    text = "La ministre française Claire Vautrin s'est elle-même rendue mardi à Erevan."
    assert [e.type for e in events_of(text, "fr", date(2026, 12, 2))] == ["Visit"]
