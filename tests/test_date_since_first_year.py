"""The first act since a year tells an earlier act of that year ("the first visit by a Libyan foreign minister since
2021"), also of a planned act and in an apposition after the act noun ("una visita de Estado ..., la primera de
un jefe de Estado portugués desde 2019")."""

import datetime as dt

from extracted import extraction_of


def _background(text, lang, published):
    found = extraction_of(text, lang, published)
    return [(e.type, e.date.value) for e in found.events if e.background and e.date is not None]


def test_planned_visit_first_since_a_year():
    text = ("Libya's Foreign Minister, Faraj al-Mahdi, is due in Valletta on 3 December for talks on migration, "
            "the first visit by a Libyan foreign minister since 2021.")
    assert ("Visit", "2021") in _background(text, "en", dt.date(2026, 11, 20))


def test_apposed_first_since_a_year():
    text = ("El presidente de Portugal, Rui Castanheira, comenzó el domingo una visita de Estado de tres días a "
            "Uruguay, la primera de un jefe de Estado portugués desde 2019.")
    assert ("StateVisit", "2019") in _background(text, "es", dt.date(2026, 11, 17))
