"""The UN's "Under-Secretary-General" is one title, not an under-secretary named "General"."""

from datetime import date

from extracted import people_of


def test_under_secretary_general_with_its_portfolio() -> None:
    text = ("The meeting was also addressed by the UN Under-Secretary-General for Humanitarian Affairs, "
            "Helena Marsh.")
    people = people_of(text, "en", date(2026, 9, 24))
    assert set(people) == {"Helena Marsh"}
    assert people["Helena Marsh"].role == "Under-Secretary-General"


def test_undersecretary_of_a_ministry_unchanged() -> None:
    text = "Undersecretary for Bilateral Relations Jose Santos handed the ambassador a note."
    people = people_of(text, "en", date(2026, 9, 24))
    assert people["Jose Santos"].role == "Deputy Minister"
