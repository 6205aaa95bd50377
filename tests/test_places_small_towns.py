"""Small towns, towns named without their "Ciudad"/"City", towns joined as a route, and datelines of every shape.

Ministers meet in resort towns, border towns and presidential seats of a few thousand people; a reader knows
"Choluteca" is "Ciudad Choluteca", that "the railway Graz–Maribor" names no venue, and which city a report was
filed from whether its dateline reads "APIA -- ", "Ереван, 5 марта, АРМЕНПРЕСС", "Minsk. 12 мая. INTERFAX - ",
"Montevideo, 3 de abril de 2026. El ..." or "Innsbruck/Bozen. Der ...".
"""

from __future__ import annotations

from datetime import date

import pytest

from graph.extract import datelines
from graph.extract.places import find_cities
from graph.model import Event
from where import city_name

from extracted import events_of


PUBLISHED = date(2026, 6, 11)


def _cities(events: list[Event]) -> list[tuple[str, str | None]]:
    return [(e.type, city_name(e)) for e in events]


@pytest.mark.parametrize(("text", "lang", "city"), [
    ("Die Außenminister Österreichs und der Schweiz trafen sich am Montag in Zermatt zu Gesprächen über den "
     "Alpentransit.", "de", "Zermatt"),
    ("Le président monténégrin a reçu mardi à Kotor son homologue croate pour des entretiens sur la frontière "
     "maritime.", "fr", "Kotor"),
    ("Los cancilleres de Uruguay y Argentina se reunieron el lunes en Piriápolis para tratar la cooperación "
     "portuaria.", "es", "Piriápolis"),
    ("The foreign ministers of Slovenia and Croatia held talks on Tuesday in Bled on the shared border.", "en",
     "Bled"),
])
def test_a_town_of_a_few_thousand_people_is_where_ministers_met(text: str, lang: str, city: str) -> None:
    events = events_of(text, lang, PUBLISHED)
    assert events and city_name(events[0]) == city, _cities(events)


def test_a_town_named_without_its_ciudad_is_that_town() -> None:
    found = [c.name for _, c in find_cities("Los ministros se reunieron el martes en Choluteca.", "es")]
    assert found == ["Ciudad Choluteca"]


def test_a_town_of_a_few_thousand_people_needs_a_locative_word() -> None:
    assert not find_cities("Kotor said the talks had gone well.", "en")


@pytest.mark.parametrize(("text", "lang", "city"), [
    ("Der österreichische Verkehrsminister Lukas Hainzl ist am Montag nach Ljubljana gereist. Dort traf er den "
     "slowenischen Infrastrukturminister Matej Kovačič zu einem Gespräch über die Schnellbahn Graz–Maribor.",
     "de", "Ljubljana"),
    ("Russian Foreign Minister Pavel Orlov travelled to Astana on Monday. There he held talks with his Kazakh "
     "counterpart Nurlan Seitov on the Almaty-Tashkent railway.", "en", "Astana"),
])
def test_two_towns_joined_by_a_dash_are_a_route_not_a_venue(text: str, lang: str, city: str) -> None:
    events = events_of(text, lang, PUBLISHED)
    assert events and all(city_name(e) == city for e in events), _cities(events)


@pytest.mark.parametrize(("text", "lang", "city"), [
    ("APIA -- The foreign minister of Samoa held talks on Thursday with his Fijian counterpart on fisheries.",
     "en", "Apia"),
    ("Ереван, 5 марта, АРМЕНПРЕСС\n\nМинистр иностранных дел Армении провел переговоры с министром иностранных "
     "дел Грузии.", "ru", "Yerevan"),
    ("Минск. 12 мая. INTERFAX - Министр иностранных дел Белоруссии провел переговоры с послом Казахстана.",
     "ru", "Minsk"),
    ("Montevideo, 3 de abril de 2026. El canciller de Uruguay recibió este jueves a su homólogo de Chile.",
     "es", "Montevideo"),
    ("Innsbruck/Bozen. Der Tiroler Landeshauptmann hat am Dienstag den italienischen Außenminister zu "
     "Gesprächen empfangen.", "de", "Innsbruck"),
])
def test_datelines_of_every_shape_name_the_city_the_report_was_filed_from(text: str, lang: str, city: str) -> None:
    cities = find_cities(text, lang)
    found = datelines.city_dateline(text, cities)
    assert found is not None and found[1].name == city, found
    assert found[0].start == 0 and found[0].end < 40
