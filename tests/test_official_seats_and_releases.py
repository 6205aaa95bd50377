"""Officials whose state comes from the institution around their title: the office a title is held in ("im
Außenministerium": no default state, and not the text's issuer), an honorific before the title, a ministry
named without a state in wire copy filed from a capital ("DFA spokesperson"), and a release whose head names
its institution without a state (its first official's state issues it)."""

from __future__ import annotations

from datetime import date

from graph.extract.issuingstate import home_country
from graph.extract.roles import compiled

from extracted import extraction_of


def _people(text: str, lang: str = "en") -> dict[str, tuple[str | None, str | None]]:
    found = extraction_of(text, lang, date(2026, 5, 6))
    return {p.name: (p.role, p.country) for p in found.people}


def test_a_title_held_in_a_ministry_named_without_state_keeps_its_name_and_loses_its_default() -> None:
    text = ("Doha (QNA) – Seine Exzellenz der Staatsminister im Außenministerium, Dr. Nasser bin Ghanem Al Marri, "
            "empfing am Montag den Gast.")
    assert _people(text, "de")["Nasser bin Ghanem Al Marri"] == ("Minister of State", "QA")


def test_a_german_minister_of_state_without_a_seat_stays_german() -> None:
    text = "Staatsministerin Petra Lorenz besuchte im Mai die malische Hauptstadt."
    assert _people(text, "de")["Petra Lorenz"] == ("Minister of State", "DE")


def test_an_institution_that_is_a_guests_office_does_not_issue_the_text() -> None:
    lex = compiled("de")
    guest = "Doha (QNA) – Der Minister empfing am Montag Katrin Oberländer, Staatssekretärin im Auswärtigen Amt."
    assert home_country(lex, guest) is None
    assert home_country(lex, "Das Auswärtige Amt teilt mit: Die Ministerin reist nach Kenia.") == "DE"


def test_a_ministry_acronym_without_state_is_the_ministry_of_the_capital_filed_from() -> None:
    text = ("MANILA — The Department of Foreign Affairs on Monday summoned Chinese Ambassador Zhou Minghao.\n\n"
            "\"We conveyed our protest,\" DFA spokesperson Carlos Miguel Dizon said on Monday. Chinese Foreign "
            "Ministry spokesperson Lin Jiaming rejected the protest.")
    found = _people(text)
    assert found["Carlos Miguel Dizon"][1] == "PH"
    assert found["Lin Jiaming"][1] == "CN"


def test_a_release_head_without_state_takes_its_first_officials_state() -> None:
    text = ("Communiqué de la Présidence de la République\n\n"
            "Le Président de la République du Bénin, Patrice Agbodjan, a reçu ce jeudi les lettres de créance de deux "
            "ambassadeurs accrédités auprès de la République du Bénin. Il s'agit de Kenji Morita, ambassadeur du "
            "Japon, et de Youssef El Alami, ambassadeur du Maroc.\n\n"
            "La cérémonie s'est déroulée en présence du ministre des Affaires étrangères, Romuald Houngbédji.")
    found = _people(text, "fr")
    assert found["Romuald Houngbédji"] == ("Minister of Foreign Affairs", "BJ")
    assert found["Kenji Morita"][1] == "JP"
