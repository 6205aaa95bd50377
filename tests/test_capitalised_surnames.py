"""A surname in capitals before the given name ("Mr. SATO Kenta", "Prime Minister MORI Haruki"), as Japanese
readouts write them, is part of the name; the later "Minister Sato" is the same person. Acronyms are not."""

from datetime import date

from extracted import people_of


PUBLISHED = date(2026, 4, 8)


def test_capitalised_surname_after_an_honorific() -> None:
    text = ("On April 8, Mr. SATO Kenta, Minister for Foreign Affairs of Japan, held a telephone talk with "
            "Mr. Ruslan Abdullaev, Minister of Foreign Affairs of the Republic of Uzbekistan.\n\n"
            "Minister Sato stated that Japan stands ready to support the reforms.")
    people = people_of(text, "en", PUBLISHED)
    assert "SATO Kenta" in people
    assert people["SATO Kenta"].country == "JP"
    assert "Sato" in people["SATO Kenta"].alternate_names
    assert "Kenta" not in people and "Sato" not in people


def test_capitalised_surname_after_a_title() -> None:
    text = "The President met Prime Minister MORI Haruki in Tokyo in December last year."
    assert "MORI Haruki" in people_of(text, "en", PUBLISHED)


def test_cyrillic_acronym_is_no_surname() -> None:
    text = "Как сообщила официальный представитель МИД Анна Белова, послу заявлен протест."
    people = people_of(text, "ru", PUBLISHED)
    assert any(name.endswith("Belova") for name in people)
    assert not any("МИД" in name or "MID" in name for name in people)


def test_headline_in_capitals_is_no_surname() -> None:
    text = ("PRESIDENT MEETS Mr. John Smith IN ACCRA\n\n"
            "Accra, 3 May - President Kofi Mensah met Mr. John Smith, the British envoy.")
    assert not any(name.startswith("MEETS") for name in people_of(text, "en", PUBLISHED))
