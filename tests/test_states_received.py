"""States of officials: the host receiving a visitor in a town, a plural title over two states joined in the
text, and a state named after an official's name (issue #3)."""

from __future__ import annotations

from datetime import date

import pytest

from extracted import extraction_of


def _state(text: str, lang: str, surname: str) -> str | None:
    extraction = extraction_of(text, lang, date(2026, 5, 4))
    person = next(p for p in extraction.people if p.name.split()[-1] == surname)
    return person.country


@pytest.mark.parametrize(
    ("lang", "text", "surname", "state"),
    [
        ("de", "Wien (apa) - Bundespräsident Leopold Aigner reist kommende Woche nach Kenia. Wie die Präsidentschaftskanzlei "
               "am Montag mitteilte, wird er am 12. Mai in Nairobi von Präsident Daniel Kiptoo Mwangi empfangen.",
         "Mwangi", "KE"),
        ("es", "Madrid (EFE) - El rey Fernando Olmedo viajará la próxima semana a Ecuador. Según la Casa Real, el 12 de mayo "
               "será recibido en Quito por el presidente Marcelo Andrade Paredes.",
         "Paredes", "EC"),
        ("en", "ROME (ANSA) - Italian President Carla Bentivoglio will travel to Ghana next week. On May 12 she will be "
               "received in Accra by President Kofi Ampofo Danquah at the Jubilee House.",
         "Danquah", "GH"),
    ],
)
def test_host_receiving_in_a_town_serves_its_state(lang: str, text: str, surname: str, state: str) -> None:
    assert _state(text, lang, surname) == state


@pytest.mark.parametrize(
    ("lang", "text", "first", "second"),
    [
        ("es", "Uruguay y Paraguay firman un acuerdo hidroeléctrico\n\nLas negociaciones avanzaron en marzo, tras una "
               "llamada telefónica entre los presidentes Tomás Arregui y Rodrigo Benítez Ayala, en la que ambos pidieron resultados.",
         ("Arregui", "UY"), ("Ayala", "PY")),
        ("en", "Ghana and Togo agree on border markers\n\nThe talks resumed in March after a phone call between the "
               "Presidents Kwame Asante Boadu and Komlan Edem Agbeko, who asked their teams for results.",
         ("Boadu", "GH"), ("Agbeko", "TG")),
    ],
)
def test_plural_title_over_two_joined_states_takes_them_in_order(lang: str, text: str, first: tuple, second: tuple) -> None:
    assert _state(text, lang, first[0]) == first[1]
    assert _state(text, lang, second[0]) == second[1]


def test_state_named_after_the_official_is_his() -> None:
    text = ("Montevideo, 4 may (EFE).- La cumbre de Salto será presidida por los mandatarios Tomás Arregui, de Uruguay, "
            "y Rodrigo Benítez Ayala, de Paraguay, quienes no se han reunido desde enero.")
    assert _state(text, "es", "Ayala") == "PY"
