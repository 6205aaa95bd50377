"""The head of the EU's delegation in a state serves the EU, not the state he is posted to, also when his
rank as ambassador stands between his post and his name."""

from datetime import date

from extracted import people_of


PUBLISHED = date(2026, 4, 20)


def test_french_post_then_rank_after_comma():
    text = ("Bruxelles, le 20 avril 2026. À Hanoï, le chef de la délégation de l'Union européenne au Viêt Nam, "
            "l'ambassadeur Julien Marchetti, accompagnera le commissaire.")
    person = people_of(text, "fr", PUBLISHED)["Julien Marchetti"]
    assert person.country is None and person.organization.code == "EU"


def test_russian_post_then_rank():
    text = ("Астана, 11 февраля 2026 года. Во встрече также принял участие Глава Представительства ЕС в Казахстане "
            "посол Томас Леклерк.")
    person = next(p for p in people_of(text, "ru", PUBLISHED).values() if "Томас Леклерк" in p.alternate_names)
    assert person.country is None and person.organization.code == "EU"


def test_algerian_portfolio_with_lower_case_words():
    text = ("Alger, le 25 mai 2026 - Le ministre des Affaires étrangères et de la Communauté nationale à "
            "l'étranger, M. Karim Benaouda, s'est entretenu avec son homologue malien.")
    person = people_of(text, "fr", PUBLISHED)["Karim Benaouda"]
    assert person.role == "Minister of Foreign Affairs" and person.country == "DZ"
