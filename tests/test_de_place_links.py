"""German place words: "ins" before a state adjective and a town ("ins schwedische Haparanda") places the town;
a compound link noun ("Bahnverbindung nach Haparanda") names a route's end, not the act's venue."""

import re

from graph.extract import lexicon
from graph.extract.places import find_cities


def _names(text: str) -> list[str]:
    return [city.name for _, city in find_cities(text, "de")]


def test_ins_and_state_adjective_place_a_small_town() -> None:
    assert _names("Sie gingen zu Fuß ins schwedische Haparanda, wo sie sprachen.") == ["Haparanda"]


def test_ins_before_a_bare_small_town_reads_no_town() -> None:
    assert _names("Sie gingen ins Haparanda.") == []


def test_compound_link_noun_is_a_route_word() -> None:
    route = re.compile(lexicon.load("venues", "de")["not_venue"]["route"], re.IGNORECASE)
    assert route.search("über den Ausbau der Bahnverbindung nach ")
    assert route.search("neue Fährverbindungen nach ")
    assert not route.search("im Verbindungsbüro in ")
