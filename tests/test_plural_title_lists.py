"""Officials under one plural title with a list of states or "the two countries", and a department director."""

from __future__ import annotations

from datetime import date

from graph.model import Extraction

from extracted import extraction_of


PUBLISHED = date(2026, 5, 12)


def _people(x: Extraction) -> dict[str, tuple[str | None, str | None]]:
    return {p.name: (p.country, p.role) for p in x.people}


def test_a_plural_title_with_three_states_then_three_names_russian() -> None:
    x = extraction_of("Президенты Армении, Грузии и Азербайджана Ашот Мелконян, Леван Гиоргадзе и Эльчин Гасанов "
                            "встретились в Тбилиси.", "ru", PUBLISHED)  # fmt: skip
    people = _people(x)
    assert len(people) == 3
    assert sorted(c for c, _ in people.values()) == ["AM", "AZ", "GE"]


def test_a_plural_title_with_three_states_then_three_names_english() -> None:
    x = extraction_of("The foreign ministers of Estonia, Latvia and Lithuania, Kaarel Tamm, Jānis Bērziņš and "
                            "Tomas Kazlauskas, met in Riga on Monday.", "en", PUBLISHED)  # fmt: skip
    people = _people(x)
    assert {people[n][0] for n in people} == {"EE", "LV", "LT"}


def test_the_two_countries_between_a_plural_title_and_two_names_german() -> None:
    x = extraction_of("Estland und Finnland wollen enger zusammenarbeiten. Vorbereitet wurde das Abkommen von den "
                            "Außenministern beider Länder, Tarmo Kivisild und Eino Lahtinen, die sich in Tallinn trafen.", "de", PUBLISHED)  # fmt: skip
    people = _people(x)
    assert people["Tarmo Kivisild"] == ("EE", "Minister of Foreign Affairs")
    assert people["Eino Lahtinen"] == ("FI", "Minister of Foreign Affairs")


def test_the_two_countries_after_of_between_a_plural_title_and_two_names_english() -> None:
    x = extraction_of("Chile and Peru signed a border accord. It was negotiated by the foreign ministers of both "
                            "countries, Ana Valdés and Jorge Quispe, over two years.", "en", PUBLISHED)  # fmt: skip
    people = _people(x)
    assert people["Ana Valdés"][0] == "CL"
    assert people["Jorge Quispe"][0] == "PE"


def test_the_director_of_a_named_department_before_a_comma_and_the_name() -> None:
    x = extraction_of("The ambassador was received by the Director of the Americas and Caribbean Department, "
                            "Laura Fenwick, who handed him a note.", "en", PUBLISHED)  # fmt: skip
    assert _people(x)["Laura Fenwick"][1] == "Director"


def test_a_director_without_a_department_names_nobody() -> None:
    x = extraction_of("The Director of the Museum, Peter Hall, opened the exhibition.", "en", PUBLISHED)
    assert "Peter Hall" not in _people(x)


def test_a_plural_title_with_states_each_after_a_genitive_word_french() -> None:
    x = extraction_of("Les ministres des Affaires étrangères du Sénégal, du Togo, du Niger et du Bénin, Aminata Sow, "
                            "Koffi Agbéko, Issa Maïga et Rachidi Adéchina, se sont réunis à Lomé.", "fr", PUBLISHED)  # fmt: skip
    people = _people(x)
    names = ("Aminata Sow", "Koffi Agbéko", "Issa Maïga", "Rachidi Adéchina")
    assert [people[n][0] for n in names] == ["SN", "TG", "NE", "BJ"]


def test_a_plural_title_with_three_states_then_three_names_spanish() -> None:
    x = extraction_of("Los cancilleres de Uruguay, Paraguay y Argentina, Lucía Ferreira, Óscar Benítez y Martín Acosta, "
                            "se reunieron en Asunción.", "es", PUBLISHED)  # fmt: skip
    people = _people(x)
    assert [people[n][0] for n in ("Lucía Ferreira", "Óscar Benítez", "Martín Acosta")] == ["UY", "PY", "AR"]


def test_a_list_of_states_without_names_stays_the_parties() -> None:
    x = extraction_of("Les ministres des Affaires étrangères du Sénégal, du Togo, du Bénin et du Ghana se sont réunis à Lomé.", "fr", PUBLISHED)
    assert not x.people
    assert {c for e in x.events for c in e.countries} >= {"SN", "TG", "BJ", "GH"}
