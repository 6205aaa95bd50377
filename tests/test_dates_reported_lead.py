"""A lead telling an act without its day, then a sentence reporting it with the day (graph/extract/_datelead.py):
"Kopenhagen (Ritzau) – Dänemark hat einen Diplomaten ausgewiesen. Er müsse das Land verlassen, teilte das
Ministerium am Dienstag mit."."""

from __future__ import annotations

from datetime import date

import pytest

from extracted import date_of, events_of


_LEAD = ("Dänemark weist Diplomaten aus\n\nKopenhagen (Ritzau) – Dänemark hat einen Mitarbeiter der iranischen Botschaft "
         "in Kopenhagen zur unerwünschten Person erklärt. ")


@pytest.mark.parametrize(
    "report",
    [
        "Der Diplomat müsse das Land innert fünf Tagen verlassen, teilte das Dänische Außenministerium (UM) am Dienstag mit.",
        "Der Diplomat müsse das Land binnen fünf Tagen verlassen, hieß es am Dienstag aus dem Außenministerium (UM).",
    ],
)
def test_the_lead_act_takes_the_day_of_the_report_told_right_after_it(report: str) -> None:
    text = _LEAD + report + " Er soll Exilanten ausgespäht haben."
    assert date_of(events_of(text, "de", date(2026, 4, 15)), "Expulsion") == "2026-04-14"


def test_a_pluperfect_day_after_the_lead_is_an_earlier_act_s() -> None:
    text = _LEAD + "Bereits am Dienstag hatte das Außenministerium (UM) den Botschafter gewarnt. Er soll Exilanten ausgespäht haben."
    assert date_of(events_of(text, "de", date(2026, 4, 15)), "Expulsion") is None
