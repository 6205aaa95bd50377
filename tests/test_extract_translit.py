"""Cyrillic names to Latin script, Russian case endings, transliteration-insensitive keys."""

from __future__ import annotations

import pytest

from graph.extract.translit import is_patronymic, name_key, ru_given, ru_nominative, to_latin, transliterate_name


@pytest.mark.parametrize(
    ("cyrillic", "latin"),
    [
        ("Сергей Лавров", "Sergey Lavrov"),
        ("Юрий Ушаков", "Yuri Ushakov"),
        ("Ильхам Алиев", "Ilham Aliyev"),
        ("Александр Лукашенко", "Alexander Lukashenko"),
        ("Си Цзиньпин", "Xi Jinping"),
        ("Ван И", "Wang Yi"),
        ("Дмитрий Жуковский", "Dmitry Zhukovsky"),
    ],
)
def test_transliterate_name(cyrillic: str, latin: str) -> None:
    assert transliterate_name(cyrillic) == latin


def test_to_latin_keeps_other_characters() -> None:
    assert to_latin("Москва, 2025") == "Moskva, 2025"


@pytest.mark.parametrize(
    ("word", "case", "nominative"),
    [("Путина", "gen", "Путин"), ("Лавровым", "ins", "Лавров"), ("Цзиньпину", "dat", "Цзиньпин"),
     ("Аракчи", "gen", "Аракчи"), ("Моди", "ins", "Моди"), ("Нарендрой", "ins", "Нарендра")],
)  # fmt: skip
def test_russian_surname_nominative(word: str, case: str, nominative: str) -> None:
    assert ru_nominative(word, case) == nominative


def test_given_names_tell_the_case() -> None:
    assert ru_given("Владимира") == ("Владимир", "gen")
    assert ru_given("Аббасом") == ("Аббас", "ins")
    assert ru_given("Лавров") is None


def test_patronymics() -> None:
    assert is_patronymic("Никитич") and is_patronymic("Викторовна")
    assert not is_patronymic("Дарчиев")


@pytest.mark.parametrize(
    "variants",
    [
        ("Sergej Lawrow", "Sergey Lavrov", "Сергей Лавров"),
        ("Antony J. Blinken", "Antony Blinken"),
        ("Mevlüt Çavuşoğlu", "Mevlut Cavusoglu"),
        ("Alexander Dartschijew", "Alexander Darchiev", "Александр Дарчиев"),
    ],
)
def test_name_key_ignores_transliteration(variants: tuple[str, ...]) -> None:
    assert len({name_key(v) for v in variants}) == 1


def test_name_key_keeps_different_people_apart() -> None:
    assert name_key("Joe Biden") != name_key("Jill Biden")
