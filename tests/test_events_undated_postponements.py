"""An act put off with no new date, said in its sentence or the next, is called off ("has been postponed. No new
date was given."); one put off to a named period stays planned (graph.extract.latestatus); an act that "steht
nicht zur Debatte" is no event (cue 'off_agenda', graph.extract.denials)."""

from extracted import events_of, of_type


def test_meeting_postponed_with_no_new_date_is_cancelled():
    text = ("Ministers' meeting put off\n\n"
            "MANILA - The meeting in Jakarta that Indonesia's Foreign Minister Budi Santoso had called for Friday "
            "with his Philippine counterpart Maria Reyes has been postponed, a ministry spokesman said. No new "
            "date was given.")
    meetings = of_type(events_of(text, "en", "2026-11-19"), "Meeting")
    assert meetings and all(e.status == "Cancelled" for e in meetings), [(e.type, e.status) for e in meetings]


def test_french_visit_postponed_with_no_new_date_is_cancelled():
    text = ("Bruxelles, 27 mars (Belga) – Le ministre des Affaires étrangères, Jan Peeters, a reporté sa visite "
            "au Rwanda, qui était prévue lundi prochain à Kigali, a annoncé vendredi son cabinet. Aucune nouvelle "
            "date n'a été fixée.")
    visits = of_type(events_of(text, "fr", "2026-03-27"), "Visit")
    assert visits and visits[0].status == "Cancelled", [(e.type, e.status) for e in visits]


def test_german_meeting_postponed_to_a_season_stays_planned():
    text = ("Berlin – Das für Donnerstag in Bern vorgesehene Treffen von Außenministerin Anna Keller mit dem "
            "Schweizer Außenminister Urs Baumann wurde verschoben. Ein neuer Termin werde im Frühjahr gesucht, "
            "teilte das Ministerium mit.")
    meetings = of_type(events_of(text, "de", "2026-03-20"), "Meeting")
    assert not [e for e in meetings if e.status == "Cancelled"], [(e.type, e.status) for e in meetings]


def test_german_meeting_postponed_with_no_date_fixed_is_cancelled():
    text = ("Bern, 20. März 2026 – Das für Donnerstag in Genf vorgesehene Treffen von Bundesrätin Anna Keller "
            "mit dem Aussenminister Litauens, Jonas Petrauskas, wurde verschoben. Ein neuer Termin steht noch "
            "nicht fest.")
    meetings = of_type(events_of(text, "de", "2026-03-20"), "Meeting")
    assert meetings and all(e.status == "Cancelled" for e in meetings), [(e.type, e.status) for e in meetings]


def test_expulsion_not_up_for_debate_is_no_event():
    text = ("Berlin, 20. Mai 2026 – Das Auswärtige Amt hat die Botschafterin Kenias einbestellt. Auf Nachfrage "
            "sagte die Sprecherin Anna Weber, eine Ausweisung kenianischer Diplomaten stehe derzeit nicht zur "
            "Debatte.")
    assert not of_type(events_of(text, "de", "2026-05-20"), "Expulsion")
