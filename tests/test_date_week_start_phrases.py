"""The start of the running week told without "this" ("a principios de semana", "Anfang der Woche", "earlier in
the week", "в начале недели"): the week's first day, as "this week" resolves; and "a fortnight ago"."""

from __future__ import annotations

from datetime import date

import pytest

from graph.extract import dates

_WEDNESDAY = date(2026, 7, 8)


def _values(text: str, lang: str, published: date) -> list[str | None]:
    return [dates.resolve(m, published) for m in dates.find_dates(text, lang)]


@pytest.mark.parametrize(("text", "lang"), [
    ("A principios de semana, el canciller participó en la reunión.", "es"),
    ("Anfang der Woche traf er den Minister.", "de"),
    ("The minister flew to Beijing earlier in the week.", "en"),
    ("En début de semaine, il a rencontré le ministre.", "fr"),
    ("В начале недели он встретился с министром.", "ru"),
])
def test_start_of_the_running_week(text: str, lang: str) -> None:
    assert _values(text, lang, _WEDNESDAY) == ["2026-07-06"]


def test_a_fortnight_ago() -> None:
    assert _values("They last spoke a fortnight ago, by telephone.", "en", date(2026, 2, 10)) == ["2026-01-27"]


def test_signing_after_talks_of_an_announced_visit() -> None:
    from extracted import date_of, events_of

    text = ("АСТАНА, 5 ноября. Президент Узбекистана Бахтияр Юсупов 10–11 ноября посетит Казахстан с государственным "
            "визитом.\n\nВ ходе переговоров в Астане президент Казахстана Ерлан Жумабаев и его узбекский коллега обсудят "
            "развитие сотрудничества. По итогам переговоров планируется подписание пакета межправительственных соглашений.")
    events = events_of(text, "ru", date(2025, 11, 5))
    assert (date_of(events, "Ceremony") or "").startswith("2025-11")
