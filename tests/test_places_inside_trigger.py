"""A place named inside the words of a trigger is that trigger's: "посетить Кыргызстан с государственным визитом".

The visit phrase spans the destination, so the place is not given to another act nearby ("принял приглашение")
and the planned trip is placed in the state it goes to, not in the dateline's city (:mod:`graph.extract.placing`).
"""

from __future__ import annotations

from datetime import date

import pytest

from where import venue_country

from extracted import events_of


TEXTS = {
    "ru": ("МИНСК. – Вчера состоялись переговоры Президента Беларуси Олега Данилевича с Президентом Армении Ашотом "
           "Саркисяном.\n\nГлава Беларуси принял приглашение посетить Армению с государственным визитом в будущем году."),
    "en": ("MINSK - President Oleg Danilevich held talks with Armenian President Ashot Sargsyan yesterday.\n\n"
           "Danilevich accepted an invitation to visit Armenia on a state visit next year."),
}  # fmt: skip


@pytest.mark.parametrize("lang", sorted(TEXTS))
def test_a_destination_inside_the_visit_phrase_places_the_trip(lang: str) -> None:
    events = events_of(TEXTS[lang], lang, date(2026, 4, 23))
    trips = [e for e in events if e.type in ("Visit", "StateVisit") and e.status == "Planned"]
    assert trips, [e.type for e in events]
    assert venue_country(trips[0]) == "AM"
