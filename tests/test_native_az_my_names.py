"""Azerbaijani and Burmese officials named in Russian script get their native Latin spelling (nativenames.py)."""

from __future__ import annotations

from datetime import date

import pytest

from graph.extract.nativenames import native_spelling

from extracted import extraction_of


@pytest.mark.parametrize(
    ("cyrillic", "native"),
    [
        ("Эльдар Гасанов", "Eldar Hasanov"),  # Russian Г for the Azerbaijani h of Arabic roots
        ("Рашад Гусейнов", "Rashad Huseynov"),
        ("Вугар Гаджиев", "Vugar Hajiyev"),  # an -ев surname is Azerbaijani's own: the state is no guess
        ("Анар Гейдарзаде", "Anar Heydarzade"),
        ("Тофиг Гулиев", "Tofig Guliyev"),  # a Г that is no h stays g
    ],
)
def test_an_azerbaijani_name_reads_russian_g_as_h_in_its_roots(cyrillic: str, native: str) -> None:
    assert native_spelling(cyrillic, "AZ") == native


def test_a_burmese_word_russian_writes_alike_gives_an_alternate_name() -> None:
    assert native_spelling("Чжо Тан", "MM") == "Kyaw Than"
    assert native_spelling("Чжо Тан", "MM", alternate=True) == "Kyaw Thant"


def test_a_russian_report_names_azerbaijani_and_burmese_ministers_natively() -> None:
    text = ("Министр иностранных дел Казахстана Арман Сейткалиев провел в четверг в Астане переговоры с "
            "министром экономики Азербайджана Эльдаром Гасанзаде. В пятницу он принял заместителя министра "
            "иностранных дел Мьянмы У Мин Чжо Тана.")
    people = extraction_of(text, "ru", date(2026, 5, 14)).people
    azerbaijani = next(p for p in people if p.country == "AZ")
    assert azerbaijani.name == "Eldar Hasanzade"
    burmese = next(p for p in people if p.country == "MM")
    assert burmese.name == "Min Kyaw Than"  # the honorific "У" is no part of the name
    assert "Min Kyaw Thant" in burmese.alternate_names


def test_a_swedish_oe_written_yo_in_russian_keys_like_its_latin_form() -> None:
    from graph.extract.translit import name_key

    assert name_key("Ингрид Сёдерлунд") == name_key("Ingrid Söderlund")
    assert name_key("Örjan Berg") != name_key("Erjan Berg")  # an initial Ö is no soft "yo"
