"""Places of acts: a state's ministry or palace stands in that state (its capital, or the seat of government the
text names), named buildings imply their city, a capital before a German clause-final verb is its object, and an
act the day before a trip to another city does not take that city."""

from __future__ import annotations

from datetime import date

from graph.extract import places
from graph.model import City

from extracted import events_of


def _city(event) -> str | None:
    location = event.location
    city = location if isinstance(location, City) else getattr(location, "city", None)
    return city.name if city is not None else None


def _venue_cities(text: str, lang: str) -> list[tuple[str, str | None]]:
    cities = places.find_cities(text, lang)
    return [(v.kind, v.city.name if v.city else None)
            for _, v in places.find_venues(text, lang, cities, places.find_countries(text, lang))]


def test_a_ministry_takes_no_city_of_another_state() -> None:
    text = "МИД Японии выразил протест в связи с заявлениями Москвы о Курильских островах."
    assert _venue_cities(text, "ru") == [("ministry", "Tokyo")]


def test_a_ministry_without_a_city_of_its_state_is_at_the_seat_the_text_names() -> None:
    text = ("La Paz, 6 nov (EFE).- Los cancilleres se reunieron en la sede de la Cancillería boliviana para revisar "
            "el uso del puerto peruano de Ilo.")
    assert ("ministry", "La Paz") in _venue_cities(text, "es")


def test_named_buildings_imply_their_city() -> None:
    assert _venue_cities("Das vereinbarten die Minister am Donnerstag bei einem Treffen im Bernerhof.", "de") == [
        ("ministry", "Bern")]
    assert _venue_cities("Meeting at the Iikura Guest House, the two ministers also discussed trade.", "en") == [
        ("residence", "Tokyo")]


def test_a_capital_before_a_clause_final_visit_verb_is_where_the_visit_went() -> None:
    text = ("Titel\n\nWIEN - Lindtners Vorgänger Ernst Haidacher hatte 2019 als erster österreichischer "
            "Bundespräsident Ulan Bator besucht.\n")
    visits = [e for e in events_of(text, "de", date(2026, 11, 26)) if e.type == "Visit"]
    assert [_city(e) for e in visits] == ["Ulan Bator"]


def test_an_act_the_day_before_a_trip_to_another_city_is_not_there() -> None:
    text = ("Japan, Chile agree\n\nTOKYO - Foreign Minister Haruto Kanemoto and his Chilean counterpart, Camila "
            "Errazuriz Vidal, held talks in Tokyo on Wednesday.\n\nErrazuriz is scheduled to pay a courtesy call on "
            "Prime Minister Aiko Shimazaki on Friday. She then flies to Busan, where she will hold talks on Saturday "
            "with South Korean Foreign Minister Park Ji-hoon.\n")
    events = events_of(text, "en", date(2026, 11, 26))
    calls = [e for e in events if any(p.name == "Aiko Shimazaki" for p in e.attendees)]
    assert calls and all(_city(e) != "Busan" for e in calls)
    assert any(_city(e) == "Busan" for e in events if any(p.name == "Park Ji-hoon" for p in e.attendees))
