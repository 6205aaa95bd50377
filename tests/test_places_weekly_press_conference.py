"""A spokesperson's weekly press conference is a ministry's regular briefing, held at home: a statement made
there by the spokesperson of another state than the dateline's took place in that state's capital
(graph.extract.briefingplace, the ``briefing`` expression of <lang>/venues.json)."""

from __future__ import annotations

from datetime import date

import pytest

from where import city_name

from extracted import events_of


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Kairo (dpa) - Ägypten hat den türkischen Botschafter einbestellt. Die Vorwürfe seien haltlos, sagte der "
         "Sprecher des türkischen Außenministeriums, Mehmet Kaya, bei seiner wöchentlichen Pressekonferenz.", "de"),
        ("CAIRO (Reuters) - Egypt summoned the Turkish ambassador on Monday. The accusations were baseless, Mehmet "
         "Kaya, spokesman for the Turkish foreign ministry, said at his weekly press conference.", "en"),
        ("LE CAIRE (AFP) - L'Égypte a convoqué lundi l'ambassadeur de Turquie. Ces accusations sont infondées, a "
         "déclaré le porte-parole du ministère turc des Affaires étrangères, Mehmet Kaya, lors de sa conférence de "
         "presse hebdomadaire.", "fr"),
        ("КАИР, 9 марта. Египет вызвал посла Турции. Обвинения беспочвенны, заявил официальный представитель МИД "
         "Турции Мехмет Кая на еженедельной пресс-конференции.", "ru"),
    ],
)
def test_a_spokesmans_weekly_press_conference_is_at_home(text: str, lang: str) -> None:
    events = events_of(text, lang, date(2026, 3, 10))
    statement = next(e for e in events if e.type == "Statement")
    assert city_name(statement) == "Ankara"
    summons = next(e for e in events if e.type == "Summons")
    assert city_name(summons) == "Cairo"
