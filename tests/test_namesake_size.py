"""A small town of a state the text names gives way to a namesake many times its size (graph.extract.places):
"Geneva" in a report that also names the United States is the Swiss city, not Geneva, Illinois, unless the text
names another town of the small town's state ("San Lorenzo" beside "Choluteca" is the Honduran port)."""

from __future__ import annotations

from graph.extract import places


def _found(text: str, lang: str) -> dict[str, str]:
    return {city.name: city.country for _, city in places.find_cities(text, lang)}


def test_a_world_city_beats_a_small_namesake_of_a_named_state() -> None:
    text = ("The Armenian and Azerbaijani foreign ministers met in Geneva on Monday. A second meeting, held in "
            "Washington last August, was hosted by the U.S. State Department.")
    assert _found(text, "en").get("Geneva") == "CH"


def test_the_small_town_stays_where_the_text_names_another_town_of_its_state() -> None:
    text = ("Los cancilleres de Honduras y El Salvador se reunieron en Choluteca y visitaron el puerto de "
            "San Lorenzo, en el golfo de Fonseca.")
    assert _found(text, "es").get("San Lorenzo") == "HN"
