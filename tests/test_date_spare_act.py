"""A date whose nearest act took an earlier date of its own dates the undated act told right after it ("acordaron
este viernes en Quito celebrar el próximo 14 de marzo en Tulcán el Encuentro Presidencial": 14 March dates the
meeting, not the agreement) (_dateassign.assign_dates, spare targets)."""

from __future__ import annotations

from datetime import date

from extracted import events_of


def test_a_second_date_goes_to_the_act_right_after_it() -> None:
    text = ("Quito, 6 nov (EFE).- La canciller ecuatoriana, Gabriela Jaramillo Ponce, y su homólogo colombiano, "
            "Andrés Ríos Valencia, acordaron este viernes en Quito celebrar el próximo 14 de marzo en Tulcán el "
            "Encuentro Presidencial y Gabinete Binacional.")
    days = sorted(e.date.value for e in events_of(text, "es", date(2026, 11, 6)) if e.date is not None)
    assert "2026-11-06" in days and any(day.endswith("-03-14") for day in days)  # the year: the act's status
