"""A full name vouched for by its surname after an honorific, a deputy head of government's title joined by "and"
to a portfolio, and a region's name after a title in Russian, which names nobody."""

from __future__ import annotations

from extracted import extraction_of


PUBLISHED = "2026-05-04"


def test_a_name_whose_surname_returns_after_an_honorific_is_a_person() -> None:
    x = extraction_of("Trade Minister Daniel Okafor will visit Suva next week.\n\n"
                            "The Government has also appointed Tiriata Webb as its first resident Ambassador to Fiji. "
                            "Ms Webb will take up the post in July.", "en", PUBLISHED)  # fmt: skip
    names = {p.name for p in x.people}
    assert "Tiriata Webb" in names
    assert "Webb" not in names


def test_a_lone_capitalised_pair_without_an_honorific_echo_stays_out() -> None:
    x = extraction_of("Trade Minister Daniel Okafor will visit Suva next week to open the Pacific Trade Forum.", "en", PUBLISHED)
    assert {p.name for p in x.people} == {"Daniel Okafor"}


def test_deputy_prime_minister_and_portfolio_are_one_persons_titles() -> None:
    x = extraction_of("Foreign Minister Anna Holt will travel to Hanoi on Monday, where she will meet Vietnamese "
                            "Deputy Prime Minister and Minister of Foreign Affairs Tran Van Long.\n\n"
                            "Ms Holt was also appointed Mira Lund's successor. Ms Lund retires in June.", "en", PUBLISHED)  # fmt: skip
    people = {p.name: p for p in x.people}
    assert people["Tran Van Long"].country == "VN"
    assert any("Deputy Prime Minister" in t for t in people["Tran Van Long"].titles)
    assert all(p.role != "Deputy Prime Minister" or p.name == "Tran Van Long" for p in x.people)


def test_a_region_after_a_russian_title_is_no_name() -> None:
    x = extraction_of("Губернатор Приморья принял посла Японии\n\n"
                            "ВЛАДИВОСТОК, 4 мая – Губернатор Приморского края Олег Кожемякин встретился с послом Японии "
                            "Кэнъити Ямадой.", "ru", PUBLISHED)  # fmt: skip
    names = {p.name for p in x.people}
    assert not any(n.startswith(("Primor", "Приморь")) for n in names)
