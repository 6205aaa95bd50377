"""Names and states of officials: a portfolio listed between commas that names the state or its nationals, a name
joined to its title by a phrase ("en qualité de"), "Sultan" as a given name ("Sultan bin Hamad"), a
capital that is a surname, and body words that are nobody's name."""

from datetime import date

from extracted import people_of

PUBLISHED = date(2026, 7, 8)


def test_listed_portfolio_names_the_state():
    text = ("Le ministre des Affaires étrangères, de la Coopération africaine et des Marocains résidant à l'étranger, "
            "M. Karim Benslimane, et le ministre des Affaires étrangères, de la Coopération et des Mauritaniens de "
            "l'extérieur de la République islamique de Mauritanie, M. Mohamed Salem Ould Cheikh Sidiya, ont coprésidé "
            "mardi à Rabat les travaux de la session.\n\nLe ministre mauritanien a par ailleurs été reçu mardi.")
    people = people_of(text, "fr", PUBLISHED)
    assert people["Karim Benslimane"].country == "MA"
    assert people["Mohamed Salem Ould Cheikh Sidiya"].country == "MR"


def test_name_joined_by_a_phrase():
    text = ("M. Benslimane a salué la nomination de M. Ahmedou Ould Bah en qualité de nouvel ambassadeur de la "
            "République islamique de Mauritanie auprès du Royaume du Maroc.")
    person = people_of(text, "fr", PUBLISHED)["Ahmedou Ould Bah"]
    assert (person.role, person.country) == ("Ambassador", "MR")


def test_sultan_as_a_given_name():
    people = people_of("EAM called on H.H. Sheikh Sultan bin Hamad Al Nahyan, President of the UAE.", "en", PUBLISHED)
    assert people["Sultan bin Hamad Al Nahyan"].role == "President"
    people = people_of("Sultan Haitham bin Tarik received the minister.", "en", PUBLISHED)
    assert people["Haitham bin Tarik"].role == "Sultan"


def test_capital_as_a_surname():
    text = "The Memorandum was signed by Ambassador Mauro Teixeira Lima, Permanent Representative of Brazil to the United Nations."
    assert people_of(text, "en", PUBLISHED)["Mauro Teixeira Lima"].country == "BR"


def test_group_is_nobody():
    text = "The leaders of the Visegrád Group met in the Slovak city of Košice on Thursday."
    assert "Group" not in people_of(text, "en", PUBLISHED)
