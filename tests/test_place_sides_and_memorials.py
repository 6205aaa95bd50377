"""Town names two states share, resolved by a locative side phrase, and memorials named as venues."""

from __future__ import annotations

from graph.extract import places
from graph.extract.countries import find_countries
from graph.extract.sides import sided_states


def _countries(text: str, lang: str) -> list[str]:
    return [c.country for _, c in places.find_cities(text, lang)]


def test_a_side_phrase_picks_the_town_of_that_state() -> None:
    text = ("La presidenta de Perú y su homólogo boliviano se reunieron en la localidad fronteriza de Desaguadero. "
            "El encuentro tuvo lugar en el lado peruano del puente internacional.")
    assert _countries(text, "es") == ["PE"]
    bolivian = text.replace("lado peruano", "lado boliviano")
    assert _countries(bolivian, "es") == ["BO"]


def test_a_side_without_a_locative_is_no_side_of_a_border() -> None:
    text = "The Russian side said the talks were useful."
    assert sided_states(text, "en", find_countries(text, "en")) == frozenset()
    text = "The meeting took place on the Russian side of the border."
    assert sided_states(text, "en", find_countries(text, "en")) == frozenset({"RU"})


def test_a_memorial_is_a_venue_in_its_city() -> None:
    hits = list(places.venue_hits("возложил венок к Вечному огню на Мамаевом кургане.", "ru"))
    assert [h[3] for h in hits] == [("named", "mamayev-kurgan")]
    hits = list(places.venue_hits("She laid a wreath at Yad Vashem.", "en"))
    assert [h[3] for h in hits] == [("named", "yad-vashem")]
