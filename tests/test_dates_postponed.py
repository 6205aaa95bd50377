"""A plan's new date told after a word of postponing, with words between (graph/extract/_daterevise.py)."""

from __future__ import annotations

from datetime import date

import pytest

from graph.extract import dates


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("es", "El gabinete binacional, previsto inicialmente para el 31 de julio en Tumbes, ha sido postergado a "
               "solicitud de la parte ecuatoriana y se llevará a cabo el 28 de agosto en la misma ciudad."),
        ("en", "The summit, initially scheduled for 31 July in Lusaka, has been postponed at the request of Malawi "
               "and will take place on 28 August."),
        ("de", "Die ursprünglich für den 31. Juli geplante Konferenz wurde auf Wunsch Polens verschoben und findet "
               "am 28. August statt."),
        ("fr", "Le sommet, initialement prévu le 31 juillet à Lomé, a été reporté à la demande du Ghana et se "
               "tiendra le 28 août."),
        ("ru", "Заседание, первоначально запланированное на 31 июля, было перенесено по просьбе казахстанской "
               "стороны и пройдет 28 августа."),
    ],
)
def test_the_date_after_a_postponement_replaces_the_planned_one(lang: str, text: str) -> None:
    found = dates.find_dates(text, lang)
    assert len(found) == 1 and found[0].revised
    assert dates.resolve_for(found[0], date(2025, 7, 17), "Planned") == ("2025-08-28", "Planned")


def test_a_date_after_a_semicolon_is_no_new_date() -> None:
    text = "The talks planned for 31 July were postponed; the ministers had met on 3 July in Lusaka."
    assert [m.text for m in dates.find_dates(text, "en")] == ["for 31 July", "on 3 July"]
