"""Statements told after the report's main act, linked by nothing to an act of their speaker, were made on the
news day: the main act's (settle.lead_day_statements)."""

from __future__ import annotations

from datetime import date

import pytest

from extracted import date_of, events_of


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Norway expelled two Belarusian diplomats on Tuesday over espionage allegations. \"We will not "
               "tolerate hostile activity on our soil,\" the foreign ministry spokeswoman Ingrid Solheim told a "
               "news conference."),
        ("de", "Portugal hat am Dienstag zwei belarussische Diplomaten ausgewiesen. „Wir dulden keine "
               "Spionage auf unserem Boden“, erklärte die Sprecherin des Außenministeriums, Marta Sequeira, in "
               "einer schriftlichen Stellungnahme."),
        ("fr", "La Finlande a expulsé mardi deux diplomates bélarusses accusés d'espionnage. « Nous ne tolérerons "
               "aucune ingérence », a déclaré la porte-parole du ministère, Aino Lehtonen, lors d'un point de presse."),
        ("es", "Irlanda expulsó el martes a dos diplomáticos bielorrusos acusados de espionaje. \"No toleraremos "
               "ninguna injerencia\", dijo la portavoz del ministerio, Siobhán Kelly, en rueda de prensa."),
        ("ru", "Литва во вторник выслала двух белорусских дипломатов. «Мы не потерпим вмешательства», — заявила "
               "официальный представитель МИД Рута Каминскене на брифинге."),
    ],
)
def test_a_spokesmans_statement_after_the_lead_act_is_made_on_its_day(lang: str, text: str) -> None:
    events = events_of(text, lang, date(2026, 11, 11))
    assert date_of(events, "Expulsion") == "2026-11-10"
    assert date_of(events, "Statement") == "2026-11-10"


def test_a_statement_after_an_old_act_stays_undated() -> None:
    text = ("Norway expelled two Belarusian diplomats on 3 March. \"We will not tolerate hostile activity on our "
            "soil,\" the foreign ministry spokeswoman Ingrid Solheim told a news conference.")
    events = events_of(text, "en", date(2026, 11, 11))
    assert date_of(events, "Statement") is None
