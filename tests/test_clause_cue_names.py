"""A word of a person's name ("Zuhura Said Khamis") is no clause break between an act and its place
(:func:`graph.extract.cues.cue_between`, cue "clause")."""

from datetime import date

from graph.extract import extract
from graph.model import Article, city_of


def test_said_in_a_name_breaks_no_clause() -> None:
    text = ("A meeting of the foreign ministers, Kenya's Paul Otieno and Tanzania's Halima Said Juma, scheduled "
            "for May 8 in Mombasa, had been called off.")
    events = extract(Article(key="t", text=text, language="en", published=date(2026, 5, 20))).events
    assert [getattr(city_of(e.location), "name", None) for e in events] == ["Mombasa"]
