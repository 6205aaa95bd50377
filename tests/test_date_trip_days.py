"""Days of a trip told by their count and by the account around them: "on the second day of a three-day state
visit" dates the trip from the act's day (_dateframe, frames.drop_trip_days); "On the final day of the visit"
dates its acts by the end of the range told before (_datefirstday); a bare weekday told with a past verb counts
"the next day" from that past day (_dateanchor); a date in a relative clause on the person before the act is the
clause's (_dateperson.about_person_before); an undated meeting after a lead told "yesterday" takes that day when a
plan of the same people is dated (_datenarrative)."""

from __future__ import annotations

from datetime import date

from extracted import date_of, events_of, of_type


def test_the_second_day_of_a_state_visit_dates_its_start() -> None:
    text = ("Chilean president holds talks in Lima on state visit to Peru\n\nWednesday, May 13, 2026\n\nLIMA — Chilean "
            "President Tomás Errázuriz Vial held talks with Peruvian President Manuel Quispe Rojas in Lima today, on the "
            "second day of a three-day state visit to Peru.\n\nThe two presidents then witnessed the signing of four "
            "agreements.")
    events = events_of(text, "en", date(2026, 5, 13))
    assert date_of(events, "Talks") == "2026-05-13"
    assert {e.date.value for e in of_type(events, "StateVisit", "Visit") if e.date} == {"2026-05-12"}


def test_the_final_day_of_the_visit_is_the_end_of_its_range() -> None:
    text = ("Foreign Minister concludes visit to Korea\n\nMinister for Foreign Affairs of Mongolia Ms. Tserendorj "
            "Narantuya paid an official visit to the Republic of Korea on 4-6 May at the invitation of Minister for "
            "Foreign Affairs Mr. Park Ji-hoon.\n\nOn the first day of the visit, Minister Narantuya held talks with "
            "her counterpart in Seoul.\n\nOn the final day of the visit, Minister Narantuya met with Mayor of Busan "
            "Mr. Kim Young-soo.")
    events = events_of(text, "en", date(2026, 5, 7))
    dates = {e.date.value for e in of_type(events, "Meeting") if e.date}
    assert "2026-05-06" in dates


def test_the_next_day_counts_from_a_past_saturday_told_before() -> None:
    text = ("Москва, 2 февраля. Министерство иностранных дел России в субботу вызвало посла Эстонии Кайдо Сирка, "
            "которому была вручена нота протеста.\n\nНа следующий день официальный представитель МИД России Елена "
            "Рудакова заявила, что Москва оставляет за собой право на ответные шаги, если эстонская сторона продолжит "
            "эту линию.")
    events = events_of(text, "ru", date(2026, 2, 2))
    assert date_of(events, "Statement") == "2026-02-01"


def test_the_month_a_minister_took_office_dates_no_visit() -> None:
    text = ("Canciller de Chile visita Bolivia\n\nLa Paz, 20 de agosto de 2026\n\nLa ministra de Relaciones Exteriores "
            "de Chile, Francisca Araya Cortés, realizó ayer una visita oficial a La Paz.\n\nLa canciller Araya, quien "
            "asumió el cargo en marzo, realizó a La Paz su primera visita bilateral en la región.")
    events = events_of(text, "es", date(2026, 8, 20))
    assert {e.date.value for e in of_type(events, "Visit") if e.date} == {"2026-08-19"}


def test_a_meeting_after_a_lead_of_yesterday_beside_a_dated_plan() -> None:
    text = ("Canciller de Chile visita Bolivia\n\nLa Paz, 20 de agosto de 2026\n\nLa ministra de Relaciones Exteriores "
            "de Chile, Francisca Araya Cortés, realizó ayer una visita oficial a La Paz, por invitación del canciller "
            "Jorge Luis Paredes Cáceres.\n\nAmbos cancilleres sostuvieron una reunión de trabajo en la Cancillería, en "
            "la que revisaron los preparativos del Encuentro Presidencial, que se realizará en Arica a finales de "
            "octubre.")
    events = events_of(text, "es", date(2026, 8, 20))
    occurred = [e for e in of_type(events, "Meeting") if e.status == "Occurred"]
    assert occurred and all(e.date is not None and e.date.value == "2026-08-19" for e in occurred)
