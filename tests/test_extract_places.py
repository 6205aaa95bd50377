"""Towns the city finder reads as a newspaper's dateline though they are small (graph.extract.places)."""

from __future__ import annotations

import pytest

from graph.extract import places


@pytest.mark.parametrize(
    ("text", "lang", "city"),
    [
        ("Besuch aus Polen\n\nKassel. Der polnische Botschafter hat am Montag das Rathaus besucht.", "de", "Kassel"),
        ("Von Hanna Roth\n\nSaarbrücken. Die Ministerpräsidentin empfing gestern den Gast.", "de", "Saarbrücken"),
        ("Visite\n\nANGERS, 3 mars (AFP) - Le ministre a reçu son homologue.", "fr", "Angers"),
        ("Talks\n\nPUTRAJAYA, May 13 (Bernama) -- The two ministers met today.", "en", "Putrajaya"),
        ("Visita\n\nGerona (EFE) - El ministro visitó la ciudad.", "es", "Girona"),
    ],
)
def test_a_small_town_opening_the_text_as_a_dateline_is_a_city(text: str, lang: str, city: str) -> None:
    assert [c.name for _, c in places.find_cities(text, lang)][:1] == [city]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Bericht\n\n" + "Die Lage bleibt ruhig. " * 30 + "\nKassel. Der Rat tagt.", "de"),  # not at the head
        ("Report\n\nANGERS grew. The council met.", "en"),  # an all-capitals word with no dateline after it
    ],
)
def test_a_small_town_elsewhere_needs_a_locative(text: str, lang: str) -> None:
    assert places.find_cities(text, lang) == []
