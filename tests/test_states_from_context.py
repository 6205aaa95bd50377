"""States of officials read from what the text tells around them:

- An official without a stated state who returns to a country named by name is of it
  (localstates.return_home_states).
- The report of an organisation's official's trip, datelined at its seat: a leader she meets in a town is of the
  town's state, and the officials she meets are not of the dateline's (people_cues.org_trip_report).
- The head of a visiting delegation named after "unter Leitung des" and his title is of the state the delegation
  comes from, not the host's (openings.led_by_states; ``led_by`` of de/roles.json).
"""

from __future__ import annotations

from datetime import date

import pytest

from extracted import extraction_of


def _state(text: str, lang: str, surname: str) -> str | None:
    extraction = extraction_of(text, lang, date(2026, 3, 9))
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


@pytest.mark.parametrize(
    ("lang", "text", "surname", "state"),
    [
        ("de", "Brüssel, 8. März 2026\n\nDie EU-Kommissarin Helga Brandström hat am 6. und 7. März Georgien besucht. "
               "Am Freitag traf sie in Tiflis mit Präsidentin Nino Kapanadze zusammen.",
         "Kapanadze", "GE"),
        ("en", "Brussels, 8 March 2026\n\nEU Commissioner Helga Brandström visited Georgia on 6 and 7 March. "
               "On Friday in Tbilisi she held talks with President Nino Kapanadze.",
         "Kapanadze", "GE"),
        ("fr", "Bruxelles, le 8 mars 2026\n\nLa commissaire européenne Helga Brandström s'est rendue en Géorgie les 6 et 7 mars. "
               "Vendredi, à Tbilissi, elle s'est entretenue avec la présidente Nino Kapanadze.",
         "Kapanadze", "GE"),
    ],
)
def test_a_leader_an_organisation_official_meets_in_a_town_is_of_its_state(lang: str, text: str, surname: str,
                                                                            state: str) -> None:
    assert _state(text, lang, surname) == state


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
