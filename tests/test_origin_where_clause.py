"""A "where" clause after the place someone came from ("прилетела из Москвы, где в понедельник глава МИД провёл
переговоры") places the clause's act there, before a ministry named in the clause's subject's title can."""

from datetime import date

from graph.model import city_of

from extracted import events_of


_TEXT = (
    "Губернатор Томской области Андрей Лебедев вчера встретился с министром иностранных дел Киргизии "
    "Азаматом Бекешевым. Киргизская делегация прилетела в Томск во вторник из Москвы, где в понедельник глава "
    "киргизского МИД провёл переговоры с министром иностранных дел России Андреем Сафоновым."
)


def test_where_clause_after_origin_places_its_act() -> None:
    events = events_of(_TEXT, "ru", date(2026, 11, 19))
    talks = [e for e in events if e.type == "Talks"]
    assert talks and getattr(city_of(talks[0].location), "name", None) == "Moscow"
