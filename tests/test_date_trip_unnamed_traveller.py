"""Dates told by words the grammar read too narrowly or acts it left undated: "Накануне принц X провёл", a season
in the accusative ("запланирован на эту весну"), and an act in the city of a trip whose traveller went unnamed
("reist die Ministerin weiter nach Zagreb. Dort wird sie von X empfangen")."""

from __future__ import annotations

from datetime import date

from extracted import date_of, events_of


from graph.extract import dates
from graph.model import city_of


def _values(text: str, lang: str, published: date) -> list[str | None]:
    return [dates.resolve(m, published) for m in dates.find_dates(text, lang)]


def test_eve_before_a_title_noun_in_russian() -> None:
    text = "25 марта 2026 года, Москва\n\nНакануне принц Абдулла провёл переговоры с министром."
    assert "2026-03-24" in _values(text, "ru", date(2026, 3, 25))


def test_eve_before_a_genitive_noun_stays_no_day() -> None:
    text = "Встреча состоялась накануне визита президента."
    assert _values(text, "ru", date(2026, 3, 25)) == []


def test_season_in_the_accusative() -> None:
    text = "Стороны обсудили подготовку визита, который запланирован на эту весну."
    assert _values(text, "ru", date(2026, 3, 25)) == ["2026"]


def test_act_in_the_city_of_a_trip_with_no_named_traveller() -> None:
    text = ("Außenministerin Katrin Lohmeyer reist heute (18.05.) zu einem zweitägigen Besuch nach Slowenien und Kroatien.\n\n"
            "In Ljubljana trifft sie heute Nachmittag die slowenische Außenministerin Nina Vrhovnik.\n\n"
            "Am Dienstag (19.05.) reist die Ministerin weiter nach Zagreb. Dort wird sie von ihrem kroatischen "
            "Amtskollegen Davor Radić empfangen.")
    events = events_of(text, "de", date(2026, 5, 18))
    zagreb = [e for e in events if e.type == "Meeting" and city_of(e.location) is not None and city_of(e.location).name == "Zagreb"]
    assert zagreb and zagreb[0].date is not None and zagreb[0].date.value == "2026-05-19"
    assert date_of(events, "Visit") is not None
