"""The head of a visiting delegation named after "unter Leitung des" and his title is of the state the delegation
comes from, not the host's (openings.led_by_states; ``led_by`` of de/roles.json)."""

from __future__ import annotations

from datetime import date

import pytest

from graph.extract import extract
from graph.model import Article


def _state(text: str, lang: str, surname: str) -> str | None:
    extraction = extract(Article(key="t", text=text, language=lang, published=date(2026, 3, 9)))
    person = next(p for p in extraction.people if p.name.split()[-1] == surname)
    return person.country


@pytest.mark.parametrize(
    ("lang", "text", "surname", "state"),
    [
        ("de", "Außenministerin Petra Hollweg hat heute im Auswärtigen Amt eine Delegation des lettischen Parlaments "
               "unter Leitung des Ausschussvorsitzenden Juris Ozols empfangen.",
         "Ozols", "LV"),
        ("de", "Bundesaußenminister Karl Brenner empfing am Montag in Berlin eine Delegation der finnischen Regierung "
               "unter der Leitung der Verteidigungsministerin Aino Laaksonen.",
         "Laaksonen", "FI"),
        ("en", "Foreign Minister Petra Hollweg received a delegation of the Latvian parliament led by committee "
               "chairman Juris Ozols in Berlin on Monday.",
         "Ozols", "LV"),
    ],
)
def test_the_head_of_a_visiting_delegation_is_of_its_state(lang: str, text: str, surname: str, state: str) -> None:
    assert _state(text, lang, surname) == state
