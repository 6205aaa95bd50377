"""A trip told before the place a "where" clause follows goes to that place too.

"el viaje que el canciller realizó en febrero a Quito, donde se reunió con ...": the meeting of the clause took
place in Quito, and so did the trip whose destination Quito is, though commas part the trip from the place
(:mod:`graph.extract.placing`).
"""

from __future__ import annotations

from datetime import date

import pytest

from where import city_name

from extracted import events_of


TEXTS = {
    "es": ("LIMA, 10 Abr. - La visita llega después del viaje que el canciller peruano, Jorge Salas, realizó en "
           "febrero a Quito, donde se reunió con su homóloga ecuatoriana, Lucía Andrade.", "Quito"),
    "ru": ("МИНСК. Визит состоялся после поездки, которую министр иностранных дел Беларуси Олег Данилевич совершил "
           "в феврале в Ереван, где он встретился с армянским коллегой Ашотом Саркисяном.", "Yerevan"),
}  # fmt: skip


@pytest.mark.parametrize("lang", sorted(TEXTS))
def test_the_trip_before_a_where_clause_goes_to_its_place(lang: str) -> None:
    text, city = TEXTS[lang]
    events = events_of(text, lang, date(2026, 4, 10))
    trips = [e for e in events if e.type == "Visit"]
    meetings = [e for e in events if e.type == "Meeting"]
    assert trips and meetings, [e.type for e in events]
    assert city_name(trips[0]) == city and city_name(meetings[0]) == city
