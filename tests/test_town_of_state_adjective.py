"""A state's adjective calling a name its town picks that state's namesake
(:func:`graph.extract.citycontext.town_of_state`): "la ciudad boliviana de Copacabana" is Bolivia's Copacabana,
not Rio de Janeiro's bigger one; a town with no namesake stays as it was."""

from graph.extract.places import find_cities


def _found(text: str, lang: str) -> list[tuple[str, str | None]]:
    return [(c.name, c.country) for _, c in find_cities(text, lang)]


def test_spanish_town_word_then_adjective() -> None:
    assert _found("El gabinete se realizará en la ciudad boliviana de Copacabana.", "es") == [("Copacabana", "BO")]


def test_english_adjective_then_town_word() -> None:
    assert _found("They will meet in the Bolivian town of Copacabana.", "en") == [("Copacabana", "BO")]


def test_german_adjective_before_stadt() -> None:
    assert _found("Das Treffen findet in der bolivianischen Stadt Copacabana statt.", "de") == [("Copacabana", "BO")]


def test_no_adjective_keeps_the_bigger_namesake() -> None:
    assert _found("Die Minister trafen sich in Copacabana.", "de") == [("Copacabana", "BR")]


def test_unique_town_unchanged() -> None:
    assert _found("Se reunieron en la ciudad ecuatoriana de Cuenca.", "es") == [("Cuenca", "EC")]
