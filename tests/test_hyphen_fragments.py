"""A town's name inside a longer hyphenated name is no place (:func:`graph.extract.citycontext.hyphen_fragment`):
after a word that names no place ("Guet-Ndar", "Laurent Vasseur-Delmas"), or as a town's other name before a
lower-case part ("Huang Wei-ming"); a pair of places stays ("Tanger-Dakar", "Paraguay-Paraná")."""

from graph.extract.places import find_cities


def _names(text: str, lang: str) -> list[str]:
    return [c.name for _, c in find_cities(text, lang)]


def test_second_part_of_a_quarter_name_is_no_town() -> None:
    text = "Un protocole sur les licences de pêche des pêcheurs artisanaux de Guet-Ndar, au Sénégal, a été signé."
    assert "Saint-Louis" not in _names(text, "fr")


def test_second_part_of_a_double_surname_is_no_town() -> None:
    text = "Le ministre haïtien a reçu M. Laurent Vasseur-Delmas à Port-au-Prince."
    assert _names(text, "fr") == ["Port-au-Prince"]


def test_town_alias_before_a_lower_case_given_name_is_no_town() -> None:
    text = "El canciller conversó con el ministro de Taiwán, Huang Wei-ming, en Asunción."
    assert _names(text, "es") == ["Asunción"]


def test_pair_of_places_keeps_both() -> None:
    text = "Les ministres ont évoqué à Rabat la liaison routière Tanger-Dakar."
    assert _names(text, "fr")[-2:] == ["Tangier", "Dakar"]


def test_town_before_its_quarter_stays() -> None:
    text = "Die Delegation besuchte am Dienstag einen Maschinenbauer in Chemnitz-Altendorf."
    assert _names(text, "de") == ["Chemnitz"]
