"""The UN's "Under-Secretary-General" is one title, not an under-secretary named "General"."""

from datetime import date

from graph.extract import extract
from graph.model import Article


def test_under_secretary_general_with_its_portfolio() -> None:
    text = ("The meeting was also addressed by the UN Under-Secretary-General for Humanitarian Affairs, "
            "Helena Marsh.")
    people = {p.name: p for p in extract(Article(key="t", text=text, language="en", published=date(2026, 9, 24))).people}
    assert set(people) == {"Helena Marsh"}
    assert people["Helena Marsh"].role == "Under-Secretary-General"


def test_undersecretary_of_a_ministry_unchanged() -> None:
    text = "Undersecretary for Bilateral Relations Jose Santos handed the ambassador a note."
    people = {p.name: p for p in extract(Article(key="t", text=text, language="en", published=date(2026, 9, 24))).people}
    assert people["Jose Santos"].role == "Deputy Minister"
