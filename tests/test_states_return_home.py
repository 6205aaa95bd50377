"""An official without a stated state who returns to a country named by name is of it (localstates.return_home_states)."""

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
        ("en", "Trade Minister Aroha Whitcombe will travel to Jakarta and Manila this week.\n\n"
               "In Jakarta Ms Whitcombe will meet business leaders. Ms Whitcombe returns to Australia on Friday.",
         "Whitcombe", "AU"),
        ("de", "Handelsministerin Greta Olsberg reist diese Woche nach Jakarta und Manila.\n\n"
               "In Jakarta trifft Olsberg Wirtschaftsvertreter. Olsberg kehrt am Freitag nach Österreich zurück.",
         "Olsberg", "AT"),
        ("es", "La ministra de Comercio Lucía Barreiro viajará esta semana a Yakarta y Manila.\n\n"
               "En Yakarta Barreiro se reunirá con empresarios. Barreiro regresará a Uruguay el viernes.",
         "Barreiro", "UY"),
        ("fr", "La ministre du Commerce Hélène Marquet se rendra cette semaine à Jakarta et à Manille.\n\n"
               "À Jakarta, Marquet rencontrera des chefs d'entreprise. Marquet rentrera en Belgique vendredi.",
         "Marquet", "BE"),
    ],
)
def test_a_traveller_returning_to_a_country_is_of_it(lang: str, text: str, surname: str, state: str) -> None:
    assert _state(text, lang, surname) == state
