"""Cyrillic names to Latin script, Russian case endings, transliteration-insensitive keys."""

from __future__ import annotations

import pytest

from graph.extract import translit
from graph.extract.translit import (
    is_patronymic, name_key, ru_case_of, ru_given, ru_nominative, to_latin, transliterate_name,
)


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


def test_case_of_a_title() -> None:
    assert ru_case_of("Министром") == "ins"
    assert ru_case_of("министра") == "gen"
    assert ru_case_of("Посол") == "nom"
    assert ru_case_of("Сеньоро") is None


# -- the endings and word lists come from the lexicon files (graph/data/lexicons) ---------------------------
LEXICON_CACHES = (translit._cases, translit._ignored_words, translit._given_names, translit.name_key,  # conftest
                  translit.ru_given, translit.ru_nominative)


def test_ignored_words_of_the_key_come_from_the_lexicon(patched_lexicon) -> None:
    assert name_key("Antony Blinken Jr.") == name_key("Dr. Antony Blinken") == name_key("Antony Blinken")
    assert name_key("Sir Keir Starmer") != name_key("Keir Starmer")
    patched_lexicon("names", None, translit_key_ignored_words=["sir"])
    assert name_key("Sir Keir Starmer") == name_key("Keir Starmer")
    assert name_key("Antony Blinken Jr.") != name_key("Antony Blinken")


def test_given_name_endings_come_from_the_lexicon(patched_lexicon) -> None:
    patched_lexicon("names", "ru", given_case_endings=[["ом", "", "ins"]])
    assert ru_given("Аббасом") == ("Аббас", "ins")
    assert ru_given("Владимира") is None


def test_title_endings_come_from_the_lexicon(patched_lexicon) -> None:
    patched_lexicon("names", "ru", title_case_endings=[["ом", "ins"]], title_nominative_endings=["а"])
    assert ru_case_of("Министром") == "ins"
    assert ru_case_of("министра") == "nom"
    assert ru_case_of("Посол") is None


def test_surname_endings_come_from_the_lexicon(patched_lexicon) -> None:
    assert ru_nominative("Лавровым", None) == "Лавров"
    assert ru_nominative("Вучича", None) == "Вучич"
    assert ru_nominative("Жуковского", None) == "Жуковский"
    patched_lexicon("names", "ru", surname_any_case=[["(?:ов|ев)(ым)$", "", 0]], surname_case_endings={"gen": [["а", ""]]})
    assert ru_nominative("Лавровым", None) == "Лавров"
    assert ru_nominative("Вучича", None) == "Вучича"
    assert ru_nominative("Путина", "gen") == "Путин"
    assert ru_nominative("Путиным", "ins") == "Путиным"  # no instrumental endings left


def test_patronymic_pattern_comes_from_the_lexicon(patched_lexicon) -> None:
    patched_lexicon("names", "ru", patronymic="(?:ович|овн)(?:а|у)?$")
    assert is_patronymic("Петрович") and is_patronymic("Петровна")
    assert not is_patronymic("Никитич")


def test_japanese_names_are_not_read_as_chinese() -> None:
    assert transliterate_name("Такэси Ямада") == "Takesi Yamada"
    assert transliterate_name("Ли Цян") == "Li Qiang"
