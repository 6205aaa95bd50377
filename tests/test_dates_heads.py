"""Datelines: a short closing paragraph is no dateline, a wire dateline closed by ". Agency –" is one
(graph/extract/rules.py ``_head_lines``, graph/extract/_datedateline.py); the day of a relative or participle
clause after an act is the clause's, not the act's (graph/extract/_datereport.py ``joined_clause``)."""

from __future__ import annotations

from datetime import date

import pytest

from extracted import date_of, events_of


@pytest.mark.parametrize(
    ("lang", "text", "kind", "expected"),
    [
        ("fr", "La ministre Clara Vidal en visite officielle au Togo\n\nLomé, 12 mai (ATOP) – La ministre belge des "
               "Affaires étrangères, Clara Vidal, a été reçue par le président togolais Kossi Amavi au palais "
               "présidentiel.\n\nLes deux responsables ont évoqué la coopération portuaire.\n\nLa ministre "
               "quittera Lomé vendredi.", "Visit", "2026-05-12"),
        ("en", "Finnish minister on official visit to Peru\n\nLIMA, June 3 (Andina) – Finnish Foreign Minister Aino Virtanen was "
               "received by Peruvian President Rosa Quispe at the Government Palace.\n\nThey discussed mining and "
               "education.\n\nVirtanen will leave Lima on Saturday.", "Visit", "2026-06-03"),
    ],
)
def test_a_short_closing_paragraph_is_no_dateline(lang: str, text: str, kind: str, expected: str) -> None:
    assert date_of(events_of(text, lang, date(2026, 6, 3) if lang == "en" else date(2026, 5, 12)), kind) == expected


def test_a_wire_dateline_closed_by_a_full_stop_and_the_agency_is_the_dateline() -> None:
    text = ("Министр иностранных дел Чили посетил Ташкент\n\nТашкент, 14 октября. УзА – Министр иностранных дел "
            "Чили Хавьер Рохас провел переговоры с министром иностранных дел Узбекистана Бахтиёром Каримовым. "
            "Стороны обсудили торговлю хлопком.")
    assert date_of(events_of(text, "ru", date(2026, 10, 15)), "Visit") == "2026-10-14"


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "ASTANA, Nov 18 (Kazinform) – Kazakh President Arman Seitov received Chilean Foreign Minister Javier "
               "Rojas, who arrived in Astana on Monday."),
        ("es", "Astana, 18 nov (EFE) – El presidente kazajo Arman Seitov recibió al canciller chileno Javier Rojas, "
               "quien llegó el lunes a Astana."),
    ],
)
def test_the_day_of_a_relative_clause_is_not_the_day_of_the_act_before_it(lang: str, text: str) -> None:
    events = events_of(text, lang, date(2026, 11, 18))
    assert (date_of(events, "Meeting"), date_of(events, "Visit")) == ("2026-11-18", "2026-11-16")
