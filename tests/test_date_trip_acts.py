"""Trips dated by what their travellers did there: the first day of an act anywhere in the visited state starts a
trip told as under way ("setzte seinen Staatsbesuch in X fort ... Zum Auftakt war er am Montag in der Hauptstadt
empfangen worden"), an arrival told just before dates an undated trip ("war am Mittwochabend in Wien eingetroffen.
Es ist sein erster Besuch"), and a report's day does not date a tour's last stop ("se rendra la semaine prochaine
au Mali et au Niger, a-t-on appris jeudi")."""

import datetime as dt

from graph.model import city_of
from extracted import events_of


def test_state_visit_starts_with_the_capital_day_before_another_city():
    text = ("Präsident Kramer in Argentinien\n\n"
            "Córdoba (dpa) - Bundespräsident Jonas Kramer hat seinen viertägigen Staatsbesuch in Argentinien mit "
            "Gesprächen über Energie fortgesetzt. Am Mittwoch traf er in Córdoba den Gouverneur der Provinz, "
            "Martín Ruiz.\n\n"
            "Zum Auftakt wurde Kramer am Dienstag in Buenos Aires von Präsident Diego Salas mit militärischen Ehren "
            "empfangen.\n")
    events = events_of(text, "de", dt.date(2026, 4, 15))
    trip = next(e for e in events if e.type in ("StateVisit", "Visit") and e.status == "Occurred")
    assert trip.date is not None and trip.date.value == "2026-04-14"


def test_arrival_dates_the_undated_trip_told_next():
    text = ("Ministerin Lenz empfängt chilenischen Kollegen\n\n"
            "Berlin (dpa) - Außenministerin Petra Lenz hat am Freitag ihren chilenischen Amtskollegen Tomás "
            "Varela im Auswärtigen Amt empfangen.\n\n"
            "Varela war am Donnerstagabend in Berlin eingetroffen. Es ist sein erster Besuch in Deutschland.\n")
    events = events_of(text, "de", dt.date(2026, 5, 9))
    trips = [e for e in events if e.type == "Visit" and e.status == "Occurred"]
    assert trips and all(e.date is not None and e.date.value == "2026-05-07" for e in trips)


def test_report_day_does_not_date_the_last_stop():
    text = ("Le ministre attendu au Mali et au Niger\n\n"
            "PARIS, 5 mars 2026 (AFP) - Le ministre belge des Affaires étrangères, Luc Verhaegen, se rendra la "
            "semaine prochaine au Mali et au Niger, a-t-on appris jeudi de source diplomatique.\n")
    events = events_of(text, "fr", dt.date(2026, 3, 5))
    assert all(e.date is None or e.date.value != "2026-03-05" for e in events if e.type == "Visit")


def test_summons_at_a_named_foreign_ministry_is_in_its_capital():
    text = ("Токио вызвал российского посла\n\n"
            "МОСКВА, 30 октября. /Интерфакс/. В пятницу утром МИД Японии вызвал российского посла Николая "
            "Егорова в связи с заявлениями Москвы, сообщило агентство Киодо.\n")
    events = events_of(text, "ru", dt.date(2026, 10, 30))
    summons = [e for e in events if e.type == "Summons"]
    assert summons and getattr(city_of(summons[0].location), "name", None) == "Tokyo"
