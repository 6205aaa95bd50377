"""A statement whose speaker the sentence before introduces with a day that dates no act ("the spokeswoman
sought on Tuesday to calm the waters. ..., she said at her weekly news conference") was made that day
(graph/extract/_datespeaker.py)."""

from __future__ import annotations

from datetime import date

import pytest

from extracted import date_of, events_of


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Peru summoned on Monday the Chilean ambassador Jorge Pizarro. Relations between the two countries "
               "have been strained by a dispute over the southern coastal strip, and both governments have for "
               "months accused each other of violating fishing rights. In Santiago, the Chilean foreign ministry "
               "spokeswoman, Carla Fuentes, sought on Tuesday to calm the waters. The remarks did not reflect the "
               "government's position, Fuentes said at her weekly news conference."),
        ("es", "Perú convocó el lunes al embajador chileno Jorge Pizarro. Las relaciones entre ambos países están "
               "tensas por la disputa sobre la franja costera del sur, y ambos gobiernos se acusan desde hace meses "
               "de violar los derechos de pesca. En Santiago, la portavoz de la cancillería chilena, Carla Fuentes, "
               "intentó el martes calmar los ánimos. Las palabras no reflejan la posición del Gobierno, dijo Fuentes "
               "en su rueda de prensa semanal."),
        ("fr", "Le Pérou a convoqué lundi l'ambassadeur chilien Jorge Pizarro. Les relations entre les deux pays "
               "sont tendues depuis le différend sur la bande côtière du sud, et les deux gouvernements s'accusent "
               "depuis des mois de violer les droits de pêche. À Santiago, la porte-parole de la diplomatie "
               "chilienne, Carla Fuentes, a tenté mardi d'apaiser les esprits. Ces propos ne reflètent pas la "
               "position du gouvernement, a déclaré Mme Fuentes lors de son point de presse hebdomadaire."),
    ],
)
def test_a_statement_takes_the_day_its_speaker_is_introduced_with(lang: str, text: str) -> None:
    events = events_of(text, lang, date(2026, 6, 11))
    assert date_of(events, "Summons") == "2026-06-08"
    assert date_of(events, "Statement") == "2026-06-09"
