"""A trip does not take the day of a "where" clause about the place it came from: "прибыл из Москвы, где в четверг
провёл переговоры" (the talks were on Thursday in Moscow; the arrival is dated by its own account)."""

from datetime import date

from extracted import events_of


_TEXT = (
    "Министр иностранных дел Сербии Марко Петрович прилетел в Казань вчера днём. "
    "В Казань Петрович прибыл из Москвы, где в четверг провёл переговоры с министром иностранных дел России "
    "Игорем Соколовым."
)


def test_arrival_from_keeps_its_own_day() -> None:
    events = events_of(_TEXT, "ru", date(2026, 5, 9))
    visits = [e for e in events if e.type == "Visit"]
    talks = [e for e in events if e.type == "Talks"]
    assert visits and all(e.date is not None and e.date.value == "2026-05-08" for e in visits)
    assert talks and talks[0].date.value == "2026-05-07"
