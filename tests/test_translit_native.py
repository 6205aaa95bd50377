"""Foreign officials' names in Russian script get the spelling of their own language (graph/extract/nativenames.py)."""

from __future__ import annotations

from datetime import date

import pytest

from graph.extract.germanspell import english_form
from graph.extract.nativenames import native_spelling
from graph.extract.translit import name_key

from extracted import extraction_of


@pytest.mark.parametrize(
    ("name", "country", "native"),
    [
        ("Жуан Бастус Виейра", "BR", "João Bastos Vieira"),
        ("Паулу Роберту Фрейтас", "PT", "Paulo Roberto Freitas"),
        ("Кайри Мянд", "EE", "Kairi Mänd"),
        ("Эдгарс Зариньш", "LV", "Edgars Zariņš"),
        ("Хуан Карлос Мендес", "MX", "Juan Carlos Mendez"),
        ("Штефан Шольц", "DE", "Stefan Scholz"),
        ("Томаш Гавранек", "CZ", "Tomaš Havranek"),
    ],
)
def test_a_foreign_name_gets_its_own_language_spelling(name: str, country: str, native: str) -> None:
    assert native_spelling(name, country) == native


@pytest.mark.parametrize("country", ["RU", "UA", "BY", "KZ", None])
def test_names_of_cyrillic_script_states_keep_their_transliteration(country: str | None) -> None:
    assert native_spelling("Андрей Кулагин", country) is None


def test_a_y_glide_between_vowels_is_folded_in_the_name_key() -> None:
    assert name_key("Pavel Nikolayev") == name_key("Pavel Nikolaev") == name_key("Павел Николаев")


def test_a_russian_report_names_a_portuguese_speaking_minister_natively() -> None:
    text = ("Министр иностранных дел России Алексей Воронцов провел в среду переговоры с министром иностранных дел "
            "Бразилии Рикарду Бастусом Виейрой.")
    people = extraction_of(text, "ru", date(2026, 3, 11)).people
    brazilian = next(p for p in people if p.country == "BR")
    assert brazilian.name == "Ricardo Bastos Vieira"
    assert "Рикарду Бастус Виейра" in brazilian.alternate_names  # the original stays, for cross-article matching
    russian = next(p for p in people if p.country == "RU")
    assert russian.name == "Alexey Vorontsov"


@pytest.mark.parametrize(
    ("cyrillic", "state", "native"),
    [
        ("Марселу Ребелу де Соуза", "PT", "Marcelo Rebelo de Souza"),  # a particle stays lower case
        ("Антониу Гутерриш", "PT", "António Guterres"),  # final unstressed "-es" is heard "-ish"
        ("Урсула фон дер Ляйен", "DE", "Ursula von der Ljajen"),
        ("Тимур Алибаев", "LV", None),  # a Russian-type surname: the state was a guess, the name stays
        ("Мамаду Ндиай", "SN", None),  # French-speaking Africa: names mostly not French
    ],
)
def test_particles_endings_and_states_without_a_scheme(cyrillic: str, state: str, native: str | None) -> None:
    assert native_spelling(cyrillic, state) == native


@pytest.mark.parametrize(("german", "state", "english"), [
    ("Nodar Dschandschgawa", "GE", "Nodar Janjgava"),
    ("Giorgi Tschantladse", "GE", "Giorgi Chantladze"),
    ("Jewgenij Tschernow", "RU", "Yevgeni Chernov"),
    ("Arsen Sarkissjan", "AM", "Arsen Sarkissyan"),
    ("Olaf Schmidtke", "DE", None),
    ("Giorgi Beridze", "GE", None),
])  # fmt: skip
def test_eastern_names_written_the_german_way_get_the_english_form(german: str, state: str, english: str | None) -> None:
    assert english_form(german, state) == english


def test_a_german_report_names_a_georgian_minister_in_the_usual_latin_form() -> None:
    text = ("Tiflis (dpa) - Der georgische Außenminister Surab Tschcheidse hat am Dienstag in Tiflis "
            "seinen armenischen Kollegen Ararat Mirsojan empfangen.")
    people = extraction_of(text, "de", date(2026, 2, 4)).people
    georgian = next(p for p in people if p.country == "GE")
    assert georgian.name == "Surab Chkheidze"  # the usual Latin form
    assert "Surab Tschcheidse" in georgian.alternate_names  # as written, for searching and matching


def test_a_finnish_long_i_written_with_short_i_in_russian() -> None:
    assert native_spelling("Айно-Лийса Виртанен", "FI") == "Aino-Liisa Virtanen"
    assert native_spelling("Майя Кийски", "FI") == "Maija Kiiski"
