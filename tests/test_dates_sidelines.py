"""A meeting on the sidelines of a gathering dated before it takes the gathering's date, only its month when the
gathering lasts several days (graph/extract/_datesideline.py)."""

from __future__ import annotations

from datetime import date

import pytest

from extracted import date_of, events_of


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("es", "Quito, 14 oct (EFE).- La cumbre de presidentes de la Comunidad Andina se celebrará el 27 de noviembre en "
               "Lima, informó este miércoles la canciller ecuatoriana, Paula Vera Andrade. La Cancillería no confirmó si "
               "al margen de la cita habrá una reunión bilateral entre los mandatarios de Ecuador y Perú.", "2026-11-27"),
        ("es", "Quito, 14 oct (EFE).- La cumbre de presidentes de la Comunidad Andina se celebrará del 26 al 27 de "
               "noviembre en Lima, informó este miércoles la canciller ecuatoriana, Paula Vera Andrade. La Cancillería no "
               "confirmó si al margen de la cita habrá una reunión bilateral entre los mandatarios de Ecuador y Perú.",
         "2026-11"),
        ("de", "Quito (dpa) - Der Gipfel der Andengemeinschaft findet vom 26. bis 27. November in Lima statt, wie die "
               "ecuadorianische Außenministerin Paula Vera Andrade am Mittwoch mitteilte. Ob es am Rande des Treffens "
               "auch ein bilaterales Gespräch der Präsidenten Ecuadors und Perus geben wird, ist offen.", "2026-11"),
    ],
)
def test_a_sidelines_meeting_takes_the_gathering_s_date(lang: str, text: str, expected: str) -> None:
    assert date_of(events_of(text, lang, date(2026, 10, 14)), "Meeting") == expected
