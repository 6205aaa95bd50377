"""Previews and postponements: a new date told in the next sentence ("ein neuer Termin werde im Frühjahr gesucht"),
the act a postponing verb governs, a weekday's part of day ("en la noche del jueves"), present-tense openings
("se inaugura el lunes"), a trip's first day ("au premier jour d'une visite") and live-blog plans at a clock time."""

from __future__ import annotations

from datetime import date

import pytest

from extracted import date_of, events_of


from graph.extract import dates
from graph.extract._dateticker import _CLOCK


def test_a_new_date_sought_in_the_next_sentence_dates_the_put_off_visit() -> None:
    text = ("Staatsbesuch von Reinholz in Kasachstan verschoben\n\n"
            "Berlin – Der für die kommende Woche geplante Staatsbesuch von Bundespräsident Martin Reinholz in "
            "Kasachstan ist verschoben worden. Das Bundespräsidialamt teilte am Mittwoch mit, ein neuer Termin werde "
            "„im Frühjahr“ gesucht.")
    visits = [e for e in events_of(text, "de", date(2026, 11, 19)) if e.type == "StateVisit"]
    assert [(e.status, e.date.value if e.date else None) for e in visits] == [("Planned", "2027")]


def test_a_postponement_dates_the_act_its_verb_governs() -> None:
    text = ("Bolivia y Chile aplazan sus consultas políticas\n\n"
            "La Paz, 21 oct (EFE).- Bolivia y Chile aplazaron la reunión de su Mecanismo de Consultas Políticas, "
            "prevista para este jueves en Santiago, hasta el 5 de noviembre, informó este miércoles la canciller "
            "boliviana, Mariela Choque Quispe.\n\n"
            "\"Necesitamos que la agenda refleje los temas\", dijo Choque en una rueda de prensa en La Paz.")
    found = events_of(text, "es", date(2026, 10, 21))
    assert not [e for e in found if e.type != "Statement" and e.status == "Occurred"]
    assert "2026-11-05" in {e.date.value for e in found if e.date and e.status == "Planned"}


@pytest.mark.parametrize(
    ("text", "told", "value"),
    [("El Gobierno declaró en la noche del jueves persona non grata al encargado de negocios.",
      "en la noche del jueves", "2026-07-02"),
     ("La reunión terminó en la madrugada del domingo.", "en la madrugada del domingo", "2026-06-28")],
)
def test_the_part_of_a_weekday_is_that_weekday(text: str, told: str, value: str) -> None:
    found = dates.find_dates(text, "es")
    assert [m.text for m in found] == [told]
    assert dates.resolve(found[0], date(2026, 7, 3)) == value


def test_a_conference_opening_on_monday_in_the_present_lies_ahead() -> None:
    text = ("PANAMÁ. La Conferencia Regional sobre Migración se inaugura el lunes en Ciudad de Panamá con ministros "
            "de once países. La presidirá el canciller panameño, Eduardo Arosemena.")
    found = [e for e in events_of(text, "es", date(2026, 7, 3)) if e.type == "Conference"]
    assert [(e.status, e.date.value if e.date else None) for e in found] == [("Planned", "2026-07-06")]


def test_a_visit_whose_first_day_is_the_reception_day_starts_then() -> None:
    text = ("NOUAKCHOTT, 4 mars 2026 (AFP) - Le ministre marocain des Affaires étrangères, Karim Bennani, a été reçu "
            "mardi à Nouakchott par le président mauritanien, Sidi Ould Ahmed, au premier jour d'une visite de deux "
            "jours, a rapporté l'agence officielle AMI.")
    assert date_of(events_of(text, "fr", date(2026, 3, 4)), "Visit") == "2026-03-03"


def test_a_live_blog_plan_at_a_clock_time_is_on_the_day_of_the_blog() -> None:
    text = ("GCC summit in Doha: live updates\n\n"
            "14:20 - Qatar's Emir Sheikh Faisal bin Nasser Al Thani will sign a protocol on the customs union with "
            "Kuwait's Crown Prince Sheikh Nawaf Al-Khaled Al-Sabah at a ceremony at 6pm, the host delegation says.\n\n"
            "12:40 - Sheikh Faisal held a meeting with Sheikh Nawaf on the margins of the summit.\n\n"
            "10:30 - The summit is under way at Lusail Palace.\n")
    found = [e for e in events_of(text, "en", date(2026, 12, 1)) if e.type == "Ceremony"]
    assert found and all(e.status == "Planned" and e.date is not None and e.date.value == "2026-12-01" for e in found)


@pytest.mark.parametrize(
    ("text", "clock"),
    [("at a ceremony at 6pm", True), ("um 18 Uhr", True), ("à 18 heures", True), ("18h30", True),
     ("в 18:00", True), ("on 12.05 in Berlin", False), ("1.5 million", False), ("in 2026", False)],
)
def test_clock_times_inside_an_entry(text: str, clock: bool) -> None:
    assert bool(_CLOCK.search(text)) is clock
