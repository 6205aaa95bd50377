"""French official style writes a ministry in lower case ("la porte-parole du ministère de l'Europe et des affaires
étrangères, Mme X"): the lower-case words close the title's complement before the name after the comma."""

from datetime import date

from extracted import people_of


PUBLISHED = date(2026, 11, 18)


def test_spokeswoman_of_a_lower_case_ministry() -> None:
    text = ("Ce mercredi, la porte-parole du ministère de l'Europe et des affaires étrangères, Mme Sophie Lambert, "
            "a déclaré que la France regrette une décision injustifiée.")
    person = people_of(text, 'fr', PUBLISHED)["Sophie Lambert"]
    assert person.role == "Spokesperson"
    assert person.country == "FR"


def test_external_affairs_minister_of_a_republic() -> None:
    text = ("M. Paul Girard s'est entretenu hier avec M. Rohan Mehta, ministre des affaires extérieures de la "
            "République de l'Inde, en visite officielle en France.")
    person = people_of(text, 'fr', PUBLISHED)["Rohan Mehta"]
    assert person.role == "Minister of Foreign Affairs"
    assert person.country == "IN"
