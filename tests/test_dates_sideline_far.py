"""A meeting planned on the sidelines of a gathering dated several sentences before, named again without its date
in between (graph/extract/_datesideline.py): it takes the gathering's month."""

from __future__ import annotations

from datetime import date

import pytest

from extracted import events_of


FRI = date(2026, 3, 6)

TEXTS = [
    ("en", "OSLO, March 6 (Reuters) - The ministerial conference on Arctic shipping will be held in Tromsø from 23 to 24 "
           "March, the Norwegian foreign ministry said on Friday.\n\nForeign Minister Ingrid Solberg said the delay was "
           "needed to finish the final declaration.\n\nDelegations from 30 countries are expected.\n\nCanadian Foreign "
           "Minister Anne Leduc has confirmed her attendance at the conference.\n\nDiplomats said most delegations "
           "would be led by ministers.\n\nOn the sidelines of the conference, a bilateral meeting between Solberg and "
           "Leduc is planned."),
    ("es", "OSLO, 6 mar (EFE).- La conferencia ministerial sobre navegación en el Ártico se celebrará finalmente del 23 "
           "al 24 de marzo en Tromsø, informó este viernes la Cancillería noruega.\n\nLa canciller noruega, Ingrid "
           "Solberg, explicó que el aplazamiento responde a la necesidad de cerrar la declaración final.\n\nSe espera "
           "la participación de delegaciones de 30 países.\n\nLa canciller canadiense, Anne Leduc, ha confirmado su "
           "asistencia a la conferencia.\n\nLa mayoría de las delegaciones estarán encabezadas por ministros.\n\nAl "
           "margen de la conferencia está previsto un encuentro bilateral entre Solberg y Leduc."),
]


@pytest.mark.parametrize(("lang", "text"), TEXTS)
def test_a_sidelines_meeting_takes_the_month_of_the_gathering_named_again(lang: str, text: str) -> None:
    meetings = [e for e in events_of(text, lang, FRI) if e.type == "Meeting"]
    assert [(m.status, m.date.value if m.date else None) for m in meetings] == [("Planned", "2026-03")]
