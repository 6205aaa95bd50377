"""A sentence opening with the sidelines cue frames the acts told in the next sentences: they happened at the
summit reported before ("En marge du sommet, il a eu plusieurs entretiens. Il s'est d'abord entretenu avec ...")."""

from datetime import date

from extracted import events_of


_TEXT = (
    "Paris, le 12 mai 2026\n\n"
    "Le président Jean Dupont a participé hier, à Bruxelles, au sommet des chefs d'État de l'Union européenne.\n\n"
    "En marge du sommet, le président a eu plusieurs entretiens bilatéraux.\n\n"
    "Il s'est d'abord entretenu avec le chancelier allemand Karl Weber.\n\n"
    "Le président Dupont a ensuite reçu le Premier ministre portugais, António Silva."
)


def test_framed_meetings_take_the_summit_day() -> None:
    events = events_of(_TEXT, "fr", date(2026, 5, 12))
    meetings = [e for e in events if e.type in ("Meeting", "Talks")]
    assert meetings
    assert all(e.date is not None and e.date.value == "2026-05-11" for e in meetings)
