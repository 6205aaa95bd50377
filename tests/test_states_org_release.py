"""The report of an organisation's official's trip, datelined at its seat: a leader she meets in a town is of
the town's state, and the officials she meets are not of the dateline's (home._org_release)."""

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
