"""An undated expulsion takes the day of the summons that notified it (graph/extract/_dateshare.py)."""

from __future__ import annotations

from datetime import date

import pytest

from graph.model import Event

from extracted import events_of


PUBLISHED = date(2026, 5, 20)


def _dates_of(events: list[Event], kind: str) -> set[str | None]:
    return {e.date.value if e.date else None for e in events if e.type == kind}


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("ru", "МИД России объявил персонами нон грата двух шведских дипломатов\n\nМОСКВА, 20 мая. Российская сторона "
               "объявила персонами нон грата двух сотрудников посольства Швеции в Москве. Об этом в среду сообщила "
               "официальный представитель МИД России Ольга Климова.\n\nПо ее словам, накануне посол Швеции Ларс Берг "
               "был вызван в МИД, где заместитель министра Андрей Соколов вручил ему ноту с соответствующим решением."),
        ("en", "Latvia expels two Belarusian diplomats\n\nRIGA, May 20. Latvia has declared two employees of the "
               "Belarusian embassy persona non grata, Foreign Ministry spokesperson Anna Ozola said on Wednesday.\n\n"
               "On Tuesday, Belarusian Ambassador Ivan Petrov was summoned to the ministry, where State Secretary Janis "
               "Berzins handed him a note with the decision."),
    ],
)
def test_an_expulsion_notified_at_a_summons_takes_its_day(lang: str, text: str) -> None:
    events = events_of(text, lang, PUBLISHED)
    assert _dates_of(events, "Summons") == {"2026-05-19"}
    assert _dates_of(events, "Expulsion") == {"2026-05-19"}


def test_a_summons_in_answer_tells_no_notice() -> None:
    text = ("Latvia expels two Belarusian diplomats\n\nRIGA, May 20. Latvia has declared two employees of the "
            "Belarusian embassy persona non grata, Foreign Ministry spokesperson Anna Ozola said on Wednesday.\n\n"
            "In response, Belarus summoned Latvia's charge d'affaires Peteris Kalnins on Tuesday.")
    assert _dates_of(events_of(text, "en", PUBLISHED), "Expulsion") == {"2026-05-20"}
