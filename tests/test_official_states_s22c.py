"""Officials' states from wave 3 of session 22: an adjective two states share, and the two officials of "the two
countries" when no pair of states joined by a conjunction orders them."""

from __future__ import annotations

from graph.extract.countries import find_countries
from tests.extracted import people_of

DAY = "2025-03-06"


def _states(text: str, lang: str = "fr") -> dict[str, str | None]:
    return {name: person.country for name, person in people_of(text, lang, DAY).items()}


def test_shared_adjective_takes_the_state_the_text_names():
    text = ("LIBREVILLE, 6 mars 2025 (AFP) - Les présidents gabonais Jean Mba Ondo et congolais Paul Okemba Ngoye "
            "se sont entretenus mercredi par téléphone au sujet de la route entre Libreville et Brazzaville.")
    states = _states(text)
    assert states["Jean Mba Ondo"] == "GA"
    assert states["Paul Okemba Ngoye"] == "CG"


def test_shared_adjective_keeps_its_own_state_otherwise():
    alone = "PARIS, 6 mars 2025 (AFP) - Le président congolais Paul Okemba Ngoye est arrivé mercredi à Paris."
    assert _states(alone)["Paul Okemba Ngoye"] == "CD"
    both = ("PARIS, 6 mars 2025 (AFP) - Le président congolais Paul Okemba Ngoye a quitté Kinshasa mercredi "
            "pour Brazzaville.")
    assert _states(both)["Paul Okemba Ngoye"] == "CD"
    assert {m.code for m in find_countries("Le ministre congolais est à Brazzaville.", "fr")} == {"CG"}


def test_two_countries_without_a_named_pair_follow_the_officials_order():
    text = ("LIBREVILLE, 6 mars 2025 (AFP) - Le président gabonais Jean Mba Ondo a reçu mercredi son homologue "
            "congolais Paul Okemba Ngoye, venu de Brazzaville.\n\n"
            "Selon une source congolaise, les ministres des Affaires étrangères des deux pays, Anne Nzé Obame et "
            "Marc Mabiala Tsiba, se retrouveront en avril à Franceville.")
    states = _states(text)
    assert states["Anne Nzé Obame"] == "GA"
    assert states["Marc Mabiala Tsiba"] == "CG"


def test_counterpart_with_a_state_gives_it_to_the_title_after_its_comma():
    text = ("Port Moresby, 5 August 2025. The Minister for Foreign Affairs, Peter Wambi, said on Tuesday he had raised "
            "the matter with his Indonesian counterpart, Foreign Minister Ratna Kusuma, on Saturday.")
    states = _states(text, "en")
    assert states["Peter Wambi"] == "PG"
    assert states["Ratna Kusuma"] == "ID"
