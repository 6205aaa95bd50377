"""Places of acts told with the act they belong to: a signing "am Rande des Treffens" is where the meeting was; a
coming back to a city for an act named after it ("will return to Manila in July for the meeting") is that act's
place; a reciprocal expulsion of the staff of a mission named after its trigger is where that mission is;
"Дом Правительства" is a building (in Moscow), not the town of Dome; and a delegation a report was heard from
("сообщили “Ъ” в венгерской делегации") places no act in its state."""

from __future__ import annotations

from datetime import date

from extracted import events_of

from graph.extract.places import find_cities
from graph.model import city_of


def _cities(events, kind):
    return [city_of(e.location).name if city_of(e.location) else None for e in events if e.type == kind]


def test_a_signing_on_the_margins_of_a_meeting_told_before_is_where_the_meeting_was() -> None:
    text = ("Außenministerin Anna Berger hat heute den Außenminister der Republik Armenien, Aram Sarkisjan, im "
            "Auswärtigen Amt in Berlin empfangen.\n\nAm Rande des Treffens unterzeichneten Staatssekretärin Eva Roth "
            "und der armenische Vizeaußenminister Levon Hakobjan eine gemeinsame Absichtserklärung.")
    assert _cities(events_of(text, "de", date(2026, 5, 7)), "Ceremony") == ["Berlin"]


def test_coming_back_for_an_act_places_it_but_going_back_after_one_does_not() -> None:
    text = "The Minister will return to Manila in July for the ASEAN Foreign Ministers' Meeting."
    events = events_of(text, "en", date(2026, 1, 30))
    assert [city_of(e.location).name for e in events if e.location is not None] == ["Manila"]
    text = "The Minister met his Vietnamese counterpart in Hanoi on Friday and will return to Manila on Saturday."
    assert "Manila" not in _cities(events_of(text, "en", date(2026, 1, 30)), "Meeting")


def test_an_answering_expulsion_of_a_missions_staff_is_where_the_mission_is() -> None:
    text = ("Azerbaijan on Monday night ordered four Iranian diplomats to leave the country within 48 hours, and Iran "
            "answered the following day by expelling four staff members of the Azerbaijani embassy in Tehran.")
    expulsions = [e for e in events_of(text, "en", date(2026, 2, 11)) if e.type == "Expulsion"]
    tehran = [e for e in expulsions if city_of(e.location) is not None and city_of(e.location).name == "Tehran"]
    assert len(tehran) == 1 and tehran[0].countries == {"AZ", "IR"}


def test_the_russian_government_house_is_no_town() -> None:
    text = "Вчера в Доме Правительства состоялась встреча с Председателем Правительства Российской Федерации."
    assert [c.name for _, c in find_cities(text, "ru")] == []
    text = ("Вчера в Доме Правительства состоялась встреча Президента Республики Конго Жана Мбембы с Председателем "
            "Правительства Российской Федерации Игорем Соколовым.")
    events = events_of(text, "ru", date(2026, 4, 2))
    assert _cities(events, "Meeting") == ["Moscow"]


def test_a_delegation_the_news_was_heard_from_is_no_place_of_the_act() -> None:
    text = "Как сообщили “Ъ” в венгерской делегации, стороны договорились, что министр Ласло Надь посетит Москву в январе."
    visits = [e for e in events_of(text, "ru", date(2026, 11, 21)) if e.type == "Visit"]
    assert [city_of(e.location).name if city_of(e.location) else None for e in visits] == ["Moscow"]
