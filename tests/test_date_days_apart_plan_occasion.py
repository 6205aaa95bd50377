"""Three date rules: a day counted back from a clause ("un día después de que X convocara") is a count between two
acts (``days_apart``), no day anchored on the date told before; a relative clause planning the act ("la reunión
de la Comisión Mixta ... que estaba prevista para el 15 de julio") is about the act, not about a thing
(_dateperson.about_thing); a reception kept as a meeting dates the visit noun of its guest, its occasion
(_datewelcome)."""

from __future__ import annotations

from datetime import date

from extracted import events_of


def test_a_day_after_a_clause_counts_back_from_the_act_told_before() -> None:
    text = ("Quito, 9 sep (EFE). El Gobierno de Ecuador declaró este miércoles persona non grata al consejero de la "
            "Embajada de Bolivia en Quito, Mario Quispe Flores, y le dio 48 horas para salir del país.\n\n"
            "La medida se conoció un día después de que la vicecanciller ecuatoriana, Lucía Andrade Mena, convocara "
            "al encargado de negocios boliviano, Jorge Rojas Vaca, para pedirle explicaciones.")
    summons = [e for e in events_of(text, "es", date(2026, 9, 9)) if e.type == "Summons"]
    assert [s.date.value if s.date else None for s in summons] == ["2026-09-08"]


def test_a_meeting_planned_for_a_day_in_its_relative_clause_takes_that_day() -> None:
    text = ("Lima, 7 jul (EFE). Como consecuencia, quedó suspendida la reunión de la Comisión Binacional de Comercio "
            "Perú-Chile que estaba prevista para el 20 de julio en Santiago.")
    events = [e for e in events_of(text, "es", date(2026, 7, 7)) if e.status == "Cancelled"]
    assert [e.date.value if e.date else None for e in events] == ["2026-07-20"]


def test_a_reception_dates_the_visit_of_its_guest() -> None:
    text = ("Pressemitteilung\n\nBundeskanzler empfängt Präsidenten Sambias\n\nDer Bundeskanzler empfängt am "
            "kommenden Mittwoch, den 11. März 2026, den Präsidenten der Republik Sambia, Joseph Mwansa, zu dessen "
            "erstem offiziellen Besuch in der Bundesrepublik Deutschland.\n\nPräsident Mwansa wird um 11.30 Uhr im "
            "Ehrenhof des Bundeskanzleramtes mit militärischen Ehren begrüßt.")
    visits = [e for e in events_of(text, "de", date(2026, 3, 6)) if e.type == "Visit"]
    assert [(v.status, v.date.value if v.date else None) for v in visits] == [("Planned", "2026-03-11")]
