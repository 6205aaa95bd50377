"""A year told as the frame of a count ("the second expulsion this year") or opening a colon ("in diesem Jahr:
im Juli ...") dates no act: the month told after it in the sentence does, in that year
(_dateyearframe.year_frames)."""

from __future__ import annotations

from datetime import date

import pytest

from extracted import events_of


def _dates(text: str, lang: str, kind: str) -> list[str | None]:
    return [e.date.value if e.date else None for e in events_of(text, lang, date(2026, 11, 27)) if e.type == kind]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("ru", "МИД Чили в пятницу вызвал посла Перу Луиса Кастро. Это уже вторая высылка чилийского дипломата из "
               "Перу в этом году: в июле Лима объявила персоной нон грата атташе посольства."),
        ("es", "La cancillería convocó el viernes al embajador Luis Castro. Es la segunda expulsión de este año: en "
               "julio Lima declaró persona non grata a un agregado de la embajada."),
        ("de", "Das Ministerium bestellte am Freitag den Botschafter Luis Castro ein. Es ist die zweite Ausweisung "
               "in diesem Jahr: Im Juli wies Lima einen Attaché der Botschaft aus."),
    ],
)
def test_a_year_opening_a_colon_yields_to_the_month_after_it(lang: str, text: str) -> None:
    assert "2026-07" in _dates(text, lang, "Expulsion")


def test_a_counted_year_yields_to_the_month_later_in_its_sentence() -> None:
    text = ("Le secrétaire général Pierre Lambert a convoqué vendredi le chargé d'affaires du Niger, Ali Moussa. Il "
            "s'agit de la deuxième convocation d'un diplomate nigérien cette année, après celle de l'ambassadeur, "
            "M. Issa Garba, en mars dernier.")
    assert sorted(_dates(text, "fr", "Summons")) == ["2026-03", "2026-11-27"]


def test_a_counted_year_without_a_month_still_dates_its_act() -> None:
    text = "Lima expelled a Chilean attaché this year, the second expulsion this year."
    assert _dates(text, "en", "Expulsion") == ["2026"]
