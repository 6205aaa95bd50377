"""Which lead day a day counted from "the day told last" counts from when no day stands within reach
(_dateanchor._lead_day, dates._morrow_of_past_lead): a forward count ("Le lendemain") deep in a past account counts
from the lead's past day, skipping a gathering's range of days and the dateline; an arrival's day ("прибывшего ...
в понедельник вечером") is no lead day a day counted back counts from; a "today" inside a quotation is no day the
account counts from."""

from __future__ import annotations

import datetime as dt

from graph.extract import dates


def _resolved(text: str, lang: str, published: dt.date) -> dict[str, str | None]:
    return {text[m.span.start : m.span.end]: dates.resolve(m, published) for m in dates.find_dates(text, lang)}


def test_the_day_after_a_past_lead_day() -> None:
    text = ("Rabat, le 8 juin 2026\n\nLa ministre, Mme Salma Idrissi, s'est entretenue jeudi dernier à Genève avec son "
            "homologue norvégien, en marge de la conférence tenue les 3 et 4 juin. Les deux parties ont évoqué la "
            "coopération dans le domaine de la pêche et de l'énergie ainsi que la situation régionale.\n\nLes "
            "deux ministres sont convenus de se revoir à Rabat au cours de la semaine prochaine, au niveau des experts "
            "des deux pays.\n\nLe lendemain, Mme Idrissi a eu un entretien avec le directeur général de l'organisation.")
    assert _resolved(text, "fr", dt.date(2026, 6, 8))["Le lendemain"] == "2026-06-05"


def test_the_eve_after_an_arrival_day() -> None:
    text = ("Бишкек, 12 марта 2026 года\n\nМинистр иностранных дел принял Специального посланника, прибывшего в "
            "Бишкек во вторник вечером с рабочим визитом.\n\nВ ходе встречи стороны обсудили вопросы регионального "
            "сотрудничества и подготовку к очередному заседанию совместной комиссии. Стороны договорились о графике "
            "контактов на текущий год.\n\nНакануне он провёл "
            "переговоры с министром экономики.")
    assert _resolved(text, "ru", dt.date(2026, 3, 12))["Накануне"] == "2026-03-11"


def test_a_quoted_today_is_no_anchor() -> None:
    text = ("Oslo, 10.09.2026 – Die Außenminister trafen sich am Mittwoch in Bergen. „Wir sind heute einen großen "
            "Schritt weiter“, sagte der Minister nach dem Treffen, das drei Stunden dauerte.\n\nAm Vorabend hatten die "
            "Staatssekretäre in Oslo über die Fischereiquoten gesprochen.")
    assert _resolved(text, "de", dt.date(2026, 9, 10))["Am Vorabend"] == "2026-09-08"
