"""Russian: the adjectives of a state's formal name ("Федеративной Республики Бразилии", "Федеративной
Демократической Республики Эфиопия") are no person's name before the official named after them."""

from datetime import date

from extracted import extraction_of


def _people(text: str) -> dict[str, str | None]:
    found = extraction_of(text, "ru", date(2026, 10, 14))
    return {p.name: p.country for p in found.people}


def test_federative_republic_is_no_name() -> None:
    text = "Владимир Путин провёл телефонный разговор с Президентом Федеративной Республики Германии Олафом Шольцем."
    people = _people(text)
    assert not any(name.startswith("Federativ") for name in people)
    assert any(name.endswith("Scholz") and state == "DE" for name, state in people.items())


def test_federal_democratic_republic_is_no_name() -> None:
    text = "Министр встретился с Президентом Федеративной Демократической Республики Эфиопия Абебе Гирмой."
    assert not any(name.startswith(("Federativ", "Demokrat")) for name in _people(text))
