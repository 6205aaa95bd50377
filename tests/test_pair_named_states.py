"""Tests of graph.extract.states: two states' names joined by a dash name the parties of an act, not a topic."""

from __future__ import annotations

from datetime import date

from extracted import extraction_of


def _countries(text: str, lang: str = "en") -> list[list[str]]:
    found = extraction_of(text, lang, date(2026, 4, 22))
    return [sorted(e.countries) for e in found.events]


def test_dash_joined_state_names_after_of_are_parties() -> None:
    found = _countries("Officials said the third session of the Kenya–Ethiopia Joint Ministerial Commission is "
                       "scheduled to take place in Addis Ababa in June.")
    assert ["ET", "KE"] in found
