"""Acts a report places nowhere took place in the city it was filed from (graph.extract.filedfrom).

A reader of "ULAANBAATAR, June 11 (Kabar) - ... held talks" knows where the talks were; the same reader knows a
phone call has no venue, that a meeting told in passing as history may have been anywhere, and that a visit
to another state did not take place in the dateline's city.
"""

from __future__ import annotations

from datetime import date

import pytest

from graph.model import Event
from where import city_name

from extracted import events_of


PUBLISHED = date(2026, 6, 11)


def _one(events: list[Event], kind: str) -> Event:
    found = [e for e in events if e.type == kind]
    assert len(found) == 1, [(e.type, city_name(e)) for e in events]
    return found[0]


@pytest.mark.parametrize(("text", "lang", "city"), [
    ("ULAANBAATAR, June 11 (Kabar) - Kyrgyz President Almaz Turgunbayev held talks on Thursday with Mongolian "
     "President Tsedengiin Batbayar on trade and transit.", "en", "Ulan Bator"),
    ("УЛАН-БАТОР, 11 июня. /Кабар/. Президент Киргизии Алмаз Тургунбаев провел сегодня переговоры с президентом "
     "Монголии Цэдэнгийном Батбаяром.", "ru", "Ulan Bator"),
    ("MADRID, 11 jun (EFE).- El ministro de Asuntos Exteriores de Perú, Óscar Villanueva, se reunió este jueves "
     "con su homólogo español, Luis Ortega, para tratar la cooperación migratoria.", "es", "Madrid"),
])
def test_an_act_placed_nowhere_took_place_in_the_dateline_city(text: str, lang: str, city: str) -> None:
    events = events_of(text, lang, PUBLISHED)
    assert events and all(city_name(e) == city for e in events), [(e.type, city_name(e)) for e in events]


def test_a_phone_call_and_a_background_meeting_of_other_states_take_no_dateline_city() -> None:
    text = ("NAIROBI, June 11 (Reuters) - Kenya's Foreign Minister Wanjiru Kamau spoke by phone on Thursday with "
            "Ethiopian Foreign Minister Dawit Bekele about the border, the ministry said. Bekele had met "
            "Sudan's Foreign Minister Omar Hassan in March 2019.")
    events = events_of(text, "en", PUBLISHED)
    assert city_name(_one(events, "PhoneCall")) is None
    assert [city_name(e) for e in events if e.background] == [None]


def test_a_visit_to_another_state_is_not_placed_in_the_dateline_city() -> None:
    text = ("BERLIN (dpa) - Bundesaußenminister Jörg Lindner reist am Montag zu einem zweitägigen Besuch nach "
            "Polen. In Warschau will er mit seinem polnischen Kollegen Adam Nowicki sprechen.")
    events = events_of(text, "de", PUBLISHED)
    assert events and all(city_name(e) != "Berlin" for e in events), [(e.type, city_name(e)) for e in events]
