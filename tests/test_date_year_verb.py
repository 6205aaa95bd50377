"""A bare year right after a finite auxiliary is a date (_dateyearverb.after_verb, ``year_after_verbs``)."""

from __future__ import annotations

import pytest

from graph.extract import dates


@pytest.mark.parametrize(
    ("text", "years"),
    [
        ("Ihr Vorgänger hatte 2019 als erste Ministerin Hanoi besucht.", [2019]),
        ("Der Vertrag war 2021 in Wien unterzeichnet worden.", [2021]),
        ("Die Regierung hatte 2000 Soldaten entsandt.", []),
        ("Das Ministerium hat 1800 Mitarbeiter.", []),
        ("Die Delegation besuchte 2019 Hanoi.", []),
        ("Die nächste Runde soll 2027 in Bogotá stattfinden.", [2027]),
        ("Der Gipfel findet 2028 in Wien statt.", [2028]),
        ("Das Ministerium wird 2000 Stellen streichen.", []),
    ],
)
def test_a_year_after_an_auxiliary(text: str, years: list[int]) -> None:
    assert [m.year for m in dates.find_dates(text, "de")] == years
