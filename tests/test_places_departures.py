"""A city a traveller leaves is no venue of the trip (``return`` of ``not_venue`` in ``<lang>/venues.json``,
graph.extract.notvenues): "a quitté Lomé ... à destination de Niamey, où il effectue une visite" is a visit to Niamey."""

from __future__ import annotations

from datetime import date

import pytest

from where import city_name

from extracted import events_of


DEPARTURES = {
    "fr": ("Le président Koffi Agbeko en visite au Niger\n\nLomé, 3 mars (ATOP) - Le chef de l'Etat togolais, Koffi "
           "Agbeko, a quitté Lomé ce mardi à destination de Niamey, où il effectue une visite d'Etat de deux jours à "
           "l'invitation de son homologue nigérien, Issoufou Garba.\n", "Niamey"),
    "en": ("President Agbeko to Niger\n\nLOMÉ, March 3 - Togolese President Koffi Agbeko left Lomé on Tuesday for "
           "Niamey, where he is paying a two-day state visit at the invitation of Niger's President Issoufou Garba.\n",
           "Niamey"),
    "es": ("El presidente Agbeko viaja a Níger\n\nLomé, 3 mar - El presidente de Togo, Koffi Agbeko, salió de Lomé "
           "este martes rumbo a Niamey, donde realiza una visita de Estado de dos días por invitación del presidente "
           "de Níger, Issoufou Garba.\n", "Niamey"),
}  # fmt: skip


@pytest.mark.parametrize("lang", sorted(DEPARTURES))
def test_the_city_a_traveller_leaves_is_not_where_his_visit_takes_place(lang: str) -> None:
    text, city = DEPARTURES[lang]
    events = events_of(text, lang, date(2026, 3, 3))
    visits = [e for e in events if e.type in ("Visit", "StateVisit")]
    assert visits, [(e.type, city_name(e)) for e in events]
    assert all(city_name(e) != "Lomé" for e in visits), [(e.type, city_name(e)) for e in events]
    assert any(city_name(e) == city for e in visits)
