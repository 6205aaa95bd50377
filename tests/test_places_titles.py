"""A ministry continuing a title said after its holder's name is her office, not the place of the act
(graph.extract.placing): "X, Staatssekretärin im Auswärtigen Amt" met in Rabat did not meet in Berlin."""

from __future__ import annotations

from datetime import date

import pytest

from where import city_name

from extracted import events_of


TEXTS = {
    "de": ("Marokko und Deutschland vereinbaren Konsultationen\n\nRabat (MAP) - Der marokkanische Außenminister Karim "
           "Bennani empfing am Montag in seinem Amtssitz Frau Jutta Kessler, Staatssekretärin im Auswärtigen Amt der "
           "Bundesrepublik Deutschland. Im Anschluss unterzeichneten Bennani und Kessler eine Absichtserklärung.\n"),
    "en": ("Morocco and the UK agree consultations\n\nRABAT (MAP) - Moroccan Foreign Minister Karim Bennani on Monday "
           "received Jane Whitcombe, Minister of State at the Foreign Office of the United Kingdom. After the talks, "
           "Bennani and Whitcombe signed a memorandum of understanding.\n"),
}  # fmt: skip


@pytest.mark.parametrize("lang", sorted(TEXTS))
def test_a_ministry_in_the_guest_title_is_not_where_she_was_received(lang: str) -> None:
    events = events_of(TEXTS[lang], lang, date(2026, 3, 10))
    assert events
    assert all(city_name(e) not in ("Berlin", "London") for e in events), [(e.type, city_name(e)) for e in events]
