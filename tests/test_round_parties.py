"""Rounds of talks told with nobody named are rounds of the talks reported ("The first round, in Almaty in May
2024, produced little", "a fourth round could take place in Geneva in September"); "sat down in Geneva" is a
meeting."""

from datetime import date

from extracted import events_of


_TEXT = (
    "When Armenia's Foreign Minister Aram Petrosyan and Azerbaijan's Foreign Minister Samir Aliyev sat down in "
    "Vienna on Monday, it was the third time in two years that the two men had tried to agree on the border.\n\n"
    "The first round, in Almaty in May 2024, produced little beyond a list of villages.\n\n"
    "Diplomats say a fourth round could take place in Vienna in September."
)


def test_rounds_of_nobody_are_the_talks_parties() -> None:
    events = events_of(_TEXT, "en", date(2026, 6, 17))
    talks = [e for e in events if e.type in ("Meeting", "Talks")]
    assert len(talks) == 3
    assert all({p.name for p in e.attendees} == {"Aram Petrosyan", "Samir Aliyev"} for e in talks)
