"""Where events took place when the sentence that reports them names no city, or names one that is not theirs.

Behaviour a reader checks: an act of travellers the day after (or before) an act placed in a city happened in
that city; a signing that names no one took place where that day's talks between the same states did; the city
after "from ..., where" is the place of the act of the "where" clause; a ministry that is part of a person's
title is not the destination of her trip; two capitals opening a sentence are governments, not the place of
the summit named after them.
"""

from __future__ import annotations

from datetime import date

from graph.extract import extract
from graph.model import Article, Event
from where import city_name


def _events(text: str, lang: str, published: str) -> list[Event]:
    article = Article(key="t", text=text, language=lang, published=date.fromisoformat(published))
    return extract(article).events


def _city_of(events: list[Event], *names: str) -> str | None:
    """The city of the one event whose attendees include all ``names`` (surnames)."""
    found = [e for e in events if all(any(n in p.name for p in e.attendees) for n in names)]
    assert len(found) == 1, [(e.type, [p.name for p in e.attendees]) for e in events]
    return city_name(found[0])


def test_next_day_reception_takes_the_city_of_the_talks_en() -> None:
    text = (
        "Foreign Minister Petra Lindqvist of Sweden held talks with her Kenyan counterpart Joseph Mwangi in "
        "Nairobi on Tuesday.\n\nOn Wednesday Lindqvist will be received by Kenyan President Daniel Otieno."
    )
    assert _city_of(_events(text, "en", "2025-05-13"), "Lindqvist", "Otieno") == "Nairobi"


def test_next_day_reception_takes_the_city_of_the_talks_ru() -> None:
    text = (
        "Министр иностранных дел Сербии Марко Петрович провёл во вторник в Баку переговоры с главой МИД "
        "Азербайджана Рашадом Алиевым.\n\nВ среду сербского министра примет президент Азербайджана Ильхам Гасанов."
    )
    events = _events(text, "ru", "2025-05-13")
    assert _city_of(events, "Petrovich", "Gasanov") == "Baku"


def test_the_latest_city_of_the_travellers_wins() -> None:
    text = (
        "Foreign Minister Petra Lindqvist of Sweden held talks with her Kenyan counterpart Joseph Mwangi in "
        "Nairobi on Saturday.\n\nOn Monday Lindqvist held talks with Ugandan Foreign Minister Sam Okello in Kampala."
        "\n\nOn Tuesday Lindqvist will be received by Ugandan President Daniel Museveni."
    )
    assert _city_of(_events(text, "en", "2025-05-12"), "Lindqvist", "Museveni") == "Kampala"


def test_a_planned_meeting_does_not_place_an_act_that_took_place() -> None:
    text = (
        "Foreign Minister Petra Lindqvist of Sweden will meet her Kenyan counterpart Joseph Mwangi in Nairobi on "
        "16 May.\n\nOn 15 May Lindqvist met Finnish Foreign Minister Antti Korhonen."
    )
    assert _city_of(_events(text, "en", "2025-05-15"), "Lindqvist", "Korhonen") is None


def test_signing_naming_no_one_takes_the_city_of_the_days_talks() -> None:
    text = (
        "Премьер-министр Словакии Юрай Ковач сегодня провел в Ханое переговоры с премьер-министром Вьетнама Фам "
        "Ван Дыком.\n\nПо итогам переговоров в присутствии глав правительств подписан пакет документов о "
        "сотрудничестве Словакии и Вьетнама."
    )
    signings = [e for e in _events(text, "ru", "2025-05-13") if e.type == "Ceremony"]
    assert [city_name(e) for e in signings] == ["Hanoi"]


def test_city_named_as_origin_with_where_clause_places_that_clause_en() -> None:
    text = (
        "Brazil's foreign minister, Paula Ramos, has landed in Lima.\n\nRamos flew in from Quito, where she held "
        "talks with her Ecuadorian counterpart, Diego Vera, on Wednesday."
    )
    assert _city_of(_events(text, "en", "2025-05-15"), "Ramos", "Vera") == "Quito"


def test_city_named_as_origin_with_where_clause_places_that_clause_ru() -> None:
    text = (
        "Глава МИД Бразилии Паула Рамос прибыла в Лиму. Она прилетела из Кито, где в среду провела переговоры с "
        "министром иностранных дел Эквадора Диего Верой."
    )
    assert _city_of(_events(text, "ru", "2025-05-15"), "Ramos", "Ver") == "Quito"


def test_ministry_inside_a_title_is_no_destination_de() -> None:
    events = _events("Staatsministerin im Auswärtigen Amt Anna Köhler reist morgen nach Kenia.", "de", "2025-05-15")
    assert _city_of(events, "Köhler") is None


def test_ministry_inside_a_title_is_no_destination_en() -> None:
    events = _events("Minister of State at the Foreign Office Anna Kohler travels to Kenya tomorrow.", "en", "2025-05-15")
    assert _city_of(events, "Kohler") is None


def test_capitals_acting_together_leave_the_summit_its_own_city_fr() -> None:
    text = (
        "Rabat et Nouakchott doivent également coordonner leurs positions avant le sommet de l'Union africaine "
        "prévu en juillet à Malabo, selon une source diplomatique."
    )
    summits = [e for e in _events(text, "fr", "2025-05-14") if e.type == "Summit"]
    assert [city_name(e) for e in summits] == ["Malabo"]
