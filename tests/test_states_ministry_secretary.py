"""A ministry's state secretary is no US Secretary of State: "государственный секретарь МИД Финляндии X" is the
State Secretary of Finland's ministry, while a bare "госсекретарь X" stays the US title."""

from __future__ import annotations

from datetime import date

from extracted import extraction_of


def _person(text: str, surname: str) -> tuple[str | None, str | None]:
    """(state, role) of the one person whose name ends with ``surname`` (any transliteration of its ending)."""
    extraction = extraction_of(text, "ru", date(2026, 3, 12))
    [person] = [p for p in extraction.people if p.name.endswith(surname)]
    return person.country, person.role


def test_a_ministrys_state_secretary_represents_the_ministrys_state() -> None:
    text = "Государственный секретарь МИД Эстонии Тармо Кырвитс принял во вторник в Таллине посла Латвии."
    assert _person(text, "rvits") == ("EE", "State Secretary")


def test_a_bare_secretary_of_state_is_still_the_us_title() -> None:
    text = "Госсекретарь Дэвид Хартли провел в среду переговоры с министром иностранных дел Египта."
    assert _person(text, "li") == ("US", "Secretary of State")
