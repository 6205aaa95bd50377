"""Places of acts: "since" idioms, return phrases, epithets standing for a city named before, the dateline
city on acts of a trip abroad, summonses of the dateline state's own envoy, and Russian cities in the genitive."""

from __future__ import annotations

import re

from graph.extract import lexicon, places
from graph.extract.cues import _since_idiom
from graph.extract.filedfrom import dateline_places
from graph.extract.genitivecities import owner_city
from graph.model import City, Country, DateValue, Event, Person, Span


def test_since_idioms_open_no_since_phrase() -> None:
    cases = {"de": "als erste regierungschefin seit langem nach ", "fr": "pour la première fois depuis longtemps à ",
             "es": "por primera vez desde hace años a "}
    for lang, window in cases.items():
        assert "seit" not in _since_idiom(lang).sub(" ", window).split()[-3:]
        assert _since_idiom(lang).search(window) is not None
    assert _since_idiom("de").search("seit dem krieg in ") is None


def test_return_phrases_name_no_venue() -> None:
    cases = {"en": "He will return to ", "de": "Danach kehrt Stadlober nach ", "fr": "Il reviendra à ",
             "es": "El ministro regresará a ", "ru": "после чего вернётся в "}
    for lang, before in cases.items():
        pattern = re.compile(lexicon.load("venues", lang)["not_venue"]["return"], re.IGNORECASE)
        assert pattern.search(before) is not None, lang
    pattern = re.compile(lexicon.load("venues", "en")["not_venue"]["return"], re.IGNORECASE)
    assert pattern.search("She travelled to ") is None


def test_an_epithet_points_to_the_capital_named_before() -> None:
    text = "PARIS — M. X est arrivé à Dakar lundi. Mercredi, toujours dans la capitale, M. Y a été reçu."
    found = places.find_cities(text, "fr")
    assert [(text[s.start : s.end], c.name) for s, c in found][-1] == ("la capitale", "Dakar")
    text = "Die Ministerin traf in Nairobi ein. In der Hauptstadt Kenias traf sie den Präsidenten."
    assert all(text[s.start : s.end] != "der Hauptstadt" for s, _ in places.find_cities(text, "de"))


def test_an_epithet_with_the_city_named_in_apposition_is_that_city() -> None:
    text = "Viajará a Santo Tomé y Príncipe para una estancia de dos días en la capital, Santo Tomé."
    assert [c.name for _, c in places.find_cities(text, "es")] == ["São Tomé"]


def _person(name: str, country: str) -> Person:
    return Person(name=name, country=country)


def test_an_uncertain_undated_act_of_a_trip_abroad_takes_the_trip_s_place() -> None:
    bern, panama = City(2661552, "Bern", "CH"), City(3703443, "Panama City", "PA")
    minister, president = _person("A", "CH"), _person("B", "PA")
    trip = Event("Visit", "Planned", [minister], {"CH", "PA"}, panama, DateValue("2026-10-08", "Donnerstag"))
    meeting = Event("Meeting", "Uncertain", [minister, president], {"CH", "PA"})
    dateline_places([trip, meeting], bern)
    assert meeting.location == panama


def test_a_summons_of_the_dateline_state_s_own_envoy_took_place_in_the_summoning_capital() -> None:
    moscow = City(524901, "Moscow", "RU")
    summons = Event("Summons", "Occurred", [_person("Y", "RU")], {"JP", "RU"})
    dateline_places([summons], moscow)
    assert isinstance(summons.location, City) and summons.location.name == "Tokyo"
    other = Event("Summons", "Occurred", [_person("Z", "JP")], {"JP", "RU"})
    dateline_places([other], moscow)
    assert other.location == moscow and Country("JP") != other.location


def test_a_russian_city_in_the_genitive_after_a_noun_is_no_venue() -> None:
    text = "МИД Японии вызвал посла в связи с заявлениями Москвы."
    start = text.index("Москвы")
    assert owner_city(text, Span(0, len(text)), Span(start, start + 6), "Moscow")
    text = "Первым пунктом поездки станет Доха."
    start = text.index("Доха")
    assert not owner_city(text, Span(0, len(text)), Span(start, start + 4), "Doha")
    text = "Встречи пройдут в Москве, Самаре и Казани."
    start = text.index("Казани")
    assert not owner_city(text, Span(0, len(text)), Span(start, start + 6), "Kazan")
