"""An act told before a trip begun on its day took place before the travellers left (graph.extract.dayplaces)."""

from __future__ import annotations

from datetime import date

from where import city_name

from extracted import events_of


_LEGS = """Minister Anna Berg visits Peru and Ecuador

Stockholm, 12 June 2026

Swedish Trade Minister Anna Berg travelled to Peru and Ecuador from 9 to 11 June.

In Lima, Ms Berg was received on Tuesday by Peru's Foreign Minister Rosa Cárdenas Quispe.

On the morning of Wednesday 10 June, Ms Berg signed a declaration on green hydrogen with Peru's Minister of \
Energy, Aurelio Paredes Villanueva.

Ms Berg then travelled to Quito, where she was received on Thursday by President Esteban Larrea Montalvo.
"""


def test_a_signing_told_before_the_trip_on_to_another_city_is_where_the_traveller_was() -> None:
    events = events_of(_LEGS, "en", date(2026, 6, 12))
    signing = next(e for e in events if e.type == "Ceremony")
    assert city_name(signing) == "Lima"
