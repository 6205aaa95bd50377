"""A weekday set off by a comma after the clause of a past verb ("прибыл в Москву накануне, в среду") is a past
day, which "the same day" counts from; and a plan's "next day" counted from a day before the report ("На следующий
день ... посетит") is the day after the report's, never a day already past nor a week ahead."""

from extracted import events_of, of_type

TEXT = ("Российско-гвинейские переговоры\n\n"
        "18 июня 2026 года, Москва, Кремль\n\n"
        "Михаил Орлов провёл в Кремле переговоры с Президентом Гвинейской Республики Альфой Камарой, находящимся в "
        "России с официальным визитом.\n\n"
        "Президент Гвинеи прибыл в Москву накануне, в среду. В тот же день он возложил венок к Могиле Неизвестного "
        "Солдата.\n\n"
        "На следующий день Альфа Камара посетит Казань, где встретится с главой Татарстана Рустамом Галиевым.\n")


def test_same_day_of_a_past_weekday_and_the_plan_of_the_next_day():
    events = events_of(TEXT, "ru", "2026-06-18")
    assert [e.date.value for e in of_type(events, "Ceremony")] == ["2026-06-17"]
    planned = [e for e in of_type(events, "Meeting") if e.status == "Planned"]
    assert [e.date.value for e in planned] == ["2026-06-19"]
