"""A pronoun subject whose referent no earlier act names takes the persons of the sentence before: "X and Y
praised their ties. They met on Monday" is a meeting of X and Y; "X is in Vienna. On Monday she met Y" one of X
and Y."""

from __future__ import annotations

from datetime import date

import pytest

from extracted import extraction_of


def _meetings(lang: str, text: str) -> list[list[str]]:
    found = extraction_of(text, lang, date(2026, 6, 12))
    return [sorted(p.name for p in event.attendees) for event in found.events if event.type == "Meeting"]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Estonian Foreign Minister Kaja Tamm and her Austrian counterpart Peter Huber praised their "
               "cooperation. They met on Monday in Vienna."),
        ("fr", "La ministre estonienne des Affaires étrangères Kaja Tamm et son homologue autrichien Peter Huber "
               "ont loué leur coopération. Ils se sont rencontrés lundi à Vienne."),
        ("de", "Die estnische Außenministerin Kaja Tamm und ihr österreichischer Amtskollege Peter Huber haben die "
               "Zusammenarbeit gelobt. Sie trafen sich am Montag in Wien."),
        ("de", "Kaja Tamm, die estnische Außenministerin, ist in Wien. Am Montag traf sie den österreichischen "
               "Außenminister Peter Huber."),
    ],
)
def test_a_pronoun_subject_takes_the_persons_named_before(lang: str, text: str) -> None:
    assert _meetings(lang, text) == [["Kaja Tamm", "Peter Huber"]]
