"""French official style writes a ministry in lower case ("la porte-parole du ministère de l'Europe et des affaires
étrangères, Mme X"): the lower-case words close the title's complement before the name after the comma."""

from datetime import date

from graph.extract import extract
from graph.model import Article


def _people(text: str) -> dict[str, object]:
    article = Article(key="t", text=text, language="fr", published=date(2026, 11, 18))
    return {p.name: p for p in extract(article).people}


def test_spokeswoman_of_a_lower_case_ministry() -> None:
    text = ("Ce mercredi, la porte-parole du ministère de l'Europe et des affaires étrangères, Mme Sophie Lambert, "
            "a déclaré que la France regrette une décision injustifiée.")
    person = _people(text)["Sophie Lambert"]
    assert person.role == "Spokesperson"
    assert person.country == "FR"


def test_external_affairs_minister_of_a_republic() -> None:
    text = ("M. Paul Girard s'est entretenu hier avec M. Rohan Mehta, ministre des affaires extérieures de la "
            "République de l'Inde, en visite officielle en France.")
    person = _people(text)["Rohan Mehta"]
    assert person.role == "Minister of Foreign Affairs"
    assert person.country == "IN"
