"""A paper names its own ministers without their state: where the article's towns lie mostly in one state, a
minister still without a state is that state's (graph.extract.paperstate)."""

from __future__ import annotations

from datetime import date

from extracted import extraction_of


def _people(text: str, lang: str = "en") -> dict[str, tuple]:
    ex = extraction_of(text, lang, date(2026, 5, 21))
    return {p.name: (p.role, p.country) for p in ex.people}


def test_a_minister_without_a_state_in_a_paper_whose_towns_lie_in_one_state_is_its() -> None:
    text = ("Uruguay edge Portugal in Montevideo\n\nUruguay won the Montevideo Sevens on Sunday, holding off Portugal "
            "in front of 9,000 spectators. The team flies to Punta del Este on Monday.\n\nSports Minister Lucía "
            "Bentancur presented the trophy at the closing ceremony.")
    assert _people(text)["Lucía Bentancur"] == ("Minister", "UY")


def test_two_ministers_sharing_a_title_are_left_to_the_context() -> None:
    text = ("Talks in Bishkek\n\nThe talks were held in Bishkek. The leaders then went to Osh and Jalal-Abad. "
            "Foreign Minister Damir Sultanov met Foreign Minister Aigul Temirova in Bishkek on Monday.")
    people = _people(text)
    assert people["Damir Sultanov"][1] is None and people["Aigul Temirova"][1] is None


def test_a_president_is_not_given_the_state_of_the_towns() -> None:
    text = ("Council in Minsk\n\nThe council met in Minsk and later in Grodno. The commission's president "
            "Sergey Glushkov spoke in Minsk.")
    assert _people(text).get("Sergey Glushkov", (None, None))[1] is None
