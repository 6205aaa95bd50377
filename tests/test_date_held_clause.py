"""A date in a restrictive relative clause telling that the act is held then ("los preparativos de la Cumbre
Iberoamericana de Jefes de Estado y de Gobierno que se celebrará en noviembre", "the summit of ... that will be
held in May") dates the act, however long its name: no thing is held on a date (``held_verbs`` of ``dates.json``,
_dateperson.about_thing)."""

from __future__ import annotations

from extracted import date_of, events_of


def test_a_summit_that_will_be_held_in_november() -> None:
    text = ("Madrid, 10 feb (EFE).- El canciller chileno, Pedro Soto Lagos, se reunió este martes en Madrid con la "
            "secretaria general iberoamericana, Ana Ruiz Prado, con quien abordó los preparativos de la Cumbre "
            "Iberoamericana de Jefes de Estado y de Gobierno que se celebrará en noviembre en Madrid.")
    assert date_of(events_of(text, "es", "2026-02-10"), "Summit") == "2026-11"
