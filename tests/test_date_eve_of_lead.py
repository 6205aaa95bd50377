"""A day counted back from the lead's day ("la veille", "накануне") told sentences after it counts from that day
when it is the day before publication, also when a dateline's day and a "same day" counted from the lead's stand
before it (_dateanchor._lead_day); a pluperfect clause about a person dates no act of the sentence
(_dateperson.told_earlier)."""

from __future__ import annotations

from datetime import date

from extracted import date_of, events_of


def test_the_eve_of_the_lead_day_under_a_dateline() -> None:
    text = ("Alger, 14 octobre 2026 (APS) - Le ministre des Affaires étrangères, Karim Benslimane, a reçu mardi au siège "
            "du ministère l'ambassadeur du Ghana, M. Kwame Owusu-Darko.\n\nLe même jour, M. Benslimane s'est entretenu "
            "par visioconférence avec le ministre d'Etat aux Affaires étrangères du Qatar, cheikh Fahad ben Nasser "
            "Al-Kuwari. Les deux ministres ont passé en revue l'état des relations bilatérales et les préparatifs de la "
            "prochaine session de la haute commission mixte. Ils ont également échangé leurs analyses sur la situation "
            "au Sahel et dans la bande de Gaza, ainsi que sur les questions énergétiques.\n\nLa veille, le ministre "
            "d'Etat avait reçu en audience le secrétaire général adjoint de la Ligue des Etats arabes, M. Samir "
            "Abdelhamid Fawzi.")
    events = events_of(text, "fr", date(2026, 10, 14))
    fawzi = [e for e in events if any(p.name == "Samir Abdelhamid Fawzi" for p in e.attendees)]
    assert [e.date.value for e in fawzi] == ["2026-10-12"]


def test_a_pluperfect_clause_about_the_person_met() -> None:
    text = ("Am Dienstag reiste der Nationalratspräsident Reinhold Aichinger nach Tirana weiter. Dort führte er ein "
            "Gespräch mit der Präsidentin des albanischen Parlaments, Mimoza Kolaj, die erst im Februar in dieses Amt "
            "gewählt worden war.")
    assert date_of(events_of(text, "de", date(2026, 3, 18)), "Meeting") == "2026-03-17"
