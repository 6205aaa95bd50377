"""Acts a trip is told with take the city the trip goes to (graph.extract.purposeplaces)."""

from __future__ import annotations

from datetime import date

import pytest

from where import city_name

from extracted import events_of


PUBLISHED = date(2026, 3, 10)


@pytest.mark.parametrize(
    ("text", "lang", "act", "city"),
    [
        ("OTTAWA, March 3 - Foreign Minister Claire Dubois will travel to Lisbon on Friday for her first official "
         "visit to Portugal, where she will hold bilateral talks with Foreign Minister Rui Tavares.",
         "en", "Talks", "Lisbon"),
        ("Foreign Minister speaks with Samoan counterpart\n\nForeign Minister Helen Whitford spoke by phone today "
         "with Samoa's Minister for Foreign Affairs, Tuala Iosefo Leavasa, to discuss fisheries and climate "
         "finance.\n\nMs Whitford confirmed that she will travel to Apia in November for the annual "
         "Australia–Samoa Ministerial Forum, which she will co-chair with Mr Leavasa.",
         "en", "Conference", "Apia"),
        ("Santo Domingo, 4 mar (EFE).- El Gobierno dominicano convocó este martes al embajador de Haití en Santo "
         "Domingo, Jean Baptiste Morel, para protestar por un incidente fronterizo.\n\n\"Es una medida "
         "necesaria\", dijo la canciller dominicana, Rosa Almonte, a periodistas en Santo Domingo.\n\nLa jefa de "
         "la diplomacia dominicana viajará el próximo martes a Kingston para participar en el Consejo de "
         "Ministros de Relaciones Exteriores de la Asociación de Estados del Caribe (AEC).",
         "es", "Conference", "Kingston"),
    ],
)
def test_the_act_a_trip_is_for_is_held_where_the_trip_goes(text: str, lang: str, act: str, city: str) -> None:
    event = next(e for e in events_of(text, lang, PUBLISHED) if e.type == act)
    assert city_name(event) == city


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("WIEN (APA) - Außenministerin Eva Gruber hat am Dienstag in Wien ihren lettischen Amtskollegen Andris "
         "Ozols empfangen. Eine für den Herbst geplante Reise Grubers nach Riga sei derzeit kein Thema, sagte "
         "ein Sprecher.", "de"),
        ("MINSK, 3 March - Foreign Minister Ivan Petrov received the Armenian ambassador Ashot Sarkisyan on "
         "Tuesday. A trip by Petrov to Yerevan in May is not on the agenda, a ministry spokesman said.", "en"),
    ],
)
def test_a_statement_about_a_trip_is_not_made_where_the_trip_goes(text: str, lang: str) -> None:
    for event in events_of(text, lang, PUBLISHED):
        if event.type == "Statement":
            assert city_name(event) not in ("Riga", "Yerevan")


def test_a_call_told_with_a_trip_has_no_city() -> None:
    text = ("CANBERRA, March 3 - Foreign Minister Helen Whitford will travel to Apia on Friday, after she spoke by "
            "phone with Samoa's Prime Minister Tuala Iosefo Leavasa on Monday.")
    calls = [e for e in events_of(text, "en", PUBLISHED) if e.type == "PhoneCall"]
    assert calls and all(city_name(e) is None for e in calls)
