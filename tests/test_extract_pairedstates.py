"""Two officials listed after "the two countries" act for the pair of states named before them
(graph.extract.pairedstates)."""

from __future__ import annotations

from datetime import date

import pytest

from extracted import extraction_of


def _states(text: str, lang: str) -> dict[str, str | None]:
    people = extraction_of(text, lang, date(2026, 3, 12)).people
    return {p.name: p.country for p in people}


@pytest.mark.parametrize(
    ("text", "lang", "first", "second"),
    [
        ("Talks\n\nKenya and Uganda want more trade. On Monday the foreign ministers of both countries Paul Kibet "
         "and Grace Nansubuga held talks in Nairobi.", "en", "Paul Kibet", "Grace Nansubuga"),
        ("Gespräche\n\nKenia und Uganda wollen den Handel ausbauen. Am Montag trafen sich die Außenminister beider "
         "Länder, Paul Kibet und Grace Nansubuga, in Nairobi.", "de", "Paul Kibet", "Grace Nansubuga"),
        ("Reunión\n\nChile y Perú buscan ampliar el comercio. El lunes, los cancilleres de ambos países, Rodrigo Vial "
         "y Julio Salas, se reunieron en Lima.", "es", "Rodrigo Vial", "Julio Salas"),
        ("Переговоры\n\nПрезиденты Белоруссии и Армении провели переговоры. Накануне в Минске состоялись переговоры "
         "министров иностранных дел двух стран Игоря Сидоровича и Ашота Мовсисяна.", "ru", "Igor Sidorovich",
         "Ashot Movsisyan"),
    ],
)
def test_officials_of_the_two_countries_take_the_pair_named_before_in_order(text: str, lang: str, first: str,
                                                                            second: str) -> None:
    states = _states(text, lang)
    pair = {"en": ("KE", "UG"), "de": ("KE", "UG"), "es": ("CL", "PE"), "ru": ("BY", "AM")}[lang]
    assert (states.get(first), states.get(second)) == pair, states


def test_without_a_pair_named_before_the_two_countries_give_no_order() -> None:
    text = ("Talks\n\nThe foreign minister of Kenya arrived on Sunday. On Monday the foreign ministers of both "
            "countries Paul Kibet and Grace Nansubuga held talks.")
    states = _states(text, "en")
    assert states.get("Grace Nansubuga") != "KE" or states.get("Paul Kibet") != "UG", states
