"""Persian names written the German way take their usual English form (graph.extract.germanspell)."""

from __future__ import annotations

from graph.extract.germanspell import english_form


def test_a_persian_name_in_german_spelling_is_respelled() -> None:
    assert english_form("Massud Rahimi-Nedschad", "IR") == "Massud Rahimi-Nejad"
    assert english_form("Abbas Araghtschi", "IR") == "Abbas Araghchi"


def test_a_persian_name_without_a_german_only_spelling_is_kept() -> None:
    assert english_form("Ebrahim Raisi", "IR") is None
